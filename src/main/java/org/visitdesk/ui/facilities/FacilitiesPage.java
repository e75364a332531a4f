package org.visitdesk.ui.facilities;

import atlantafx.base.theme.Styles;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.visitdesk.app.HistoryEntry;
import org.visitdesk.app.Messages;
import org.visitdesk.app.RecordType;
import org.visitdesk.app.VisitListing;
import org.visitdesk.domain.BlackoutDay;
import org.visitdesk.domain.Facility;
import org.visitdesk.ui.Columns;
import org.visitdesk.ui.Dates;
import org.visitdesk.ui.ChangedMeanwhile;
import org.visitdesk.ui.Dialogs;
import org.visitdesk.ui.Form;
import org.visitdesk.ui.HistoryTabs;
import org.visitdesk.ui.Page;
import org.visitdesk.ui.PageContext;

/**
 * Facilities: the list on the left, the chosen facility on the right with its limits, notes, weekly visiting
 * windows and blackout days. Everything is edited in place and saved together (Save, Ctrl+S), or dropped (Revert).
 */
public final class FacilitiesPage implements Page {

    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    /** Room a choice box takes besides its words: its padding and its arrow. */
    private static final double CHOICE_ROOM = 52;
    /** Room a text field takes besides its words. */
    private static final double FIELD_ROOM = 28;

    private final PageContext ctx;
    private final FacilitiesViewModel model;
    private final BorderPane root = new BorderPane();
    private final ListView<Facility> list = new ListView<>();
    private final Form form = new Form();
    private final TextField name = new TextField();
    private final TableView<WindowRow> windows = new TableView<>();
    private final TableView<BlackoutDay> blackouts = new TableView<>();
    private final Label saved = new Label();
    /** True while the page itself changes the list selection (no "discard?" question then). */
    private boolean quiet;

