package org.visitdesk.app;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.visitdesk.domain.Message;

/**
 * One recorded change of a record: when, what happened, which fields changed from what to what, and why (the
 * reason given for a visit saved anyway despite a conflict; blank otherwise), which coordinator made it (blank on
 * the embedded store), and the other coordinator's change it was saved over on purpose (null when none).
 */
public record HistoryEntry(LocalDateTime at, RecordType type, long recordId, Action action, List<Change> changes,
        String reason, String coordinator, OtherChange overwrote) {

    public HistoryEntry {
        changes = List.copyOf(changes);
        reason = reason == null ? "" : reason;
        coordinator = coordinator == null ? "" : coordinator;
    }

    /** What happened to the record. */
    public enum Action {
        CREATED, CHANGED, DELETED;

        /** The message key of its name: "Created", "Changed", "Deleted". */
        public String key() {
            return "history." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** One field that changed; values are blank when there was none (before a create, after a delete). */
    public record Change(String fieldKey, String before, String after) {

        /** The old value as shown: its text, or the words for a value kept as a message key (a status). */
        public Object beforeValue() {
            return ChangeDiff.display(before);
        }

        /** The new value as shown. */
        public Object afterValue() {
            return ChangeDiff.display(after);
        }

        /** "Family name: Uno → Dos", to be put into words in the reader's language. */
        public Message describe() {
            Object b = beforeValue();
            Object a = afterValue();
            Message field = Message.of(fieldKey);
            if ("".equals(b)) {
                return Message.of("history.fieldSet", field, a);
            }
            if ("".equals(a)) {
                return Message.of("history.fieldCleared", field, b);
            }
            return Message.of("history.fieldChanged", field, b, a);
        }
    }
}
