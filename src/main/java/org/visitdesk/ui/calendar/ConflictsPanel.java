package org.visitdesk.ui.calendar;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.visitdesk.app.ConflictNotice;
import org.visitdesk.app.Messages;
import org.visitdesk.domain.Facility;
import org.visitdesk.ui.Dates;
import org.visitdesk.ui.Pickers;

/**
 * The calendar's side panel: the conflicts of the days shown, grouped by day, with a count, an "errors only"
 * switch and a facility filter. Choosing a conflict shows its visits.
 */
final class ConflictsPanel {

    private final CalendarViewModel model;
    private final ListView<Object> list = new ListView<>();
    private final VBox panel;

    /** @param reveal what choosing a conflict does (the page shows its day and selects its visits) */
    ConflictsPanel(CalendarViewModel model, Consumer<ConflictNotice> reveal) {
        this.model = model;
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
        model.shownConflicts().addListener((ListChangeListener<ConflictNotice>) c -> regroup());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (item instanceof ConflictNotice n) {
                reveal.accept(n);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Label count = new Label();
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(Bindings.createStringBinding(() -> {
            long errors = model.shownConflicts().stream().filter(ConflictNotice::isError).count();
            return Messages.get("calendar.conflictCount", errors, model.shownConflicts().size() - errors);
        }, model.shownConflicts()));
        panel = new VBox(8, title, count, errorsOnly, facility, list);
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
        for (ConflictNotice n : model.shownConflicts()) {
            LocalDate d = n.conflict().at().toLocalDate();
            if (!d.equals(day)) {
                items.add(d);
                day = d;
            }
            items.add(n);
        }
        list.getItems().setAll(items);
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
            } else if (item instanceof ConflictNotice n) {
                Label t = new Label(Messages.get(n.title()));
                t.getStyleClass().add(Styles.TEXT_BOLD);
                Label m = new Label(Messages.get(n.message()));
                m.setWrapText(true);
                // a list cell sizes to its text unless told the width it may take
                m.maxWidthProperty().bind(getListView().widthProperty().subtract(60));
                m.setMinHeight(Region.USE_PREF_SIZE);
                setPrefWidth(0);
                setText(null);
                setGraphic(new HBox(8, icon(n), new VBox(2, t, m)));
                getStyleClass().add("conflict-row");
            }
        }
    }
}
