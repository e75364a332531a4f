package org.visitdesk.ui;

import javafx.scene.Node;

/** One page of the main window (Detainees, Visitors...). */
public interface Page {

    /** The screen's content. */
    Node root();

    /** Called each time the screen is shown: reload what may have changed elsewhere. */
    void shown();

    /** Ctrl+N on this page: add a record of its kind (nothing by default). */
    default void add() {
    }

    /** Ctrl+F on this page: go to its search field (nothing by default). */
    default void focusSearch() {
    }
}
