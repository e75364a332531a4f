package org.visitdesk.ui.facilities;

import atlantafx.base.theme.Styles;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.visitdesk.app.Messages;

/**
 * Table cells that are always editable controls bound to the row: what is typed is in the row at once (no
 * "press Enter to commit" that loses edits when the coordinator clicks elsewhere).
 */
final class EditCells {

    private EditCells() {
    }

    /** The common part: binds a control to the cell's row, and selects the row when the control gets focus. */
    abstract static class Bound<R, C extends Control> extends TableCell<R, R> {
        protected final C control;
        private R bound;

        Bound(C control) {
            this.control = control;
            control.setMaxWidth(Double.MAX_VALUE);
            control.focusedProperty().addListener((o, was, is) -> {
                if (is && getTableView() != null && !isEmpty()) {
                    getTableView().getSelectionModel().select(getIndex());
                }
            });
            setText(null);
        }

        @Override
        protected void updateItem(R row, boolean empty) {
            super.updateItem(row, empty);
            if (bound != null) {
                unbind(bound);
                bound = null;
            }
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            bound = row;
            bind(row);
            setGraphic(control);
        }

        abstract void bind(R row);

        abstract void unbind(R row);
    }

    /** A text field; {@code error} (may be null) gives the message key of what is wrong, and marks the field. */
    static final class Text<R> extends Bound<R, TextField> {
        private final Function<R, StringProperty> text;
        private final Function<R, ObjectProperty<String>> error;
        private final ChangeListener<String> mark = (o, a, key) -> mark(key);

        Text(Function<R, StringProperty> text, Function<R, ObjectProperty<String>> error, String prompt,
                String styleClass) {
            super(new TextField());
            this.text = text;
            this.error = error;
            control.setPromptText(prompt);
            control.getStyleClass().add(styleClass);
        }

        @Override
        void bind(R row) {
            control.textProperty().bindBidirectional(text.apply(row));
            if (error != null) {
                error.apply(row).addListener(mark);
                mark(error.apply(row).get());
            }
        }

        @Override
        void unbind(R row) {
            control.textProperty().unbindBidirectional(text.apply(row));
            if (error != null) {
                error.apply(row).removeListener(mark);
            }
        }

        private void mark(String key) {
            control.pseudoClassStateChanged(Styles.STATE_DANGER, key != null);
            control.setTooltip(key == null ? null : new Tooltip(Messages.get(key)));
        }
    }

    /** A choice from a fixed list. */
    static final class Choice<R, T> extends Bound<R, ComboBox<T>> {
        private final Function<R, ObjectProperty<T>> value;

        Choice(Function<R, ObjectProperty<T>> value, List<T> items, StringConverter<T> names,
                String styleClass) {
            super(new ComboBox<>());
            this.value = value;
            control.getItems().setAll(items);
            control.setConverter(names);
            control.getStyleClass().add(styleClass);
        }

        @Override
        void bind(R row) {
            control.valueProperty().bindBidirectional(value.apply(row));
        }

        @Override
        void unbind(R row) {
            control.valueProperty().unbindBidirectional(value.apply(row));
        }
    }

    /** Contact / non-contact, as a choice of two words (clearer than a bare check box). */
    static final class Contact<R> extends Bound<R, ComboBox<Boolean>> {
        private final Function<R, BooleanProperty> value;
        private final ChangeListener<Boolean> toRow;
        private final ChangeListener<Boolean> fromRow;
        private BooleanProperty current;

        Contact(Function<R, BooleanProperty> value, String styleClass) {
            super(new ComboBox<>());
            this.value = value;
            control.getItems().setAll(true, false);
            control.setConverter(new StringConverter<>() {
                @Override
                public String toString(Boolean b) {
                    return b == null ? "" : Messages.get(b ? "facilities.window.contact.yes"
                            : "facilities.window.contact.no");
                }

                @Override
                public Boolean fromString(String s) {
                    return null;
                }
            });
            control.getStyleClass().add(styleClass);
            toRow = (o, a, b) -> {
                if (current != null && b != null) {
                    current.set(b);
                }
            };
            fromRow = (o, a, b) -> control.setValue(b);
            control.valueProperty().addListener(toRow);
        }

        @Override
        void bind(R row) {
            current = null;
            control.setValue(value.apply(row).get());
            current = value.apply(row);
            current.addListener(fromRow);
        }

        @Override
        void unbind(R row) {
            value.apply(row).removeListener(fromRow);
            current = null;
        }
    }

    /** Weekday names in the user's language, capitalised ("Monday", "Lunes"). */
    static String dayName(DayOfWeek d) {
        if (d == null) {
            return "";
        }
        String s = d.getDisplayName(TextStyle.FULL, Messages.locale());
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Messages.locale()) + s.substring(1);
    }

    static StringConverter<DayOfWeek> dayNames() {
        return new StringConverter<>() {
            @Override
            public String toString(DayOfWeek d) {
                return dayName(d);
            }

            @Override
            public DayOfWeek fromString(String s) {
                return null;
            }
        };
    }
}
