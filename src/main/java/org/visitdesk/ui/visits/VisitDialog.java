package org.visitdesk.ui.visits;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Window;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;
import org.visitdesk.app.ConflictNotice;
import org.visitdesk.app.DetaineeListing;
import org.visitdesk.app.Messages;
import org.visitdesk.app.OtherChange;
import org.visitdesk.app.RecordType;
import org.visitdesk.app.VisitChange;
import org.visitdesk.domain.Facility;
import org.visitdesk.domain.FieldError;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.VisitType;
import org.visitdesk.domain.Visitor;
import org.visitdesk.ui.ChangedMeanwhile;
import org.visitdesk.ui.Form;
import org.visitdesk.ui.PageContext;
import org.visitdesk.ui.Pickers;
import org.visitdesk.ui.RecordDialog;
import org.visitdesk.ui.Saving;

/**
 * Plans or edits one visit: the view of a {@link VisitForm}. The people are picked by typing (names, A-numbers,
 * emails) from lists read once in the background; the conflicts of what is entered are checked live, a moment after
 * each change. Saving goes through the schedule: a visit that breaks a rule that blocks is only saved with a
 * reason, which is kept on it. Used by the Visits page and the calendar.
 */
public final class VisitDialog extends RecordDialog<Visit> {

    private static final Duration CHECK_DELAY = Duration.millis(250);
    /** The height of a volunteer's row: two lines of text. */
    private static final double VISITOR_ROW = 52;

    private final VisitForm model;
    private final TextField detaineeField = new TextField();
    private final Label detaineeDetails = new Label();
    private final ListView<Visitor> visitorList = new ListView<>();
    private final TextField visitorSearch = new TextField();
    private final DatePicker date = Form.datePicker();
    private final TextField start = new TextField();
    private final TextField end = new TextField();
    private final ComboBox<VisitType> type = Pickers.enumPicker(VisitType.values(), "type.visit");
    private final ComboBox<VisitStatus> status = Pickers.enumPicker(VisitStatus.values(), "status.visit");
    private final TextArea notes = new TextArea();
    private final TextField overrideReason = new TextField();
    private final ComboBox<VisitForm.Repeating> repeat = Pickers.enumPicker(VisitForm.Repeating.values(),
            "visit.repeating");
    private final TextField times = new TextField();
    private final DatePicker until = Form.datePicker();
    private final VBox conflicts = new VBox(6);
    private final PauseTransition pause = new PauseTransition(CHECK_DELAY);
    private final SuggestedVisitorsPanel suggested;
    private long checks;
    /** For a visit of a series given a new time: whether the visits after it move too, once asked. */
    private Boolean following;

    /**
     * Opens the dialog and waits until it is closed.
     *
     * @param prefill a new visit (id 0; start, end, detainee or visitors may be set) or a saved one; null for a
     *                blank new visit
     * @return the saved visit, or empty when nothing was saved
     */
    public static Optional<Visit> open(PageContext ctx, Visit prefill) {
        return new VisitDialog(ctx, new VisitForm(prefill)).showAndWait();
    }

    private VisitDialog(PageContext ctx, VisitForm model) {
        super(ctx, RecordType.VISIT, model.id(), Messages.get(model.isNew() ? "visit.add" : "visit.edit"), null);
        this.model = model;
        this.suggested = new SuggestedVisitorsPanel(model::addVisitor, 4);
        layOut();
        bind();
        bindAutoCompletion();
        showIncomplete();
        // the conflicts beside the form, so the dialog stays short enough for a laptop screen
        BorderPane content = new BorderPane(form.root());
        content.setRight(conflictsPanel());
        body(content);
        getDialogPane().setPrefWidth(940);
        setOnHidden(e -> pause.stop());
        // some window systems open dialogs narrower than asked: make room for the form and the conflicts
        setOnShown(e -> Platform.runLater(() -> {
            Window w = getDialogPane().getScene().getWindow();
            double width = Math.min(getDialogPane().getPrefWidth(), screenOf(w).getWidth());
            if (!(w.getWidth() >= width)) {
                double before = Double.isNaN(w.getWidth()) ? width : w.getWidth();
                w.setWidth(width);
                w.setX(Math.max(screenOf(w).getMinX(), w.getX() - (width - before) / 2));
            }
            fit();
        }));
        loadChoices();
    }

