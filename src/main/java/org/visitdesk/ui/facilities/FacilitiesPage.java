package org.visitdesk.ui.facilities;

import javafx.scene.Node;
import javafx.scene.control.Label;
import org.visitdesk.ui.Page;
import org.visitdesk.ui.PageContext;

/** PLACEHOLDER: being written. */
public final class FacilitiesPage implements Page {

    private final Label root = new Label("FacilitiesPage");

    public FacilitiesPage(PageContext ctx) {
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void shown() {
    }
}
