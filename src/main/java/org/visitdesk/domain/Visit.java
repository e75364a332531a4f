package org.visitdesk.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A planned or past visit: who sees whom, when, where. {@code id} is 0 until saved. */
public record Visit(
        long id,
        long detaineeId,
        long facilityId,
        LocalDateTime start,
        LocalDateTime end,
        List<Long> visitorIds,
        VisitType type,
        VisitStatus status,
        String notes,
        String overrideReason,
        int version) {

    public Visit {
        visitorIds = visitorIds == null ? List.of() : List.copyOf(visitorIds);
        type = type == null ? VisitType.SOCIAL : type;
        status = status == null ? VisitStatus.SCHEDULED : status;
        notes = notes == null ? "" : notes.strip();
        overrideReason = overrideReason == null ? "" : overrideReason.strip();
    }

    /** A visit not yet saved, or one whose version does not matter (version 0). */
    public Visit(long id, long detaineeId, long facilityId, LocalDateTime start, LocalDateTime end,
            List<Long> visitorIds, VisitType type, VisitStatus status, String notes, String overrideReason) {
        this(id, detaineeId, facilityId, start, end, visitorIds, type, status, notes, overrideReason, 0);
    }

    /** The day the visit starts. */
    public LocalDate day() {
        return start.toLocalDate();
    }

    /** True when the two visits share some moment; touching end-to-start does not count. */
    public boolean overlaps(Visit other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    /** The same visit with another id. */
    public Visit withId(long newId) {
        return new Visit(newId, detaineeId, facilityId, start, end, visitorIds, type, status, notes, overrideReason,
                version);
    }

    /** The same visit at another time. */
    public Visit withTime(LocalDateTime newStart, LocalDateTime newEnd) {
        return new Visit(id, detaineeId, facilityId, newStart, newEnd, visitorIds, type, status, notes,
                overrideReason, version);
    }

    /** The same visit with another override reason (blank when it breaks no rule that blocks). */
    public Visit withOverrideReason(String reason) {
        return new Visit(id, detaineeId, facilityId, start, end, visitorIds, type, status, notes, reason, version);
    }

    /** The same visit with another status. */
    public Visit withStatus(VisitStatus newStatus) {
        return new Visit(id, detaineeId, facilityId, start, end, visitorIds, type, newStatus, notes, overrideReason,
                version);
    }

    /** The same visit as saved at another version (the one a form opened, or the one saved now). */
    public Visit withVersion(int newVersion) {
        return new Visit(id, detaineeId, facilityId, start, end, visitorIds, type, status, notes, overrideReason,
                newVersion);
    }

    /** What is wrong with this record on its own. */
    public List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        if (detaineeId <= 0) {
            errors.add(new FieldError("detainee", "error.required"));
        }
        if (facilityId <= 0) {
            errors.add(new FieldError("facility", "error.required"));
        }
        if (start == null) {
            errors.add(new FieldError("start", "error.required"));
        }
        if (end == null) {
            errors.add(new FieldError("end", "error.required"));
        }
        if (start != null && end != null && !end.isAfter(start)) {
            errors.add(new FieldError("end", "error.visit.endBeforeStart"));
        }
        if (start != null && end != null && !start.toLocalDate().equals(end.toLocalDate())) {
            errors.add(new FieldError("end", "error.visit.sameDay"));
        }
        limits(errors);
        return errors;
    }

    /** Lengths the store can hold, no control characters, a plausible day. */
    private void limits(List<FieldError> errors) {
        Limits.text(errors, "notes", notes, Limits.NOTES, true);
        Limits.text(errors, "overrideReason", overrideReason, Limits.OVERRIDE_REASON, true);
        Limits.date(errors, "start", start == null ? null : start.toLocalDate());
    }
}
