package org.visitdesk.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How a visit repeats: every week or every other week on the weekday of its first day, a number of times or until
 * a date (that day included). A series is stored as single visits; this rule only lists their days.
 *
 * @param everyWeeks 1 (every week) or 2 (every other week)
 * @param times      how many visits in all, the first included; 0 when an until date is given instead
 * @param until      the last day a visit may fall on; null when a number of times is given instead
 */
public record Repeat(int everyWeeks, int times, LocalDate until) {

    /** At most this many visits in one series: a year of weekly visits. */
    public static final int MAX_OCCURRENCES = 52;

    /** Every week (1) or every other week (2), {@code times} visits in all. */
    public static Repeat times(int everyWeeks, int times) {
        return new Repeat(everyWeeks, times, null);
    }

    /** Every week (1) or every other week (2), until a day, included. */
    public static Repeat until(int everyWeeks, LocalDate until) {
        return new Repeat(everyWeeks, 0, until);
    }

    /**
     * What is wrong with the rule for a series that starts on {@code first}: fields {@code repeat},
     * {@code times} and {@code until}.
     */
    public List<FieldError> problems(LocalDate first) {
        List<FieldError> errors = new ArrayList<>();
        if (everyWeeks != 1 && everyWeeks != 2) {
            errors.add(new FieldError("repeat", "error.repeat.every"));
        }
        if (until == null) {
            if (times < 2 || times > MAX_OCCURRENCES) {
                errors.add(new FieldError("times", "error.repeat.times", List.of(MAX_OCCURRENCES)));
            }
            return errors;
        }
        if (times != 0) {
            errors.add(new FieldError("times", "error.repeat.timesOrUntil"));
        }
        if (first != null && !until.isAfter(first)) {
            errors.add(new FieldError("until", "error.repeat.untilBeforeFirst"));
        } else if (first != null && (everyWeeks == 1 || everyWeeks == 2)
                && count(first) > MAX_OCCURRENCES) {
            errors.add(new FieldError("until", "error.repeat.tooMany", List.of(MAX_OCCURRENCES)));
        }
        Limits.date(errors, "until", until);
        return errors;
    }

    /** How many visits the rule makes from {@code first} (valid rule assumed). */
    private long count(LocalDate first) {
        long days = until.toEpochDay() - first.toEpochDay();
        return days < 0 ? 0 : days / (7L * everyWeeks) + 1;
    }

    /**
     * The days of the visits, the first one included, in order.
     *
     * @throws IllegalArgumentException when the rule has problems for that first day
     */
    public List<LocalDate> dates(LocalDate first) {
        if (first == null || !problems(first).isEmpty()) {
            throw new IllegalArgumentException("a repeat rule with problems has no dates");
        }
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = first; until == null ? out.size() < times : !d.isAfter(until);
                d = d.plusWeeks(everyWeeks)) {
            out.add(d);
        }
        return out;
    }
}
