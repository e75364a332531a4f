package org.visitdesk.app;

import org.visitdesk.domain.Conflict;

/** A conflict with its message in the user's language, ready to show. */
public record ConflictNotice(Conflict conflict, String message, String title) {

    /** True when the conflict blocks saving unless overridden. */
    public boolean isError() {
        return conflict.isError();
    }
}
