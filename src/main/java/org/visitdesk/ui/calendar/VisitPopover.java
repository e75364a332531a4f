package org.visitdesk.ui.calendar;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PopOver;
import org.kordamp.ikonli.javafx.FontIcon;
import org.visitdesk.app.ConflictNotice;
import org.visitdesk.app.Messages;
import org.visitdesk.app.VisitListing;
import org.visitdesk.domain.Visitor;

/**
 * What a click on a visit in the calendar shows: whom, when, who goes, what it breaks, and what can be done with it
 * (open it, report what happened, find another time, cancel it).
 */
final class VisitPopover {

    private VisitPopover() {
    }

    /** The content of the popover of an entry: a visit's details, or a closed day's reason. */
    static Node content(Object entryObject, String entryTitle, List<ConflictNotice> conflicts, PopOver popOver,
            VisitActions actions) {
        if (!(entryObject instanceof VisitListing l)) {
            Label closed = wrapped(entryTitle);
            closed.setPadding(new Insets(10));
            return closed;
        }
        // the title line wraps: a long name and its A-number are never cut
        Label name = wrapped(l.detainee() == null ? Messages.get("calendar.removedPerson")
                : l.detainee().fullName() + "  ·  " + l.detainee().aNumber().display());
        name.setId("popover-title");
        name.getStyleClass().add(Styles.TITLE_4);
        Label when = wrapped(VisitWords.when(l) + "  ·  " + Messages.of("status.visit", l.visit().status()));
        VBox box = new VBox(6, name, when);
        box.getChildren().add(bold(Messages.get("calendar.visitors")));
        if (l.visitors().isEmpty()) {
            box.getChildren().add(new Label(Messages.get("calendar.noVisitorYet")));
        }
        for (Visitor v : l.visitors()) {
            box.getChildren().add(wrapped("• " + v.fullName() + "  (" + String.join(", ", v.languages()) + ")"));
        }
        box.getChildren().add(bold(Messages.get(conflicts.isEmpty() ? "calendar.noConflictsHere"
                : "calendar.conflicts")));
        for (ConflictNotice n : conflicts) {
            Label m = wrapped(Messages.get(n.message()));
            m.setGraphic(ConflictsPanel.icon(n));
            box.getChildren().add(m);
        }
        if (!l.visit().overrideReason().isEmpty()) {
            box.getChildren().add(wrapped(Messages.get("calendar.overrideReason", l.visit().overrideReason())));
        }
        Button edit = new Button(Messages.get("calendar.openVisit"), new FontIcon("fth-edit-2"));
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
        Button find = new Button(Messages.get("calendar.findAnotherTime"), new FontIcon("fth-search"));
        find.setId("popover-find-time");
        find.setDisable(l.detainee() == null || !l.visit().status().isPlanned());
        find.setOnAction(e -> {
            popOver.hide();
            actions.findTime().accept(l);
        });
        Button report = new Button(Messages.get("report.action"), new FontIcon("fth-clipboard"));
        report.setId("popover-report");
        report.setDisable(!actions.reportable().test(l));
        report.setOnAction(e -> {
            popOver.hide();
            actions.report().accept(l);
        });
        FlowPane buttons = new FlowPane(8, 8, edit, report, find, cancel);
        buttons.setPrefWrapLength(WIDTH);
        box.getChildren().add(buttons);
        box.setPadding(new Insets(12));
        box.setPrefWidth(WIDTH + 24);
        box.setMaxWidth(WIDTH + 24);
        return box;
    }

    /** How wide the popover's text runs. */
    static final double WIDTH = 400;

    /** A label that wraps at the popover's width and is never shortened to "…". */
    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(WIDTH);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_BOLD);
        return l;
    }
}
