package org.visitdesk.app;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One recorded change of a record: when, what happened, which fields changed from what to what, and why (the
 * reason given for a visit saved anyway despite a conflict; blank otherwise).
 */
public record HistoryEntry(LocalDateTime at, RecordType type, long recordId, Action action, List<Change> changes,
        String reason) {

    public HistoryEntry {
        changes = List.copyOf(changes);
        reason = reason == null ? "" : reason;
    }

    /** What happened to the record. */
    public enum Action {
        CREATED, CHANGED, DELETED;

        /** In plain words. */
        public String label() {
            return switch (this) {
                case CREATED -> Messages.get("history.created");
                case CHANGED -> Messages.get("history.changed");
                case DELETED -> Messages.get("history.deleted");
            };
        }
    }

    /** One field that changed; values are blank when there was none (before a create, after a delete). */
    public record Change(String fieldKey, String before, String after) {

        /** The field's name in plain words. */
        public String field() {
            return Messages.get(fieldKey);
        }

        /** The old value as shown. */
        public String beforeText() {
            return ChangeDiff.display(before);
        }

        /** The new value as shown. */
        public String afterText() {
            return ChangeDiff.display(after);
        }

        /** "Family name: Uno → Dos". */
        public String describe() {
            String b = beforeText();
            String a = afterText();
            if (b.isEmpty()) {
                return Messages.get("history.fieldSet", field(), a);
            }
            if (a.isEmpty()) {
                return Messages.get("history.fieldCleared", field(), b);
            }
            return Messages.get("history.fieldChanged", field(), b, a);
        }
    }
}
