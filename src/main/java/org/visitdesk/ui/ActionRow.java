package org.visitdesk.ui;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * A row of a page's title and actions that fits its window: when the words of all the actions do not fit, the last
 * ones show only their icons (their words stay in the tooltip), and they get their words back when room comes
 * back. Written by hand because neither JavaFX nor ControlsFX has a tool bar that shrinks to icons: JavaFX's
 * {@code ToolBar} hides actions behind an overflow arrow, where a coordinator would not find them.
 */
final class ActionRow extends HBox {

    /** The actions that may give way, in the order they come back; the last gives way first. */
    private final List<Labeled> actions;
    private final Map<Labeled, Double> full = new IdentityHashMap<>();
    private final Map<Labeled, Double> icon = new IdentityHashMap<>();

    ActionRow(double spacing, List<? extends Node> actions) {
        super(spacing);
        List<Labeled> shrinkable = new ArrayList<>();
        for (Node n : actions) {
            if (n instanceof Labeled l && l.getGraphic() != null) {
                shrinkable.add(l);
                // a new word (another language) is measured again
                l.textProperty().addListener((o, a, b) -> {
                    full.remove(l);
                    l.setContentDisplay(ContentDisplay.LEFT);
                });
            }
        }
        this.actions = List.copyOf(shrinkable);
    }

    /** Only the actions' icons need to fit, so that the page never grows wider than its window. */
    @Override
    protected double computeMinWidth(double height) {
        double w = snappedLeftInset() + snappedRightInset();
        int shown = 0;
        for (Node n : getManagedChildren()) {
            double one = n instanceof Labeled l && icon.containsKey(l) ? icon.get(l) : n.minWidth(-1);
            w += one;
            shown++;
        }
        return w + Math.max(0, shown - 1) * getSpacing();
    }

    @Override
    protected void layoutChildren() {
        measure();
        double room = getWidth() - snappedLeftInset() - snappedRightInset();
        double needed = 0;
        int shown = 0;
        for (Node n : getManagedChildren()) {
            needed += n instanceof Labeled l && full.containsKey(l) ? width(l) : n.prefWidth(-1);
            shown++;
        }
        needed += Math.max(0, shown - 1) * getSpacing();
        for (int i = actions.size() - 1; i >= 0 && needed > room; i--) {
            Labeled l = actions.get(i);
            if (l.isManaged() && !compact(l) && full.containsKey(l)) {
                needed -= full.get(l) - icon.get(l);
                setCompact(l, true);
            }
        }
        for (Labeled l : actions) {
            if (compact(l) && full.containsKey(l)) {
                double more = full.get(l) - icon.get(l);
                if (needed + more > room) {
                    break;
                }
                needed += more;
                setCompact(l, false);
            }
        }
        super.layoutChildren();
    }

    /** Measures each action once with its words and once with its icon only. */
    private void measure() {
        for (Labeled l : actions) {
            if (!full.containsKey(l) && l.getScene() != null) {
                ContentDisplay was = l.getContentDisplay();
                l.setContentDisplay(ContentDisplay.LEFT);
                l.applyCss();
                full.put(l, l.prefWidth(-1));
                l.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
                icon.put(l, l.prefWidth(-1));
                l.setContentDisplay(was);
            }
        }
    }

    private double width(Labeled l) {
        return compact(l) ? icon.get(l) : full.get(l);
    }

    private static boolean compact(Labeled l) {
        return l.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY;
    }

    private static void setCompact(Labeled l, boolean compact) {
        l.setContentDisplay(compact ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT);
        if (compact && l.getTooltip() == null) {
            l.setTooltip(new Tooltip(l.getText()));
        }
    }
}
