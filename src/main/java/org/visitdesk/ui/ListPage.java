package org.visitdesk.ui;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.visitdesk.app.Messages;

/**
 * The frame of a list page (Detainees, Visitors, Visits): the title and the actions on top, the search field, the
 * filters and a count below, and a sortable table whose rows open on a double-click or Enter. A page gives its
 * columns, filters and actions and says what opening a row means; the frame does the rest alike everywhere.
 * Node ids start with the page's name: {@code <name>-table}, {@code -search}, {@code -add}, {@code -edit},
 * {@code -count}, {@code -empty}.
 *
 * @param <R> one line of the list
 * @param <M> the page's view model
 */
public abstract class ListPage<R, M extends RecordList<R>> implements Page {

    /** The words of a page, as message keys: its title, the search field's hint, and what an empty list says. */
    public record Words(String title, String search, String empty) {
    }

    protected final PageContext ctx;
    protected final M model;
    protected final TableView<R> table = new TableView<>();
    protected final TextField search = SearchField.create();
    private final BorderPane root = new BorderPane();
    private final String name;

    protected ListPage(PageContext ctx, M model, String name) {
        this.ctx = ctx;
        this.model = model;
        this.name = name;
    }

    /**
     * Lays the page out; the page calls it at the end of its constructor, once its own fields are set.
     *
     * @param actions buttons after Add and Edit (Delete, Import...)
     * @param filters the search field and the filters, in the order they show
     * @param remove  what the Delete key does with the selected row, or null when it does nothing
     */
    protected final void build(Words words, List<TableColumn<R, ?>> columns, List<? extends Control> actions,
            List<? extends Control> filters, Consumer<R> remove) {
        Label title = new Label(Messages.get(words.title()));
        title.getStyleClass().add(Styles.TITLE_3);
        search.setId(name + "-search");
        search.setPromptText(Messages.get(words.search()));
        search.textProperty().bindBidirectional(model.searchProperty());
        Button add = new Button(Messages.get("action.add"), new FontIcon("fth-plus"));
        add.setId(name + "-add");
        add.getStyleClass().add(Styles.ACCENT);
        add.setTooltip(new Tooltip(Messages.get("action.add") + "  (Ctrl+N)"));
        add.setOnAction(e -> open(null));
        Button edit = forSelection(Messages.get(openKey()), openIcon(), name + "-edit", r -> true, this::open);
        List<Control> allActions = new ArrayList<>(adds() ? List.of(add, edit) : List.of(edit));
        allActions.addAll(actions);
        Label count = new Label();
        count.setId(name + "-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("list.count", model.shown().size(), model.all().size()),
                model.shown(), model.all()));

        table.setId(name + "-table");
        table.getColumns().addAll(columns);
        Tables.wire(table, model.shown(), this::open, remove == null ? null : () -> {
            R selected = table.getSelectionModel().getSelectedItem();
            if (selected != null) {
                remove.accept(selected);
            }
        });
        Columns.fit(table);
        table.setPlaceholder(placeholder(words.empty()));

