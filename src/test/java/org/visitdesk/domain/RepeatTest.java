package org.visitdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule that lists the days of a series: every week or every other week, N times or until a date. */
class RepeatTest {

    /** A Tuesday. */
    static final LocalDate FIRST = LocalDate.of(2026, 12, 8);

    @Test
    void everyWeekNTimesKeepsTheWeekday() {
        List<LocalDate> days = Repeat.times(1, 4).dates(FIRST);
        assertThat(days).containsExactly(FIRST, FIRST.plusWeeks(1), FIRST.plusWeeks(2), FIRST.plusWeeks(3));
        assertThat(days).allMatch(d -> d.getDayOfWeek() == FIRST.getDayOfWeek());
    }

    @Test
    void everyOtherWeekSkipsAWeek() {
        assertThat(Repeat.times(2, 3).dates(FIRST))
                .containsExactly(FIRST, FIRST.plusWeeks(2), FIRST.plusWeeks(4));
    }

    @Test
    void untilADateIncludesThatDay() {
        assertThat(Repeat.until(1, FIRST.plusWeeks(3)).dates(FIRST)).hasSize(4).endsWith(FIRST.plusWeeks(3));
        // a day between two visits: the last is the one before it
        assertThat(Repeat.until(2, FIRST.plusWeeks(5)).dates(FIRST))
                .containsExactly(FIRST, FIRST.plusWeeks(2), FIRST.plusWeeks(4));
    }

    @Test
    void crossesTheEndOfTheYear() {
        assertThat(Repeat.times(1, 5).dates(LocalDate.of(2026, 12, 22)))
                .containsExactly(LocalDate.of(2026, 12, 22), LocalDate.of(2026, 12, 29), LocalDate.of(2027, 1, 5),
                        LocalDate.of(2027, 1, 12), LocalDate.of(2027, 1, 19));
    }

    @Test
    void atMostFiftyTwoVisits() {
        assertThat(Repeat.times(1, Repeat.MAX_OCCURRENCES).problems(FIRST)).isEmpty();
        assertThat(Repeat.times(1, Repeat.MAX_OCCURRENCES).dates(FIRST)).hasSize(52);
        assertThat(Repeat.times(1, 53).problems(FIRST))
                .containsExactly(new FieldError("times", "error.repeat.times", List.of(52)));
        // a year of weekly visits is 53 Tuesdays from the first: too many; every other week, 27 are fine
        assertThat(Repeat.until(1, FIRST.plusWeeks(52)).problems(FIRST))
                .containsExactly(new FieldError("until", "error.repeat.tooMany", List.of(52)));
        assertThat(Repeat.until(2, FIRST.plusWeeks(52)).dates(FIRST)).hasSize(27);
        assertThat(Repeat.until(1, FIRST.plusWeeks(51)).dates(FIRST)).hasSize(52);
    }

    @Test
    void aSeriesHasAtLeastTwoVisits() {
        assertThat(Repeat.times(1, 1).problems(FIRST)).extracting(FieldError::field).containsExactly("times");
        assertThat(Repeat.times(1, 0).problems(FIRST)).extracting(FieldError::field).containsExactly("times");
        assertThat(Repeat.times(1, 2).dates(FIRST)).hasSize(2);
    }

    @Test
    void untilOnOrBeforeTheFirstDayIsRefusedWithAClearMessage() {
        assertThat(Repeat.until(1, FIRST.minusDays(1)).problems(FIRST))
                .containsExactly(new FieldError("until", "error.repeat.untilBeforeFirst"));
        assertThat(Repeat.until(1, FIRST).problems(FIRST))
                .containsExactly(new FieldError("until", "error.repeat.untilBeforeFirst"));
        assertThatThrownBy(() -> Repeat.until(1, FIRST.minusDays(1)).dates(FIRST))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyEveryWeekOrEveryOtherWeek() {
        assertThat(Repeat.times(3, 4).problems(FIRST)).extracting(FieldError::field).containsExactly("repeat");
        assertThat(Repeat.times(0, 4).problems(FIRST)).extracting(FieldError::field).containsExactly("repeat");
    }

    @Test
    void anImplausibleUntilDayIsRefused() {
        assertThat(Repeat.until(1, LocalDate.of(2101, 1, 1)).problems(LocalDate.of(2100, 12, 1)))
                .extracting(FieldError::field).containsExactly("until");
    }
}
