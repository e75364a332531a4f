package org.visitdesk.ui;

import atlantafx.base.controls.CustomTextField;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The search field of the list pages: a magnifier on the left, a clear mark on the right, Escape clears.
 * AtlantaFX's field, because ControlsFX's clearable field loses its box under the AtlantaFX theme.
 */
public final class SearchField {

    private SearchField() {
    }

    /** A new search field. */
    public static CustomTextField create() {
        CustomTextField field = new CustomTextField();
        field.setLeft(new FontIcon("fth-search"));
        FontIcon clear = new FontIcon("fth-x");
        clear.setCursor(Cursor.HAND);
        clear.setOnMouseClicked(e -> field.clear());
        clear.visibleProperty().bind(field.textProperty().isNotEmpty());
        field.setRight(clear);
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !field.getText().isEmpty()) {
                field.clear();
                e.consume();
            }
        });
        field.setPrefWidth(320);
        field.setMinWidth(220);
        return field;
    }
}
