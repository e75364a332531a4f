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

    private final Clock clock;

    HistoryLog(Clock clock) {
        this.clock = clock;
    }

    /** Records a create, a change (only when some field changed or a reason is given) or a delete. */
    void write(UnitOfWork u, RecordType type, long id, HistoryEntry.Action action, ChangeDiff diff, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (action == HistoryEntry.Action.CHANGED && diff.isEmpty() && why.isEmpty()) {
            return;
        }
        if (why.length() > 1000) {
            why = why.substring(0, 1000);
        }
        u.history().insert(LocalDateTime.now(clock), type.name(), id, action.name(), diff.encode(),
                why);
    }

    /** Created when before is null, deleted when after is null, else changed. */
    void write(UnitOfWork u, RecordType type, long id, Object before, Object after, ChangeDiff diff, String reason) {
        HistoryEntry.Action action = before == null ? HistoryEntry.Action.CREATED
                : after == null ? HistoryEntry.Action.DELETED : HistoryEntry.Action.CHANGED;
        write(u, type, id, action, diff, reason);
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
