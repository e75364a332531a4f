package org.visitdesk.ui.detainees;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.visitdesk.app.CleanUpService;
import org.visitdesk.app.DetaineeListing;
import org.visitdesk.app.ImportFileKind;
import org.visitdesk.app.Messages;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.DetaineeStatus;
import org.visitdesk.domain.Facility;
import org.visitdesk.domain.Languages;
import org.visitdesk.ui.Dates;
import org.visitdesk.ui.Page;
import org.visitdesk.ui.PageContext;
import org.visitdesk.ui.Pickers;
import org.visitdesk.ui.Tables;
import org.visitdesk.ui.Toolbars;
import org.visitdesk.ui.importing.ImportWizard;

/** The list of detained people: search as you type, filter, add, edit, delete. */
public final class DetaineesPage implements Page {

    private final PageContext ctx;
    private final DetaineesViewModel model;
    private final BorderPane root = new BorderPane();
    private final TableView<DetaineeListing> table = new TableView<>();
    private final TextField search = org.visitdesk.ui.SearchField.create();

    public DetaineesPage(PageContext ctx) {
        this.ctx = ctx;
        this.model = new DetaineesViewModel(ctx.workspace(), ctx.background());
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
        // read again each time: visits planned elsewhere change "last visit"
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
        Label title = new Label(Messages.get("detainees.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        search.setId("detainee-search");
        search.setPromptText(Messages.get("detainees.search"));
        search.setPrefWidth(320);
        search.setMinWidth(220);
        search.textProperty().bindBidirectional(model.searchProperty());
        ComboBox<DetaineeStatus> status = Pickers.enumFilter(DetaineeStatus.values(), "status.detainee",
                "detainees.allStatuses");
        status.setId("detainee-status-filter");
        model.statusFilterProperty().bind(status.valueProperty());
        ComboBox<Facility> facility = Pickers.facilityFilter(model.facilities(), "detainees.allFacilities");
        facility.setId("detainee-facility-filter");
        model.facilityFilterProperty().bind(facility.valueProperty());
        Button add = new Button(Messages.get("action.add"), new FontIcon("fth-plus"));
        add.setId("detainee-add");
        add.getStyleClass().add(Styles.ACCENT);
        add.setTooltip(new Tooltip(Messages.get("action.add") + "  (Ctrl+N)"));
        add.setOnAction(e -> openDialog(null));
        Button edit = new Button(Messages.get("action.edit"), new FontIcon("fth-edit-2"));
        edit.setId("detainee-edit");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> editSelected());
        Button delete = new Button(Messages.get("action.delete"), new FontIcon("fth-trash-2"));
        delete.setId("detainee-delete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> deleteSelected());
        Button cleanUp = new Button(Messages.get("cleanup.button"), new FontIcon("fth-archive"));
        cleanUp.setId("detainee-cleanup");
        cleanUp.setTooltip(new Tooltip(Messages.get("cleanup.tooltip")));
        cleanUp.setOnAction(e -> openCleanUp());
        Button importFile = new Button(Messages.get("import.button"), new FontIcon("fth-upload"));
        importFile.setId("detainee-import");
        importFile.setOnAction(e -> new ImportWizard(ctx, null, ImportFileKind.DETAINEES,
                model::load).show());
        Label count = new Label();
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("list.count", model.shown().size(), model.all().size()),
                model.shown(), model.all()));
        VBox bar = Toolbars.twoRows(title, List.of(add, edit, delete, importFile, cleanUp),
                List.of(search, status, facility), count);
        return bar;
    }

