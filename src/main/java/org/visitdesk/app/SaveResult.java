package org.visitdesk.app;

import java.util.List;
import org.visitdesk.domain.FieldError;

/** What saving a record gave: the saved record, or the fields that are wrong (and then nothing was saved). */
public record SaveResult<T>(T saved, List<FieldError> errors) {

    public SaveResult {
        errors = List.copyOf(errors);
    }

    static <T> SaveResult<T> ok(T saved) {
        return new SaveResult<>(saved, List.of());
    }

    static <T> SaveResult<T> failed(List<FieldError> errors) {
        return new SaveResult<>(null, errors);
    }

    /** True when the record was saved. */
    public boolean isSaved() {
        return errors.isEmpty();
    }
}
