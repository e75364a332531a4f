package org.visitdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitdesk.app.Workspace;
import org.visitdesk.storage.Backups;

/**
 * The work of closing the window runs on a thread of its own that the process waits for: it leaves the backup on
 * close and closes the records, and a backup that fails still closes them (nothing is lost: every save is on disk).
 */
class CloseBackupTest {

    @TempDir
    Path dir;

    @Test
    void theBackupOnCloseIsMadeOnItsOwnThreadAndTheRecordsAreClosedWhenItEnds() {
        Workspace ws = Workspace.open(dir);

        Thread t = CloseBackup.start(ws, null, true);
        CloseBackup.awaitEnd();

        assertThat(t.getName()).isEqualTo("visitdesk-close");
        assertThat(t.isDaemon()).as("the process waits for it").isFalse();
        assertThat(t.isAlive()).isFalse();
        assertThat(Backups.list(dir)).singleElement()
                .satisfies(b -> assertThat(b.toString()).contains("close"));
        // closed: the store's lock is free for the next start
        Workspace.open(dir).close();
    }

    @Test
    void aBackupThatFailsStillClosesTheRecords() throws Exception {
        Workspace ws = Workspace.open(dir);
        // a file where the backups folder should be: the backup cannot be written
        Files.deleteIfExists(Backups.folder(dir));
        Files.writeString(Backups.folder(dir), "not a folder");

        CloseBackup.start(ws, null, true);
        CloseBackup.awaitEnd();

        Workspace.open(dir).close();
    }

    @Test
    void noBackupWhenNotAskedForAndNothingToWaitForWithoutRecords() {
        Workspace ws = Workspace.open(dir);
        CloseBackup.start(ws, null, false);
        CloseBackup.awaitEnd();
        assertThat(Backups.list(dir)).isEmpty();
        Workspace.open(dir).close();

        CloseBackup.start(null, null, true);
        CloseBackup.awaitEnd();
    }
}
