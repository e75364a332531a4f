package org.visitdesk.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A task a visit (or a request) asks of the network: what kind, for whom, the visit it came from (null when none),
 * who does it (a visitor's id, or null for the coordinator), by when, where it stands, and a short note.
 * {@code id} is 0 until saved; {@code detaineeId} is 0 once clean-up has removed the person.
 */
public record FollowUp(long id, FollowUpKind kind, long detaineeId, Long visitId, Long ownerVisitorId, LocalDate due,
        FollowUpStatus status, String note) {

    public FollowUp {
        status = status == null ? FollowUpStatus.OPEN : status;
        note = note == null ? "" : note.strip();
        visitId = visitId == null || visitId <= 0 ? null : visitId;
        ownerVisitorId = ownerVisitorId == null || ownerVisitorId <= 0 ? null : ownerVisitorId;
    }

    /** True when the coordinator, not a visitor, does it. */
    public boolean ownedByCoordinator() {
        return ownerVisitorId == null;
    }

    /** True when it is still open and its day has passed. */
    public boolean overdueOn(LocalDate today) {
        return status == FollowUpStatus.OPEN && due != null && due.isBefore(today);
    }

    public FollowUp withId(long newId) {
        return new FollowUp(newId, kind, detaineeId, visitId, ownerVisitorId, due, status, note);
    }

    public FollowUp withStatus(FollowUpStatus newStatus) {
        return new FollowUp(id, kind, detaineeId, visitId, ownerVisitorId, due, newStatus, note);
    }

    /** The same task given to someone else (null: the coordinator), with a note for them. */
    public FollowUp handedTo(Long owner, String newNote) {
        return new FollowUp(id, kind, detaineeId, visitId, owner, due, status, newNote);
    }

    /** What is wrong with this record on its own. */
    public List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        if (kind == null) {
            errors.add(new FieldError("kind", "error.required"));
        }
        if (detaineeId <= 0) {
            errors.add(new FieldError("detainee", "error.required"));
        }
        if (due == null) {
            errors.add(new FieldError("due", "error.required"));
        }
        Limits.date(errors, "due", due);
        Limits.text(errors, "note", note, Limits.FOLLOW_UP_NOTE, true);
        return errors;
    }
}
