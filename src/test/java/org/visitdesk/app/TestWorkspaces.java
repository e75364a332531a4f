package org.visitdesk.app;

import java.time.Clock;
import org.visitdesk.storage.Store;
import org.visitdesk.storage.TestStores;

/** Opens a test's workspace on its place: the H2 data folder, or its schema on the test PostgreSQL server. */
final class TestWorkspaces {

    private TestWorkspaces() {
    }

    static Workspace open(TestStores.Place place, Clock clock) {
        return place.engine() == Store.Engine.H2 ? Workspace.open(place.dir(), clock)
                : Workspace.openShared(place.url(), place.password(), place.dir(), clock);
    }

    /** Closes what a test opened (either may be null when opening failed): the workspace, then its place. */
    static void close(Workspace ws, TestStores.Place place) {
        try {
            if (ws != null) {
                ws.close();
            }
        } finally {
            if (place != null) {
                place.close();
            }
        }
    }
}