    public FacilitiesPage(PageContext ctx) {
        this.ctx = ctx;
        this.model = new FacilitiesViewModel(ctx.workspace(), ctx.background());
        root.getStyleClass().add("page");
        root.setPadding(new Insets(12));
        root.setTop(toolbar());
        root.setLeft(facilityList());
        root.setCenter(editorArea());
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                e.consume();
                save();
            }
        });
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void shown() {
        long keep = model.openId();
        boolean keepNew = model.openProperty().get() && keep == 0;
        model.load(() -> {
            Facility target = model.facilities().stream().filter(f -> f.id() == keep).findFirst()
                    .orElse(keepNew || model.facilities().isEmpty() ? null : model.facilities().get(0));
            selectQuietly(target);
            if (model.dirtyProperty().get()) {
                return; // never drop edits that were left unsaved on another page visit
            }
            if (target != null) {
                model.open(target, () -> { });
            } else if (!keepNew) {
                model.close();
            }
        });
    }

    /**
     * The list is read again; the facility open is read again too unless the coordinator changed it or is in one
     * of its fields (their typing is never replaced: a save of what another changed meanwhile is refused).
     */
    @Override
    public void changedElsewhere() {
        long keep = model.openId();
        model.load(() -> {
            Facility target = model.facilities().stream().filter(f -> f.id() == keep).findFirst().orElse(null);
            if (target == null) {
                return;
            }
            selectQuietly(target);
            Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
            if (!model.dirtyProperty().get() && !within(focused, form.root())
                    && !within(focused, windows) && !within(focused, blackouts)) {
                model.open(target, () -> { });
            }
        });
    }

    private static boolean within(Node node, Node parent) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == parent) {
                return true;
            }
        }
        return false;
    }

    private Node toolbar() {
        Label title = new Label(Messages.get("facilities.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Button add = new Button(Messages.get("facilities.add"), new FontIcon("fth-plus"));
        add.setId("facility-add");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> addFacility());
        Button delete = new Button(Messages.get("facilities.delete"), new FontIcon("fth-trash-2"));
        delete.setId("facility-delete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.disableProperty().bind(model.openProperty().not());
        delete.setOnAction(e -> deleteFacility());
        for (Button b : List.of(add, delete)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, title, spacer, add, delete);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 10, 0));
        return bar;
    }

    private Node facilityList() {
        list.setId("facility-list");
        list.setItems(model.facilities());
        // on a small screen the list gives room to the windows' table
        list.prefWidthProperty().bind(Bindings.when(root.widthProperty().lessThan(900))
                .then(170).otherwise(240));
        list.setMinWidth(150);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Facility f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : f.name());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        Label empty = new Label(Messages.get("facilities.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(empty);
        list.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (quiet || now == null || now.id() == model.openId() && model.openProperty().get()) {
                return;
            }
            if (model.dirtyProperty().get() && !confirmDiscard()) {
                Platform.runLater(() -> selectQuietly(old != null && old.id() == model.openId() ? old : null));
                return;
            }
            form.showErrors(List.of());
            model.open(now, () -> { });
        });
        BorderPane.setMargin(list, new Insets(0, 12, 0, 0));
        return list;
    }

    private void selectQuietly(Facility f) {
        quiet = true;
        try {
            if (f == null) {
                list.getSelectionModel().clearSelection();
            } else {
                model.facilities().stream().filter(x -> x.id() == f.id()).findFirst().ifPresent(x -> {
                    list.getSelectionModel().select(x);
                    list.scrollTo(x);
                });
            }
        } finally {
            quiet = false;
        }
    }

    /** What was changed in this facility's rules, when, from what to what; read when the tab is shown. */
    private Tab historyTab() {
        ListView<HistoryEntry> list = HistoryTabs.newList();
        Tab tab = new Tab(Messages.get("history.title"), list);
        tab.setId("tab-history");
        Runnable load = () -> {
            long id = model.openId();
            if (id == 0) {
                list.getItems().clear();
                return;
            }
            HistoryTabs.fill(list, ctx, RecordType.FACILITY, id);
        };
        tab.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                load.run();
            }
        });
        // after a save or another facility, read again if the tab is open
        model.busyProperty().addListener((o, was, now) -> {
            if (!now && tab.isSelected()) {
                load.run();
            }
        });
        return tab;
    }

    private Node editorArea() {
        // the limits and notes on top (the notes in full: they say where the schedule comes from), the weekly
        // windows and the blackout days below, in tabs that take the rest of the height
        Tab windowsTab = new Tab(null, windowsSection());
        windowsTab.setId("tab-windows");
        windowsTab.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("facilities.windows.tab", model.windows().size()), model.windows()));
        Tab blackoutsTab = new Tab(null, blackoutsSection());
        blackoutsTab.setId("tab-blackouts");
        blackoutsTab.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("facilities.blackouts.tab", model.blackouts().size()), model.blackouts()));
        TabPane tabs = new TabPane(windowsTab, blackoutsTab, historyTab());
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setMinHeight(330);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox content = new VBox(8, form(), tabs);
        content.setPadding(new Insets(0, 8, 8, 0));
        // nothing can be typed while a save or a load runs: its result would replace what was typed
        content.disableProperty().bind(model.busyProperty());
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        BorderPane editor = new BorderPane(scroll);
        editor.setBottom(actions());
        editor.visibleProperty().bind(model.openProperty());
        Label none = new Label(Messages.get("facilities.choose"));
        none.getStyleClass().add(Styles.TEXT_MUTED);
        none.visibleProperty().bind(model.openProperty().not());
        return new StackPane(none, editor);
    }

    private Node form() {
        form.add("name", "facilities.field.name", name).setId("facility-name");
        name.textProperty().bindBidirectional(model.nameProperty());
        name.setPromptText(Messages.get("facilities.field.namePrompt"));
        TextField address = form.add("address", "facilities.field.address", new TextField());
        address.setId("facility-address");
        address.textProperty().bindBidirectional(model.addressProperty());
        number("roomCapacity", "facilities.field.capacity", "facility-capacity", model.capacityProperty());
        number("maxVisitorsPerVisit", "facilities.field.visitorsPerVisit", "facility-visitors-per-visit",
                model.visitorsPerVisitProperty());
        number("maxVisitsPerWeek", "facilities.field.visitsPerWeek", "facility-visits-per-week",
                model.visitsPerWeekProperty());
        TextArea notes = form.add("notes", "facilities.field.notes", new TextArea());
        notes.setId("facility-notes");
        notes.setWrapText(true);
        notes.setPrefRowCount(7);
        notes.setTooltip(new Tooltip(Messages.get("facilities.notesHint")));
        notes.setPromptText(Messages.get("facilities.notesHint"));
        notes.setMinHeight(Region.USE_PREF_SIZE);
        notes.textProperty().bindBidirectional(model.notesProperty());
        // the labels are long ("Max visits per person per week"): never cut them, the fields give way instead
        form.root().getColumnConstraints().get(0).setMinWidth(Region.USE_PREF_SIZE);
        return form.root();
    }

    private void number(String field, String labelKey, String id, StringProperty value) {
        TextField t = form.add(field, labelKey, new TextField());
        t.setId(id);
        t.setPrefColumnCount(5);
        t.setMaxWidth(110);
        t.textProperty().bindBidirectional(value);
    }

    private Node windowsSection() {
        windows.setId("window-table");
        windows.setEditable(false);
        windows.setItems(model.windows());
        windows.setFixedCellSize(36);
        Label empty = new Label(Messages.get("facilities.windows.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        windows.setPlaceholder(empty);
        TableColumn<WindowRow, WindowRow> unit = column("facilities.window.unit", 210);
        unit.setCellFactory(c -> new EditCells.Text<>(WindowRow::unitProperty, null,
                Messages.get("facilities.window.everyUnit"), "window-unit"));
        TableColumn<WindowRow, WindowRow> day = column("facilities.window.day", 150);
        day.setCellFactory(c -> new EditCells.Choice<>(WindowRow::dayProperty, List.of(DayOfWeek.values()),
                EditCells.dayNames(), "window-day"));
        TableColumn<WindowRow, WindowRow> start = column("facilities.window.start", 90);
        start.setCellFactory(c -> new EditCells.Text<>(WindowRow::startProperty, WindowRow::startErrorProperty,
                "09:00", "window-start"));
        TableColumn<WindowRow, WindowRow> end = column("facilities.window.end", 90);
        end.setCellFactory(c -> new EditCells.Text<>(WindowRow::endProperty, WindowRow::endErrorProperty,
                "10:00", "window-end"));
        TableColumn<WindowRow, WindowRow> contact = column("facilities.window.contact", 150);
        contact.setCellFactory(c -> new EditCells.Contact<>(WindowRow::contactProperty, "window-contact"));
        windows.getColumns().addAll(List.of(unit, day, start, end, contact));
        // every day name and both kinds of visit show whole in their choice boxes; the unit takes the rest
        Columns.wrappingBy(unit, r -> r.unitProperty().get());
        Columns.wholeChoice(day, Arrays.stream(DayOfWeek.values()).map(EditCells::dayName).toList(),
                CHOICE_ROOM);
        Columns.wholeChoice(start, List.of("00:00"), FIELD_ROOM);
        Columns.wholeChoice(end, List.of("00:00"), FIELD_ROOM);
        Columns.wholeChoice(contact, List.of(Messages.get("facilities.window.contact.yes"),
                Messages.get("facilities.window.contact.no")), CHOICE_ROOM);
        Columns.fit(windows);

        Button add = new Button(Messages.get("facilities.window.add"), new FontIcon("fth-plus"));
        add.setId("window-add");
        add.setOnAction(e -> {
            WindowRow row = model.addWindow(windows.getSelectionModel().getSelectedItem());
            windows.getSelectionModel().select(row);
            windows.scrollTo(row);
        });
        Button remove = new Button(Messages.get("facilities.window.remove"), new FontIcon("fth-minus"));
        remove.setId("window-remove");
        remove.disableProperty().bind(windows.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> {
            WindowRow row = windows.getSelectionModel().getSelectedItem();
            if (row != null) {
                model.removeWindow(row);
            }
        });
        return section("facilities.windows.hint", List.of(add, remove), windows);
    }

    private static <R> TableColumn<R, R> column(String key, double width) {
        TableColumn<R, R> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(v.getValue()));
        c.setPrefWidth(width);
        c.setMinWidth(70);
        c.setSortable(false);
        c.setReorderable(false);
        return c;
    }

    private Node blackoutsSection() {
        blackouts.setId("blackout-table");
        blackouts.setItems(model.blackouts());
        Label empty = new Label(Messages.get("facilities.blackouts.empty"));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        blackouts.setPlaceholder(empty);
        TableColumn<BlackoutDay, String> from = new TableColumn<>(Messages.get("facilities.blackout.from"));
        from.setCellValueFactory(c -> new ReadOnlyStringWrapper(Dates.show(c.getValue().from())));
        from.setPrefWidth(140);
        TableColumn<BlackoutDay, String> to = new TableColumn<>(Messages.get("facilities.blackout.to"));
        to.setCellValueFactory(c -> new ReadOnlyStringWrapper(Dates.show(c.getValue().to())));
        to.setPrefWidth(140);
        TableColumn<BlackoutDay, String> reason = new TableColumn<>(Messages.get("facilities.blackout.reason"));
        reason.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().reason()));
        reason.setPrefWidth(300);
        for (TableColumn<BlackoutDay, String> c : List.of(from, to, reason)) {
            c.setSortable(false);
            c.setReorderable(false);
        }
        blackouts.getColumns().addAll(List.of(from, to, reason));
        Columns.whole(from, b -> Dates.show(b.from()));
        Columns.whole(to, b -> Dates.show(b.to()));
        Columns.wrapping(reason);
        Columns.fit(blackouts);

        Button add = new Button(Messages.get("facilities.blackout.add"), new FontIcon("fth-plus"));
        add.setId("blackout-add");
        add.setOnAction(e -> new BlackoutDialog(ctx, model.openId(), model.nameProperty().get())
                .showAndWait().ifPresent(day -> {
                    model.addBlackout(day);
                    blackouts.getSelectionModel().select(day);
                    blackouts.scrollTo(day);
                }));
        Button remove = new Button(Messages.get("facilities.blackout.remove"), new FontIcon("fth-minus"));
        remove.setId("blackout-remove");
        remove.disableProperty().bind(blackouts.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> {
            BlackoutDay day = blackouts.getSelectionModel().getSelectedItem();
            if (day != null) {
                model.removeBlackout(day);
            }
        });
        Button lockdown = new Button(Messages.get("facilities.blackout.markLockdown"), new FontIcon("fth-lock"));
        lockdown.setId("blackout-lockdown");
        lockdown.setTooltip(new Tooltip(Messages.get("facilities.blackout.markLockdown.tooltip")));
        lockdown.disableProperty().bind(blackouts.getSelectionModel().selectedItemProperty().isNull());
        lockdown.setOnAction(e -> {
            BlackoutDay day = blackouts.getSelectionModel().getSelectedItem();
            if (day != null) {
                markLockdown(day);
            }
        });
        return section("facilities.blackouts.hint", List.of(add, remove, lockdown), blackouts);
    }

    /** Lists the visits the closure hit that wait for a report and, once confirmed, marks them LOCKDOWN. */
    private void markLockdown(BlackoutDay day) {
        model.visitsHitBy(day, hit -> {
            String days = day.to().equals(day.from()) ? Dates.showDay(day.from())
                    : Dates.showDay(day.from()) + " – " + Dates.showDay(day.to());
            if (hit.isEmpty()) {
                ctx.dialogs().inform(null, Messages.get("facilities.lockdown.none.title", days),
                        Messages.get("facilities.lockdown.none.text"));
                return;
            }
            StringBuilder lines = new StringBuilder();
            int shown = Math.min(hit.size(), 12);
            for (VisitListing l : hit.subList(0, shown)) {
                lines.append(Dates.showDay(l.visit().day())).append(' ')
                        .append(Dates.show(l.visit().start().toLocalTime())).append("  ·  ")
                        .append(l.detainee() == null ? "" : l.detainee().fullName()).append('\n');
            }
            if (hit.size() > shown) {
                lines.append(Messages.get("export.breaking.more", hit.size() - shown)).append('\n');
            }
            String text = lines + "\n" + Messages.get("facilities.lockdown.text", hit.size());
            if (ctx.dialogs().confirm(Dialogs.Question.of(Messages.get("facilities.lockdown.title", days,
                    hit.size()), text, Messages.get("facilities.lockdown.yes")).yesId("lockdown-mark"))) {
                model.markLockdown(hit.stream().map(l -> l.visit().id()).toList(), n -> ctx.dialogs().inform(null,
                        Messages.get("facilities.lockdown.done", n), ""));
            }
        });
    }

    private static Node section(String hintKey, List<Button> buttons, Region table) {
        Label hint = new Label(Messages.get(hintKey));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinWidth(0);
        HBox.setHgrow(hint, Priority.ALWAYS);
        hint.setMaxWidth(Double.MAX_VALUE);
        HBox head = new HBox(8, hint);
        head.getChildren().addAll(buttons);
        for (Button b : buttons) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        head.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(table, Priority.ALWAYS);
        table.setPrefHeight(200);
        table.setMinHeight(150);
        VBox box = new VBox(6, head, table);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private Node actions() {
        Label unsaved = new Label(Messages.get("facilities.unsaved"), new FontIcon("fth-alert-circle"));
        unsaved.setId("facility-unsaved");
        unsaved.getStyleClass().add(Styles.WARNING);
        unsaved.visibleProperty().bind(model.dirtyProperty());
        saved.setId("facility-saved");
        saved.getStyleClass().add(Styles.TEXT_MUTED);
        saved.visibleProperty().bind(model.dirtyProperty().not());
        Button revert = new Button(Messages.get("facilities.revert"), new FontIcon("fth-rotate-ccw"));
        revert.setId("facility-revert");
        revert.disableProperty().bind(model.dirtyProperty().not().or(model.busyProperty()));
        revert.setOnAction(e -> {
            form.showErrors(List.of());
            model.revert();
        });
        Button save = new Button(Messages.get("facilities.save"), new FontIcon("fth-save"));
        save.setId("facility-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(false);
        save.setTooltip(new Tooltip(Messages.get("facilities.save") + "  (Ctrl+S)"));
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(e -> save());
        for (Button b : List.of(revert, save)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        StackPane state = new StackPane(saved, unsaved);
        state.setAlignment(Pos.CENTER_LEFT);
        HBox bar = new HBox(8, state, spacer, revert, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 8, 0, 8));
        // tell what is saved when: "Saved" only right after a save, cleared by the next edit or facility
        model.loadedProperty().addListener((o, a, b) -> saved.setText(""));
        return bar;
    }

    private void save() {
        if (!model.openProperty().get() || model.busyProperty().get()) {
            return;
        }
        model.save(errors -> {
            form.showErrors(errors);
            if (errors.isEmpty()) {
                selectQuietly(model.loadedProperty().get().facility());
                saved.setText(Messages.get("facilities.saved"));
            }
        }, other -> ctx.dialogs().changedMeanwhile(other, ChangedMeanwhile.Kind.SAVE));
    }

    private boolean confirmDiscard() {
        String shown = model.nameProperty().get().isBlank() ? Messages.get("facilities.new")
                : model.nameProperty().get();
        return ctx.dialogs().confirm(Dialogs.Question.of(Messages.get("facilities.discard.title"),
                Messages.get("facilities.discard.text", shown), Messages.get("facilities.discard.yes"))
                .titled(Messages.get("facilities.title")).careful());
    }

    private void addFacility() {
        if (model.dirtyProperty().get() && !confirmDiscard()) {
            return;
        }
        form.showErrors(List.of());
        selectQuietly(null);
        model.startNew("");
        name.requestFocus();
    }

    private void deleteFacility() {
        if (!model.openProperty().get()) {
            return;
        }
        String shown = model.loadedProperty().get() == null ? Messages.get("facilities.new")
                : model.loadedProperty().get().facility().name();
        model.visitCount(visits -> {
            if (visits > 0) {
                tell(Messages.get("facilities.delete.hasVisits", shown, visits));
                return;
            }
            if (!ctx.dialogs().confirm(Dialogs.Question.of(Messages.get("facilities.delete.title", shown),
                    Messages.get("facilities.delete.text"), Messages.get("action.delete"))
                    .titled(Messages.get("facilities.delete")).careful())) {
                return;
            }
            model.delete(deleted -> {
                if (!deleted) {
                    tell(Messages.get("facilities.delete.hasVisits.now", shown));
                    return;
                }
                form.showErrors(List.of());
                Facility first = model.facilities().isEmpty() ? null : model.facilities().get(0);
                selectQuietly(first);
                if (first != null) {
                    model.open(first, () -> { });
                }
            });
        });
    }

    private void tell(String text) {
        ctx.dialogs().inform(Messages.get("facilities.delete"), Messages.get("facilities.delete.cannot"), text);
    }
}
