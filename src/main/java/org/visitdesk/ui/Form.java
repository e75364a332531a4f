package org.visitdesk.ui;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.CompoundValidationDecoration;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;
import org.visitdesk.app.Messages;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.FieldError;

/**
 * A two-column form (label, field) whose fields are marked by ControlsFX when the domain finds them wrong.
 * The rules live in the domain and the app; the form only shows their verdict on the right field.
 */
public final class Form {

    private final GridPane grid = new GridPane();
    private final ValidationSupport validation = new ValidationSupport();
    private final Map<String, Control> fields = new HashMap<>();
    private final Map<String, String> labels = new HashMap<>();
    private final Map<String, Label> labelNodes = new HashMap<>();
    private final Map<String, String> errors = new HashMap<>();
    private final Label general = new Label();
    private int row;
    /** The first grid column of the pair of columns fields go into now: 0, or 2 beside it. */
    private int column;
    /** The grid columns a field spans: 1, or 3 below two pairs of columns. */
    private int span = 1;
    /** The first free row below every field so far. */
    private int end = 1;

    public Form() {
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        grid.getColumnConstraints().addAll(pairOfColumns(260));
        general.getStyleClass().add("form-error");
        general.setWrapText(true);
        // every message shows in full: the label grows down instead of being cut after a few lines
        general.setMinHeight(Region.USE_PREF_SIZE);
        general.setMaxWidth(560);
        general.setManaged(false);
        general.setVisible(false);
        grid.add(general, 0, row++, 2, 1);
        validation.setValidationDecorator(new CompoundValidationDecoration(new StyleClassValidationDecoration(),
                new GraphicValidationDecoration()));
    }

    /** Adds a labelled field; {@code name} is the field name the domain uses in its errors. */
    public <T extends Control> T add(String name, String labelKey, T control) {
        Label label = new Label(Messages.get(labelKey));
        label.setLabelFor(control);
        label.setMnemonicParsing(false);
        label.setMinWidth(Region.USE_PREF_SIZE);
        control.setId("field-" + name);
        control.setMaxWidth(Double.MAX_VALUE);
        if (column > 0) {
            GridPane.setMargin(label, new Insets(0, 0, 0, 16));
        }
        grid.add(label, column, row);
        grid.add(control, column + 1, row++, span, 1);
        end = Math.max(end, row);
        fields.put(name, control);
        labels.put(name, label.getText());
        labelNodes.put(name, label);
        validation.registerValidator(control, false,
                (Control c, Object value) -> ValidationResult.fromErrorIf(c, errors.get(name), errors.containsKey(name)));
        return control;
    }

    /** Shows a field and its label only while the condition holds; hidden, they take no room. */
    public void showWhen(String name, ObservableBooleanValue condition) {
        for (Node n : List.of(fields.get(name), labelNodes.get(name))) {
            n.visibleProperty().bind(condition);
            n.managedProperty().bind(condition);
        }
    }

    /** Adds a hint across both columns: a line of help in muted words, on as many lines as it needs. */
    public void addHint(String key) {
        Label hint = new Label(Messages.get(key));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        // it wraps at the form's width instead of widening the form, and grows down instead of being cut
        hint.setPrefWidth(200);
        hint.setMaxWidth(Double.MAX_VALUE);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        addWide(hint);
    }

    /** Adds a node across both columns (a hint, a sub-table). */
    public void addWide(Node node) {
        grid.add(node, column, row++, span + 1, 1);
        end = Math.max(end, row);
    }

    /**
     * Goes on in a second pair of columns beside the first, from the top: a long form (a detained person's) so fits
     * a low screen.
     */
    public void nextColumn() {
        if (column == 0) {
            grid.getColumnConstraints().get(1).setMinWidth(220);
            grid.getColumnConstraints().addAll(pairOfColumns(220));
            GridPane.setColumnSpan(general, 4);
            general.setMaxWidth(Double.MAX_VALUE);
        }
        column = 2;
        row = 1;
    }

