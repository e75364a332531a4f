package org.visitdesk.ui;

import org.visitdesk.app.Diagnostics;
import org.visitdesk.app.Workspace;

/**
 * What closing the window leaves to do once the window is gone: let a daily backup being made end, make the
 * backup on close (none for a shared store, or in the benchmark), and close the records. It runs on a thread of its
 * own, not the JavaFX thread, so the window disappears at once; the process waits for it before it exits
 * ({@link #awaitEnd}). Every save is on disk already: a backup that fails is logged and loses nothing.
 */
final class CloseBackup {

    private static volatile Thread running;

    private CloseBackup() {
    }

    /** Starts the work of closing on its own (non-daemon) thread and returns at once. */
    static Thread start(Workspace ws, DailyBackup daily, boolean backup) {
        Thread t = new Thread(() -> {
            // a backup being made writes on the store's connection: let it end before the store closes
            if (daily != null) {
                daily.shutdown();
            }
            if (ws == null) {
                return;
            }
            try {
                // every close leaves a backup, so that yesterday can be restored (a shared store: its server's)
                if (backup && !ws.shared()) {
                    ws.backupAutomatic("close");
                }
            } catch (RuntimeException e) {
                Diagnostics.logUnexpected(e);
            } finally {
                ws.close();
            }
        }, "visitdesk-close");
        t.setDaemon(false);
        running = t;
        t.start();
        return t;
    }

    /** Waits until the work of closing has ended (returns at once when none was started). */
    static void awaitEnd() {
        Thread t = running;
        if (t == null) {
            return;
        }
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                // the records must close whole: keep waiting, and say so afterwards
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
