package org.visitdesk.roster;

import java.time.ZonedDateTime;

/**
 * One visit as it goes into a volunteer's calendar file: words already in the export's language, times in the
 * facility's zone. {@code uid} stays the same for the visit across exports; {@code sequence} grows with each change.
 */
public record CalendarEvent(String uid, int sequence, ZonedDateTime start, ZonedDateTime end, State state,
        String summary, String location, String description) {

    /** What the calendar shows the event as. */
    public enum State {
        /** Requested, not yet planned for sure. */
        TENTATIVE,
        /** Planned, confirmed, or past. */
        CONFIRMED,
        /** Cancelled, or the volunteer is no longer on it. */
        CANCELLED
    }

    public CalendarEvent {
        summary = summary == null ? "" : summary;
        location = location == null ? "" : location;
        description = description == null ? "" : description;
    }
}
