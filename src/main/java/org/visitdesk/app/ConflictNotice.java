package org.visitdesk.app;

import java.util.List;
import org.visitdesk.domain.Conflict;
import org.visitdesk.domain.Message;

/**
 * A conflict with what to tell a coordinator about it, not yet in a language: the window says it with
 * {@link Messages#get(Message)}, the command line in the language of its {@code --lang}.
 *
 * @param message the full sentence, naming the people, the place and the time
 * @param title   the rule's short name, for lists
 * @param marked  the visits a calendar marks with it (see {@link org.visitdesk.scheduling.ConflictMarks}): the
 *                conflict is shown on these visits and listed under their days, nowhere else
 * @param toMove  the visit to move to resolve it (one of {@code marked}); 0 when that cannot be said
 */
public record ConflictNotice(Conflict conflict, Message message, Message title, List<Long> marked, long toMove) {

    public ConflictNotice {
        marked = List.copyOf(marked);
    }

    /** True when the conflict blocks saving unless overridden. */
    public boolean isError() {
        return conflict.isError();
    }

    /** True when a calendar shows this conflict on the visit. */
    public boolean marks(long visitId) {
        return marked.contains(visitId);
    }
}
