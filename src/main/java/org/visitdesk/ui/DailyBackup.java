package org.visitdesk.ui;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.visitdesk.app.Diagnostics;
import org.visitdesk.app.ProblemException;
import org.visitdesk.app.Workspace;

/**
 * Makes the day's backup on a thread of its own, so that it never stands between the coordinator and the week:
 * the week's load and every page's reads keep the one worker of {@link FxBackground} to themselves. H2 writes a
 * consistent backup of the open store on the store's anchor connection while the pages read and write on theirs.
 * The status bar says that the backup is being made, then that it is made, or warns, without a dialog, that it
 * failed.
 */
final class DailyBackup {

    /** What the backup thread does: whether a backup is due, and making it. */
    interface Job {
        boolean due();

        void make();
    }

    /** Where the backup's state is shown. */
    interface Status {
        void backingUp();

        void backedUp();

        /** The backup failed: {@code diskFull} when the disk had no room. */
        void backupFailed(boolean diskFull);
    }

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "visitdesk-backup");
        t.setDaemon(true);
        return t;
    });
    private final Status status;
    private volatile Future<?> last = CompletableFuture.completedFuture(null);

    DailyBackup(Status status) {
        this.status = status;
    }

    /** The day's backup of a workspace, when none was made today. */
    static Job of(Workspace ws) {
        return new Job() {
            @Override
            public boolean due() {
                return ws.dailyBackupDue();
            }

            @Override
            public void make() {
                ws.backupAutomatic("daily");
            }
        };
    }

    /** Starts the job on the backup thread; call it once the first week is drawn. */
    void start(Job job) {
        last = thread.submit(() -> {
            try {
                if (!job.due()) {
                    return;
                }
                later(Status::backingUp);
                job.make();
                later(Status::backedUp);
            } catch (RuntimeException e) {
                if (!(e instanceof ProblemException)) {
                    Diagnostics.logUnexpected(e);
                }
                boolean diskFull = e instanceof ProblemException pe && pe.key().equals("store.DISK_FULL");
                later(s -> s.backupFailed(diskFull));
            }
        });
    }

    private void later(Consumer<Status> say) {
        try {
            Platform.runLater(() -> say.accept(status));
        } catch (IllegalStateException e) {
            // the window has closed while the backup was made (see CloseBackup): nobody is left to tell
        }
    }

    /**
     * Waits until a backup being made has ended, before the records are closed or replaced (it writes on the
     * store's connection). Returns at once when none is running.
     */
    void awaitIdle() {
        try {
            last.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | CancellationException e) {
            // said in the status bar already
        }
    }

    /** Lets a backup being made end, then stops the thread. */
    void shutdown() {
        awaitIdle();
        thread.shutdown();
    }
}
