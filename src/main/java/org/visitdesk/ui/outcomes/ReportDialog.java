package org.visitdesk.ui.outcomes;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.VPos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.visitdesk.app.Messages;
import org.visitdesk.app.OutcomeService;
import org.visitdesk.app.OutcomeService.Recorded;
import org.visitdesk.app.VisitListing;
import org.visitdesk.domain.DenialReason;
import org.visitdesk.domain.FollowUpKind;
import org.visitdesk.domain.OutcomeCode;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.ui.Dates;
import org.visitdesk.ui.Dialogs;
import org.visitdesk.ui.PageContext;
import org.visitdesk.ui.Pickers;
import org.visitdesk.ui.RecordDialog;
import org.visitdesk.ui.Sentences;

/**
 * The report of one visit, filled in after it from what the volunteer says: what happened (with the denial reason
 * for a denial), when they arrived, were seen and left, what the person asked for (each ticked need becomes a
 * follow-up) and a short note, under a warning about what must never be written down. Made for the keyboard: a
 * letter picks an outcome or reason, Tab moves on, Space ticks, Enter saves.
 */
public final class ReportDialog extends RecordDialog<Recorded> {

    /** The dialog's width: the outcome and times, and the needs in two columns beside them. */
    private static final double WIDTH = 820;
    private static final double NEEDS_WIDTH = 400;

    private final ReportForm model;

    /** True when a visit can take a report: its person is known, it is not cancelled and its day has come. */
    public static boolean canReport(VisitListing l, LocalDate today) {
        Visit v = l.visit();
        return l.detainee() != null && v.status() != VisitStatus.CANCELLED && !v.day().isAfter(today);
    }

    /** Opens the report of a visit and waits; what was recorded, or empty when nothing was saved. */
    public static Optional<Recorded> open(PageContext ctx, VisitListing visit) {
        return new ReportDialog(ctx, new ReportForm(visit)).showAndWait();
    }

