package org.visitdesk.ui.visits;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.visitdesk.app.Messages;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.ui.Dates;
import org.visitdesk.ui.Form;
import org.visitdesk.ui.Page;
import org.visitdesk.ui.PageContext;
import org.visitdesk.ui.Pickers;
import org.visitdesk.ui.Tables;
import org.visitdesk.ui.Toolbars;

/** The visits of a date range as a list: filter, search, plan, edit, cancel; conflicts marked on each line. */
public final class VisitsPage implements Page {


    private final PageContext ctx;
    private final VisitsViewModel model;
    private final BorderPane root = new BorderPane();
    private final TableView<VisitRow> table = new TableView<>();
    private final TextField search = org.visitdesk.ui.SearchField.create();

    public VisitsPage(PageContext ctx) {
        this.ctx = ctx;
        this.model = new VisitsViewModel(ctx.workspace(), ctx.background());
        root.getStyleClass().add("page");
        root.setTop(toolbar());
        root.setCenter(table());
        root.setPadding(new Insets(12));
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void shown() {
        model.load();
        search.requestFocus();
    }

    @Override
    public void add() {
        openDialog(null);
    }

    @Override
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private Node toolbar() {
        Label title = new Label(Messages.get("visits.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        search.setId("visits-search");
        search.setPromptText(Messages.get("visits.search"));
        search.setPrefWidth(300);
        search.setMinWidth(200);
        search.textProperty().bindBidirectional(model.searchProperty());
        DatePicker from = Form.datePicker();
        from.setId("visits-from");
        from.setPrefWidth(165);
        from.setValue(model.fromProperty().get());
        from.setTooltip(new Tooltip(Messages.get("visits.from")));
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = Form.datePicker();
        to.setId("visits-to");
        to.setPrefWidth(165);
        to.setValue(model.toProperty().get());
        to.setTooltip(new Tooltip(Messages.get("visits.to")));
        to.valueProperty().bindBidirectional(model.toProperty());
        ComboBox<VisitStatus> status = Pickers.enumFilter(VisitStatus.values(), "status.visit", "visits.allStatuses");
        status.setId("visits-status-filter");
        model.statusFilterProperty().bind(status.valueProperty());

        Button add = new Button(Messages.get("action.add"), new FontIcon("fth-plus"));
        add.setId("visit-add");
        add.getStyleClass().add(Styles.ACCENT);
        add.setTooltip(new Tooltip(Messages.get("visit.add") + "  (Ctrl+N)"));
        add.setOnAction(e -> openDialog(null));
        Button edit = new Button(Messages.get("action.edit"), new FontIcon("fth-edit-2"));
        edit.setId("visit-edit");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> editSelected());
        Button cancel = new Button(Messages.get("visits.cancelVisit"), new FontIcon("fth-x-circle"));
        cancel.setId("visit-cancel");
        cancel.getStyleClass().add(Styles.DANGER);
        cancel.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            VisitRow sel = table.getSelectionModel().getSelectedItem();
            return sel == null || sel.listing().visit().status() == VisitStatus.CANCELLED;
        }, table.getSelectionModel().selectedItemProperty()));
        cancel.setOnAction(e -> cancelSelected());

