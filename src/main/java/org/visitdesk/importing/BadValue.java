package org.visitdesk.importing;

import java.util.List;

/** A cell whose value cannot be read; becomes a {@link RowError} for its row and column. */
final class BadValue extends Exception {

    private static final long serialVersionUID = 1L;

    final String key;
    final transient List<Object> args;

    BadValue(String key, Object... args) {
        super(key, null, false, false);
        this.key = key;
        this.args = List.of(args);
    }
}
