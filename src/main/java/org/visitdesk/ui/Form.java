package org.visitdesk.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.CompoundValidationDecoration;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;
import atlantafx.base.theme.Styles;
import org.visitdesk.app.Messages;
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
    private final Map<String, String> errors = new HashMap<>();
    private final Label general = new Label();
    private int row;

    public Form() {
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        // labels are never cut: the field column gives way instead
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setMinWidth(260);
        grid.getColumnConstraints().addAll(labels, inputs);
        general.getStyleClass().add("form-error");
        general.setWrapText(true);
        // every message shows in full: the label grows down instead of being cut after a few lines
        general.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
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
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        control.setId("field-" + name);
        control.setMaxWidth(Double.MAX_VALUE);
        grid.add(label, 0, row);
        grid.add(control, 1, row++);
        fields.put(name, control);
        labels.put(name, label.getText());
        validation.registerValidator(control, false,
                (Control c, Object value) -> ValidationResult.fromErrorIf(c, errors.get(name), errors.containsKey(name)));
        return control;
    }

    /** Adds a node across both columns (a hint, a sub-table). */
    public void addWide(Node node) {
        grid.add(node, 0, row++, 2, 1);
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

    /** Marks one field from the form itself (a date that cannot be read, say). */
    public void markError(String field, String messageKey) {
        showErrors(List.of(new FieldError(field, messageKey)));
    }

    /** True when the named field is marked wrong now. */
    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    /** The message shown for a field, or null. */
    public String errorOf(String field) {
        return errors.get(field);
    }

    public GridPane root() {
        return grid;
    }

    /** A date picker that shows dates in the user's format and accepts ISO dates typed by hand. */
    public static DatePicker datePicker() {
        DatePicker p = new DatePicker();
        DateTimeFormatter shown = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Messages.locale());
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
