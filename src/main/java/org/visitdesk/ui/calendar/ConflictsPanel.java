package org.visitdesk.ui.calendar;

import atlantafx.base.theme.Styles;
import com.calendarfx.model.Entry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.visitdesk.app.ConflictNotice;
import org.visitdesk.app.Messages;
import org.visitdesk.app.VisitListing;
import org.visitdesk.domain.Facility;
import org.visitdesk.ui.Dates;
import org.visitdesk.ui.Pickers;

/**
 * The calendar's side panel: the conflicts of the days shown, each under the day of the visits it marks (the same
 * notices that mark the entries), with a count, an "errors only" switch and a facility filter. Choosing a conflict
 * shows its visits in the calendar; a double-click or Enter opens the visit to move, and the context menu also
 * finds it another time or cancels it.
 */
final class ConflictsPanel {

    private final CalendarViewModel model;
    private final VisitActions actions;
    private final ListView<Object> list = new ListView<>();
    private final VBox panel;

    /**
     * @param reveal what choosing a conflict does (the page shows its day and selects its visits)
     */
    ConflictsPanel(CalendarViewModel model, Consumer<CalendarViewModel.DayConflict> reveal, VisitActions actions) {
        this.model = model;
        this.actions = actions;
        Label title = new Label(Messages.get("calendar.conflicts"));
        title.getStyleClass().add(Styles.TITLE_4);
        CheckBox errorsOnly = new CheckBox(Messages.get("calendar.errorsOnly"));
        errorsOnly.setId("conflicts-errors-only");
        model.errorsOnlyProperty().bind(errorsOnly.selectedProperty());
        ComboBox<Facility> facility = Pickers.facilityFilter(model.facilities(), "detainees.allFacilities");
        facility.setId("conflicts-facility");
        facility.setMaxWidth(Double.MAX_VALUE);
        model.facilityFilterProperty().bind(facility.valueProperty());
        list.setId("conflict-list");
        Label none = new Label(Messages.get("calendar.noConflicts"));
        none.setWrapText(true);
        none.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(none);
        list.setCellFactory(lv -> new ConflictCell());
        model.shownConflicts().addListener((ListChangeListener<CalendarViewModel.DayConflict>) c -> regroup());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (item instanceof CalendarViewModel.DayConflict d) {
                // after the selection has settled: showing another day changes this list, which a list must not
                // see while it is still telling its listeners about a selection
                Platform.runLater(() -> reveal.accept(d));
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openChosen();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                openChosen();
            }
        });
        list.setOnContextMenuRequested(e -> {
            VisitListing l = chosenVisit();
            if (l != null) {
                CalendarMenus.ofVisit(l, actions).show(list, e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Label count = new Label();
        count.setId("conflict-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.setWrapText(true);
        count.textProperty().bind(Bindings.createStringBinding(() -> {
            List<ConflictNotice> distinct = model.shownConflicts().stream()
                    .map(CalendarViewModel.DayConflict::notice).distinct().toList();
            long errors = distinct.stream().filter(ConflictNotice::isError).count();
            return Messages.get("calendar.conflictCount", errors, distinct.size() - errors);
        }, model.shownConflicts()));
        panel = new VBox(8, title, count, errorsOnly, facility, list);
        panel.setId("conflicts-panel");
        panel.setPrefWidth(330);
        panel.setMinWidth(260);
        panel.getStyleClass().add("conflicts-panel");
    }

    Node node() {
        return panel;
    }

    /** The icon of a conflict: an octagon for an error, a triangle for a warning. */
    static FontIcon icon(ConflictNotice n) {
        FontIcon icon = new FontIcon(n.isError() ? "fth-alert-octagon" : "fth-alert-triangle");
        icon.getStyleClass().add(n.isError() ? "conflict-error-icon" : "conflict-warning-icon");
        return icon;
    }

    /** Conflicts grouped under a heading for each day. */
    private void regroup() {
        List<Object> items = new ArrayList<>();
        LocalDate day = null;
        for (CalendarViewModel.DayConflict n : model.shownConflicts()) {
            if (!n.day().equals(day)) {
                items.add(n.day());
                day = n.day();
            }
            items.add(n);
        }
        // a selection kept across new items points into the old list (the first click then fails): start afresh
        list.getSelectionModel().clearSelection();
        list.getItems().setAll(items);
    }

    /** The visit a chosen conflict is about: the one to move when it is on that day, else its first there. */
    VisitListing chosenVisit() {
        if (!(list.getSelectionModel().getSelectedItem() instanceof CalendarViewModel.DayConflict d)) {
            return null;
        }
        long id = d.visitIds().contains(d.notice().toMove()) ? d.notice().toMove() : d.visitIds().get(0);
        Entry<VisitListing> e = model.entryOf(id);
        return e == null ? null : e.getUserObject();
    }

    private void openChosen() {
        VisitListing l = chosenVisit();
        if (l != null) {
            actions.edit().accept(l.visit());
        }
    }

    /** One row of the panel: a day heading, or a conflict with its icon and message. */
    private static final class ConflictCell extends ListCell<Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("conflict-day", "conflict-row");
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
            } else if (item instanceof LocalDate d) {
                setText(Dates.showDay(d));
                setGraphic(null);
                getStyleClass().add("conflict-day");
            } else if (item instanceof CalendarViewModel.DayConflict dc) {
                ConflictNotice n = dc.notice();
                Label t = new Label(Messages.get(n.title()));
                t.getStyleClass().add(Styles.TEXT_BOLD);
                t.setWrapText(true);
                Label m = new Label(Messages.get(n.message()));
                m.setWrapText(true);
                // a list cell sizes to its text unless told the width it may take
                for (Label l : List.of(t, m)) {
                    l.maxWidthProperty().bind(getListView().widthProperty().subtract(60));
                    l.setMinHeight(Region.USE_PREF_SIZE);
                }
                setPrefWidth(0);
                setText(null);
                setGraphic(new HBox(8, icon(n), new VBox(2, t, m)));
                getStyleClass().add("conflict-row");
            }
        }
    }
}
