package org.visitdesk.ui.visits;

import javafx.scene.Node;
import javafx.scene.control.Label;
import org.visitdesk.ui.Page;
import org.visitdesk.ui.PageContext;

/** PLACEHOLDER: being written. */
public final class VisitsPage implements Page {

    private final Label root = new Label("VisitsPage");

    public VisitsPage(PageContext ctx) {
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void shown() {
    }
}
