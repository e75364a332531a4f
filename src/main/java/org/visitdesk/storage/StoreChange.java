package org.visitdesk.storage;

import java.time.Instant;

/**
 * A save on a shared store by another copy of VisitDesk (or another program): the table it changed, the database
 * user who saved it, and when this copy heard of it. No value of a record: only names of tables and users.
 */
public record StoreChange(String table, String user, Instant at) {

    /** Changes that may have been missed while the server could not be heard: any table, by anyone. */
    public static StoreChange missed(Instant at) {
        return new StoreChange("", "", at);
    }

    /** True when it stands for changes missed while the server could not be heard (then table and user are empty). */
    public boolean isMissed() {
        return table.isEmpty();
    }
}
