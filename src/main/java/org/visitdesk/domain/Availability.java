package org.visitdesk.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * When a volunteer can go and whom they may not be matched with: weekly hours, the visits per month they committed
 * to (0: not said), away dates (either end may be open: away from a day on, or until a day), and the people they
 * are family of (never suggested for them, as the facility does not let family visit as volunteers).
 */
public record Availability(List<WeeklyHours> hours, int visitsPerMonth, LocalDate awayFrom, LocalDate awayTo,
        List<ANumber> familyOf) {

    /** Most visits per month a commitment may name. */
    public static final int MAX_VISITS_PER_MONTH = 31;

    /** Nothing known: no hours, no commitment, never away, family of nobody. */
    public static final Availability NONE = new Availability(List.of(), 0, null, null, List.of());

    public Availability {
        hours = hours == null ? List.of() : List.copyOf(hours);
        familyOf = familyOf == null ? List.of() : familyOf.stream().distinct().sorted().toList();
    }

    /** True when away dates are given and the day falls within them. */
    public boolean isAwayOn(LocalDate day) {
        if (awayFrom == null && awayTo == null) {
            return false;
        }
        return (awayFrom == null || !day.isBefore(awayFrom)) && (awayTo == null || !day.isAfter(awayTo));
    }

    /** The hours given for one weekday. */
    public List<WeeklyHours> on(DayOfWeek day) {
        return hours.stream().filter(h -> h.day() == day).toList();
    }

    /** True when the volunteer is family of the person with this A-number. */
    public boolean isFamilyOf(ANumber aNumber) {
        return aNumber != null && familyOf.contains(aNumber);
    }

    /** The same availability with other hours. */
    public Availability withHours(List<WeeklyHours> newHours) {
        return new Availability(newHours, visitsPerMonth, awayFrom, awayTo, familyOf);
    }

    /** What is wrong with it on its own (that each A-number names a person in the records is the store's to check). */
    public List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        if (visitsPerMonth < 0 || visitsPerMonth > MAX_VISITS_PER_MONTH) {
            errors.add(new FieldError("visitsPerMonth", "error.visitsPerMonth", List.of(MAX_VISITS_PER_MONTH)));
        }
        Limits.date(errors, "awayFrom", awayFrom);
        Limits.date(errors, "awayTo", awayTo);
        if (awayFrom != null && awayTo != null && awayTo.isBefore(awayFrom)) {
            errors.add(new FieldError("awayTo", "error.away.order"));
        }
        Limits.text(errors, WeeklyHours.FIELD, WeeklyHours.join(hours), Limits.AVAILABLE, false);
        return errors;
    }
}
