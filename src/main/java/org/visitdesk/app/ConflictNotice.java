package org.visitdesk.app;

import org.visitdesk.domain.Conflict;
import org.visitdesk.domain.Message;

/**
 * A conflict with what to tell a coordinator about it, not yet in a language: the window says it with
 * {@link Messages#get(Message)}, the command line in the language of its {@code --lang}.
 *
 * @param message the full sentence, naming the people, the place and the time
 * @param title   the rule's short name, for lists
 */
public record ConflictNotice(Conflict conflict, Message message, Message title) {

    /** True when the conflict blocks saving unless overridden. */
    public boolean isError() {
        return conflict.isError();
    }
}
