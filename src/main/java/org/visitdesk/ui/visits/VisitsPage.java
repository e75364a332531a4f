package org.visitdesk.ui.visits;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.visitdesk.app.Messages;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.ui.Columns;
import org.visitdesk.ui.Dates;
import org.visitdesk.ui.Dialogs;
import org.visitdesk.ui.Form;
import org.visitdesk.ui.ListPage;
import org.visitdesk.ui.PageContext;
import org.visitdesk.ui.Toolbars;
import org.visitdesk.ui.outcomes.ReportDialog;

/**
 * The visits of a date range as a list: filter, search, plan, edit, report what happened, cancel; conflicts marked
 * on each line.
 */
public final class VisitsPage extends ListPage<VisitRow, VisitsViewModel> {

    public VisitsPage(PageContext ctx) {
        super(ctx, new VisitsViewModel(ctx.workspace(), ctx.background()), "visit");
        DatePicker from = day("visits-from", "visits.from");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = day("visits-to", "visits.to");
        to.valueProperty().bindBidirectional(model.toProperty());
        ComboBox<VisitStatus> status = statusFilter(VisitStatus.values(), "status.visit", "visits.allStatuses",
                model.statusFilterProperty());
        Button cancel = forSelection(Messages.get("visits.cancelVisit"), "fth-x-circle", "visit-cancel",
                r -> r.listing().visit().status() != VisitStatus.CANCELLED, this::cancel);
        cancel.getStyleClass().add(Styles.DANGER);
        Button report = forSelection(Messages.get("report.action"), "fth-clipboard", "visit-report",
                r -> ReportDialog.canReport(r.listing(), today()), this::report);
        build(new Words("visits.title", "visits.search", "visits.empty"), columns(), List.of(report, cancel),
                List.of(from, new Label("–"), to, status, search), null);
        table.setContextMenu(rowMenu());
        table.getSortOrder().add(table.getColumns().get(0));
    }

    private static DatePicker day(String id, String tooltipKey) {
        DatePicker p = Form.datePicker();
        p.setId(id);
        p.setPrefWidth(165);
        p.setTooltip(new Tooltip(Messages.get(tooltipKey)));
        return p;
    }

    /**
     * Days, times, A-numbers and statuses always whole; the person and the visitors wrap. On a narrow window the
     * type, the housing unit, then the A-number go first (the visit's dialog shows them).
     */
    private static List<TableColumn<VisitRow, ?>> columns() {
        List<TableColumn<VisitRow, ?>> whenAndWho = whenAndWho();
        TableColumn<VisitRow, String> type = Columns.optional(wholeColumn("visit.type",
                r -> Messages.of("type.visit", r.listing().visit().type())), 0);
        TableColumn<VisitRow, String> status = wholeColumn("visit.status",
                r -> Messages.of("status.visit", r.listing().visit().status()));
        TableColumn<VisitRow, VisitRow> conflicts = new TableColumn<>(Messages.get("visit.conflicts"));
        conflicts.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        conflicts.setCellFactory(col -> new ConflictCell());
        conflicts.setComparator((a, b) -> Integer.compare(weight(a), weight(b)));
        // the marker: an icon and a count
        Columns.whole(conflicts, r -> r.conflicts().isEmpty() ? "" : "\u26A0 " + r.conflicts().size());
        List<TableColumn<VisitRow, ?>> all = new ArrayList<>(whenAndWho);
        all.addAll(List.of(wrappingColumn("visit.visitors", r -> r.listing().visitorNames()), type, status,
                conflicts));
        return all;
    }

    /**
     * When and who, as every list of visits shows them: the day, the time and the person always; on a narrow
     * window the housing unit, then the A-number go (the visit's dialog shows them).
     */
    public static List<TableColumn<VisitRow, ?>> whenAndWho() {
        TableColumn<VisitRow, LocalDateTime> day = valueColumn("visit.date", 130, r -> r.listing().visit().start(),
                t -> Dates.showDay(t.toLocalDate()));
        TableColumn<VisitRow, String> time = wholeColumn("visit.time", r -> Dates.show(r.listing().visit()
                .start().toLocalTime()) + "–" + Dates.show(r.listing().visit().end().toLocalTime()));
        TableColumn<VisitRow, String> person = Columns.wrapping(person("visit.detainee", Detainee::sortName));
        person.setComparator(Toolbars.NAME_ORDER);
        TableColumn<VisitRow, String> aNumber = person("visit.aNumber",
                d -> d.aNumber() == null ? "" : d.aNumber().display());
        aNumber.getStyleClass().add("mono");
        Columns.optional(Columns.whole(aNumber, aNumber::getCellData), 2);
        TableColumn<VisitRow, String> unit = person("visit.housingUnit", Detainee::housingUnit);
        Columns.optional(Columns.whole(unit, unit::getCellData), 1);
        return List.of(day, time, person, aNumber, unit);
    }