        Label count = new Label();
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("list.count", model.shown().size(), model.all().size()),
                model.shown(), model.all()));
        Label dash = new Label("–");
        VBox bar = Toolbars.twoRows(title, List.of(add, edit, cancel), List.of(from, dash, to, status, search), count);
        return bar;
    }

    private Node table() {
        table.setId("visit-table");
        TableColumn<VisitRow, LocalDateTime> day = new TableColumn<>(Messages.get("visit.date"));
        day.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().listing().visit().start()));
        day.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDateTime item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : Dates.showDay(item.toLocalDate()));
            }
        });
        day.setMinWidth(140);
        day.setPrefWidth(130);
        TableColumn<VisitRow, String> time = new TableColumn<>(Messages.get("visit.time"));
        time.setCellValueFactory(c -> new ReadOnlyStringWrapper(Dates.show(c.getValue().listing().visit().start()
                .toLocalTime()) + "–" + Dates.show(c.getValue().listing().visit().end().toLocalTime())));
        time.setMinWidth(105);
        time.setPrefWidth(100);
        TableColumn<VisitRow, String> person = new TableColumn<>(Messages.get("visit.detainee"));
        person.setCellValueFactory(c -> new ReadOnlyStringWrapper(detainee(c.getValue()) == null ? ""
                : detainee(c.getValue()).sortName()));
        person.setComparator(Toolbars.NAME_ORDER);
        person.setPrefWidth(190);
        TableColumn<VisitRow, String> aNumber = new TableColumn<>(Messages.get("visit.aNumber"));
        aNumber.setCellValueFactory(c -> new ReadOnlyStringWrapper(detainee(c.getValue()) == null
                || detainee(c.getValue()).aNumber() == null ? "" : detainee(c.getValue()).aNumber().display()));
        aNumber.getStyleClass().add("mono");
        aNumber.setMinWidth(125);
        aNumber.setPrefWidth(125);
        TableColumn<VisitRow, String> unit = new TableColumn<>(Messages.get("visit.housingUnit"));
        unit.setCellValueFactory(c -> new ReadOnlyStringWrapper(detainee(c.getValue()) == null ? ""
                : detainee(c.getValue()).housingUnit()));
        unit.setMinWidth(95);
        unit.setPrefWidth(110);
        TableColumn<VisitRow, String> visitors = new TableColumn<>(Messages.get("visit.visitors"));
        visitors.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().listing().visitorNames()));
        visitors.setPrefWidth(200);
        TableColumn<VisitRow, String> type = new TableColumn<>(Messages.get("visit.type"));
        type.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                Messages.of("type.visit", c.getValue().listing().visit().type())));
        type.setMinWidth(80);
        type.setPrefWidth(100);
        TableColumn<VisitRow, String> status = new TableColumn<>(Messages.get("visit.status"));
        status.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                Messages.of("status.visit", c.getValue().listing().visit().status())));
        status.setMinWidth(105);
        status.setPrefWidth(100);
        TableColumn<VisitRow, VisitRow> conflicts = new TableColumn<>(Messages.get("visit.conflicts"));
        conflicts.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        conflicts.setCellFactory(col -> new ConflictCell());
        conflicts.setComparator((a, b) -> Integer.compare(weight(a), weight(b)));
        conflicts.setMinWidth(70);
        conflicts.setPrefWidth(90);
        table.getColumns().addAll(List.of(day, time, person, aNumber, unit, visitors, type, status, conflicts));
        Tables.wire(table, model.shown(), r -> openDialog(r.listing().visit()), null);
        table.getSortOrder().add(day);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(placeholder());
        return table;
    }

    private static Detainee detainee(VisitRow r) {
        return r.listing().detainee();
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

    private Node placeholder() {
        Label empty = new Label();
        empty.textProperty().bind(Bindings.createStringBinding(() -> model.loadingProperty().get()
                ? Messages.get("list.loading")
                : model.all().isEmpty() ? Messages.get("visits.empty") : Messages.get("list.noMatch"),
                model.loadingProperty(), model.all()));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.setWrapText(true);
        return empty;
    }

    private void editSelected() {
        VisitRow sel = table.getSelectionModel().getSelectedItem();
        if (sel != null) {
            openDialog(sel.listing().visit());
        }
    }

    private void openDialog(Visit existing) {
        Optional<Visit> saved = VisitDialog.open(ctx, existing);
        saved.ifPresent(v -> {
            model.load();
            // select the saved line once the reload has arrived
            model.all().addListener(new javafx.collections.ListChangeListener<VisitRow>() {
                @Override
                public void onChanged(Change<? extends VisitRow> c) {
                    model.all().removeListener(this);
                    table.getItems().stream().filter(r -> r.id() == v.id()).findFirst().ifPresent(r -> {
                        table.getSelectionModel().select(r);
                        table.scrollTo(r);
                    });
                }
            });
        });
    }

    private void cancelSelected() {
        VisitRow sel = table.getSelectionModel().getSelectedItem();
        if (sel == null || sel.listing().visit().status() == VisitStatus.CANCELLED) {
            return;
        }
        Visit v = sel.listing().visit();
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
        ask.initOwner(ctx.stage());
        ask.setTitle(Messages.get("visits.cancelVisit"));
        ask.setHeaderText(Messages.get("visits.cancel.title", detainee(sel) == null ? "" : detainee(sel).fullName(),
                Dates.showDay(v.day()), Dates.show(v.start().toLocalTime())));
        ask.setContentText(Messages.get("visits.cancel.text"));
        ButtonType yes = new ButtonType(Messages.get("visits.cancel.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(Messages.get("visits.cancel.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ask.getButtonTypes().setAll(yes, keep);
        ((Button) ask.getDialogPane().lookupButton(yes)).setId("visit-cancel-confirm");
        if (ask.showAndWait().filter(b -> b == yes).isPresent()) {
            model.cancel(sel, () -> { });
        }
    }

    /** The model, for tests. */
    VisitsViewModel model() {
        return model;
    }
}
