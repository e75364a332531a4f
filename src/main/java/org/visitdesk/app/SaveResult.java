package org.visitdesk.app;

import java.util.List;
import org.visitdesk.domain.FieldError;

/**
 * What saving a record gave: the saved record, or the fields that are wrong (and then nothing was saved), or, when
 * someone else saved the record after it was opened, that change ({@code otherChange}) and the record as saved now
 * ({@code current}), so that the coordinator can reload it or save over it.
 */
public record SaveResult<T>(T saved, List<FieldError> errors, T current, OtherChange otherChange) {

    /** The error a save refused for a change made meanwhile carries, for views that show only errors. */
    public static final String CHANGED_MEANWHILE = "error.record.changedMeanwhile";

    public SaveResult {
        errors = List.copyOf(errors);
    }

    /** A record saved, or refused for its fields. */
    public SaveResult(T saved, List<FieldError> errors) {
        this(saved, errors, null, null);
    }

    static <T> SaveResult<T> ok(T saved) {
        return new SaveResult<>(saved, List.of());
    }

    static <T> SaveResult<T> failed(List<FieldError> errors) {
        return new SaveResult<>(null, errors);
    }

    /** Refused: someone else saved the record, now as {@code current}, after it was opened. */
    static <T> SaveResult<T> changedMeanwhile(T current, OtherChange by) {
        return new SaveResult<>(null, List.of(new FieldError("", CHANGED_MEANWHILE)), current, by);
    }

    /** True when the record was saved. */
    public boolean isSaved() {
        return errors.isEmpty();
    }

    /** True when the save was refused because someone else saved the record after it was opened. */
    public boolean changedMeanwhile() {
        return otherChange != null;
    }
}
