package org.visitdesk.ui;

import javafx.scene.Node;

/** One page of the main window (Detainees, Visitors...). */
public interface Page {

    /** The screen's content. */
    Node root();

    /** Called each time the screen is shown: reload what may have changed elsewhere. */
    void shown();

    /**
     * Another coordinator saved on the shared store: read again what the page shows, keeping the selection where
     * it can, and leaving alone what the coordinator is in the middle of (a form being filled, a visit dragged).
     * Nothing by default.
     */
    default void changedElsewhere() {
    }

    /**
     * Runs {@code ready} on the UI thread once the page has drawn what it first shows (the calendar: its first
     * week); at once by default.
     */
    default void whenReady(Runnable ready) {
        ready.run();
    }

    /** Ctrl+N on this page: add a record of its kind (nothing by default). */
    default void add() {
    }

    /** Ctrl+F on this page: go to its search field (nothing by default). */
    default void focusSearch() {
    }

    /**
     * Where the page is (the calendar's day and view), to be shown again by the page that replaces it when the
     * window is rebuilt in another language; null when there is nothing to keep.
     */
    default Object place() {
        return null;
    }

    /** Shows a place that {@link #place()} of the page before gave; called before the page is first shown. */
    default void showPlace(Object place) {
    }
}
