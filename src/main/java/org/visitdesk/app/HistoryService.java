package org.visitdesk.app;

import java.util.ArrayList;
import java.util.List;
import org.visitdesk.storage.HistoryDao;
import org.visitdesk.storage.Store;

/** Reads what happened to a record: every create, change and delete, newest first. */
public final class HistoryService {

    private final Store store;

    HistoryService(Store store) {
        this.store = store;
    }

    /** The history of one record, newest first. */
    public List<HistoryEntry> of(RecordType type, long id) {
        List<HistoryEntry> out = new ArrayList<>();
        for (HistoryDao.Row r : store.dao(HistoryDao.class).of(type.name(), id)) {
            out.add(new HistoryEntry(r.at(), RecordType.valueOf(r.recordType()), r.recordId(),
                    HistoryEntry.Action.valueOf(r.action()), ChangeDiff.decode(r.changes()), r.reason()));
        }
        return out;
    }
}
