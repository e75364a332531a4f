package org.visitdesk.ui;

import javafx.scene.Node;

/** One page of the main window (Detainees, Visitors...). */
public interface Page {

    /** The screen's content. */
    Node root();

    /** Called each time the screen is shown: reload what may have changed elsewhere. */
    void shown();
}
