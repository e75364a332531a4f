package org.visitdesk.ui.calendar;

import atlantafx.base.theme.Styles;
import com.calendarfx.model.Entry;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PopOver;
import org.kordamp.ikonli.javafx.FontIcon;
import org.visitdesk.app.Messages;
import org.visitdesk.app.VisitListing;
import org.visitdesk.ui.Dates;

/**
 * The list behind a "+N" chip: the visits that did not fit, each to open (double-click, Enter), or to find another
 * time for or cancel (context menu), and a way to the day itself, where each can be dragged.
 */
final class MoreVisits {

    private MoreVisits() {
    }

    /**
     * Shows the list at its chip.
     *
     * @param describe the tooltip of a visit
     * @param showDay  opens the day page at the chip's day and time
     */
    static PopOver show(DayColumn.More more, VisitActions actions, Function<Entry<?>, String> describe,
            Runnable showDay) {
        PopOver pop = new PopOver();
        pop.setAnimated(false);
        pop.setDetachable(false);
        pop.setArrowLocation(PopOver.ArrowLocation.LEFT_TOP);
        Label title = new Label(Messages.get("calendar.more.title", more.entries().size(),
                Dates.showDay(more.day())));
        title.setId("more-visits-title");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.setWrapText(true);
        title.setMaxWidth(360);
        title.setMinHeight(Region.USE_PREF_SIZE);
        ListView<Entry<?>> list = new ListView<>();
        list.setId("more-visits-list");
        list.getItems().setAll(more.entries());
        list.setPrefWidth(380);
        list.setPrefHeight(Math.min(12, more.entries().size()) * 30 + 6);
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(Entry<?> e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : VisitWords.line(e));
                setTooltip(empty || e == null ? null : new Tooltip(describe.apply(e)));
            }
        });
        list.getSelectionModel().selectFirst();
        Runnable open = () -> {
            if (list.getSelectionModel().getSelectedItem() != null
                    && list.getSelectionModel().getSelectedItem().getUserObject() instanceof VisitListing l) {
                pop.hide();
                actions.edit().accept(l.visit());
            }
        };
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                open.run();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                open.run();
            }
        });
        list.setOnContextMenuRequested(e -> {
            Entry<?> chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null && chosen.getUserObject() instanceof VisitListing l) {
                CalendarMenus.ofVisit(l, actions).show(list, e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
        Button day = new Button(Messages.get("calendar.showDay"), new FontIcon("fth-calendar"));
        day.setId("more-visits-day");
        day.setOnAction(e -> {
            pop.hide();
            showDay.run();
        });
        VBox box = new VBox(8, title, list, day);
        box.setPadding(new Insets(12));
        pop.setContentNode(box);
        pop.show(more.chip());
        list.requestFocus();
        return pop;
    }
}
