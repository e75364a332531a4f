package org.visitdesk.ui.visitors;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
import org.visitdesk.domain.Languages;
import org.visitdesk.domain.Visitor;
import org.visitdesk.domain.VisitorStatus;
import org.visitdesk.ui.Dates;
import org.visitdesk.ui.Page;
import org.visitdesk.ui.Tables;
import org.visitdesk.ui.PageContext;
import org.visitdesk.ui.Pickers;
import org.visitdesk.ui.Toolbars;
import org.visitdesk.ui.visitors.VisitorsViewModel.Row;

/**
 * The list of volunteer visitors: search as you type, filter by status, add, edit, delete. A "Cleared" column
 * shows at a glance who the facility will let in (active, oriented, ID checked) and, if not, why.
 */
public final class VisitorsPage implements Page {


    private final PageContext ctx;
    private final VisitorsViewModel model;
    private final BorderPane root = new BorderPane();
    private final TableView<Row> table = new TableView<>();
    private final TextField search = org.visitdesk.ui.SearchField.create();

    public VisitorsPage(PageContext ctx) {
        this.ctx = ctx;
        this.model = new VisitorsViewModel(ctx.workspace(), ctx.background());
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
        // visitors may have changed elsewhere (a visit dialog, sample data): read them again each time
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
        Label title = new Label(Messages.get("visitors.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        search.setId("visitor-search");
        search.setPromptText(Messages.get("visitors.search"));
        search.setPrefWidth(320);
        search.setMinWidth(220);
        search.textProperty().bindBidirectional(model.searchProperty());
        ComboBox<VisitorStatus> status = Pickers.enumFilter(VisitorStatus.values(), "status.visitor",
                "visitors.allStatuses");
        status.setId("visitor-status-filter");
        model.statusFilterProperty().bind(status.valueProperty());
        Button add = new Button(Messages.get("action.add"), new FontIcon("fth-plus"));
        add.setId("visitor-add");
        add.getStyleClass().add(Styles.ACCENT);
        add.setTooltip(new Tooltip(Messages.get("action.add") + "  (Ctrl+N)"));
        add.setOnAction(e -> openDialog(null));
        Button edit = new Button(Messages.get("action.edit"), new FontIcon("fth-edit-2"));
        edit.setId("visitor-edit");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> editSelected());
        Button delete = new Button(Messages.get("action.delete"), new FontIcon("fth-trash-2"));
        delete.setId("visitor-delete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> deleteSelected());
        Label count = new Label();
        count.setId("visitor-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("list.count", model.shown().size(), model.all().size()),
                model.shown(), model.all()));
        VBox bar = Toolbars.twoRows(title, List.of(add, edit, delete), List.of(search, status), count);
        return bar;
    }

    private Node table() {
        table.setId("visitor-table");
        TableColumn<Row, String> name = new TableColumn<>(Messages.get("visitor.name"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().sortName()));
        name.setComparator(Toolbars.NAME_ORDER);
        name.setPrefWidth(180);
        TableColumn<Row, String> email = new TableColumn<>(Messages.get("visitor.email"));
        email.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().visitor().email()));
        email.setComparator(Toolbars.NAME_ORDER);
        email.setPrefWidth(180);
        TableColumn<Row, String> phone = new TableColumn<>(Messages.get("visitor.phone"));
        phone.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().visitor().phone()));
        phone.setPrefWidth(120);
        TableColumn<Row, String> languages = new TableColumn<>(Messages.get("visitor.languages"));
        languages.setCellValueFactory(c -> new ReadOnlyStringWrapper(Languages.join(c.getValue().visitor().languages())));
        languages.setPrefWidth(130);
        TableColumn<Row, LocalDate> oriented = new TableColumn<>(Messages.get("visitor.orientationDate"));
        oriented.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().visitor().orientationDate()));
        oriented.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : Dates.show(item));
            }
        });
        oriented.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        oriented.setPrefWidth(130);
        oriented.setMinWidth(125);
        TableColumn<Row, String> idChecked = new TableColumn<>(Messages.get("visitor.idChecked"));
        idChecked.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                Messages.get(c.getValue().visitor().idChecked() ? "visitor.yes" : "visitor.no")));
        idChecked.setPrefWidth(100);
        idChecked.setMinWidth(95);
        TableColumn<Row, String> status = new TableColumn<>(Messages.get("visitor.status"));
        status.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                Messages.of("status.visitor", c.getValue().visitor().status())));
        status.setPrefWidth(90);
        table.getColumns().addAll(List.of(name, email, phone, languages, oriented, idChecked, status, cleared()));
        Tables.wire(table, model.shown(), r -> openDialog(r.visitor()), this::deleteSelected);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(placeholder());
        return table;
    }

    /** "Yes" with a green check, or "No" and the reasons (no orientation, ID not checked...). */
    private TableColumn<Row, Visitor> cleared() {
        TableColumn<Row, Visitor> cleared = new TableColumn<>(Messages.get("visitor.cleared"));
        cleared.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().visitor()));
        cleared.setComparator(Comparator.comparing(Visitor::isCleared));
        cleared.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Visitor v, boolean empty) {
                super.updateItem(v, empty);
                getStyleClass().remove(Styles.TEXT_MUTED);
                setTooltip(null);
                if (empty || v == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                if (v.isCleared()) {
                    setText(Messages.get("visitor.yes"));
                    FontIcon check = new FontIcon("fth-check-circle");
                    check.getStyleClass().add(Styles.SUCCESS);
                    setGraphic(check);
                } else {
                    String why = String.join(", ", notClearedBecause(v));
                    setText(Messages.get("visitor.notCleared", why));
                    setGraphic(null);
                    getStyleClass().add(Styles.TEXT_MUTED);
                    setTooltip(new Tooltip(Messages.get("hint.cleared")));
                }
            }
        });
        cleared.setPrefWidth(170);
        cleared.setMinWidth(120);
        return cleared;
    }

    private static List<String> notClearedBecause(Visitor v) {
        List<String> why = new ArrayList<>();
        if (v.status() != VisitorStatus.ACTIVE) {
            why.add(Messages.of("conflict.notCleared", v.status()));
        }
        if (v.orientationDate() == null) {
            why.add(Messages.get("conflict.notCleared.noOrientation"));
        }
        if (!v.idChecked()) {
            why.add(Messages.get("conflict.notCleared.noIdCheck"));
        }
        return why;
    }

    private Node placeholder() {
        Label empty = new Label();
        empty.setId("visitor-empty");
        empty.textProperty().bind(Bindings.createStringBinding(() -> model.loadingProperty().get()
                ? Messages.get("list.loading")
                : model.all().isEmpty() ? Messages.get("visitors.empty") : Messages.get("list.noMatch"),
                model.loadingProperty(), model.all()));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.setWrapText(true);
        return empty;
    }

    private void editSelected() {
        Row sel = table.getSelectionModel().getSelectedItem();
        if (sel != null) {
            openDialog(sel.visitor());
        }
    }

    private void openDialog(Visitor existing) {
        VisitorDialog dialog = new VisitorDialog(ctx, model, existing);
        Optional<Visitor> saved = dialog.showAndWait();
        saved.ifPresent(v -> table.getItems().stream().filter(r -> r.visitor().id() == v.id()).findFirst()
                .ifPresent(r -> {
                    table.getSelectionModel().select(r);
                    table.scrollTo(r);
                }));
    }

    private void deleteSelected() {
        Row sel = table.getSelectionModel().getSelectedItem();
        if (sel == null) {
            return;
        }
        Visitor v = sel.visitor();
        model.countVisits(v, visits -> {
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
            ask.initOwner(ctx.stage());
            ask.setTitle(Messages.get("action.delete"));
            ask.setHeaderText(Messages.get("visitors.delete.title", v.fullName()));
            ask.setContentText(visits > 0 ? Messages.get("visitors.delete.withVisits", visits)
                    : Messages.get("visitors.delete.text"));
            ButtonType yes = new ButtonType(Messages.get("action.delete"), ButtonBar.ButtonData.OK_DONE);
            ask.getButtonTypes().setAll(yes, ButtonType.CANCEL);
            ((Button) ask.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
            ((Button) ask.getDialogPane().lookupButton(yes)).setDefaultButton(false);
            ask.getDialogPane().lookupButton(yes).setId("visitor-delete-confirm");
            if (ask.showAndWait().filter(b -> b == yes).isPresent()) {
                model.delete(v, () -> { });
            }
        });
    }
}
