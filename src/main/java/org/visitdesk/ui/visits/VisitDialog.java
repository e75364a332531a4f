package org.visitdesk.ui.visits;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import atlantafx.base.theme.Styles;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;
import org.visitdesk.app.ConflictNotice;
import org.visitdesk.app.DetaineeListing;
import org.visitdesk.app.Messages;
import org.visitdesk.app.RecordType;
import org.visitdesk.app.SearchQuery;
import org.visitdesk.app.VisitChange;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Facility;
import org.visitdesk.domain.FieldError;
import org.visitdesk.domain.Languages;
import org.visitdesk.domain.SearchKey;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.VisitType;
import org.visitdesk.domain.Visitor;
import org.visitdesk.ui.Dates;
import org.visitdesk.ui.Form;
import org.visitdesk.ui.HistoryTabs;
import org.visitdesk.ui.PageContext;
import org.visitdesk.ui.Pickers;

/**
 * Plans or edits one visit. The people are picked by typing (names, A-numbers, emails) from lists read once in the
 * background; the conflicts of what is entered are checked live, a moment after each change. Saving goes through
 * the schedule: a visit that breaks an error-level rule is only saved with a reason, which is stored on it.
 * Used by the Visits page and the calendar.
 */
public final class VisitDialog extends Dialog<Visit> {

    /** At most this many suggestions: the lists can hold tens of thousands of people. */
    static final int MAX_SUGGESTIONS = 20;
    private static final Duration CHECK_DELAY = Duration.millis(250);

    private final PageContext ctx;
    private final Workspace workspace;
    private final Visit prefill;
    private final Form form = new Form();
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
    private final Label overrideLabel;
    private final VBox conflicts = new VBox(6);
    private final PauseTransition pause = new PauseTransition(CHECK_DELAY);
    private final ObjectProperty<Detainee> picked = new SimpleObjectProperty<>();
    private final ObservableList<Visitor> chosen = FXCollections.observableArrayList();
    private Button ok;
    private volatile List<DetaineeListing> detainees = List.of();
    private volatile List<VisitorChoice> visitors = List.of();
    private List<Facility> facilities = List.of();
    private String autoEnd = "";
    private long checks;
    private boolean overrideShown;

    /** A volunteer with the folded text the search matches. */
    private record VisitorChoice(Visitor visitor, String key) {
        static VisitorChoice of(Visitor v) {
            return new VisitorChoice(v, SearchKey.fold(v.givenName() + " " + v.familyName() + " " + v.familyName()
                    + " " + v.givenName() + " " + v.email()));
        }
    }

    private record Choices(List<DetaineeListing> detainees, List<Visitor> visitors, List<Facility> facilities) {
    }

    /**
     * Opens the dialog and waits until it is closed.
     *
     * @param ctx     the page context (owner window, background worker, records)
     * @param prefill a new visit (id 0; start, end, detainee or visitors may be set) or a saved one; null for a
     *                blank new visit
     * @return the saved visit, or empty when nothing was saved
     */
    public static Optional<Visit> open(PageContext ctx, Visit prefill) {
        return new VisitDialog(ctx, prefill).showAndWait();
    }