    private void layOut() {
        detaineeField.setPromptText(Messages.get("visit.loading"));
        detaineeField.setDisable(true);
        detaineeDetails.getStyleClass().add("hint");
        detaineeDetails.setWrapText(true);
        detaineeDetails.setId("visit-detainee-details");
        visitorSearch.setPromptText(Messages.get("visit.loading"));
        visitorSearch.setDisable(true);
        visitorList.setItems(model.visitors());
        // one two-line row per volunteer, all in sight: no scroll bar hides a language or a remove button
        visitorList.setFixedCellSize(VISITOR_ROW);
        visitorList.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(1, model.visitors().size()) * VISITOR_ROW + 4, model.visitors()));
        visitorList.minHeightProperty().bind(visitorList.prefHeightProperty());
        visitorList.setCellFactory(lv -> new VisitorCell());
        visitorList.setPlaceholder(new Label(Messages.get("visit.visitor.none")));
        visitorList.setOnKeyPressed(e -> {
            Visitor sel = visitorList.getSelectionModel().getSelectedItem();
            if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && sel != null) {
                model.removeVisitor(sel);
            }
        });
        start.setPromptText("13:30");
        end.setPromptText("14:30");
        notes.setPrefRowCount(2);
        notes.setWrapText(true);
        overrideReason.setPromptText(Messages.get("visit.overrideReason.prompt"));
        form.add("detainee", "visit.detainee", detaineeField);
        form.addWide(indent(detaineeDetails));
        form.add("visitors", "visit.visitors", visitorList);
        form.add("visitorSearch", "visit.visitor.add", visitorSearch);
        form.add("date", "visit.date", date);
        form.add("start", "visit.start", start);
        form.add("end", "visit.end", end);
        if (model.isNew()) {
            // a new visit may repeat; the times or the end date only while it does
            form.add("repeat", "visit.repeat", repeat);
            form.add("times", "visit.repeat.times", times);
            form.add("until", "visit.repeat.until", until);
            times.setPromptText("8");
            times.setPrefColumnCount(4);
            times.setMaxWidth(Region.USE_PREF_SIZE);
            until.setPromptText(Messages.get("visit.repeat.until.prompt"));
            repeat.setId("visit-repeat");
            times.setId("visit-repeat-times");
            until.setId("visit-repeat-until");
        }
        form.add("type", "visit.type", type);
        form.add("status", "visit.status", status);
        form.add("notes", "visit.notes", notes);
        form.add("overrideReason", "visit.overrideReason", overrideReason);
        // ids of their own, after the form's field-<name> ones
        visitorSearch.setId("visit-visitor-search");
        overrideReason.setId("visit-override-reason");
        // labels keep their full width; the inputs give way first
        form.root().getColumnConstraints().get(0).setMinWidth(Region.USE_PREF_SIZE);
    }

    /** The controls show the form model and write into it; every change is checked a moment later. */
    private void bind() {
        detaineeField.textProperty().bindBidirectional(model.detaineeTextProperty());
        date.valueProperty().bindBidirectional(model.dayProperty());
        date.getEditor().textProperty().addListener((o, a, b) -> model.dayTextProperty().set(b));
        model.dayTextProperty().set(date.getEditor().getText());
        start.textProperty().bindBidirectional(model.startProperty());
        end.textProperty().bindBidirectional(model.endProperty());
        type.valueProperty().bindBidirectional(model.typeProperty());
        status.valueProperty().bindBidirectional(model.statusProperty());
        notes.textProperty().bindBidirectional(model.notesProperty());
        overrideReason.textProperty().bindBidirectional(model.overrideReasonProperty());
        if (model.isNew()) {
            repeat.valueProperty().bindBidirectional(model.repeatingProperty());
            times.textProperty().bindBidirectional(model.timesProperty());
            until.getEditor().textProperty().addListener((o, a, b) -> model.untilTextProperty().set(b));
            var repeats = Bindings.createBooleanBinding(() -> model.repeatingProperty().get() != null
                    && model.repeatingProperty().get() != VisitForm.Repeating.NO, model.repeatingProperty());
            form.showWhen("times", repeats);
            form.showWhen("until", repeats);
            repeats.addListener((o, a, b) -> fit());
        }
        form.showWhen("overrideReason", model.overrideAskedProperty());
        ok.textProperty().bind(Bindings.when(model.overrideAskedProperty())
                .then(Messages.get("visit.saveAnyway")).otherwise(Messages.get("action.save")));
        model.overrideAskedProperty().addListener((o, a, b) -> fit());
        model.detaineeProperty().addListener((o, a, d) -> detaineeDetails.setText(model.details(d)));
        model.detaineeProperty().addListener((o, a, b) -> changed());
        model.visitors().addListener((ListChangeListener<Visitor>) c -> changed());
        model.dayTextProperty().addListener((o, a, b) -> changed());
        model.dayProperty().addListener((o, a, b) -> changed());
        model.startProperty().addListener((o, a, b) -> changed());
        model.endProperty().addListener((o, a, b) -> changed());
        model.statusProperty().addListener((o, a, b) -> changed());
        model.typeProperty().addListener((o, a, b) -> changed());
        pause.setOnFinished(e -> check());
    }

    private static Node indent(Node n) {
        HBox box = new HBox(n);
        box.setPadding(new Insets(-4, 0, 0, 0));
        box.setAlignment(Pos.CENTER_RIGHT);
        return box;
    }

    private Node conflictsPanel() {
        Label title = new Label(Messages.get("visit.conflicts"));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        conflicts.setId("visit-conflicts");
        conflicts.setPadding(new Insets(4, 0, 0, 0));
        conflicts.setMinHeight(40);
        VBox box = new VBox(4, title, conflicts, suggested);
        box.setPadding(new Insets(8, 0, 0, 12));
        box.setPrefWidth(300);
        box.setMinWidth(240);
        return box;
    }

    /** Reads everyone who can be picked, once, in the background. */
    private void loadChoices() {
        ctx.background().run(() -> new Choices(ctx.workspace().detainees().listAll(Messages.locale()),
                ctx.workspace().visitors().listAll(), ctx.workspace().facilities().listAll()), c -> {
                    model.choices(c.detainees(), c.visitors(), c.facilities());
                    detaineeField.setDisable(false);
                    detaineeField.setPromptText(Messages.get("visit.detainee.prompt"));
                    visitorSearch.setDisable(false);
                    visitorSearch.setPromptText(Messages.get("visit.visitor.prompt"));
                    if (model.detaineeProperty().get() == null) {
                        detaineeField.requestFocus();
                    }
                    changed();
                });
    }

    private record Choices(List<DetaineeListing> detainees, List<Visitor> visitors, List<Facility> facilities) {
    }

    private void bindAutoCompletion() {
        AutoCompletionBinding<DetaineeListing> people = TextFields.bindAutoCompletion(detaineeField,
                r -> model.detaineeSuggestions(r.getUserText(), r::isCancelled),
                text(l -> VisitForm.label(l.detainee())));
        people.setVisibleRowCount(10);
        people.setOnAutoCompleted(e -> model.pick(e.getCompletion().detainee()));
        AutoCompletionBinding<Visitor> volunteers = TextFields.bindAutoCompletion(visitorSearch,
                r -> model.visitorSuggestions(r.getUserText(), r::isCancelled), text(VisitForm::describe));
        volunteers.setVisibleRowCount(10);
        volunteers.setOnAutoCompleted(e -> {
            model.addVisitor(e.getCompletion());
            // the field is for adding the next one
            Platform.runLater(visitorSearch::clear);
        });
    }

    private static <T> StringConverter<T> text(Function<T, String> shown) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : shown.apply(item);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private final class VisitorCell extends ListCell<Visitor> {
        @Override
        protected void updateItem(Visitor v, boolean empty) {
            super.updateItem(v, empty);
            if (empty || v == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label who = new Label(VisitForm.who(v));
            Label about = new Label(VisitForm.about(v));
            about.getStyleClass().add(v.isCleared() ? "hint" : Styles.DANGER);
            VBox text = new VBox(2, who, about);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Button remove = new Button(null, new FontIcon("fth-x"));
            remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
            remove.setId("visit-visitor-remove");
            remove.setTooltip(new Tooltip(Messages.get("visit.visitor.remove")));
            remove.setOnAction(e -> model.removeVisitor(v));
            HBox row = new HBox(6, text, spacer, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
            // no width of its own: the row takes the list's, so nothing runs off to the side
            setPrefWidth(0);
        }
    }

    private void changed() {
        pause.playFromStart();
    }

    /** Checks what is entered now, in the background; an answer for an older state is dropped. */
    private void check() {
        long mine = ++checks;
        Optional<Visit> v = model.checkable();
        suggest(v);
        if (v.isEmpty()) {
            showIncomplete();
            return;
        }
        ctx.background().run(() -> ctx.workspace().schedule().check(v.get()), found -> {
            if (mine == checks) {
                showConflicts(found.notices());
            }
        }, e -> {
            if (mine == checks) {
                showIncomplete();
            }
        });
    }

    /** Suggested visitors for the visit's time, or for its day while no time is given; none without a person. */
    private void suggest(Optional<Visit> v) {
        long person = model.detaineeProperty().get() == null ? 0 : model.detaineeProperty().get().id();
        LocalDate day = model.dayProperty().get();
        if (person == 0 || (v.isEmpty() && day == null)) {
            suggested.nothingToAsk();
            return;
        }
        SuggestedVisitorsPanel.Ask ask = v.isPresent()
                ? new SuggestedVisitorsPanel.Ask(person, null, v.get().start(), v.get().end(), model.id())
                : new SuggestedVisitorsPanel.Ask(person, day, null, null, 0);
        suggested.ask(ctx, ask, List.copyOf(model.visitors()), this::fit);
    }

    private void showIncomplete() {
        Label l = new Label(Messages.get("visit.conflicts.incomplete"));
        l.getStyleClass().add(Styles.TEXT_MUTED);
        l.setWrapText(true);
        conflicts.getChildren().setAll(l);
    }

    /** Lists conflicts: errors first, in red, then warnings in amber; "No conflicts" when there are none. */
    private void showConflicts(List<ConflictNotice> notices) {
        conflicts.getChildren().clear();
        if (notices.isEmpty()) {
            FontIcon icon = new FontIcon("fth-check-circle");
            icon.setStyle("-fx-icon-color: -color-success-fg;");
            Label none = new Label(Messages.get("visit.conflicts.none"), icon);
            none.getStyleClass().add(Styles.SUCCESS);
            conflicts.getChildren().add(none);
            return;
        }
        List<ConflictNotice> sorted = new ArrayList<>(notices);
        sorted.sort(Comparator.comparing((ConflictNotice n) -> !n.isError()));
        for (ConflictNotice n : sorted) {
            conflicts.getChildren().add(conflictLabel(n));
        }
        fit();
    }

    /** One conflict as a coloured line with an icon; its code is kept as user data. */
    private static Label conflictLabel(ConflictNotice n) {
        FontIcon icon = new FontIcon(n.isError() ? "fth-alert-octagon" : "fth-alert-triangle");
        icon.setStyle(n.isError() ? "-fx-icon-color: -color-danger-fg;" : "-fx-icon-color: -color-warning-fg;");
        Label l = new Label(Messages.get(n.message()), icon);
        l.setWrapText(true);
        // wraps at the panel's width, and grows down
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().addAll(n.isError() ? Styles.DANGER : Styles.WARNING, "conflict");
        l.setUserData(n.conflict().code());
        l.setTooltip(new Tooltip(Messages.get("severity." + n.conflict().severity().name()) + ": "
                + Messages.get(n.title())));
        return l;
    }

    @Override
    protected void save() {
        VisitForm.ToSave s = model.toSave();
        if (!s.errors().isEmpty()) {
            form.showErrors(s.errors());
            fit();
            return;
        }
        if (s.repeats()) {
            previewSeries(s);
            return;
        }
        if (model.isNew() || !model.timeChanged(s.visit())) {
            saveOne(s);
            return;
        }
        // a new time for a visit of a series with visits after it: those may move too
        if (following != null) {
            saveAs(s, following);
            return;
        }
        ok.setDisable(true);
        Saving.begin(this);
        ctx.background().run(() -> ctx.workspace().series().membership(model.id()), m -> {
            ok.setDisable(false);
            Saving.end(this);
            if (m.isEmpty() || !m.get().hasFollowing()) {
                saveOne(s);
                return;
            }
            SeriesQuestion.following(ctx.dialogs(), Messages.get("calendar.series.move", m.get().fromThisOn() - 1),
                    Messages.get("series.back")).ifPresent(f -> {
                        following = f;
                        saveAs(s, f);
                    });
        }, this::saveFailed);
    }

    /** The visit alone, or with the visits of its series after it (moved by the same shift). */
    private void saveAs(VisitForm.ToSave s, boolean withFollowing) {
        if (!withFollowing) {
            saveOne(s);
            return;
        }
        ok.setDisable(true);
        Saving.begin(this);
        OtherChange over = model.overwriting();
        ctx.background().run(() -> ctx.workspace().series().editFollowing(s.visit(), s.overrideReason(), over)
                .asOne(), this::saved, this::saveFailed);
    }

    private void saveOne(VisitForm.ToSave s) {
        ok.setDisable(true);
        Saving.begin(this);
        OtherChange over = model.overwriting();
        ctx.background().run(() -> ctx.workspace().schedule().plan(s.visit(), s.overrideReason(), over),
                this::saved, this::saveFailed);
    }

    /** What a save did: closes when saved, else marks what is wrong or asks for a reason. */
    private void saved(VisitChange change) {
        ok.setDisable(false);
        Saving.end(this);
        if (change.kind() == VisitChange.Kind.CHANGED_MEANWHILE) {
            changedMeanwhile(change);
            return;
        }
        VisitForm.AfterSave after = model.after(change);
        if (after.closes()) {
            done(after.saved());
            return;
        }
        if (!after.conflicts().isEmpty()) {
            checks++; // what the save found is the latest word
            showConflicts(after.conflicts());
            overrideReason.requestFocus();
        }
        form.showErrors(after.errors());
        fit();
    }

    /**
     * Someone else saved the visit after this dialog opened it: say who and when, then show the visit as saved now
     * or save what was typed over it; closing the question leaves the form as typed.
     */
    private void changedMeanwhile(VisitChange change) {
        ChangedMeanwhile.ask(getDialogPane().getScene() == null ? null : getDialogPane().getScene().getWindow(),
                change.otherChange(), ChangedMeanwhile.Kind.SAVE).ifPresent(choice -> {
                    if (choice == ChangedMeanwhile.Choice.RELOAD) {
                        model.reload(change.before());
                        form.showErrors(List.of());
                        check();
                    } else {
                        model.overwrite(change.before(), change.otherChange());
                        save();
                    }
                });
    }

    /**
     * A visit that repeats: its visits are read with their conflicts in the background and shown; the ticked ones
     * are saved together, or none (then the dialog says why and stays open).
     */
    private void previewSeries(VisitForm.ToSave s) {
        ok.setDisable(true);
        Saving.begin(this);
        ctx.background().run(() -> ctx.workspace().series().preview(s.visit(), s.repeat()), preview -> {
            ok.setDisable(false);
            Saving.end(this);
            if (!preview.errors().isEmpty()) {
                form.showErrors(preview.errors());
                fit();
                return;
            }
            SeriesPreviewDialog.open(ctx, preview.occurrences()).ifPresent(chosen -> {
                ok.setDisable(true);
                Saving.begin(this);
                ctx.background().run(() -> ctx.workspace().series().save(s.repeat(), chosen.chosen(),
                        chosen.reasonToSave()), change -> {
                            ok.setDisable(false);
                            Saving.end(this);
                            if (change.isSaved()) {
                                done(change.saved().get(0));
                                return;
                            }
                            List<FieldError> why = new ArrayList<>(change.errors());
                            List<ConflictNotice> found = new ArrayList<>();
                            change.blocking().forEach(c -> found.addAll(c.conflicts()));
                            if (why.isEmpty()) {
                                why.add(new FieldError("", "series.notSaved"));
                            }
                            checks++;
                            showConflicts(found);
                            form.showErrors(why);
                            fit();
                        }, this::saveFailed);
            });
        }, this::saveFailed);
    }

    /**
     * Grows the window when the content grew (messages, conflicts, the reason field), so that nothing, above all
     * the buttons, is pushed out of sight. Never shrinks what the coordinator made larger.
     */
    private void fit() {
        Platform.runLater(() -> {
            if (getDialogPane().getScene() == null || getDialogPane().getScene().getWindow() == null) {
                return;
            }
            Window w = getDialogPane().getScene().getWindow();
            double need = getDialogPane().prefHeight(getDialogPane().getWidth());
            double have = getDialogPane().getHeight();
            if (need > have + 0.5) {
                Rectangle2D screen = screenOf(w);
                double height = Math.min(w.getHeight() + (need - have), screen.getHeight());
                w.setHeight(height);
                if (w.getY() + height > screen.getMaxY()) {
                    w.setY(Math.max(screen.getMinY(), screen.getMaxY() - height));
                }
            }
        });
    }

    private static Rectangle2D screenOf(Window w) {
        return Screen.getScreensForRectangle(w.getX(), w.getY(), w.getWidth(), w.getHeight()).stream()
                .findFirst().orElse(Screen.getPrimary()).getVisualBounds();
    }
}
