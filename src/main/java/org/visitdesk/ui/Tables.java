package org.visitdesk.ui;

import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

/** What every list page's table does alike: sort by its columns, open a row on double-click or Enter. */
public final class Tables {

    private Tables() {
    }

    /**
     * Shows the items sorted by the clicked column; a double-click or Enter opens the row, Delete removes it.
     *
     * @param remove what Delete does, or null when rows are not deleted from the keyboard
     */
    public static <T> void wire(TableView<T> table, ObservableList<T> items, Consumer<T> open, Runnable remove) {
        SortedList<T> sorted = new SortedList<>(items);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setRowFactory(tv -> {
            TableRow<T> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            T selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                open.accept(selected);
            } else if (e.getCode() == KeyCode.DELETE && remove != null && selected != null) {
                remove.run();
            }
        });
    }
}
