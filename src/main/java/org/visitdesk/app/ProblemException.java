package org.visitdesk.app;

import org.visitdesk.storage.DiskFull;
import org.visitdesk.storage.StoreException;

/**
 * A problem the user can act on, with a message key for the window and an English line for the command line.
 * It never carries names or A-numbers.
 */
public final class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;

    public ProblemException(String key, String english, Throwable cause) {
        super(english, cause);
        this.key = key;
    }

    /**
     * The problem behind an unexpected failure when there is one the coordinator can act on: a problem of ours
     * down the cause chain, a store problem told in words (a save that clashed with another coordinator's, a
     * connection to the shared store lost), or a full disk (which can surface anywhere: H2, a backup, an export).
     * Null otherwise.
     */
    public static ProblemException behind(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ProblemException pe) {
                return pe;
            }
            if (t instanceof StoreException se) {
                return new ProblemException("store." + se.kind().name(), se.kind().english(), se);
            }
        }
        if (DiskFull.isCause(e)) {
            StoreException.Kind full = StoreException.Kind.DISK_FULL;
            return new ProblemException("store." + full.name(), full.english(), null);
        }
        return null;
    }

    /** The message key of the text to show. */
    public String key() {
        return key;
    }
}
