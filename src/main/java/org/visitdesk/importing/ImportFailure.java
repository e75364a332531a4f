package org.visitdesk.importing;

import java.util.List;

/**
 * A file that cannot be imported at all (empty, not a spreadsheet, corrupt, a zip bomb, required columns missing,
 * only titles). It carries a message key and its arguments; nothing has been changed when it is thrown.
 */
public final class ImportFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient List<Object> args;

    public ImportFailure(String key, Object... args) {
        this(null, key, args);
    }

    public ImportFailure(Throwable cause, String key, Object... args) {
        super(key, cause);
        this.key = key;
        this.args = List.of(args);
    }

    /** The message key of the one sentence to show. */
    public String key() {
        return key;
    }

    /** The values the message needs. */
    public List<Object> args() {
        return args;
    }
}
