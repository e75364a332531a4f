package org.visitdesk.ui;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.visitdesk.app.Messages;

/** The common head of a list page: title and actions on top, search and filters below. */
public final class Toolbars {

    /** Names in dictionary order for the user's language ("Bélizaire" between "Ba" and "Brandão"). */
    public static final Comparator<String> NAME_ORDER = new Comparator<>() {
        // one collator per language, not one per comparison: sorting 50,000 names compares 800,000 times
        private Collator collator;
        private Locale of;

        @Override
        public int compare(String a, String b) {
            Locale now = Messages.locale();
            if (collator == null || !now.equals(of)) {
                Collator c = Collator.getInstance(now);
                c.setStrength(Collator.SECONDARY);
                collator = c;
                of = now;
            }
            return collator.compare(a, b);
        }
    };

    private Toolbars() {
    }

    /** Title and action buttons on the first row; search, filters and a count on the second. */
    public static VBox twoRows(Label title, List<? extends Control> actions, List<? extends Control> filters,
            Label count) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new ActionRow(8, actions);
        title.setMinWidth(Region.USE_PREF_SIZE);
        top.getChildren().addAll(title, spacer);
        top.getChildren().addAll(actions);
        top.setAlignment(Pos.CENTER_LEFT);
        for (Control c : actions) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region spacer2 = new Region();
        HBox.setHgrow(spacer2, Priority.ALWAYS);
        HBox below = new HBox(8);
        below.getChildren().addAll(filters);
        for (Control c : filters) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        below.getChildren().addAll(spacer2, count);
        count.setMinWidth(Region.USE_PREF_SIZE);
        below.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(10, top, below);
        box.setPadding(new Insets(0, 0, 10, 0));
        return box;
    }

    /** Unused nodes are not shown and take no room. */
    public static void hide(Node n) {
        n.setVisible(false);
        n.setManaged(false);
    }
}
