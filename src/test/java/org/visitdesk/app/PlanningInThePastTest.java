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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.DetaineeStatus;
import org.visitdesk.domain.FieldError;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.VisitType;
import org.visitdesk.domain.Visitor;
import org.visitdesk.domain.VisitorStatus;

/**
 * The use cases never plan a visit at a time that has passed without a decision, and "Find a time" never offers
 * one. Now is Tuesday 8 December 2026 at 12:30: West 3A's window of 12:10 today has started.
 */
class PlanningInThePastTest {

    static final ZoneId ZONE = ZoneId.systemDefault();
    static final LocalDate TUESDAY = LocalDate.of(2026, 12, 8);
    static final Clock NOW = Clock.fixed(TUESDAY.atTime(12, 30).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path dir;

    Workspace ws;
    long adelanto;
    Detainee uno;
    Visitor alfa;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir, NOW);
        adelanto = ws.facilities().listAll().get(0).id();
        uno = ws.detainees().save(new Detainee(0, ANumber.parse("A999000001").orElseThrow(), "Uno", "Prueba", null,
                "Honduras", List.of("Spanish"), "", adelanto, "West 3A", DetaineeStatus.DETAINED, null, "")).saved();
        alfa = ws.visitors().save(new Visitor(0, "Alfa", "Prueba", "alfa@example.org", "", List.of("Spanish"),
                LocalDate.of(2026, 1, 5), true, VisitorStatus.ACTIVE, "")).saved();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private Visit at(LocalDateTime start, VisitStatus status) {
        return new Visit(0, uno.id(), adelanto, start, start.plusHours(1), List.of(alfa.id()), VisitType.SOCIAL,
                status, "", "");
    }

    @ParameterizedTest
    @EnumSource(value = VisitStatus.class, names = {"REQUESTED", "SCHEDULED", "CONFIRMED"})
    void aVisitStillToHappenIsNotPlannedInThePastWithoutAReason(VisitStatus status) {
        VisitChange refused = ws.schedule().plan(at(TUESDAY.atTime(12, 10), status), "");
        assertThat(refused.kind()).isEqualTo(VisitChange.Kind.NEEDS_DECISION);
        assertThat(refused.errors()).extracting(FieldError::messageKey).containsExactly("visit.past.decide");
        assertThat(ws.visits().count()).isZero();

        VisitChange saved = ws.schedule().plan(at(TUESDAY.atTime(12, 10), status), "Took place; recorded late");
        assertThat(saved.isSaved()).isTrue();
        assertThat(saved.saved().overrideReason()).isEqualTo("Took place; recorded late");
    }

    @ParameterizedTest
    @EnumSource(value = VisitStatus.class, names = {"COMPLETED", "CANCELLED", "DENIED", "NO_SHOW"})
    void recordingAVisitThatIsOverIsNotPlanning(VisitStatus status) {
        assertThat(ws.schedule().plan(at(TUESDAY.minusWeeks(1).atTime(12, 10), status), "").isSaved()).isTrue();
    }

    @Test
    void aLaterTimeTodayNeedsNoDecision() {
        assertThat(ws.schedule().plan(at(TUESDAY.atTime(12, 31), VisitStatus.SCHEDULED), "").kind())
                .as("outside visiting hours, an error, but not in the past").isEqualTo(VisitChange.Kind.NEEDS_DECISION);
        VisitChange thursday = ws.schedule().plan(at(TUESDAY.plusDays(2).atTime(12, 10), VisitStatus.SCHEDULED), "");
        assertThat(thursday.kind()).isEqualTo(VisitChange.Kind.SAVED);
        assertThat(thursday.errors()).isEmpty();
    }

    @Test
    void anEditThatKeepsAPastTimeNeedsNoDecisionButAMoveIntoThePastDoes() {
        Visit last = ws.schedule().plan(at(TUESDAY.minusWeeks(1).atTime(12, 10), VisitStatus.SCHEDULED),
                "Recorded afterwards").saved();
        Visit done = ws.schedule().plan(new Visit(last.id(), last.detaineeId(), last.facilityId(), last.start(),
                last.end(), last.visitorIds(), last.type(), VisitStatus.CONFIRMED, "went well", ""), "").saved();
        assertThat(done).as("saved: the time did not change").isNotNull();

        Visit thursday = ws.schedule().plan(at(TUESDAY.plusDays(2).atTime(12, 10), VisitStatus.SCHEDULED), "")
                .saved();
        VisitChange back = ws.schedule().move(thursday.id(), TUESDAY.atTime(12, 10), TUESDAY.atTime(13, 10), "");
        assertThat(back.kind()).isEqualTo(VisitChange.Kind.NEEDS_DECISION);
        assertThat(ws.visits().byId(thursday.id()).orElseThrow().start()).isEqualTo(thursday.start());
    }

    @Test
    void findATimeOffersNothingThatHasPassed() {
        List<FreeTime> free = ws.schedule().freeTimes(uno.id(), List.of(alfa.id()), TUESDAY, 3);
        assertThat(free).extracting(FreeTime::start).containsExactly(TUESDAY.plusDays(2).atTime(12, 10),
                TUESDAY.plusDays(4).atTime(7, 0), TUESDAY.plusWeeks(1).atTime(12, 10));
        assertThat(ws.schedule().freeTimes(uno.id(), List.of(alfa.id()), TUESDAY.minusWeeks(1), 1))
                .extracting(FreeTime::start).as("asked from a day past: still from now")
                .containsExactly(TUESDAY.plusDays(2).atTime(12, 10));
    }
}