    VisitDialog(PageContext ctx, Visit prefill) {
        this.ctx = ctx;
        this.workspace = ctx.workspace();
        this.prefill = prefill == null
                ? new Visit(0, 0, 0, null, null, List.of(), VisitType.SOCIAL, VisitStatus.SCHEDULED, "", "")
                : prefill;
        boolean isNew = this.prefill.id() == 0;
        initOwner(ctx.stage());
        setTitle(Messages.get(isNew ? "visit.add" : "visit.edit"));
        setHeaderText(null);
        setResizable(true);

        detaineeField.setPromptText(Messages.get("visit.loading"));
        detaineeField.setDisable(true);
        detaineeDetails.getStyleClass().add("hint");
        detaineeDetails.setWrapText(true);
        detaineeDetails.setId("visit-detainee-details");
        visitorSearch.setPromptText(Messages.get("visit.loading"));
        visitorSearch.setDisable(true);
        visitorList.setItems(chosen);
        visitorList.setPrefHeight(80);
        visitorList.setCellFactory(lv -> new VisitorCell());
        visitorList.setPlaceholder(new Label(Messages.get("visit.visitor.none")));
        visitorList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                Visitor sel = visitorList.getSelectionModel().getSelectedItem();
                if (sel != null) {
                    chosen.remove(sel);
                }
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
        form.add("type", "visit.type", type);
        form.add("status", "visit.status", status);
        form.add("notes", "visit.notes", notes);
        form.add("overrideReason", "visit.overrideReason", overrideReason);
        overrideReason.setId("visit-override-reason");
        visitorSearch.setId("visit-visitor-search");
        overrideLabel = form.root().getChildren().stream().filter(n -> n instanceof Label l
                && l.getLabelFor() == overrideReason).map(n -> (Label) n).findFirst().orElseThrow();
        showOverride(false);
        // labels keep their full width; the inputs give way first
        form.root().getColumnConstraints().get(0).setMinWidth(Region.USE_PREF_SIZE);

        fill();
        bindAutoCompletion();
        watchChanges();

        // the conflicts beside the form, so the dialog stays short enough for a laptop screen
        javafx.scene.layout.BorderPane content = new javafx.scene.layout.BorderPane(form.root());
        content.setRight(conflictsPanel());
        getDialogPane().setContent(HistoryTabs.wrap(content, ctx, RecordType.VISIT, this.prefill.id()));
        getDialogPane().setPrefWidth(940);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.setText(Messages.get(overrideShown ? "visit.saveAnyway" : "action.save"));
        ok.setId("dialog-save");
        ok.addEventFilter(ActionEvent.ACTION, ev -> {
            // never close on OK directly: save in the background, close only once it is saved
            ev.consume();
            trySave();
        });
        setResultConverter(b -> null);
        setOnHidden(e -> pause.stop());
        // some window systems open dialogs narrower than asked: make room for the form and the conflicts
        setOnShown(e -> javafx.application.Platform.runLater(() -> {
            javafx.stage.Window w = getDialogPane().getScene().getWindow();
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
        VBox box = new VBox(4, title, conflicts);
        box.setPadding(new Insets(8, 0, 0, 12));
        box.setPrefWidth(300);
        box.setMinWidth(240);
        return box;
    }

    private void fill() {
        Visit v = prefill;
        if (v.start() != null) {
            date.setValue(v.start().toLocalDate());
            start.setText(Dates.show(v.start().toLocalTime()));
            LocalDateTime e = v.end() != null ? v.end() : v.start().plusHours(1);
            end.setText(Dates.show(e.toLocalTime()));
            autoEnd = Dates.show(v.start().toLocalTime().plusHours(1));
        }
        type.setValue(v.type());
        status.setValue(v.status());
        notes.setText(v.notes());
        if (!v.overrideReason().isBlank()) {
            // a visit saved despite conflicts keeps its reason when saved again
            overrideReason.setText(v.overrideReason());
            showOverride(true);
        }
        showIncomplete();
    }

    /** Reads everyone who can be picked, once, in the background. */
    private void loadChoices() {
        ctx.background().run(() -> new Choices(workspace.detainees().listAll(Messages.locale()),
                workspace.visitors().listAll(), workspace.facilities().listAll()), c -> {
                    detainees = List.copyOf(c.detainees());
                    visitors = c.visitors().stream().map(VisitorChoice::of).toList();
                    facilities = List.copyOf(c.facilities());
                    if (prefill.detaineeId() > 0) {
                        c.detainees().stream().filter(l -> l.detainee().id() == prefill.detaineeId()).findFirst()
                                .ifPresent(l -> pick(l.detainee()));
                    }
                    for (Long id : prefill.visitorIds()) {
                        c.visitors().stream().filter(x -> x.id() == id).findFirst().ifPresent(chosen::add);
                    }
                    detaineeField.setDisable(false);
                    detaineeField.setPromptText(Messages.get("visit.detainee.prompt"));
                    visitorSearch.setDisable(false);
                    visitorSearch.setPromptText(Messages.get("visit.visitor.prompt"));
                    if (picked.get() == null) {
                        detaineeField.requestFocus();
                    }
                    changed();
                });
    }

    private void bindAutoCompletion() {
        StringConverter<DetaineeListing> detaineeText = new StringConverter<>() {
            @Override
            public String toString(DetaineeListing l) {
                return l == null ? "" : label(l.detainee());
            }

            @Override
            public DetaineeListing fromString(String s) {
                return null;
            }
        };
        AutoCompletionBinding<DetaineeListing> people = TextFields.bindAutoCompletion(detaineeField,
                r -> detaineeSuggestions(r.getUserText(), r::isCancelled), detaineeText);
        people.setVisibleRowCount(10);
        people.setOnAutoCompleted(e -> pick(e.getCompletion().detainee()));

        StringConverter<VisitorChoice> visitorText = new StringConverter<>() {
            @Override
            public String toString(VisitorChoice c) {
                return c == null ? "" : describe(c.visitor());
            }

            @Override
            public VisitorChoice fromString(String s) {
                return null;
            }
        };
        AutoCompletionBinding<VisitorChoice> volunteers = TextFields.bindAutoCompletion(visitorSearch,
                r -> visitorSuggestions(r.getUserText(), r::isCancelled), visitorText);
        volunteers.setVisibleRowCount(10);
        volunteers.setOnAutoCompleted(e -> {
            Visitor v = e.getCompletion().visitor();
            if (chosen.stream().noneMatch(x -> x.id() == v.id())) {
                chosen.add(v);
            }
            // the field is for adding the next one
            javafx.application.Platform.runLater(visitorSearch::clear);
        });
        detaineeField.textProperty().addListener((o, before, now) -> {
            Detainee d = picked.get();
            if (d != null && !label(d).equals(now)) {
                picked.set(null);
            }
        });
        picked.addListener((o, before, now) -> showDetails(now));
        showDetails(null);
    }

    /** The people whose name or A-number match what was typed (called away from the UI thread). */
    List<DetaineeListing> detaineeSuggestions(String typed, java.util.function.BooleanSupplier cancelled) {
        SearchQuery q = SearchQuery.of(typed);
        if (q.isEmpty()) {
            return List.of();
        }
        List<DetaineeListing> out = new ArrayList<>();
        for (DetaineeListing l : detainees) {
            if (q.test(l.searchKey())) {
                out.add(l);
                if (out.size() >= MAX_SUGGESTIONS || cancelled.getAsBoolean()) {
                    break;
                }
            }
        }
        return out;
    }

    private Collection<VisitorChoice> visitorSuggestions(String typed, java.util.function.BooleanSupplier cancelled) {
        SearchQuery q = SearchQuery.of(typed);
        if (q.isEmpty()) {
            return List.of();
        }
        List<Long> already = chosen.stream().map(Visitor::id).toList();
        List<VisitorChoice> out = new ArrayList<>();
        for (VisitorChoice c : visitors) {
            if (!already.contains(c.visitor().id()) && q.test(c.key())) {
                out.add(c);
                if (out.size() >= MAX_SUGGESTIONS || cancelled.getAsBoolean()) {
                    break;
                }
            }
        }
        return out;
    }

    private void pick(Detainee d) {
        detaineeField.setText(label(d));
        picked.set(d);
    }

    private static String label(Detainee d) {
        return d.sortName() + "  ·  " + (d.aNumber() == null ? "" : d.aNumber().display());
    }

    private void showDetails(Detainee d) {
        if (d == null) {
            detaineeDetails.setText("");
            return;
        }
        String unit = d.housingUnit().isBlank() ? Messages.get("visit.unit.none") : d.housingUnit();
        Facility f = facilityOf(d);
        detaineeDetails.setText(Messages.get("visit.detainee.details", unit, Languages.join(d.languages()),
                f == null ? Messages.get("facility.none") : f.name()));
    }

    private Facility facilityOf(Detainee d) {
        if (d != null && d.facilityId() != null) {
            Optional<Facility> own = facilities.stream().filter(f -> f.id() == d.facilityId()).findFirst();
            if (own.isPresent()) {
                return own.get();
            }
        }
        if (d == null && prefill.facilityId() > 0) {
            Optional<Facility> before = facilities.stream().filter(f -> f.id() == prefill.facilityId()).findFirst();
            if (before.isPresent()) {
                return before.get();
            }
        }
        return facilities.isEmpty() ? null : facilities.get(0);
    }

    /** "Ana Ruiz · Spanish, English · cleared". */
    static String describe(Visitor v) {
        String langs = Languages.join(v.languages());
        return v.fullName() + (v.email().isBlank() ? "" : " <" + v.email() + ">") + "  ·  "
                + (langs.isBlank() ? "—" : langs) + "  ·  "
                + Messages.get(v.isCleared() ? "visit.visitor.cleared" : "visit.visitor.notCleared");
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
            Label text = new Label(describe(v));
            if (!v.isCleared()) {
                text.getStyleClass().add(Styles.DANGER);
            }
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Button remove = new Button(null, new FontIcon("fth-x"));
            remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
            remove.setId("visit-visitor-remove");
            remove.setTooltip(new Tooltip(Messages.get("visit.visitor.remove")));
            remove.setOnAction(e -> chosen.remove(v));
            HBox row = new HBox(6, text, spacer, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
        }
    }

    private void watchChanges() {
        picked.addListener((o, a, b) -> changed());
        chosen.addListener((ListChangeListener<Visitor>) c -> changed());
        date.valueProperty().addListener((o, a, b) -> changed());
        date.getEditor().textProperty().addListener((o, a, b) -> changed());
        start.textProperty().addListener((o, a, b) -> {
            defaultEnd(b);
            changed();
        });
        end.textProperty().addListener((o, a, b) -> changed());
        status.valueProperty().addListener((o, a, b) -> changed());
        type.valueProperty().addListener((o, a, b) -> changed());
        pause.setOnFinished(e -> check());
    }

    /** The end follows the start (one hour later) until someone types an end of their own. */
    private void defaultEnd(String startText) {
        LocalTime t;
        try {
            t = Dates.parseTime(startText);
        } catch (DateTimeParseException e) {
            return;
        }
        if (t == null) {
            return;
        }
        if (end.getText().isBlank() || end.getText().strip().equals(autoEnd)) {
            autoEnd = Dates.show(t.plusHours(1));
            end.setText(autoEnd);
        }
    }

    private void changed() {
        pause.playFromStart();
    }

    /** Checks what is entered now, in the background; an answer for an older state is dropped. */
    private void check() {
        long mine = ++checks;
        Visit v = buildQuietly();
        if (v == null) {
            showIncomplete();
            return;
        }
        ctx.background().run(() -> workspace.schedule().check(v), found -> {
            if (mine == checks) {
                showConflicts(found.notices());
            }
        }, e -> {
            if (mine == checks) {
                showIncomplete();
            }
        });
    }

    private void showIncomplete() {
        Label l = new Label(Messages.get("visit.conflicts.incomplete"));
        l.getStyleClass().add(Styles.TEXT_MUTED);
        l.setWrapText(true);
        conflicts.getChildren().setAll(l);
    }

    /** Lists conflicts: errors first, in red, then warnings in amber; "No conflicts" when there are none. */
    void showConflicts(List<ConflictNotice> notices) {
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
    static Label conflictLabel(ConflictNotice n) {
        FontIcon icon = new FontIcon(n.isError() ? "fth-alert-octagon" : "fth-alert-triangle");
        icon.setStyle(n.isError() ? "-fx-icon-color: -color-danger-fg;" : "-fx-icon-color: -color-warning-fg;");
        Label l = new Label(Messages.get(n.message()), icon);
        l.setWrapText(true);
        l.setMaxWidth(290);
        l.getStyleClass().addAll(n.isError() ? Styles.DANGER : Styles.WARNING, "conflict");
        l.setUserData(n.conflict().code());
        l.setTooltip(new Tooltip(Messages.get("severity." + n.conflict().severity().name()) + ": " + Messages.get(n.title())));
        return l;
    }

    /** The visit as entered, or null when it cannot be checked yet (no person, date or readable times). */
    private Visit buildQuietly() {
        List<FieldError> errors = new ArrayList<>();
        Visit v = build(errors, false);
        return errors.isEmpty() && v.detaineeId() > 0 && v.start() != null && v.end() != null
                && v.end().isAfter(v.start()) ? v : null;
    }

    /** The visit as entered; what cannot be read goes into {@code errors}. */
    private Visit build(List<FieldError> errors, boolean commitDate) {
        Detainee d = picked.get();
        if (d == null && !detaineeField.getText().isBlank()) {
            errors.add(new FieldError("detainee", "error.detainee.pick"));
        }
        LocalDate day = null;
        try {
            day = commitDate ? Form.dateOf(date) : readDate();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("date", "error.date.format"));
        }
        LocalTime from = readTime(start, "start", errors);
        LocalTime to = readTime(end, "end", errors);
        Facility f = facilityOf(d);
        LocalDateTime a = day != null && from != null ? day.atTime(from) : null;
        LocalDateTime b = day != null && to != null ? day.atTime(to) : null;
        return new Visit(prefill.id(), d == null ? 0 : d.id(), f == null ? 0 : f.id(), a, b,
                chosen.stream().map(Visitor::id).toList(), type.getValue(), status.getValue(), notes.getText(),
                overrideShown ? overrideReason.getText() : prefill.overrideReason());
    }

    private LocalDate readDate() {
        String text = date.getEditor().getText();
        if (text == null || text.isBlank()) {
            return null;
        }
        return date.getConverter().fromString(text);
    }

    private static LocalTime readTime(TextField field, String name, List<FieldError> errors) {
        try {
            return Dates.parseTime(field.getText());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "error.time.format"));
            return null;
        }
    }

    private void trySave() {
        List<FieldError> typed = new ArrayList<>();
        Visit v = build(typed, true);
        List<FieldError> all = new ArrayList<>(typed);
        boolean noDay = v.start() == null && date.getValue() == null;
        if (noDay && typed.stream().noneMatch(e -> e.field().equals("date"))) {
            all.add(new FieldError("date", "error.required"));
        }
        for (FieldError e : v.problems()) {
            boolean told = all.stream().anyMatch(t -> t.field().equals(e.field()));
            boolean becauseNoDay = noDay && (e.field().equals("start") || e.field().equals("end"))
                    && !fieldOf(e.field()).getText().isBlank();
            if (!told && !becauseNoDay) {
                all.add(e);
            }
        }
        if (!all.isEmpty()) {
            form.showErrors(all);
            fit();
            return;
        }
        String reason = overrideShown ? overrideReason.getText() : "";
        ok.setDisable(true);
        org.visitdesk.ui.Saving.begin(this);
        ctx.background().run(() -> workspace.schedule().plan(v, reason), outcome -> {
            ok.setDisable(false);
            org.visitdesk.ui.Saving.end(this);
            saved(outcome);
        }, e -> {
            ok.setDisable(false);
            org.visitdesk.ui.Saving.end(this);
            org.visitdesk.ui.Failure.show(e);
        });
    }

    private TextField fieldOf(String name) {
        return name.equals("start") ? start : end;
    }

    private void saved(VisitChange outcome) {
        if (outcome.isSaved()) {
            setResult(outcome.saved());
            close();
            return;
        }
        if (!outcome.errors().isEmpty()) {
            form.showErrors(outcome.errors());
            fit();
            return;
        }
        if (outcome.kind() == VisitChange.Kind.NEEDS_DECISION) {
            checks++; // what the save found is the latest word
            showConflicts(outcome.conflicts());
            boolean askedBefore = overrideShown;
            showOverride(true);
            form.showErrors(List.of(new FieldError("overrideReason",
                    askedBefore ? "error.override.required" : "visit.conflicts.blocked")));
            overrideReason.requestFocus();
            fit();
        }
    }

    private void showOverride(boolean show) {
        overrideShown = show;
        overrideReason.setVisible(show);
        overrideReason.setManaged(show);
        overrideLabel.setVisible(show);
        overrideLabel.setManaged(show);
        if (ok != null) {
            ok.setText(Messages.get(show ? "visit.saveAnyway" : "action.save"));
        }
        fit();
    }

    /**
     * Grows the window when the content grew (messages, conflicts, the reason field), so that nothing, above all
     * the buttons, is pushed out of sight. Never shrinks what the coordinator made larger.
     */
    private void fit() {
        javafx.application.Platform.runLater(() -> {
            if (getDialogPane().getScene() == null || getDialogPane().getScene().getWindow() == null) {
                return;
            }
            javafx.stage.Window w = getDialogPane().getScene().getWindow();
            double need = getDialogPane().prefHeight(getDialogPane().getWidth());
            double have = getDialogPane().getHeight();
            if (need > have + 0.5) {
                javafx.geometry.Rectangle2D screen = screenOf(w);
                double height = Math.min(w.getHeight() + (need - have), screen.getHeight());
                w.setHeight(height);
                if (w.getY() + height > screen.getMaxY()) {
                    w.setY(Math.max(screen.getMinY(), screen.getMaxY() - height));
                }
            }
        });
    }

    private static javafx.geometry.Rectangle2D screenOf(javafx.stage.Window w) {
        return javafx.stage.Screen.getScreensForRectangle(w.getX(), w.getY(), w.getWidth(), w.getHeight()).stream()
                .findFirst().orElse(javafx.stage.Screen.getPrimary()).getVisualBounds();
    }

    /** The form, for tests. */
    Form form() {
        return form;
    }
}
