package org.visitdesk.ui.detainees;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.visitdesk.app.CleanUpService;
import org.visitdesk.app.Messages;
import org.visitdesk.ui.Dialogs;
import org.visitdesk.ui.PageContext;

/**
 * Removing people who left long ago: shows how many people left more than N days ago and how many of their visits
 * would become anonymous, lets the coordinator change N, and removes them only when asked to.
 */
final class CleanUpDialog extends Dialog<ButtonType> {

    /** The width its sentences wrap at. */
    private static final double TEXT_WIDTH = 460;

    private final PageContext ctx;
    private final CleanUpService service;
    private final Spinner<Integer> days = new Spinner<>(0, 3650, CleanUpService.DEFAULT_DAYS);
    private final Label summary = new Label(Messages.get("history.loading"));
    private final ButtonType remove = new ButtonType(Messages.get("cleanup.run"), ButtonBar.ButtonData.OK_DONE);
    private final Button removeButton;

    CleanUpDialog(PageContext ctx) {
        this.ctx = ctx;
        this.service = ctx.workspace().cleanUp();
        initOwner(ctx.stage());
        setTitle(Messages.get("cleanup.title"));
        setHeaderText(Messages.get("cleanup.header"));
        days.setId("cleanup-days");
        days.setEditable(true);
        days.setPrefWidth(110);
        // the number of days is the question: it shows whole, under the sentence that asks it
        days.setMinWidth(Region.USE_PREF_SIZE);
        Label daysLabel = Dialogs.wrapped(Messages.get("cleanup.days"), TEXT_WIDTH);
        daysLabel.setLabelFor(days);
        summary.setId("cleanup-summary");
        summary.setWrapText(true);
        summary.setPrefWidth(TEXT_WIDTH);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        Label explain = Dialogs.wrapped(Messages.get("cleanup.explain"), TEXT_WIDTH);
        explain.getStyleClass().add(Styles.TEXT_MUTED);
        VBox content = new VBox(12, new VBox(6, daysLabel, days), summary, explain);
        content.setPrefWidth(TEXT_WIDTH);
        getDialogPane().setContent(content);
        getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        Dialogs.fitToContent(this);
        getDialogPane().getButtonTypes().setAll(remove, ButtonType.CANCEL);
        removeButton = (Button) getDialogPane().lookupButton(remove);
        removeButton.setId("cleanup-run");
        removeButton.setDisable(true);
        removeButton.setDefaultButton(false);
        ((Button) getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        ctx.background().run(service::days, (Integer n) -> {
            days.getValueFactory().setValue(n);
            days.valueProperty().addListener((o, was, now) -> preview());
            preview();
        });
    }

    /** Saves the number of days and shows what a clean-up would remove now. */
    private void preview() {
        int n = days.getValue() == null ? CleanUpService.DEFAULT_DAYS : days.getValue();
        removeButton.setDisable(true);
        ctx.background().run(() -> {
            if (service.days() != n) {
                service.setDays(n);
            }
            return service.preview();
        }, (CleanUpService.Summary s) -> {
            summary.setText(s.people() == 0 ? Messages.get("cleanup.nobody", s.days())
                    : Messages.get("cleanup.summary", s.people(), s.visits(), s.days()));
            removeButton.setDisable(s.people() == 0);
            Dialogs.refit(this);
        });
    }

    /** Shows the dialog and waits; when asked to remove, runs the clean-up in the background, then {@code done}. */
    void ask(Runnable done) {
        if (showAndWait().filter(b -> b == remove).isPresent()) {
            ctx.background().run(service::run, (CleanUpService.Summary removed) -> done.run());
        }
    }
}
