package org.visitdesk.domain;

import java.util.List;

/** One thing wrong with one field of a record, named by a message key the UI translates (with its arguments). */
public record FieldError(String field, String messageKey, List<Object> args) {

    public FieldError {
        args = args == null ? List.of() : List.copyOf(args);
    }

    /** An error whose message needs no arguments. */
    public FieldError(String field, String messageKey) {
        this(field, messageKey, List.of());
    }
}
