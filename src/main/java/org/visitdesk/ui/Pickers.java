package org.visitdesk.ui;

import java.util.Arrays;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;
import org.visitdesk.app.Messages;
import org.visitdesk.domain.Facility;

/** Combo boxes for enums and facilities, labelled in the user's language. */
public final class Pickers {

    private Pickers() {
    }

    /** A choice of one enum value; labels come from {@code prefix.NAME}. */
    public static <E extends Enum<E>> ComboBox<E> enumPicker(E[] values, String prefix) {
        ComboBox<E> box = new ComboBox<>();
        box.getItems().addAll(Arrays.asList(values));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : Messages.of(prefix, e);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        });
        return box;
    }

    /** A filter over enum values, with a first "all" entry (null). */
    public static <E extends Enum<E>> ComboBox<E> enumFilter(E[] values, String prefix, String allKey) {
        ComboBox<E> box = new ComboBox<>();
        box.getItems().add(null);
        box.getItems().addAll(Arrays.asList(values));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? Messages.get(allKey) : Messages.of(prefix, e);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        });
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? Messages.get(allKey) : Messages.of(prefix, item));
            }
        });
        box.setValue(null);
        return box;
    }

    /** A filter over facilities, with a first "all" entry (null); follows the given list. */
    public static ComboBox<Facility> facilityFilter(ObservableList<Facility> facilities, String allKey) {
        ComboBox<Facility> box = new ComboBox<>();
        box.getItems().add(null);
        facilities.addListener((ListChangeListener<Facility>) c -> {
            Facility chosen = box.getValue();
            box.getItems().setAll(facilities);
            box.getItems().add(0, null);
            box.setValue(chosen == null ? null : facilities.stream().filter(f -> f.id() == chosen.id()).findFirst()
                    .orElse(null));
        });
        StringConverter<Facility> names = facilityNames(allKey);
        box.setConverter(names);
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Facility item, boolean empty) {
                super.updateItem(item, empty);
                setText(names.toString(item));
            }
        });
        return box;
    }

    /** Facility names; null shows as the text of {@code noneKey}. */
    public static StringConverter<Facility> facilityNames(String noneKey) {
        return new StringConverter<>() {
            @Override
            public String toString(Facility f) {
                return f == null ? Messages.get(noneKey) : f.name();
            }

            @Override
            public Facility fromString(String s) {
                return null;
            }
        };
    }
}
