package org.visitdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.DetaineeStatus;
import org.visitdesk.domain.OutcomeCode;
import org.visitdesk.domain.VisitStatus;

/** The order of the Unvisited list, DESIGN.md section 7: every tie-break, which visits count, who is held. */
class UnvisitedTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 6);

    private static Unvisited.Candidate person(String aNumber, String last, String next) {
        return person(aNumber, last, next, DetaineeStatus.DETAINED, null);
    }

    private static Unvisited.Candidate person(String aNumber, String last, String next, DetaineeStatus status,
            LocalDate statusDate) {
        Detainee d = new Detainee(Long.parseLong(aNumber.substring(1)), new ANumber(aNumber), "Prueba", aNumber,
                null, "", List.of(), "", 1L, "West 3A", status, statusDate, "");
        return new Unvisited.Candidate(d, last == null ? null : LocalDate.parse(last),
                next == null ? null : LocalDate.parse(next), 0);
    }

    private static List<String> order(Unvisited.Candidate... people) {
        List<Unvisited.Candidate> shuffled = new ArrayList<>(List.of(people));
        Collections.reverse(shuffled);
        return Unvisited.rank(shuffled, AS_OF).stream().map(c -> c.person().aNumber().value()).toList();
    }

    @Test
    void nothingPlannedComesBeforeSomethingPlannedWhateverTheLastVisit() {
        assertThat(order(person("A999000001", "2026-01-01", "2026-12-10"),
                person("A999000002", "2026-12-05", null)))
                .containsExactly("A999000002", "A999000001");
    }

    @Test
    void neverVisitedComesBeforeVisitedAmongThoseWithNothingPlanned() {
        assertThat(order(person("A999000001", "2020-01-01", null), person("A999000002", null, null)))
                .containsExactly("A999000002", "A999000001");
    }

    @Test
    void neverVisitedComesBeforeVisitedAmongThoseWithSomethingPlannedToo() {
        assertThat(order(person("A999000001", "2020-01-01", "2026-12-08"), person("A999000002", null, "2026-12-20")))
                .containsExactly("A999000002", "A999000001");
    }

    @Test
    void thenTheLongestSinceTheLastVisit() {
        assertThat(order(person("A999000001", "2026-11-30", null), person("A999000002", "2026-06-01", null),
                person("A999000003", "2026-10-15", null)))
                .containsExactly("A999000002", "A999000003", "A999000001");
    }

    @ParameterizedTest(name = "last {0}, next {1}: the A-number breaks the tie")
    @CsvSource(nullValues = "-", value = {
        "-,          -",
        "2026-10-01, -",
        "-,          2026-12-09",
        "2026-10-01, 2026-12-09"})
    void thenTheANumber(String last, String next) {
        assertThat(order(person("A999000009", last, next), person("A999000002", last, next),
                person("A999000005", last, next)))
                .containsExactly("A999000002", "A999000005", "A999000009");
    }

    @Test
    void theWholeOrderAtOnce() {
        assertThat(order(
                person("A999000006", "2026-11-01", "2026-12-07"),
                person("A999000005", null, "2026-12-07"),
                person("A999000004", "2026-11-01", null),
                person("A999000003", "2026-09-01", null),
                person("A999000002", null, null),
                person("A999000001", null, null)))
                .containsExactly("A999000001", "A999000002", "A999000003", "A999000004", "A999000005", "A999000006");
    }

    @ParameterizedTest(name = "{0} dated {1}: held on the as-of day {2}")
    @CsvSource(nullValues = "-", value = {
        "DETAINED,    -,          true",
        "UNKNOWN,     -,          true",
        "RELEASED,    2026-12-07, true",
        "RELEASED,    2026-12-06, false",
        "TRANSFERRED, 2026-11-01, false",
        "DEPORTED,    -,          false"})
    void onlyPeopleHeldOnTheAsOfDayAreListed(DetaineeStatus status, LocalDate date, boolean held) {
        assertThat(order(person("A999000001", null, null, status, date))).hasSize(held ? 1 : 0);
        assertThat(person("A999000001", null, null, status, date).person().heldOn(AS_OF)).isEqualTo(held);
    }

    @ParameterizedTest(name = "{0} with outcome {1} on {2}: counts {3}")
    @CsvSource(nullValues = "-", value = {
        "COMPLETED, -,               2026-12-01, true",
        "COMPLETED, HAPPENED,        2026-12-06, true",
        "COMPLETED, CUT_SHORT,       2026-12-01, true",
        "DENIED,    DENIED,          2026-12-01, false",
        "DENIED,    NOT_BROUGHT_OUT, 2026-12-01, false",
        "DENIED,    LOCKDOWN,        2026-12-01, false",
        "NO_SHOW,   VISITOR_NO_SHOW, 2026-12-01, false",
        "SCHEDULED, -,               2026-12-01, false",
        "CANCELLED, -,               2026-12-01, false",
        "COMPLETED, HAPPENED,        2026-12-07, false"})
    void onlyAVisitThatHappenedByTheAsOfDayCounts(VisitStatus status, OutcomeCode outcome, LocalDate day,
            boolean counts) {
        assertThat(Unvisited.countsAsVisit(status, outcome, day, AS_OF)).isEqualTo(counts);
    }

    @ParameterizedTest(name = "{0} on {1}: planned after the as-of day {2}")
    @CsvSource({
        "SCHEDULED, 2026-12-07, true",
        "REQUESTED, 2026-12-07, true",
        "CONFIRMED, 2027-01-07, true",
        "SCHEDULED, 2026-12-06, false",
        "CANCELLED, 2026-12-07, false",
        "DENIED,    2026-12-07, false",
        "COMPLETED, 2026-12-07, false"})
    void aPlannedVisitIsOneStillPlannedOnALaterDay(VisitStatus status, LocalDate day, boolean planned) {
        assertThat(Unvisited.plannedAfter(status, day, AS_OF)).isEqualTo(planned);
    }

    @Test
    void daysSinceTheLastVisit() {
        assertThat(person("A999000001", "2026-11-06", null).daysSinceVisit(AS_OF)).hasValue(30);
        assertThat(person("A999000001", null, null).daysSinceVisit(AS_OF)).isEmpty();
    }
}