    /** A column about the person visited; blank for a visit whose person was removed by clean-up. */
    private static TableColumn<VisitRow, String> person(String key, Function<Detainee, String> value) {
        return textColumn(key, 120, r -> r.listing().detainee() == null ? "" : value.apply(r.listing().detainee()));
    }

    /** Errors weigh more than warnings, so sorting the column brings the worst lines together. */
    private static int weight(VisitRow r) {
        return r.conflicts().isEmpty() ? 0 : r.hasErrors() ? 2 : 1;
    }

    /** A marker for the conflicts of a line; the tooltip lists their messages. */
    private static final class ConflictCell extends TableCell<VisitRow, VisitRow> {
        @Override
        protected void updateItem(VisitRow item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null || item.conflicts().isEmpty()) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            boolean error = item.hasErrors();
            FontIcon icon = new FontIcon(error ? "fth-alert-octagon" : "fth-alert-triangle");
            icon.setStyle(error ? "-fx-icon-color: -color-danger-fg;" : "-fx-icon-color: -color-warning-fg;");
            Label mark = new Label(String.valueOf(item.conflicts().size()), icon);
            mark.getStyleClass().addAll(error ? Styles.DANGER : Styles.WARNING, "conflict-marker");
            setGraphic(mark);
            Tooltip tip = new Tooltip(item.conflicts().stream()
                    .sorted((a, b) -> Boolean.compare(!a.isError(), !b.isError()))
                    .map(n -> Messages.get(n.message())).collect(Collectors.joining("\n")));
            tip.setWrapText(true);
            tip.setMaxWidth(520);
            setTooltip(tip);
        }
    }

    @Override
    protected void open(VisitRow row) {
        VisitDialog.open(ctx, row == null ? null : row.listing().visit()).ifPresent(v -> {
            model.load();
            selectAfterReload(r -> r.id() == v.id());
        });
    }

    private LocalDate today() {
        return LocalDate.now(ctx.workspace().clock());
    }

    /** A right-click on a line: open the visit or report what happened at it. */
    private ContextMenu rowMenu() {
        MenuItem open = new MenuItem(Messages.get("calendar.openVisit"));
        open.setOnAction(e -> selected().ifPresent(this::open));
        MenuItem report = new MenuItem(Messages.get("report.action"));
        report.setId("visit-menu-report");
        report.setOnAction(e -> selected().ifPresent(this::report));
        ContextMenu menu = new ContextMenu(open, report);
        menu.setOnShowing(e -> {
            Optional<VisitRow> row = selected();
            open.setDisable(row.isEmpty());
            report.setDisable(row.isEmpty() || !ReportDialog.canReport(row.get().listing(), today()));
        });
        return menu;
    }

    private Optional<VisitRow> selected() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    private void report(VisitRow row) {
        ReportDialog.open(ctx, row.listing()).ifPresent(r -> {
            model.load();
            selectAfterReload(x -> x.id() == row.id());
        });
    }

    /** Asks, then cancels a visit; of a series with visits after it, this one alone or those too. */
    private void cancel(VisitRow row) {
        model.membership(row, m -> {
            if (m.isPresent() && m.get().hasFollowing()) {
                SeriesQuestion.following(ctx.dialogs(), Messages.get("calendar.series.cancel",
                        m.get().fromThisOn() - 1), Messages.get("visits.cancel.keep")).ifPresent(following -> {
                            if (following) {
                                model.cancelFollowing(row, () -> { });
                            } else {
                                model.cancel(row, () -> { });
                            }
                        });
                return;
            }
            confirmCancelOne(row);
        });
    }

    private void confirmCancelOne(VisitRow row) {
        Visit v = row.listing().visit();
        Detainee d = row.listing().detainee();
        if (ctx.dialogs().confirm(Dialogs.Question.of(Messages.get("visits.cancel.title",
                d == null ? "" : d.fullName(), Dates.showDay(v.day()), Dates.show(v.start().toLocalTime())),
                Messages.get("visits.cancel.text"), Messages.get("visits.cancel.yes"))
                .titled(Messages.get("visits.cancelVisit")).orElse(Messages.get("visits.cancel.keep"))
                .yesId("visit-cancel-confirm"))) {
            model.cancel(row, () -> { });
        }
    }

    @Override
    protected Object keyOf(VisitRow row) {
        return row.listing().visit().id();
    }
}
