package org.visitdesk.ui.visits;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.visitdesk.app.Messages;
import org.visitdesk.app.SeriesService;
import org.visitdesk.domain.FieldError;
import org.visitdesk.ui.Dialogs;
import org.visitdesk.ui.PageContext;

/**
 * Before a series is saved: each visit it makes, with its conflicts in words and a tick; those that break a rule
 * that blocks start unticked. Planning the ticked ones needs a reason when any of them breaks such a rule. The
 * view of a {@link SeriesPreviewModel}; the ticks are check boxes, reached with Tab and ticked with Space.
 */
public final class SeriesPreviewDialog {

    private static final double WIDTH = 520;

    private SeriesPreviewDialog() {
    }

    /** Shows the visits and waits: the model as ticked when the coordinator plans them, empty to go back. */
    public static Optional<SeriesPreviewModel> open(PageContext ctx, List<SeriesService.Occurrence> occurrences) {
        SeriesPreviewModel model = new SeriesPreviewModel(occurrences);
        VBox list = new VBox(8);
        list.setId("series-occurrences");
        list.setPadding(new Insets(4));
        int i = 0;
        for (SeriesPreviewModel.Row r : model.rows()) {
            CheckBox tick = new CheckBox(SeriesPreviewModel.when(r.occurrence().visit()));
            tick.setId("series-occurrence-" + i++);
            tick.selectedProperty().bindBidirectional(r.ticked());
            tick.setMinHeight(Region.USE_PREF_SIZE);
            Label words = Dialogs.wrapped(SeriesPreviewModel.conflicts(r.occurrence()), WIDTH - 60);
            words.setPadding(new Insets(0, 0, 0, 28));
            if (r.occurrence().needsDecision()) {
                words.getStyleClass().add(Styles.DANGER);
            } else if (!r.occurrence().conflicts().isEmpty()) {
                words.getStyleClass().add(Styles.WARNING);
            } else {
                words.getStyleClass().add(Styles.TEXT_MUTED);
            }
            list.getChildren().add(new VBox(2, tick, words));
        }
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(300);
        scroll.setMinViewportHeight(120);
        Label reasonLabel = new Label(Messages.get("series.reason"));
        TextField reason = new TextField();
        reason.setId("series-reason");
        reason.setPromptText(Messages.get("visit.overrideReason.prompt"));
        reason.textProperty().bindBidirectional(model.reasonProperty());
        VBox reasonBox = new VBox(4, reasonLabel, reason);
        reasonBox.setId("series-reason-box");
        reasonBox.visibleProperty().bind(model.needsReasonProperty());
        reasonBox.managedProperty().bind(model.needsReasonProperty());
        Label problems = Dialogs.wrapped("", WIDTH);
        problems.setId("series-problems");
        problems.getStyleClass().add(Styles.DANGER);
        problems.setManaged(false);
        problems.setVisible(false);
        VBox content = new VBox(8, Dialogs.wrapped(model.summary(), WIDTH), scroll, reasonBox, problems);
        content.setPrefWidth(WIDTH + 20);
        Dialog<Boolean> dialog = ctx.dialogs().frame(Messages.get("series.title"), Messages.get("series.header"),
                content);
        dialog.getDialogPane().setId("series-dialog");
        ButtonType save = new ButtonType(Messages.get("series.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType back = new ButtonType(Messages.get("series.back"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Button saveButton = Dialogs.button(dialog, save, "series-save");
        Dialogs.button(dialog, back, "series-back");
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            List<FieldError> wrong = model.problems();
            if (!wrong.isEmpty()) {
                e.consume();
                StringBuilder sb = new StringBuilder();
                wrong.forEach(w -> sb.append(Messages.get(w.messageKey(), w.args().toArray())).append('\n'));
                problems.setText(sb.toString().strip());
                problems.setManaged(true);
                problems.setVisible(true);
                if (wrong.stream().anyMatch(w -> w.field().equals("reason"))) {
                    reason.requestFocus();
                }
                Dialogs.refit(dialog);
            }
        });
        model.needsReasonProperty().addListener((o, a, b) -> Dialogs.refit(dialog));
        dialog.setResultConverter(b -> b == save);
        return dialog.showAndWait().filter(Boolean::booleanValue).map(b -> model);
    }
}
