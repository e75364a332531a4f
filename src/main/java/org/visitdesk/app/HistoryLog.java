package org.visitdesk.app;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Visitor;
import org.visitdesk.storage.UnitOfWork;

/** Writes history entries in the unit of work of the change itself, so that change and history are all-or-nothing. */
final class HistoryLog {

    /** The longest coordinator name the history keeps. */
    static final int NAME_LENGTH = 100;

    private final Clock clock;
    /** Who makes the changes of this workspace: written on every entry (blank: the one coordinator). */
    private volatile String coordinator = "";

    HistoryLog(Clock clock) {
        this.clock = clock;
    }

    /** Names the coordinator whose changes follow (blank or null: nobody in particular). */
    void coordinator(String name) {
        String n = name == null ? "" : name.strip();
        coordinator = n.length() > NAME_LENGTH ? n.substring(0, NAME_LENGTH) : n;
    }

    /** The coordinator whose changes this log writes. */
    String coordinator() {
        return coordinator;
    }

    /** Records a create, a change (only when some field changed or a reason is given) or a delete. */
    void write(UnitOfWork u, RecordType type, long id, HistoryEntry.Action action, ChangeDiff diff, String reason) {
        write(u, type, id, action, diff, reason, null);
    }

    /**
     * Records a create, a change or a delete; {@code overwrote}, when not null, is the other coordinator's change
     * this one was saved over on purpose (then the entry is written even when no field changed).
     */
    void write(UnitOfWork u, RecordType type, long id, HistoryEntry.Action action, ChangeDiff diff, String reason,
            OtherChange overwrote) {
        String why = reason == null ? "" : reason.strip();
        if (action == HistoryEntry.Action.CHANGED && diff.isEmpty() && why.isEmpty() && overwrote == null) {
            return;
        }
        if (why.length() > 1000) {
            why = why.substring(0, 1000);
        }
        u.history().insert(LocalDateTime.now(clock), type.name(), id, action.name(), diff.encode(), why, coordinator,
                overwrote == null ? "" : overwrote.coordinator(),
                overwrote == null ? null : overwrote.at() == null ? LocalDateTime.now(clock) : overwrote.at());
    }

    /** Created when before is null, deleted when after is null, else changed. */
    void write(UnitOfWork u, RecordType type, long id, Object before, Object after, ChangeDiff diff, String reason) {
        write(u, type, id, before, after, diff, reason, null);
    }

    /** Created when before is null, deleted when after is null, else changed (over another's change, when given). */
    void write(UnitOfWork u, RecordType type, long id, Object before, Object after, ChangeDiff diff, String reason,
            OtherChange overwrote) {
        HistoryEntry.Action action = before == null ? HistoryEntry.Action.CREATED
                : after == null ? HistoryEntry.Action.DELETED : HistoryEntry.Action.CHANGED;
        write(u, type, id, action, diff, reason, overwrote);
    }

    /** Who changed a record last and when, from its newest entry, read in the unit of work that found it changed. */
    static OtherChange lastChange(UnitOfWork u, RecordType type, long id) {
        return u.history().newest(type.name(), id).map(r -> new OtherChange(r.coordinator(), r.at()))
                .orElse(new OtherChange("", null));
    }

    /** Names of the records that ids point to, read in the unit of work (cached for one change). */
    static ChangeDiff.Names names(UnitOfWork u) {
        return new ChangeDiff.Names() {
            private final Map<Long, String> facilities = new HashMap<>();

            @Override
            public String facility(Long id) {
                if (id == null || id == 0) {
                    return "";
                }
                return facilities.computeIfAbsent(id,
                        k -> u.facilities().byId(k).map(f -> f.name()).orElse("#" + k));
            }

            @Override
            public String detainee(long id) {
                if (id == 0) {
                    return "";
                }
                return u.detainees().byId(id).map(HistoryLog::label).orElse("#" + id);
            }

            @Override
            public String visitors(List<Long> ids) {
                if (ids.isEmpty()) {
                    return "";
                }
                Map<Long, String> byId = new HashMap<>();
                for (Visitor v : u.visitors().byIds(ids)) {
                    byId.put(v.id(), v.fullName());
                }
                List<String> out = new ArrayList<>();
                for (Long id : ids) {
                    out.add(byId.getOrDefault(id, "#" + id));
                }
                return String.join(", ", out);
            }
        };
    }

    private static String label(Detainee d) {
        return d.fullName() + (d.aNumber() == null ? "" : " (" + d.aNumber().display() + ")");
    }
}
