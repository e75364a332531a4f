package org.visitdesk.ui;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;

/**
 * Sentences shown whole: a list of them (import errors, conflicts) whose lines wrap at the list's width instead of
 * running off to the side, and a label that grows down instead of ending in "…".
 */
public final class Sentences {

    private Sentences() {
    }

    /** A list of sentences, each on as many lines as it needs. */
    public static ListView<String> list(String id) {
        ListView<String> list = new ListView<>();
        list.setId(id);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                setWrapText(true);
                // no width of its own: the cell takes the list's, so the text wraps there
                setPrefWidth(0);
            }
        });
        return list;
    }

    /** A label whose text wraps and is never cut short in height. */
    public static Label label(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
