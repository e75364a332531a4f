package org.visitdesk.app;

import java.util.ArrayList;
import java.util.List;
import org.visitdesk.storage.HistoryDao;
import org.visitdesk.storage.Transactions;

/** Reads what happened to a record: every create, change and delete, newest first. */
public final class HistoryService {

    private final Transactions records;

    HistoryService(Transactions records) {
        this.records = records;
    }

    /** The history of one record, newest first. */
    public List<HistoryEntry> of(RecordType type, long id) {
        List<HistoryEntry> out = new ArrayList<>();
        for (HistoryDao.Row r : records.read(u -> u.history().of(type.name(), id))) {
            out.add(new HistoryEntry(r.at(), RecordType.valueOf(r.recordType()), r.recordId(),
                    HistoryEntry.Action.valueOf(r.action()), ChangeDiff.decode(r.changes()), r.reason(),
                    r.coordinator(), r.overwroteAt() == null ? null : new OtherChange(r.overwrote(), r.overwroteAt())));
        }
        return out;
    }
}
