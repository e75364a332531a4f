package org.visitdesk.domain;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** A weekly time when a facility takes visits, for one housing unit or (blank unit) for all of them. */
public record VisitingWindow(
        long id,
        long facilityId,
        String housingUnit,
        DayOfWeek day,
        LocalTime start,
        LocalTime end,
        boolean contact) {

    public VisitingWindow {
        housingUnit = Text.clean(housingUnit);
        if (day == null || start == null || end == null) {
            throw new IllegalArgumentException("a visiting window needs a day, a start and an end");
        }
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a visiting window must end after it starts");
        }
    }

    /** True when this window serves the given housing unit (a blank window unit serves every unit). */
    public boolean serves(String unit) {
        return housingUnit.isEmpty() || housingUnit.equalsIgnoreCase(Text.clean(unit));
    }

    /** True when the whole of [start, end) lies inside this window on its weekday. */
    public boolean contains(LocalDateTime from, LocalDateTime to) {
        return from.getDayOfWeek() == day
                && from.toLocalDate().equals(to.toLocalDate())
                && !from.toLocalTime().isBefore(start)
                && !to.toLocalTime().isAfter(end);
    }

    /** The same window with another id. */
    public VisitingWindow withId(long newId) {
        return new VisitingWindow(newId, facilityId, housingUnit, day, start, end, contact);
    }
}
