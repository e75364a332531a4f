package org.visitdesk.domain;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What happened at one visit: the outcome, why it was denied, when the visitor arrived, was seen (the person
 * brought out) and left, and a short note. The times are times of the visit's own day, so a time on another day
 * cannot be written down at all (a visit that ran past midnight reads as "left before arrived" and is refused).
 * Every time may be blank: volunteers report from memory.
 */
public record Outcome(long visitId, OutcomeCode code, DenialReason denialReason, LocalTime arrived, LocalTime seen,
        LocalTime left, String note) {

    public Outcome {
        note = note == null ? "" : note.strip();
        arrived = minutes(arrived);
        seen = minutes(seen);
        left = minutes(left);
    }

    /** Reports are in whole minutes. */
    private static LocalTime minutes(LocalTime t) {
        return t == null ? null : t.withSecond(0).withNano(0);
    }

    /** How long the visitor waited: seen − arrived, when both are known. */
    public Optional<Duration> waitTime() {
        if (arrived == null || seen == null || seen.isBefore(arrived)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(arrived, seen));
    }

    /** The status the visit takes when this outcome is recorded. */
    public VisitStatus visitStatus() {
        return code.visitStatus();
    }

    /** What is wrong with this report on its own (fields: outcome, denialReason, arrived, seen, left, note). */
    public List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        if (visitId <= 0) {
            errors.add(new FieldError("visit", "error.required"));
        }
        if (code == null) {
            errors.add(new FieldError("outcome", "error.required"));
        } else if (code == OutcomeCode.DENIED && denialReason == null) {
            errors.add(new FieldError("denialReason", "error.outcome.reasonRequired"));
        } else if (code != OutcomeCode.DENIED && denialReason != null) {
            errors.add(new FieldError("denialReason", "error.outcome.reasonOnlyForDenied"));
        }
        if (code == OutcomeCode.VISITOR_NO_SHOW && (arrived != null || seen != null || left != null)) {
            errors.add(new FieldError(arrived != null ? "arrived" : seen != null ? "seen" : "left",
                    "error.outcome.noTimesForNoShow"));
        }
        if (arrived != null && seen != null && seen.isBefore(arrived)) {
            errors.add(new FieldError("seen", "error.outcome.seenBeforeArrived"));
        }
        if (arrived != null && left != null && left.isBefore(arrived)) {
            errors.add(new FieldError("left", "error.outcome.leftBeforeArrived"));
        } else if (seen != null && left != null && left.isBefore(seen)) {
            errors.add(new FieldError("left", "error.outcome.leftBeforeSeen"));
        }
        Limits.text(errors, "note", note, Limits.OUTCOME_NOTE, true);
        return errors;
    }
}
