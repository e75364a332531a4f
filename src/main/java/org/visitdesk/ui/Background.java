package org.visitdesk.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs database and file work away from the JavaFX thread and hands the result back to it. */
public interface Background {

    /** Runs {@code work} in the background; {@code done} or {@code failed} then runs on the UI thread. */
    <T> void run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed);

    /** Runs work with the standard failure handling (a friendly dialog). */
    default <T> void run(Callable<T> work, Consumer<T> done) {
        run(work, done, Failure::show);
    }

    /** Runs everything at once on the calling thread: for view-model tests without a window. */
    static Background direct() {
        return new Background() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    failed.accept(e);
                    return;
                }
                done.accept(result);
            }
        };
    }
}
