package org.visitdesk.storage;

import java.nio.file.FileSystemException;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Tells a full disk apart from other failures. Java has no exception of its own for it: the operating system's
 * words ("No space left on device", "There is not enough space on the disk") are in the message of an
 * IOException somewhere down the cause chain (H2 wraps it two or three times).
 */
public final class DiskFull {

    private static final String[] WORDS = {"no space left on device", "not enough space on the disk",
        "disk quota exceeded", "enospc", "disk full"};

    private DiskFull() {
    }

    /** True when a full disk is somewhere in the causes of {@code e}. */
    public static boolean isCause(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 20; depth++) {
            if (says(t.getMessage()) || t instanceof FileSystemException fs && says(fs.getReason())) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getNextException() != null
                    && isCause(sql.getNextException())) {
                return true;
            }
            t = t.getCause() == t ? null : t.getCause();
        }
        return false;
    }

    private static boolean says(String message) {
        if (message == null) {
            return false;
        }
        String m = message.toLowerCase(Locale.ROOT);
        for (String w : WORDS) {
            if (m.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
