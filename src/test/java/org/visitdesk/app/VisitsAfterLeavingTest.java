package org.visitdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.ConflictCode;
import org.visitdesk.domain.DateRange;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.DetaineeStatus;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.VisitType;
import org.visitdesk.domain.Visitor;
import org.visitdesk.domain.VisitorStatus;

/**
 * The visits offered for cancelling when a person leaves are the planned ones from the day of the status on, past
 * or future (a release known in advance): exactly those DETAINEE_NOT_HELD flags.
 */
class VisitsAfterLeavingTest {

    static final ZoneId ZONE = ZoneId.systemDefault();
    /** Sunday 6 December 2026, noon. */
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 12, 6).atTime(12, 0).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path dir;

    Workspace ws;
    Detainee person;
    /** The visits by their day of December. */
    final Map<Integer, Long> visitOn = new HashMap<>();

    @BeforeEach
    void open() {
        ws = Workspace.open(dir, CLOCK);
        long adelanto = ws.facilities().listAll().get(0).id();
        Visitor volunteer = ws.visitors().save(new Visitor(0, "Seis", "Prueba", "prueba.seis@example.org", "",
                List.of("Spanish"), LocalDate.of(2026, 1, 5), true, VisitorStatus.ACTIVE, "")).saved();
        person = ws.detainees().save(new Detainee(0, ANumber.parse("A999000301").orElseThrow(), "Salida", "Prueba",
                null, "Honduras", List.of("Spanish"), "", adelanto, "West 3A", DetaineeStatus.DETAINED, null, ""))
                .saved();
        // West 3A visits on Tuesdays and Thursdays at 12:10, on Saturdays at 7:00; the 1st and 3rd have passed
        plan(adelanto, volunteer, LocalDateTime.of(2026, 12, 1, 12, 10), VisitStatus.SCHEDULED);
        plan(adelanto, volunteer, LocalDateTime.of(2026, 12, 3, 12, 10), VisitStatus.SCHEDULED);
        plan(adelanto, volunteer, LocalDateTime.of(2026, 12, 8, 12, 10), VisitStatus.SCHEDULED);
        plan(adelanto, volunteer, LocalDateTime.of(2026, 12, 10, 12, 10), VisitStatus.CONFIRMED);
        plan(adelanto, volunteer, LocalDateTime.of(2026, 12, 12, 7, 0), VisitStatus.REQUESTED);
        plan(adelanto, volunteer, LocalDateTime.of(2026, 12, 15, 12, 10), VisitStatus.CANCELLED);
    }

    private void plan(long facility, Visitor v, LocalDateTime start, VisitStatus status) {
        Visit saved = ws.schedule().plan(new Visit(0, person.id(), facility, start, start.plusHours(1),
                List.of(v.id()), VisitType.SOCIAL, status, "", ""),
                // a visit planned at a time that has passed needs a reason
                start.isBefore(LocalDateTime.now(CLOCK)) ? "Recorded afterwards" : "").saved();
        visitOn.put(start.getDayOfMonth(), saved.id());
    }

    @AfterEach
    void close() {
        ws.close();
    }

    static Stream<Arguments> statuses() {
        return Stream.of(
                Arguments.of(DetaineeStatus.DETAINED, null, List.of()),
                Arguments.of(DetaineeStatus.RELEASED, LocalDate.of(2026, 12, 10), List.of(10, 12)),
                Arguments.of(DetaineeStatus.TRANSFERRED, LocalDate.of(2026, 12, 8), List.of(8, 10, 12)),
                Arguments.of(DetaineeStatus.DEPORTED, LocalDate.of(2026, 12, 6), List.of(8, 10, 12)),
                Arguments.of(DetaineeStatus.RELEASED, LocalDate.of(2026, 12, 3), List.of(3, 8, 10, 12)),
                Arguments.of(DetaineeStatus.RELEASED, LocalDate.of(2026, 12, 20), List.of()),
                Arguments.of(DetaineeStatus.TRANSFERRED, null, List.of(1, 3, 8, 10, 12)));
    }

    @ParameterizedTest(name = "{0} on {1}: the visits of the {2}")
    @MethodSource("statuses")
    void thePlannedVisitsFromTheDayOfTheStatusOnAreTheOnesTheRuleFlags(DetaineeStatus status, LocalDate since,
            List<Integer> days) {
        Detainee now = new Detainee(person.id(), person.aNumber(), person.familyName(), person.givenName(), null,
                person.countryOfBirth(), person.languages(), "", person.facilityId(), person.housingUnit(), status,
                since, "");
        assertThat(ws.detainees().save(now).errors()).as("a status date in the future is accepted").isEmpty();

        List<Long> expected = days.stream().map(visitOn::get).toList();
        List<Long> offered = ws.detainees().visitsAfterLeaving(now);
        assertThat(offered).containsExactlyInAnyOrderElementsOf(expected);

        List<Long> flagged = new ArrayList<>();
        ws.schedule().conflictsBetween(new DateRange(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 20)))
                .stream().map(ConflictNotice::conflict).filter(c -> c.code() == ConflictCode.DETAINEE_NOT_HELD)
                .forEach(c -> flagged.add(c.visitIds().get(0)));
        assertThat(offered).as("the visits DETAINEE_NOT_HELD flags").containsExactlyInAnyOrderElementsOf(flagged);
    }
}