    private Node table() {
        table.setId("detainee-table");
        TableColumn<DetaineeListing, String> name = new TableColumn<>(Messages.get("detainee.name"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().detainee().sortName()));
        name.setPrefWidth(230);
        name.setComparator(Toolbars.NAME_ORDER);
        TableColumn<DetaineeListing, String> aNumber = new TableColumn<>(Messages.get("detainee.aNumber"));
        aNumber.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().detainee().aNumber().display()));
        aNumber.setPrefWidth(130);
        aNumber.getStyleClass().add("mono");
        TableColumn<DetaineeListing, String> country = new TableColumn<>(Messages.get("detainee.country"));
        country.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().detainee().countryOfBirth()));
        country.setPrefWidth(120);
        TableColumn<DetaineeListing, String> languages = new TableColumn<>(Messages.get("detainee.languages"));
        languages.setCellValueFactory(c -> new ReadOnlyStringWrapper(Languages.join(c.getValue().detainee().languages())));
        languages.setPrefWidth(170);
        TableColumn<DetaineeListing, String> unit = new TableColumn<>(Messages.get("detainee.housingUnit"));
        unit.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().detainee().housingUnit()));
        unit.setPrefWidth(130);
        TableColumn<DetaineeListing, String> status = new TableColumn<>(Messages.get("detainee.status"));
        status.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                Messages.of("status.detainee", c.getValue().detainee().status())));
        status.setPrefWidth(110);
        TableColumn<DetaineeListing, LocalDateTime> last = new TableColumn<>(Messages.get("detainee.lastVisit"));
        last.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().lastVisit()));
        last.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(LocalDateTime item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : Dates.show(item.toLocalDate()));
            }
        });
        last.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        last.setPrefWidth(120);
        table.getColumns().addAll(List.of(name, aNumber, country, languages, unit, status, last));
        Tables.wire(table, model.shown(), l -> openDialog(l.detainee()), this::deleteSelected);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(placeholder());
        return table;
    }

    private Node placeholder() {
        Label empty = new Label();
        empty.textProperty().bind(Bindings.createStringBinding(() -> model.loadingProperty().get()
                ? Messages.get("list.loading")
                : model.all().isEmpty() ? Messages.get("detainees.empty") : Messages.get("list.noMatch"),
                model.loadingProperty(), model.all()));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.setWrapText(true);
        return empty;
    }

    private void editSelected() {
        DetaineeListing sel = table.getSelectionModel().getSelectedItem();
        if (sel != null) {
            openDialog(sel.detainee());
        }
    }

    private void openDialog(Detainee existing) {
        DetaineeDialog dialog = new DetaineeDialog(ctx, model, existing);
        Optional<Detainee> saved = dialog.showAndWait();
        saved.ifPresent(d -> {
            table.getItems().stream().filter(l -> l.detainee().id() == d.id()).findFirst().ifPresent(l -> {
                table.getSelectionModel().select(l);
                table.scrollTo(l);
            });
            if (existing != null && existing.status() != d.status() && d.status().hasLeft()) {
                offerToCancelFutureVisits(d);
            }
        });
    }

    private void offerToCancelFutureVisits(Detainee d) {
        model.futureVisits(d, ids -> {
            if (ids.isEmpty()) {
                return;
            }
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION,
                    Messages.get("detainees.cancelFuture.text", ids.size()), ButtonType.YES, ButtonType.NO);
            ask.initOwner(ctx.stage());
            ask.setHeaderText(Messages.get("detainees.cancelFuture.title", d.fullName(),
                    Messages.of("status.detainee", d.status())));
            if (ask.showAndWait().filter(b -> b == ButtonType.YES).isPresent()) {
                model.cancelVisits(ids, n -> { });
            }
        });
    }

    private void deleteSelected() {
        DetaineeListing sel = table.getSelectionModel().getSelectedItem();
        if (sel == null) {
            return;
        }
        Detainee d = sel.detainee();
        model.countVisits(d, visits -> {
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
            ask.initOwner(ctx.stage());
            ask.setTitle(Messages.get("action.delete"));
            ask.setHeaderText(Messages.get("detainees.delete.title", d.fullName(), d.aNumber().display()));
            ask.setContentText(visits > 0 ? Messages.get("detainees.delete.withVisits", visits)
                    : Messages.get("detainees.delete.text"));
            ButtonType yes = new ButtonType(Messages.get("action.delete"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
            ask.getButtonTypes().setAll(yes, ButtonType.CANCEL);
            ((Button) ask.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
            ((Button) ask.getDialogPane().lookupButton(yes)).setDefaultButton(false);
            if (ask.showAndWait().filter(b -> b == yes).isPresent()) {
                model.delete(d, () -> { });
            }
        });
    }

    /**
     * Shows how many people left more than N days ago and how many of their visits would become anonymous, lets
     * the coordinator change N, and removes them only after a confirmation.
     */
    private void openCleanUp() {
        CleanUpService service = ctx.workspace().cleanUp();
        javafx.scene.control.Dialog<ButtonType> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(ctx.stage());
        dialog.setTitle(Messages.get("cleanup.title"));
        dialog.setHeaderText(Messages.get("cleanup.header"));
        javafx.scene.control.Spinner<Integer> days = new javafx.scene.control.Spinner<>(0, 3650,
                CleanUpService.DEFAULT_DAYS);
        days.setId("cleanup-days");
        days.setEditable(true);
        days.setPrefWidth(110);
        Label daysLabel = new Label(Messages.get("cleanup.days"));
        daysLabel.setLabelFor(days);
        Label summary = new Label(Messages.get("history.loading"));
        summary.setId("cleanup-summary");
        summary.setWrapText(true);
        Label explain = new Label(Messages.get("cleanup.explain"));
        explain.setWrapText(true);
        explain.getStyleClass().add(Styles.TEXT_MUTED);
        javafx.scene.layout.HBox daysRow = new javafx.scene.layout.HBox(8, daysLabel, days);
        daysRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox content = new VBox(12, daysRow, summary, explain);
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);
        ButtonType remove = new ButtonType(Messages.get("cleanup.run"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(remove, ButtonType.CANCEL);
        Button removeButton = (Button) dialog.getDialogPane().lookupButton(remove);
        removeButton.setId("cleanup-run");
        removeButton.setDisable(true);
        removeButton.setDefaultButton(false);
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        Runnable refresh = () -> {
            int n = days.getValue() == null ? CleanUpService.DEFAULT_DAYS : days.getValue();
            removeButton.setDisable(true);
            ctx.background().run(() -> {
                if (service.days() != n) {
                    service.setDays(n);
                }
                return service.preview();
            }, (CleanUpService.Summary s) -> {
                summary.setText(s.people() == 0 ? Messages.get("cleanup.nobody", s.days())
                        : Messages.get("cleanup.summary", s.people(), s.visits(), s.days()));
                removeButton.setDisable(s.people() == 0);
            });
        };
        ctx.background().run(service::days, (Integer n) -> {
            days.getValueFactory().setValue(n);
            days.valueProperty().addListener((o, was, now) -> refresh.run());
            refresh.run();
        });
        if (dialog.showAndWait().filter(b -> b == remove).isPresent()) {
            ctx.background().run(service::run, (CleanUpService.Summary done) -> model.load());
        }
    }
}
