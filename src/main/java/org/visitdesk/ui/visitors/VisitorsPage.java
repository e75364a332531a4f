package org.visitdesk.ui.visitors;

import javafx.scene.Node;
import javafx.scene.control.Label;
import org.visitdesk.ui.Page;
import org.visitdesk.ui.PageContext;

/** PLACEHOLDER: being written. */
public final class VisitorsPage implements Page {

    private final Label root = new Label("VisitorsPage");

    public VisitorsPage(PageContext ctx) {
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void shown() {
    }
}
