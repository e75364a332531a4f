package org.visitdesk.ui.tomorrow;

import atlantafx.base.theme.Styles;
import java.time.LocalTime;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.print.PageOrientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.visitdesk.app.Messages;
import org.visitdesk.app.VisitListing;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.ui.Columns;
import org.visitdesk.ui.Dates;
import org.visitdesk.ui.Form;
import org.visitdesk.ui.ListPage;
import org.visitdesk.ui.PageContext;
import org.visitdesk.ui.Printing;

/**
 * The day-before call list: the visits of the next visiting day (or a day chosen), each with its visitors' phones
 * and two ticks, confirmed and cancelled, that change the visit's status at once. From the keyboard: Enter ticks
 * or unticks confirmed, Delete cancelled. Print gives the list on paper, boxes and all.
 */
public final class TomorrowPage extends ListPage<VisitListing, TomorrowViewModel> {

    private final DatePicker day = Form.datePicker();

    public TomorrowPage(PageContext ctx) {
        super(ctx, new TomorrowViewModel(ctx.workspace(), ctx.background()), "tomorrow");
        day.setId("tomorrow-day");
        day.setTooltip(new Tooltip(Messages.get("tomorrow.day")));
        day.valueProperty().bindBidirectional(model.dayProperty());
        day.valueProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(a) && a != null) {
                model.load();
            }
        });
        Button cancel = forSelection(Messages.get("tomorrow.cancel"), "fth-x-circle", "tomorrow-cancel",
                r -> true, this::toggleCancelled);
        cancel.setTooltip(new Tooltip(Messages.get("tomorrow.cancel") + "  (" + Messages.get("key.delete") + ")"));
        Button print = new Button(Messages.get("action.print"), new FontIcon("fth-printer"));
        print.setId("tomorrow-print");
        print.setOnAction(e -> Printing.print(ctx, sheet(), PageOrientation.PORTRAIT));
        build(new Words("tomorrow.title", "tomorrow.search", "tomorrow.empty"), columns(), List.of(cancel, print),
                List.of(search, day), r -> toggleCancelled(r));
        Label notice = new Label();
        notice.setId("tomorrow-notice");
        notice.getStyleClass().add(Styles.WARNING);
        notice.setWrapText(true);
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        below(notice);
        table.getSortOrder().add(table.getColumns().get(0));
    }

    /** The sheet that Print prints: the rows as shown. */
    javafx.scene.layout.VBox sheet() {
        return TomorrowSheet.of(model.dayProperty().get(), List.copyOf(table.getItems()));
    }

    @Override
    protected boolean adds() {
        return false;
    }

    @Override
    protected String openKey() {
        return "tomorrow.confirm";
    }

    @Override
    protected String openIcon() {
        return "fth-check-circle";
    }

    /** Enter and a double-click tick confirmed, or take the tick back. */
    @Override
    protected void open(VisitListing row) {
        if (row != null && row.visit().status() != VisitStatus.CANCELLED) {
            keepSelected(row);
            model.setConfirmed(row, row.visit().status() != VisitStatus.CONFIRMED);
        }
    }

    private void toggleCancelled(VisitListing row) {
        keepSelected(row);
        model.setCancelled(row, row.visit().status() != VisitStatus.CANCELLED);
    }

    /** The row stays selected once the visit is read back, so that the keys go on working down the list. */
    private void keepSelected(VisitListing row) {
        long id = row.visit().id();
        model.all().addListener(new ListChangeListener<VisitListing>() {
            @Override
            public void onChanged(Change<? extends VisitListing> c) {
                model.all().removeListener(this);
                // after the table has taken the replaced row in (it clears the selection of a replaced row)
                Platform.runLater(() -> select(l -> l.visit().id() == id));
            }
        });
    }

    private List<TableColumn<VisitListing, ?>> columns() {
        TableColumn<VisitListing, LocalTime> time = valueColumn("tomorrow.time", 90,
                l -> l.visit().start().toLocalTime(), Dates::show);
        TableColumn<VisitListing, String> person = wrappingColumn("visit.detainee",
                l -> l.detainee() == null ? "" : l.detainee().fullName());
        TableColumn<VisitListing, String> unit = wholeColumn("visit.housingUnit",
                l -> l.detainee() == null ? "" : l.detainee().housingUnit());
        TableColumn<VisitListing, String> calls = wrappingColumn("tomorrow.calls", TomorrowViewModel::calls);
        TableColumn<VisitListing, Boolean> confirmed = tick("tomorrow.confirmed", "tomorrow-confirmed",
                s -> s == VisitStatus.CONFIRMED, s -> s != VisitStatus.CANCELLED, model::setConfirmed);
        TableColumn<VisitListing, Boolean> cancelled = tick("tomorrow.cancelled", "tomorrow-cancelled",
                s -> s == VisitStatus.CANCELLED, s -> true, model::setCancelled);
        return List.of(time, person, unit, calls, confirmed, cancelled);
    }

    /** A column of ticks that change the visit when clicked; the tick shows the status as saved. */
    private static TableColumn<VisitListing, Boolean> tick(String key, String id, Predicate<VisitStatus> ticked,
            Predicate<VisitStatus> enabled, BiConsumer<VisitListing, Boolean> change) {
        TableColumn<VisitListing, Boolean> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(ticked.test(v.getValue().visit().status())));
        c.setCellFactory(col -> new TableCell<>() {
            private final CheckBox box = new CheckBox();

            {
                box.getStyleClass().add(id);
                box.setFocusTraversable(false);
                box.setOnAction(e -> {
                    VisitListing row = getTableRow() == null ? null : getTableRow().getItem();
                    if (row != null) {
                        change.accept(row, box.isSelected());
                    }
                });
            }

            @Override
            protected void updateItem(Boolean item, boolean empty) {
                super.updateItem(item, empty);
                VisitListing row = getTableRow() == null ? null : getTableRow().getItem();
                if (empty || item == null || row == null) {
                    setGraphic(null);
                    return;
                }
                box.setSelected(item);
                box.setDisable(!enabled.test(row.visit().status()));
                setGraphic(box);
            }
        });
        c.setSortable(false);
        return Columns.wholeChoice(c, List.of(Messages.get(key)), 8);
    }

    @Override
    protected Object keyOf(VisitListing row) {
        return row.visit().id();
    }
}
