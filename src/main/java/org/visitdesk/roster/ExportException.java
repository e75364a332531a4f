package org.visitdesk.roster;

/** Writing a workbook failed; nothing was left behind. The message is one plain English line without data. */
public final class ExportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, for a message the user can act on. */
    public enum Kind {
        /** The folder to write into does not exist. */
        FOLDER_MISSING,
        /** The folder or the file cannot be written: no permission, the file is open in another program. */
        NOT_WRITABLE,
        /** Anything else: a full disk, an unexpected error. */
        FAILED
    }

    private final Kind kind;

    public ExportException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
