package org.visitdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.visitdesk.storage.Store;
import org.visitdesk.storage.TestStores;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.ConflictCode;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.DetaineeStatus;
import org.visitdesk.domain.FieldError;
import org.visitdesk.domain.Repeat;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.VisitType;
import org.visitdesk.domain.Visitor;
import org.visitdesk.domain.VisitorStatus;

/**
 * Series through the rules on a real store: the preview shows each visit's conflicts, the chosen ones are saved
 * together or not at all, and "this and the following" moves or cancels the rest of a series alone.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Store.Engine.class)
class SeriesServiceTest {

    static final ZoneId ZONE = ZoneId.systemDefault();
    /** Sunday 6 December 2026, noon. */
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 12, 6).atTime(12, 0).atZone(ZONE).toInstant(), ZONE);
    /** Tuesday 8 December, in West 3A's visiting hours (Tuesdays and Thursdays from 12:10). */
    static final LocalDateTime FIRST = LocalDateTime.of(2026, 12, 8, 12, 10);

    @Parameter
    Store.Engine engine;

    @TempDir
    Path dir;

    TestStores.Place place;

    Workspace ws;
    long adelanto;
    Visitor volunteer;
    Detainee person;

    @BeforeEach
    void open() {
        place = TestStores.place(engine, dir);
        ws = TestWorkspaces.open(place, CLOCK);
        adelanto = ws.facilities().listAll().get(0).id();
        volunteer = ws.visitors().save(new Visitor(0, "Serie", "Prueba", "prueba.serie@example.org", "",
                List.of("Spanish"), LocalDate.of(2026, 1, 5), true, VisitorStatus.ACTIVE, "")).saved();
        person = ws.detainees().save(new Detainee(0, ANumber.parse("A999000501").orElseThrow(), "Semanal", "Prueba",
                null, "Honduras", List.of("Spanish"), "", adelanto, "West 3A", DetaineeStatus.DETAINED, null, ""))
                .saved();
    }

    @AfterEach
    void close() {
        TestWorkspaces.close(ws, place);
    }

    private Visit at(LocalDateTime start) {
        return new Visit(0, person.id(), adelanto, start, start.plusHours(1), List.of(volunteer.id()),
                VisitType.SOCIAL, VisitStatus.SCHEDULED, "", "");
    }

    /** A single visit of the person on the third Tuesday: that occurrence double-books them. */
    private Visit singleOnTheThirdTuesday() {
        return ws.schedule().plan(at(FIRST.plusWeeks(2)), "").saved();
    }

    @Test
    void thePreviewShowsEachVisitWithItsConflicts() {
        singleOnTheThirdTuesday();
        SeriesService.Preview p = ws.series().preview(at(FIRST), Repeat.times(1, 8));
        assertThat(p.errors()).isEmpty();
        assertThat(p.occurrences()).hasSize(8);
        assertThat(p.occurrences()).extracting(o -> o.visit().start())
                .containsExactly(FIRST, FIRST.plusWeeks(1), FIRST.plusWeeks(2), FIRST.plusWeeks(3),
                        FIRST.plusWeeks(4), FIRST.plusWeeks(5), FIRST.plusWeeks(6), FIRST.plusWeeks(7));
        assertThat(p.occurrences()).filteredOn(SeriesService.Occurrence::needsDecision).hasSize(1)
                .first().satisfies(o -> {
                    assertThat(o.visit().start()).isEqualTo(FIRST.plusWeeks(2));
                    assertThat(o.conflicts()).extracting(n -> n.conflict().code())
                            .contains(ConflictCode.DETAINEE_DOUBLE_BOOKED);
                });
        // a preview saves nothing
        assertThat(ws.visits().count()).isEqualTo(1);
    }

    @Test
    void aWrongRuleGivesNoPreviewButSaysWhy() {
        SeriesService.Preview p = ws.series().preview(at(FIRST), Repeat.until(1, FIRST.toLocalDate().minusDays(1)));
        assertThat(p.occurrences()).isEmpty();
        assertThat(p.errors()).containsExactly(new FieldError("until", "error.repeat.untilBeforeFirst"));
    }

    @Test
    void theChosenVisitsAreSavedTogetherInOneSeriesWithTheirHistory() {
        singleOnTheThirdTuesday();
        SeriesService.Preview p = ws.series().preview(at(FIRST), Repeat.times(1, 8));
        List<Visit> chosen = p.occurrences().stream().filter(o -> !o.needsDecision())
                .map(SeriesService.Occurrence::visit).toList();
        SeriesService.SeriesChange c = ws.series().save(Repeat.times(1, 8), chosen, "");
        assertThat(c.isSaved()).isTrue();
        assertThat(c.saved()).hasSize(7).allMatch(v -> v.id() > 0);
        assertThat(ws.visits().count()).isEqualTo(8);
        SeriesService.Membership m = ws.series().membership(c.saved().get(0).id()).orElseThrow();
        assertThat(m.all()).isEqualTo(7);
        assertThat(m.fromThisOn()).isEqualTo(7);
        assertThat(ws.series().membership(c.saved().get(6).id()).orElseThrow().hasFollowing()).isFalse();
        assertThat(ws.history().of(RecordType.VISIT, c.saved().get(3).id())).hasSize(1);
    }

    @Test
    void aVisitThatBreaksARuleStopsTheWholeSeriesUntilAReasonIsGiven() {
        Visit single = singleOnTheThirdTuesday();
        List<Visit> all = ws.series().preview(at(FIRST), Repeat.times(1, 4)).occurrences().stream()
                .map(SeriesService.Occurrence::visit).toList();
        SeriesService.SeriesChange c = ws.series().save(Repeat.times(1, 4), all, "");
        assertThat(c.kind()).isEqualTo(VisitChange.Kind.NEEDS_DECISION);
        assertThat(c.blocking()).hasSize(1);
        assertThat(ws.visits().count()).as("all or none").isEqualTo(1);

        c = ws.series().save(Repeat.times(1, 4), all, "The family asked for this time");
        assertThat(c.kind()).isEqualTo(VisitChange.Kind.SAVED_DESPITE_ERRORS);
        assertThat(c.saved()).extracting(Visit::overrideReason)
                .containsExactly("", "", "The family asked for this time", "");
        assertThat(ws.series().membership(single.id())).as("the single visit is in no series").isEmpty();
    }

    @Test
    void nothingChosenIsRefused() {
        SeriesService.SeriesChange c = ws.series().save(Repeat.times(1, 4), List.of(), "");
        assertThat(c.kind()).isEqualTo(VisitChange.Kind.REFUSED);
        assertThat(c.errors()).extracting(FieldError::messageKey).containsExactly("error.series.noneChosen");
        // a rule the store cannot hold is refused before anything is written
        c = ws.series().save(Repeat.times(1, 60), List.of(at(FIRST)), "");
        assertThat(c.kind()).isEqualTo(VisitChange.Kind.REFUSED);
        assertThat(c.errors()).extracting(FieldError::messageKey).containsExactly("error.repeat.times");
        assertThat(ws.visits().count()).isZero();
    }

    private List<Visit> weekly(int times) {
        List<Visit> all = ws.series().preview(at(FIRST), Repeat.times(1, times)).occurrences().stream()
                .map(SeriesService.Occurrence::visit).toList();
        return ws.series().save(Repeat.times(1, times), all, "").saved();
    }

    @Test
    void oneVisitMovedAloneLeavesTheOthers() {
        List<Visit> s = weekly(4);
        // to the Thursday of the same week, through the single move
        Visit moved = ws.schedule().move(s.get(1).id(), FIRST.plusWeeks(1).plusDays(2),
                FIRST.plusWeeks(1).plusDays(2).plusHours(1), "").saved();
        assertThat(moved).isNotNull();
        assertThat(ws.visits().byId(s.get(2).id()).orElseThrow().start()).isEqualTo(FIRST.plusWeeks(2));
        assertThat(ws.series().membership(s.get(1).id()).orElseThrow().all()).isEqualTo(4);
    }

    @Test
    void thisAndTheFollowingMoveByTheSameShift() {
        List<Visit> s = weekly(5);
        // the third and those after it: to Thursdays, 12:10 to 12:55
        LocalDateTime to = FIRST.plusWeeks(2).plusDays(2);
        SeriesService.SeriesChange c = ws.series().moveFollowing(s.get(2).id(), to, to.plusMinutes(45), "");
        assertThat(c.isSaved()).isTrue();
        assertThat(c.saved()).hasSize(3);
        assertThat(ws.visits().byId(s.get(1).id()).orElseThrow().start()).isEqualTo(FIRST.plusWeeks(1));
        for (int i = 2; i < 5; i++) {
            Visit v = ws.visits().byId(s.get(i).id()).orElseThrow();
            assertThat(v.start()).isEqualTo(FIRST.plusWeeks(i).plusDays(2));
            assertThat(v.end()).isEqualTo(v.start().plusMinutes(45));
        }
    }

    @Test
    void aSeriesPushedBackAWeekLandsOnItsOwnOldTimesWithoutAConflict() {
        List<Visit> s = weekly(5);
        // the facility is closed on the first Tuesday: the whole series moves one week later
        SeriesService.SeriesChange c = ws.series().moveFollowing(s.get(0).id(), FIRST.plusWeeks(1),
                FIRST.plusWeeks(1).plusHours(1), "");
        assertThat(c.kind()).as(c.blocking().toString()).isIn(VisitChange.Kind.SAVED,
                VisitChange.Kind.SAVED_WITH_WARNINGS);
        for (int i = 0; i < 5; i++) {
            Visit v = ws.visits().byId(s.get(i).id()).orElseThrow();
            assertThat(v.start()).isEqualTo(FIRST.plusWeeks(i + 1));
            assertThat(v.overrideReason()).isEmpty();
        }
        // and back again, a week earlier
        c = ws.series().moveFollowing(s.get(0).id(), FIRST, FIRST.plusHours(1), "");
        assertThat(c.kind()).isIn(VisitChange.Kind.SAVED, VisitChange.Kind.SAVED_WITH_WARNINGS);
        assertThat(ws.visits().byId(s.get(4).id()).orElseThrow().start()).isEqualTo(FIRST.plusWeeks(4));
    }

    @Test
    void aSeriesWhoseFirstDayIsLeftOutIsSavedUntilItsLastDay() {
        Repeat rule = Repeat.until(1, FIRST.plusWeeks(1).toLocalDate());
        List<Visit> all = ws.series().preview(at(FIRST), rule).occurrences().stream()
                .map(SeriesService.Occurrence::visit).toList();
        assertThat(all).hasSize(2);
        SeriesService.SeriesChange c = ws.series().save(rule, all.subList(1, 2), "");
        assertThat(c.isSaved()).as(c.toString()).isTrue();
    }

    @Test
    void thisAndTheFollowingMoveAllOrNone() {
        List<Visit> s = weekly(4);
        // a single visit on the fourth Thursday: moving the series to Thursdays double-books that one
        LocalDateTime thursday = FIRST.plusWeeks(3).plusDays(2);
        ws.schedule().plan(at(thursday), "");
        SeriesService.SeriesChange c = ws.series().moveFollowing(s.get(1).id(), FIRST.plusWeeks(1).plusDays(2),
                FIRST.plusWeeks(1).plusDays(2).plusHours(1), "");
        assertThat(c.kind()).isEqualTo(VisitChange.Kind.NEEDS_DECISION);
        assertThat(c.blocking()).hasSize(1);
        assertThat(ws.visits().byId(s.get(1).id()).orElseThrow().start()).as("nothing moved")
                .isEqualTo(FIRST.plusWeeks(1));
    }

    @Test
    void thisAndTheFollowingAreCancelledTheEarlierOnesStay() {
        List<Visit> s = weekly(6);
        ws.visits().cancel(s.get(4).id());
        assertThat(ws.series().membership(s.get(2).id()).orElseThrow().fromThisOn())
                .as("a cancelled visit does not follow").isEqualTo(3);
        assertThat(ws.series().cancelFollowing(s.get(2).id())).isEqualTo(3);
        assertThat(s).extracting(v -> ws.visits().byId(v.id()).orElseThrow().status())
                .containsExactly(VisitStatus.SCHEDULED, VisitStatus.SCHEDULED, VisitStatus.CANCELLED,
                        VisitStatus.CANCELLED, VisitStatus.CANCELLED, VisitStatus.CANCELLED);
    }

    @Test
    void theVisitsOfASeriesAreAmongThoseOfferedWhenThePersonLeaves() {
        List<Visit> s = weekly(4);
        Visit single = ws.schedule().plan(at(FIRST.plusDays(2)), "").saved();
        Detainee released = new Detainee(person.id(), person.aNumber(), person.familyName(), person.givenName(),
                null, person.countryOfBirth(), person.languages(), "", adelanto, person.housingUnit(),
                DetaineeStatus.RELEASED, LocalDate.of(2026, 12, 14), "");
        ws.detainees().save(released);
        List<Long> offered = ws.detainees().visitsAfterLeaving(released);
        assertThat(offered).containsExactlyInAnyOrder(s.get(1).id(), s.get(2).id(), s.get(3).id());
        assertThat(ws.series().countInSeries(offered)).isEqualTo(3);
        assertThat(ws.series().countInSeries(List.of(single.id()))).isZero();
    }

    @Test
    void anEditedVisitOfASeriesTakesTheFollowingAlongWithItsNewTime() {
        List<Visit> s = weekly(4);
        Visit second = s.get(1);
        LocalDateTime thursday = second.start().plusDays(2);
        Visit edited = new Visit(second.id(), second.detaineeId(), second.facilityId(), thursday,
                thursday.plusMinutes(50), second.visitorIds(), second.type(), second.status(), "Bring the forms", "");
        SeriesService.SeriesChange c = ws.series().editFollowing(edited, "");
        assertThat(c.isSaved()).isTrue();
        assertThat(c.asOne().saved().notes()).isEqualTo("Bring the forms");
        assertThat(ws.visits().byId(s.get(0).id()).orElseThrow()).isEqualTo(s.get(0));
        Visit last = ws.visits().byId(s.get(3).id()).orElseThrow();
        assertThat(last.start()).isEqualTo(FIRST.plusWeeks(3).plusDays(2));
        assertThat(last.end()).isEqualTo(last.start().plusMinutes(50));
        assertThat(last.notes()).as("only the visit edited takes the other changes").isEmpty();
    }
}