        root.getStyleClass().add("page");
        root.setTop(Toolbars.twoRows(title, allActions, filters, count));
        // on a small screen the search field gives way first: the filters and the count keep their words
        search.setMinWidth(140);
        root.setCenter(table);
        root.setPadding(new Insets(12));
    }

    /** A column of text. */
    protected static <R> TableColumn<R, String> textColumn(String key, double width, Function<R, String> value) {
        TableColumn<R, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(v -> new ReadOnlyStringWrapper(value.apply(v.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** A column of short texts that always show whole (an A-number, a phone, a status): see {@link Columns}. */
    protected static <R> TableColumn<R, String> wholeColumn(String key, Function<R, String> value) {
        return Columns.whole(textColumn(key, 100, value), value);
    }

    /** A column of texts that wrap when room is short (a name, languages): see {@link Columns}. */
    protected static <R> TableColumn<R, String> wrappingColumn(String key, Function<R, String> value) {
        return Columns.wrapping(textColumn(key, 160, value));
    }

    /**
     * A column of values that sort as themselves (days, times) and show as words; empty values sort first.
     *
     * @param shown the words for a value that is there
     */
    protected static <R, T extends Comparable<? super T>> TableColumn<R, T> valueColumn(String key, double width,
            Function<R, T> value, Function<T, String> shown) {
        TableColumn<R, T> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(value.apply(v.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : shown.apply(item));
            }
        });
        c.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        c.setPrefWidth(width);
        // the words of a value always show whole
        return Columns.whole(c, r -> {
            T v = value.apply(r);
            return v == null ? "" : shown.apply(v);
        });
    }

    /** Opens a row in its dialog; null opens a new record. */
    protected abstract void open(R row);

    /** True when the page adds records (an Add button, Ctrl+N); a list of what is to be done adds none. */
    protected boolean adds() {
        return true;
    }

    /** The words of the button that opens the selected row (also Enter and a double-click), as a message key. */
    protected String openKey() {
        return "action.edit";
    }

    /** The icon of the button that opens the selected row. */
    protected String openIcon() {
        return "fth-edit-2";
    }

    /**
     * A button that acts on the selected row, enabled only when a row is selected that {@code enabled} accepts.
     */
    protected final Button forSelection(String text, String icon, String id, Predicate<R> enabled,
            Consumer<R> action) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            R selected = table.getSelectionModel().getSelectedItem();
            return selected == null || !enabled.test(selected);
        }, table.getSelectionModel().selectedItemProperty()));
        b.setOnAction(e -> {
            R selected = table.getSelectionModel().getSelectedItem();
            if (selected != null && enabled.test(selected)) {
                action.accept(selected);
            }
        });
        return b;
    }

    /** The page's Delete button: in red, for the selected row. */
    protected final Button deleteButton(Consumer<R> delete) {
        Button b = forSelection(Messages.get("action.delete"), "fth-trash-2", name + "-delete", r -> true, delete);
        b.getStyleClass().add(Styles.DANGER);
        return b;
    }

    /** The filter by status: "all" when none is chosen; it sets the view model's filter. */
    protected final <E extends Enum<E>> ComboBox<E> statusFilter(E[] values, String prefix, String allKey,
            ObjectProperty<E> filter) {
        ComboBox<E> box = Pickers.enumFilter(values, prefix, allKey);
        box.setId(name + "-status-filter");
        filter.bind(box.valueProperty());
        return box;
    }

    /** Selects the first row shown that matches, and scrolls to it. */
    protected final void select(Predicate<R> which) {
        table.getItems().stream().filter(which).findFirst().ifPresent(r -> {
            table.getSelectionModel().select(r);
            table.scrollTo(r);
        });
    }

    /** Selects the matching row once the next read has arrived. */
    protected final void selectAfterReload(Predicate<R> which) {
        model.all().addListener(new ListChangeListener<R>() {
            @Override
            public void onChanged(Change<? extends R> c) {
                model.all().removeListener(this);
                select(which);
            }
        });
    }

    private Node placeholder(String emptyKey) {
        Label empty = new Label();
        empty.setId(name + "-empty");
        empty.textProperty().bind(Bindings.createStringBinding(() -> model.loadingProperty().get()
                ? Messages.get("list.loading")
                : model.all().isEmpty() ? Messages.get(emptyKey) : Messages.get("list.noMatch"),
                model.loadingProperty(), model.all()));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.setWrapText(true);
        return empty;
    }

    /** Shows something below the list (a summary of it). */
    protected final void below(Node node) {
        root.setBottom(node);
    }

    @Override
    public final Node root() {
        return root;
    }

    /** Reads the records again each time: they may have changed on other pages. */
    @Override
    public void shown() {
        model.load();
        search.requestFocus();
    }

    /**
     * Reads the records again for another coordinator's save: the row selected stays selected (found again by
     * {@link #keyOf}), the list where it was scrolled, and the focus where it is.
     */
    @Override
    public void changedElsewhere() {
        R selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            Object key = keyOf(selected);
            model.all().addListener(new ListChangeListener<R>() {
                @Override
                public void onChanged(Change<? extends R> c) {
                    model.all().removeListener(this);
                    table.getItems().stream().filter(r -> keyOf(r).equals(key)).findFirst()
                            .ifPresent(r -> table.getSelectionModel().select(r));
                }
            });
        }
        model.load();
    }

    /** What identifies a row across reads (its record's id), so that a changed row stays selected. */
    protected Object keyOf(R row) {
        return row;
    }

    @Override
    public final void add() {
        if (adds()) {
            open(null);
        }
    }

    @Override
    public final void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }
}
