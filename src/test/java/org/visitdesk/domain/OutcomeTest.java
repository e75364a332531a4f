package org.visitdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Outcomes: which status each sets, the wait, and the reports that cannot be true. */
class OutcomeTest {

    private static LocalTime t(String s) {
        return s == null || s.isBlank() ? null : LocalTime.parse(s);
    }

    private static Outcome outcome(OutcomeCode code, DenialReason reason, String arrived, String seen, String left) {
        return new Outcome(7, code, reason, t(arrived), t(seen), t(left), "");
    }

    @ParameterizedTest(name = "{0} -> {1}, seen: {2}, refused: {3}")
    @CsvSource({
        "HAPPENED,        COMPLETED, true,  false",
        "CUT_SHORT,       COMPLETED, true,  false",
        "DENIED,          DENIED,    false, true",
        "NOT_BROUGHT_OUT, DENIED,    false, true",
        "LOCKDOWN,        DENIED,    false, false",
        "VISITOR_NO_SHOW, NO_SHOW,   false, false"})
    void eachOutcomeSetsItsStatus(OutcomeCode code, VisitStatus status, boolean seen, boolean refused) {
        assertThat(code.visitStatus()).isEqualTo(status);
        assertThat(code.personSeen()).isEqualTo(seen);
        assertThat(code.refusedByFacility()).isEqualTo(refused);
    }

    @Test
    void everyOutcomeHasARowInTheTableAbove() {
        assertThat(OutcomeCode.values()).hasSize(6);
    }

    @ParameterizedTest(name = "arrived {0}, seen {1} -> {2} minutes")
    @CsvSource({
        "07:00, 09:45, 165",
        "07:00, 07:00, 0",
        "06:59, 14:10, 431",
        "07:00,      , -1",
        "     , 09:00, -1",
        "09:00, 08:00, -1"})
    void theWaitIsSeenMinusArrived(String arrived, String seen, long minutes) {
        Outcome o = outcome(OutcomeCode.HAPPENED, null, arrived, seen, null);
        assertThat(o.waitTime().map(Duration::toMinutes).orElse(-1L)).isEqualTo(minutes);
    }

    @Test
    void secondsAreDroppedSoTheWaitIsInWholeMinutes() {
        Outcome o = new Outcome(1, OutcomeCode.HAPPENED, null, LocalTime.of(7, 0, 59), LocalTime.of(8, 0, 1), null,
                null);
        assertThat(o.waitTime()).contains(Duration.ofMinutes(60));
        assertThat(o.note()).isEmpty();
    }

    static Stream<Arguments> times() {
        return Stream.of(
                Arguments.of("07:00", "08:00", "09:00", List.of()),
                Arguments.of("07:00", null, "07:30", List.of()),
                Arguments.of(null, "08:00", "09:00", List.of()),
                Arguments.of("08:00", "07:59", "09:00", List.of(tuple("seen", "error.outcome.seenBeforeArrived"))),
                Arguments.of("08:00", null, "07:00", List.of(tuple("left", "error.outcome.leftBeforeArrived"))),
                // past midnight the left time is a time of the next day: refused, never read as the same day
                Arguments.of("23:00", "23:30", "00:15", List.of(tuple("left", "error.outcome.leftBeforeArrived"))),
                Arguments.of(null, "09:00", "08:59", List.of(tuple("left", "error.outcome.leftBeforeSeen"))),
                Arguments.of("08:00", "09:00", "08:30", List.of(tuple("left", "error.outcome.leftBeforeSeen"))),
                Arguments.of("10:00", "09:00", "08:00", List.of(tuple("seen", "error.outcome.seenBeforeArrived"),
                        tuple("left", "error.outcome.leftBeforeArrived"))));
    }

    @ParameterizedTest(name = "arrived {0}, seen {1}, left {2}")
    @MethodSource("times")
    void timesMustFollowOneAnother(String arrived, String seen, String left, List<?> expected) {
        assertThat(outcome(OutcomeCode.HAPPENED, null, arrived, seen, left).problems())
                .extracting(FieldError::field, FieldError::messageKey).containsExactlyElementsOf(
                        expected.stream().map(o -> (org.assertj.core.groups.Tuple) o).toList());
    }

    @Test
    void aDenialNeedsAReasonAndOnlyADenialHasOne() {
        assertThat(outcome(OutcomeCode.DENIED, null, "07:00", null, "09:00").problems())
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("denialReason", "error.outcome.reasonRequired"));
        assertThat(outcome(OutcomeCode.DENIED, DenialReason.DRESS_CODE, "07:00", null, "09:00").problems()).isEmpty();
        assertThat(outcome(OutcomeCode.HAPPENED, DenialReason.ID, null, null, null).problems())
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("denialReason", "error.outcome.reasonOnlyForDenied"));
    }

    @Test
    void aVisitorWhoDidNotComeHasNoTimesAndEveryReportNeedsAnOutcomeAndAVisit() {
        assertThat(outcome(OutcomeCode.VISITOR_NO_SHOW, null, null, null, null).problems()).isEmpty();
        assertThat(outcome(OutcomeCode.VISITOR_NO_SHOW, null, "07:00", null, null).problems())
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("arrived", "error.outcome.noTimesForNoShow"));
        assertThat(new Outcome(0, null, null, null, null, null, null).problems())
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("visit", "error.required"), tuple("outcome", "error.required"));
    }

    @Test
    void theNoteIsShortAndHoldsNoControlCharacters() {
        Outcome longNote = new Outcome(1, OutcomeCode.HAPPENED, null, null, null, null,
                "x".repeat(Limits.OUTCOME_NOTE + 1));
        assertThat(longNote.problems()).extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("note", "error.tooLong"));
        Outcome esc = new Outcome(1, OutcomeCode.HAPPENED, null, null, null, null, "a\u001bb\nc");
        assertThat(esc.problems()).extracting(FieldError::messageKey).containsExactly("error.controlCharacter");
    }
}
