package org.visitdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.visitdesk.scheduling.Adelanto.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.visitdesk.domain.Conflict;
import org.visitdesk.domain.ConflictCode;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;

/** Double bookings, inactive visits, edited visits, and pairs reported once. */
class PairRulesTest {

    private final ScheduleContext ctx = defaultCtx();

    // The proposed visit: Testa Uno (West 3A) with Proba Alfa, Tuesday 12:10-13:10.
    private static Visit proposed() {
        return visit(0, UNO, TUE, "12:10", "13:10", ALFA);
    }

    @ParameterizedTest(name = "other visit {0}-{1}: overlaps = {2}")
    @CsvSource({
        "11:10, 12:10, false",  // ends as ours starts: touching is fine
        "13:10, 14:10, false",  // starts as ours ends
        "10:00, 11:00, false",
        "12:00, 12:20, true",
        "13:00, 14:00, true",
        "12:10, 13:10, true",
        "12:30, 12:40, true",
        "11:00, 14:00, true",
    })
    void visitorDoubleBookedOnlyWhenTimesOverlap(String from, String to, boolean overlap) {
        Visit other = visit(7, DOS, TUE, from, to, ALFA);
        List<Conflict> found = only(ConflictRules.check(proposed(), List.of(other), ctx),
                ConflictCode.VISITOR_DOUBLE_BOOKED);
        assertThat(found).hasSize(overlap ? 1 : 0);
        if (overlap) {
            Conflict c = found.get(0);
            assertThat(c.visitIds()).containsExactly(0L, 7L);
            assertThat(c.visitorId()).isEqualTo(ALFA);
            assertThat(c.detaineeId()).isEqualTo(DOS); // the person the volunteer is already visiting
            assertThat(c.at()).isEqualTo(other.start());
        }
    }

    @ParameterizedTest(name = "same detainee, other visit {0}-{1}: double booked = {2}")
    @CsvSource({
        "11:10, 12:10, false",
        "13:10, 14:10, false",
        "12:40, 13:40, true",
        "12:10, 13:10, true",
    })
    void detaineeDoubleBookedOnlyWhenTimesOverlap(String from, String to, boolean overlap) {
        Visit other = visit(7, UNO, TUE, from, to, BETA);
        List<Conflict> found = ConflictRules.check(proposed(), List.of(other), ctx);
        assertThat(only(found, ConflictCode.DETAINEE_DOUBLE_BOOKED)).hasSize(overlap ? 1 : 0);
        assertThat(codes(found)).doesNotContain(ConflictCode.VISITOR_DOUBLE_BOOKED);
    }

    @Test
    void twoSharedVisitorsGiveOneConflictEach() {
        Visit mine = visit(0, UNO, TUE, "12:10", "13:10", ALFA, DELTA, BETA);
        Visit other = visit(7, DOS, TUE, "12:10", "13:10", DELTA, ALFA);
        assertThat(only(ConflictRules.check(mine, List.of(other), ctx), ConflictCode.VISITOR_DOUBLE_BOOKED))
                .extracting(Conflict::visitorId).containsExactlyInAnyOrder(ALFA, DELTA);
    }

    @ParameterizedTest(name = "other visit {0} is ignored")
    @EnumSource(value = VisitStatus.class, names = {"CANCELLED", "DENIED", "NO_SHOW"})
    void inactiveOtherVisitsAreIgnored(VisitStatus status) {
        Visit other = visit(7, UNO, TUE, "12:10", "13:10", ALFA).withStatus(status);
        assertThat(ConflictRules.check(proposed(), List.of(other), ctx)).isEmpty();
    }

    @ParameterizedTest(name = "proposed visit {0} has no conflict at all")
    @EnumSource(value = VisitStatus.class, names = {"CANCELLED", "DENIED", "NO_SHOW"})
    void inactiveProposedVisitBreaksNoRule(VisitStatus status) {
        // Outside hours, no visitor, double booked: none of it matters once the visit is off.
        Visit off = visit(0, UNO, WED, "03:00", "04:00").withStatus(status);
        Visit other = visit(7, UNO, WED, "03:00", "04:00", ALFA);
        assertThat(ConflictRules.check(off, List.of(other), ctx)).isEmpty();
        assertThat(ConflictRules.checkAll(List.of(off), ctx)).isEmpty();
        assertThat(ConflictRules.checkAll(List.of(off, other), ctx)).isNotEmpty().allSatisfy(
                c -> assertThat(c.visitIds()).containsExactly(7L));
    }

    @ParameterizedTest(name = "other visit {0} still counts")
    @EnumSource(value = VisitStatus.class, names = {"REQUESTED", "SCHEDULED", "CONFIRMED", "COMPLETED"})
    void activeStatusesTakePart(VisitStatus status) {
        Visit other = visit(7, DOS, TUE, "12:10", "13:10", ALFA).withStatus(status);
        assertThat(codes(ConflictRules.check(proposed(), List.of(other), ctx)))
                .containsExactly(ConflictCode.VISITOR_DOUBLE_BOOKED);
    }

