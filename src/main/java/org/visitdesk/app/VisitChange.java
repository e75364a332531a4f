package org.visitdesk.app;

import java.util.List;
import java.util.Set;
import org.visitdesk.domain.FieldError;
import org.visitdesk.domain.Visit;

/**
 * What planning, editing or moving a visit through the rules did, in one transaction: saved (cleanly, with
 * warnings, or despite errors for a reason given), not saved until someone decides about the errors found, or
 * refused (a field is wrong, or the records changed meanwhile). It names what changed, so that a view can update
 * only what it must.
 *
 * @param kind      how it went
 * @param before    the visit as it was saved before; null for a new visit, or when it no longer exists
 * @param proposed  the visit as asked for
 * @param saved     the visit as saved now; null unless saved
 * @param conflicts the conflicts the visit has at its new time (saved or not)
 * @param errors    what is wrong with the visit's fields when refused; when a decision is needed, what besides
 *                  the conflicts needs it (a time that has passed, on the field "date")
 * @param affected  the saved visits whose conflicts may have changed: the visit itself and those within its
 *                  reach at its old and its new time; empty when nothing was saved
 * @param otherChange when {@link Kind#CHANGED_MEANWHILE}: who saved the visit after it was opened, and when
 *                  ({@code before} is then the visit as saved now); null otherwise
 */
public record VisitChange(Kind kind, Visit before, Visit proposed, Visit saved, List<ConflictNotice> conflicts,
        List<FieldError> errors, Set<Long> affected, OtherChange otherChange) {

    /** How it went. */
    public enum Kind {
        /** Saved: it breaks no rule. */
        SAVED,
        /** Saved: it breaks only rules that warn. */
        SAVED_WITH_WARNINGS,
        /** Saved although it breaks a rule that blocks, for the reason given, which is kept on it. */
        SAVED_DESPITE_ERRORS,
        /** Not saved: it breaks a rule that blocks, or is planned at a time that has passed, and no reason was given. */
        NEEDS_DECISION,
        /** Not saved: a field is wrong, or what it points to is gone. */
        REFUSED,
        /**
         * Not saved: someone else saved the visit after it was opened (who and when in {@code otherChange}); the
         * coordinator reloads it, or saves again over that change.
         */
        CHANGED_MEANWHILE
    }

    public VisitChange {
        conflicts = List.copyOf(conflicts);
        errors = List.copyOf(errors);
        affected = Set.copyOf(affected);
    }

    /** A change that is not {@link Kind#CHANGED_MEANWHILE}. */
    public VisitChange(Kind kind, Visit before, Visit proposed, Visit saved, List<ConflictNotice> conflicts,
            List<FieldError> errors, Set<Long> affected) {
        this(kind, before, proposed, saved, conflicts, errors, affected, null);
    }

    /** Refused: someone else saved the visit (now {@code current}) after the proposed one was opened. */
    static VisitChange changedMeanwhile(Visit current, Visit proposed, OtherChange by) {
        return new VisitChange(Kind.CHANGED_MEANWHILE, current, proposed, null, List.of(),
                List.of(new FieldError("", SaveResult.CHANGED_MEANWHILE)), Set.of(), by);
    }

    /** True when the visit was saved. */
    public boolean isSaved() {
        return saved != null;
    }

    /** The conflicts that block saving without a reason. */
    public List<ConflictNotice> errorConflicts() {
        return conflicts.stream().filter(ConflictNotice::isError).toList();
    }
}
