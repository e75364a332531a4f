package org.visitdesk.domain;

/** One thing wrong with one field of a record, named by a message key the UI translates. */
public record FieldError(String field, String messageKey) {
}
