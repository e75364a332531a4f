package org.visitdesk.ui.calendar;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PopOver;
import org.kordamp.ikonli.javafx.FontIcon;
import org.visitdesk.app.ConflictNotice;
import org.visitdesk.app.Messages;
import org.visitdesk.app.VisitListing;
import org.visitdesk.domain.Visitor;
import org.visitdesk.ui.Dates;

/** What a click on a visit in the calendar shows: whom, when, who goes, what it breaks, and Edit and Cancel. */
final class VisitPopover {

    private VisitPopover() {
    }

    /** The content of the popover of an entry: a visit's details, or a closed day's reason. */
    static Node content(Object entryObject, String entryTitle, List<ConflictNotice> conflicts, PopOver popOver,
            VisitActions actions) {
        if (!(entryObject instanceof VisitListing l)) {
            Label closed = new Label(entryTitle);
            closed.setPadding(new Insets(10));
            return closed;
        }
        Label name = new Label(l.detainee() == null ? "" : l.detainee().fullName() + "  ·  "
                + l.detainee().aNumber().display());
        name.getStyleClass().add(Styles.TITLE_4);
        Label when = new Label(Dates.showDay(l.visit().day()) + "  " + Dates.show(l.visit().start().toLocalTime())
                + "–" + Dates.show(l.visit().end().toLocalTime()) + "  ·  "
                + (l.detainee() == null ? "" : l.detainee().housingUnit()) + "  ·  "
                + Messages.of("status.visit", l.visit().status()));
        VBox box = new VBox(6, name, when);
        box.getChildren().add(bold(Messages.get("calendar.visitors")));
        if (l.visitors().isEmpty()) {
            box.getChildren().add(new Label(Messages.get("calendar.noVisitorYet")));
        }
        for (Visitor v : l.visitors()) {
            box.getChildren().add(new Label("• " + v.fullName() + "  (" + String.join(", ", v.languages()) + ")"));
        }
        box.getChildren().add(bold(Messages.get(conflicts.isEmpty() ? "calendar.noConflictsHere"
                : "calendar.conflicts")));
        for (ConflictNotice n : conflicts) {
            Label m = new Label(Messages.get(n.message()), ConflictsPanel.icon(n));
            m.setWrapText(true);
            m.setMaxWidth(380);
            box.getChildren().add(m);
        }
        if (!l.visit().overrideReason().isEmpty()) {
            box.getChildren().add(new Label(Messages.get("calendar.overrideReason", l.visit().overrideReason())));
        }
        Button edit = new Button(Messages.get("action.edit"), new FontIcon("fth-edit-2"));
        edit.setId("popover-edit");
        edit.setOnAction(e -> {
            popOver.hide();
            actions.edit().accept(l.visit());
        });
        Button cancel = new Button(Messages.get("calendar.cancelVisit"), new FontIcon("fth-x-circle"));
        cancel.setDisable(!l.visit().status().isActive());
        cancel.setOnAction(e -> {
            popOver.hide();
            actions.cancel().accept(l);
        });
        box.getChildren().add(new HBox(8, edit, cancel));
        box.setPadding(new Insets(12));
        box.setMaxWidth(420);
        return box;
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_BOLD);
        return l;
    }
}
