package org.visitdesk.app;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * What deleting a record shown at a version gave: deleted; or nothing deleted because it was gone already; or
 * nothing deleted because someone else saved it after it was shown, that change ({@code otherChange}) and the
 * record as saved now ({@code current}) given, so that the coordinator can look again or delete it anyway.
 */
public record DeleteResult<T>(Kind kind, T current, OtherChange otherChange) {

    /** How it went. */
    public enum Kind {
        /** The record is deleted. */
        DELETED,
        /** Nothing to delete: the record was deleted meanwhile. */
        GONE,
        /** Nothing deleted: someone else saved the record after it was shown. */
        CHANGED_MEANWHILE
    }

    static <T> DeleteResult<T> deleted() {
        return new DeleteResult<>(Kind.DELETED, null, null);
    }

    static <T> DeleteResult<T> gone() {
        return new DeleteResult<>(Kind.GONE, null, null);
    }

    static <T> DeleteResult<T> changedMeanwhile(T current, OtherChange by) {
        return new DeleteResult<>(Kind.CHANGED_MEANWHILE, current, by);
    }

    /**
     * Deletes the record as saved now when it is still at the version it was shown at: gone when there is none, and
     * changed meanwhile (who and when from {@code lastChange}) when someone else saved it since.
     */
    static <T> DeleteResult<T> atVersion(Optional<T> now, int shown, ToIntFunction<T> version,
            Supplier<OtherChange> lastChange, Consumer<T> delete) {
        if (now.isEmpty()) {
            return gone();
        }
        if (version.applyAsInt(now.get()) != shown) {
            return changedMeanwhile(now.get(), lastChange.get());
        }
        delete.accept(now.get());
        return deleted();
    }

    /** True when the record was deleted. */
    public boolean isDeleted() {
        return kind == Kind.DELETED;
    }

    /** True when nothing was deleted because someone else saved the record after it was shown. */
    public boolean changedMeanwhile() {
        return kind == Kind.CHANGED_MEANWHILE;
    }
}