    /** A column of labels, right-aligned and never cut (the fields give way instead), and a column of fields. */
    private static List<ColumnConstraints> pairOfColumns(double fieldWidth) {
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setMinWidth(fieldWidth);
        return List.of(labels, inputs);
    }

    /** Goes on below both pairs of columns, each field across the whole width (notes, a hint). */
    public void acrossColumns() {
        column = 0;
        span = 3;
        row = end;
    }

    /** Marks the fields named in the errors (and only those); errors for unknown fields show above the form. */
    public void showErrors(List<FieldError> found) {
        errors.clear();
        StringBuilder said = new StringBuilder();
        for (FieldError e : found) {
            String text = Messages.get(e.messageKey(), e.args().toArray());
            if (fields.containsKey(e.field())) {
                errors.merge(e.field(), text, (a, b) -> a + " " + b);
                said.append(labels.get(e.field())).append(": ");
            }
            said.append(text).append('\n');
        }
        // the messages are also written above the form, so nobody has to hover over a mark to read them
        general.setText(said.toString().strip());
        general.setVisible(!found.isEmpty());
        general.setManaged(!found.isEmpty());
        fields.forEach((name, c) -> c.pseudoClassStateChanged(Styles.STATE_DANGER, errors.containsKey(name)));
        validation.revalidate();
        found.stream().map(FieldError::field).filter(fields::containsKey).findFirst()
                .ifPresent(f -> fields.get(f).requestFocus());
    }

    public GridPane root() {
        return grid;
    }

    /** How a date picker shows a day in the user's language ("Dec 8, 2026", "8 dic 2026"). */
    public static DateTimeFormatter dayFormat() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Messages.locale());
    }

    /** A date picker that shows dates in the user's format and accepts ISO dates typed by hand. */
    public static DatePicker datePicker() {
        DatePicker p = new DatePicker();
        DateTimeFormatter shown = dayFormat();
        p.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : shown.format(d);
            }

            @Override
            public LocalDate fromString(String s) {
                return Dates.parse(s, shown);
            }
        });
        p.setPromptText("yyyy-mm-dd");
        return p;
    }

    /**
     * What is wrong with a record: what could not be read first, then the domain's own rules for the other fields
     * (a field that could not be read is not also told it is missing).
     */
    public static List<FieldError> merge(List<FieldError> typed, List<FieldError> problems) {
        List<FieldError> all = new ArrayList<>(typed);
        for (FieldError e : problems) {
            if (typed.stream().noneMatch(t -> t.field().equals(e.field()))) {
                all.add(e);
            }
        }
        return all;
    }

    /** The date typed into a picker, or null when blank; what cannot be read goes into {@code errors}. */
    public static LocalDate readDate(DatePicker p, String field, List<FieldError> errors) {
        try {
            return dateOf(p);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "error.date.format"));
            return null;
        }
    }

    /** The A-number typed in any common form, or null when blank; what cannot be read goes into {@code errors}. */
    public static ANumber readANumber(String text, String field, List<FieldError> errors) {
        ANumber a = ANumber.parse(text).orElse(null);
        if (a == null && text != null && !text.isBlank()) {
            errors.add(new FieldError(field, "error.aNumber.format"));
        }
        return a;
    }

    /** The time typed ("13:30", "1330", "1:30 PM"), or null when blank; what cannot be read goes into {@code errors}. */
    public static LocalTime readTime(String text, String field, List<FieldError> errors) {
        try {
            return Dates.parseTime(text);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "error.time.format"));
            return null;
        }
    }

    /** Commits what was typed into a date picker's text (JavaFX only does it on Enter or focus loss). */
    public static LocalDate dateOf(DatePicker p) {
        String text = p.getEditor().getText();
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate d = p.getConverter().fromString(text);
        p.setValue(d);
        return d;
    }
}