    @Test
    void checkIgnoresTheStoredVersionOfTheVisitBeingEdited() {
        Visit stored = visit(5, UNO, TUE, "12:10", "13:10", ALFA);
        Visit edited = stored.withTime(TUE.atTime(12, 30), TUE.atTime(13, 10));
        assertThat(ConflictRules.check(edited, List.of(stored), ctx)).isEmpty();
        // An unsaved visit at the same time is a real double booking.
        assertThat(codes(ConflictRules.check(edited.withId(0), List.of(stored), ctx)))
                .contains(ConflictCode.DETAINEE_DOUBLE_BOOKED, ConflictCode.VISITOR_DOUBLE_BOOKED);
    }

    @Test
    void checkAllReportsAPairOnce() {
        Visit first = visit(1, UNO, TUE, "12:10", "13:10", ALFA);
        Visit second = visit(2, DOS, TUE, "13:00", "14:00", ALFA);
        List<Conflict> all = ConflictRules.checkAll(List.of(second, first), ctx);
        List<Conflict> doubles = only(all, ConflictCode.VISITOR_DOUBLE_BOOKED);
        assertThat(doubles).hasSize(1);
        // The later visit first, the one already booked second; the message speaks of the earlier one.
        assertThat(doubles.get(0).visitIds()).containsExactly(2L, 1L);
        assertThat(doubles.get(0).detaineeId()).isEqualTo(UNO);
        assertThat(doubles.get(0).at()).isEqualTo(first.start());
    }

    @Test
    void checkAllTouchingVisitsOfOneDetaineeAreFine() {
        Visit a = visit(1, ADMIN, TUE, "11:00", "11:30", ALFA);
        Visit b = visit(2, ADMIN, TUE, "11:30", "12:00", ALFA);
        assertThat(ConflictRules.checkAll(List.of(a, b), ctx)).isEmpty();
    }

    @Test
    void checkAllIsSortedByTime() {
        List<Visit> visits = List.of(
                visit(1, UNO, THU, "12:10", "13:10"),
                visit(2, DOS, TUE, "13:30", "14:30"),
                visit(3, TRES, SAT, "09:30", "10:30"),
                visit(4, CUATRO, TUE, "16:00", "17:00"));
        List<Conflict> all = ConflictRules.checkAll(visits, ctx);
        assertThat(all).extracting(c -> c.visitIds().get(0)).containsExactly(2L, 4L, 1L, 3L);
        assertThat(all).extracting(Conflict::at).isSorted();
    }

    @Test
    void theReachOfAVisitIsItsTimeAndItsIsoWeekAndMattersNarrowsIt() {
        Visit v = visit(0, UNO, SUN, "14:00", "15:00", ALFA);
        Reach r = Reach.of(v);
        assertThat(r.from()).isEqualTo(SUN.atTime(14, 0));
        assertThat(r.to()).isEqualTo(SUN.atTime(15, 0));
        assertThat(r.weekFrom()).isEqualTo(MON.atStartOfDay());
        assertThat(r.weekTo()).isEqualTo(NEXT_MON.atStartOfDay());
        assertThat(ConflictRules.matters(v, visit(3, UNO, MON, "11:00", "12:00"))).isTrue();       // same week
        assertThat(ConflictRules.matters(v, visit(3, UNO, NEXT_MON, "11:00", "12:00"))).isFalse(); // next week
        assertThat(ConflictRules.matters(v, visit(3, DOS, SUN, "14:30", "15:30"))).isTrue();       // same room
        assertThat(ConflictRules.matters(v, visit(3, DOS, SUN, "15:00", "16:00"))).isFalse();      // touching
        assertThat(ConflictRules.matters(v, visit(3, DOS, SAT, "14:00", "15:00", ALFA))).isFalse();
    }

    @Test
    void theReachOfASearchCoversItsDaysAndTheirWholeWeeks() {
        Reach r = Reach.ofSearch(1, UNO, List.of(ALFA), SUN, 2);
        assertThat(r.from()).isEqualTo(SUN.atStartOfDay());
        assertThat(r.to()).isEqualTo(NEXT_MON.plusDays(1).atStartOfDay());
        assertThat(r.weekFrom()).isEqualTo(MON.atStartOfDay());
        assertThat(r.weekTo()).isEqualTo(NEXT_MON.plusWeeks(1).atStartOfDay());
        assertThat(r.contains(visit(3, UNO, MON, "11:00", "12:00"))).as("the person, earlier that week").isTrue();
        assertThat(r.contains(visit(3, DOS, NEXT_MON, "11:00", "12:00"))).as("the room, within the days").isTrue();
        assertThat(r.contains(visit(3, DOS, MON, "11:00", "12:00"))).as("the room, before the days").isFalse();
        Visit anonymous = new Visit(4, 0, 1, SUN.atTime(11, 0), SUN.atTime(12, 0), List.of(ALFA), null, null, "", "");
        assertThat(r.contains(anonymous)).as("a visit whose person was removed takes part in no rule").isFalse();
    }
}