    private ReportDialog(PageContext ctx, ReportForm model) {
        super(ctx, null, model.visit().visit().id(), Messages.get("report.title"), header(model.visit()));
        this.model = model;
        getDialogPane().setId("report-dialog");
        ComboBox<OutcomeCode> code = form.add("outcome", "field.outcome",
                Pickers.enumPicker(OutcomeCode.values(), "outcome"));
        code.valueProperty().bindBidirectional(model.codeProperty());
        chooseByTyping(code);
        ComboBox<DenialReason> reason = form.add("denialReason", "field.denialReason",
                Pickers.enumPicker(DenialReason.values(), "denialReason"));
        reason.valueProperty().bindBidirectional(model.reasonProperty());
        for (ComboBox<?> c : List.of(code, reason)) {
            c.setTooltip(new Tooltip(Messages.get("report.outcome.keys")));
            c.setPrefWidth(240);
        }
        chooseByTyping(reason);
        form.showWhen("denialReason", model.denied());
        time("arrived", "field.arrived", "10:05").textProperty().bindBidirectional(model.arrivedProperty());
        time("seen", "field.seen", "10:50").textProperty().bindBidirectional(model.seenProperty());
        time("left", "field.left", "11:45").textProperty().bindBidirectional(model.leftProperty());
        // the needs beside the outcome and times, so the dialog fits a low laptop screen
        form.nextColumn();
        VBox needs = needs();
        form.addWide(needs);
        // beside the five rows of the outcome and the times, from the top
        GridPane.setRowSpan(needs, 5);
        GridPane.setValignment(needs, VPos.TOP);
        form.acrossColumns();
        form.addWide(wide(Messages.get("report.times.hint"), "hint"));
        Label warning = wide(Messages.get("outcome.noteWarning"), Styles.WARNING);
        warning.setId("report-note-warning");
        warning.setGraphic(new FontIcon("fth-alert-triangle"));
        form.addWide(warning);
        TextArea note = form.add("note", "field.outcomeNote", new TextArea());
        note.setPrefRowCount(2);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(model.noteProperty());
        // Tab leaves the note instead of typing a tab into it
        note.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                note.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true,
                        false, false));
            }
        });
        getDialogPane().setPrefWidth(WIDTH);
        getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        Dialogs.fitToContent(this);
        setOnShown(e -> Platform.runLater(() -> {
            Dialogs.refit(this);
            // the keys go to the report at once, also when it was opened by a key on the list behind it
            getDialogPane().getScene().getWindow().requestFocus();
            code.requestFocus();
        }));
        // a report recorded before is shown to be corrected; Save waits until it is read
        ok.setDisable(true);
        ctx.background().run(() -> ctx.workspace().outcomes().of(model.visit().visit().id()), found -> {
            found.ifPresent(model::fill);
            ok.setDisable(false);
        });
    }

    private static String header(VisitListing l) {
        Visit v = l.visit();
        String who = l.detainee() == null ? "" : l.detainee().fullName() + "  ·  " + l.detainee().aNumber().display();
        String when = Dates.showDay(v.day()) + "  " + Dates.show(v.start().toLocalTime()) + "–"
                + Dates.show(v.end().toLocalTime());
        return l.visitors().isEmpty() ? who + "\n" + when : who + "\n" + when + "  ·  " + l.visitorNames();
    }

    /**
     * Words across the dialog, on as many lines as they need at its width (a narrower width asked for would make
     * the dialog as tall as the words would be there).
     */
    private static Label wide(String text, String style) {
        Label l = Sentences.label(text);
        l.getStyleClass().add(style);
        l.setPrefWidth(WIDTH - 60);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private TextField time(String name, String labelKey, String example) {
        TextField t = form.add(name, labelKey, new TextField());
        t.setPromptText(example);
        t.setMaxWidth(120);
        return t;
    }

    /** The needs as checkboxes, as on the visit sheet's "after the visit" box: each ticked becomes a follow-up. */
    private VBox needs() {
        Label title = new Label(Messages.get("report.needs"));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label hint = Sentences.label(Messages.get("report.needs.hint", OutcomeService.NEED_DAYS));
        hint.getStyleClass().add("hint");
        // as wide as the two columns of needs below it, so it takes two lines, not six
        hint.setPrefWidth(NEEDS_WIDTH);
        hint.setMaxWidth(NEEDS_WIDTH);
        GridPane boxes = new GridPane();
        boxes.setHgap(16);
        boxes.setVgap(6);
        // down the first column, then the second, in the order of the visit sheet's box
        int rows = (FollowUpKind.values().length + 1) / 2;
        for (FollowUpKind k : FollowUpKind.values()) {
            CheckBox c = new CheckBox(Messages.of("followUp.kind", k));
            c.setId("need-" + k.name());
            c.setMinWidth(Region.USE_PREF_SIZE);
            c.selectedProperty().bindBidirectional(model.need(k));
            boxes.add(c, k.ordinal() / rows, k.ordinal() % rows);
        }
        VBox box = new VBox(4, title, hint, boxes);
        box.setId("field-needs");
        return box;
    }

    /**
     * Typing a letter picks the next choice whose words start with it, and the arrow keys step through the choices,
     * with the list closed: no mouse is needed.
     */
    private static <E> void chooseByTyping(ComboBox<E> box) {
        box.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            String typed = e.getText();
            if (!e.getCode().isLetterKey() || typed == null || typed.isBlank() || e.isShortcutDown()
                    || e.isAltDown() || box.isShowing()) {
                return;
            }
            int n = box.getItems().size();
            int from = box.getItems().indexOf(box.getValue());
            for (int i = 1; i <= n; i++) {
                E candidate = box.getItems().get((from + i + n) % n);
                String words = box.getConverter().toString(candidate);
                if (words.regionMatches(true, 0, typed, 0, typed.length())) {
                    box.setValue(candidate);
                    e.consume();
                    return;
                }
            }
        });
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (box.isShowing() || e.isAltDown()) {
                return;
            }
            int i = box.getItems().indexOf(box.getValue());
            if (e.getCode() == KeyCode.DOWN) {
                box.setValue(box.getItems().get(Math.min(box.getItems().size() - 1, i + 1)));
                e.consume();
            } else if (e.getCode() == KeyCode.UP && i > 0) {
                box.setValue(box.getItems().get(i - 1));
                e.consume();
            }
        });
    }

    @Override
    protected void save() {
        ReportForm.Read typed = model.read();
        submit(typed.typed(), typed.outcome().problems(), (done, failed) -> ctx.background().run(
                () -> ctx.workspace().outcomes().record(typed.outcome(), typed.needs()), result -> {
                    done.accept(result);
                    refitLater();
                }, failed));
        refitLater();
    }

    /** The messages above the form make it taller: the dialog grows to show them and every field. */
    private void refitLater() {
        Platform.runLater(() -> Dialogs.refit(this));
    }
}
