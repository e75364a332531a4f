package org.visitdesk.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/** One worker thread for all store work, so changes are applied in the order the coordinator made them. */
public final class FxBackground implements Background {

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "visitdesk-worker");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);

    @Override
    public <T> void run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        running.set(running.get() + 1);
        worker.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> {
                    running.set(running.get() - 1);
                    done.accept(result);
                });
            } catch (Throwable e) {
                Platform.runLater(() -> {
                    running.set(running.get() - 1);
                    failed.accept(e);
                });
            }
        });
    }

    /** How many jobs are queued or running: the window shows a busy sign while it is above zero. */
    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Lets queued work finish (so nothing acknowledged is lost), then stops the worker. */
    public void shutdown() {
        worker.shutdown();
        try {
            worker.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
