package org.visitdesk.domain;

import java.time.LocalDate;

/** Days (one, or a range) when a facility takes no visits: a lockdown, a holiday closure. */
public record BlackoutDay(long id, long facilityId, LocalDate from, LocalDate to, String reason) {

    public BlackoutDay {
        reason = Text.clean(reason);
        if (from == null) {
            throw new IllegalArgumentException("a blackout needs a first day");
        }
        to = to == null ? from : to;
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a blackout cannot end before it starts");
        }
    }

    /** True when the given day is closed. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The same blackout with another id. */
    public BlackoutDay withId(long newId) {
        return new BlackoutDay(newId, facilityId, from, to, reason);
    }
}
