package org.visitdesk.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Column widths from what a table shows, so that no value is cut. A <em>whole</em> column (an A-number, a phone, a
 * day, a status) is never narrower than its widest value: the values are measured in the font they are drawn in. A
 * <em>wrapping</em> column (a name, languages, an email) takes the room the whole ones leave, shared by what each
 * needs, and its values go on to a second line when that room is short. Headers wrap too, so a long title does not
 * widen a column of short values. When even that does not fit, the columns marked optional (whose facts show
 * elsewhere too) are left out, lowest first, and the table scrolls sideways only when nothing more can go.
 */
public final class Columns {

    /** How a column's width is chosen. */
    private enum Fit {
        WHOLE, WRAP
    }

    /**
     * What a column shows and how it may be laid out.
     *
     * @param text  the text shown for a row
     * @param extra room the cell needs besides its text (a control's button)
     */
    private record Spec<R>(Fit fit, Function<R, String> text, List<String> fixed, double extra) {
    }

    private static final String SPEC = "visitdesk.columns.spec";
    private static final String OPTIONAL = "visitdesk.columns.optional";
    /** A wrapping column is never made narrower than this, whatever its words. */
    private static final double MIN_WRAP = 72;
    /** Longest values measured of a column: the widest text is among the longest ones. */
    private static final int MEASURED = 40;
    /** Room the sort arrow takes in a header. */
    private static final double ARROW = 16;

    private static final Text RULER = new Text();

    private Columns() {
    }

    /** The column shows every value whole: it is never narrower than its widest value. */
    public static <R, C extends TableColumn<R, ?>> C whole(C column, Function<R, String> text) {
        column.getProperties().put(SPEC, new Spec<>(Fit.WHOLE, text, List.of(), 0));
        return column;
    }

    /**
     * The column holds a control (a choice, a field) showing one of the given words; it is never narrower than the
     * widest of them with the control's own room ({@code extra}).
     */
    public static <R, C extends TableColumn<R, ?>> C wholeChoice(C column, List<String> words, double extra) {
        column.getProperties().put(SPEC, new Spec<R>(Fit.WHOLE, null, List.copyOf(words), extra));
        return column;
    }

    /** The column's text goes on to more lines when room is short; it shares what the whole columns leave. */
    public static <R> TableColumn<R, String> wrapping(TableColumn<R, String> column) {
        wrappingBy(column, column::getCellData);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                wrapText(this, empty || item == null ? null : item);
            }
        });
        return column;
    }

    /** Like {@link #wrapping}, for a column whose cells are made elsewhere (they call {@link #wrapText}). */
    public static <R, C extends TableColumn<R, ?>> C wrappingBy(C column, Function<R, String> text) {
        column.getProperties().put(SPEC, new Spec<>(Fit.WRAP, text, List.of(), 0));
        return column;
    }

    /**
     * The column may be left out when the table is too narrow for every column; the lowest {@code rank} goes first.
     * Only for a column whose facts show elsewhere too.
     */
    public static <C extends TableColumn<?, ?>> C optional(C column, int rank) {
        column.getProperties().put(OPTIONAL, rank);
        return column;
    }

    /**
     * Shows a text in a cell (of a table or a list) on as many lines as its width needs. The cell keeps the text (as its own, not drawn)
     * for what reads cells; a text node draws it, wrapped at the cell's width, in the cell's font and colour.
     */
    public static void wrapText(Labeled cell, String text) {
        cell.setText(text);
        if (text == null) {
            cell.setGraphic(null);
            return;
        }
        Text shown = cell.getGraphic() instanceof Text t && t.getStyleClass().contains("wrapped-cell-text") ? t
                : wrappedText(cell);
        shown.setText(text);
        cell.setGraphic(shown);
        cell.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    private static Text wrappedText(Labeled cell) {
        Text t = new Text();
        t.getStyleClass().add("wrapped-cell-text");
        t.fontProperty().bind(cell.fontProperty());
        t.fillProperty().bind(cell.textFillProperty());
        // a cell measured before it has a width (a row sized as it is first made) must not wrap at every word:
        // the table keeps the height a row first measured, and that row would stand many lines tall
        t.wrappingWidthProperty().bind(Bindings.createDoubleBinding(
                () -> cell.getWidth() <= 0 ? 0
                        : Math.max(10, cell.getWidth() - cell.snappedLeftInset() - cell.snappedRightInset()),
                cell.widthProperty(), cell.paddingProperty()));
        return t;
    }

    /** Lays the table's columns out by their rules, now and whenever its width or its rows change. */
    public static <R> void fit(TableView<R> table) {
        table.getStyleClass().add("fitted");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        for (TableColumn<R, ?> c : table.getColumns()) {
            wrapHeader(c);
        }
        Layout<R> layout = new Layout<>(table);
        table.widthProperty().addListener((o, a, b) -> layout.soon());
        table.itemsProperty().addListener((o, a, b) -> {
            b.addListener((ListChangeListener<R>) ch -> layout.soon());
            layout.soon();
        });
        table.getItems().addListener((ListChangeListener<R>) ch -> layout.soon());
        table.skinProperty().addListener((o, a, b) -> layout.soon());
        table.sceneProperty().addListener((o, a, b) -> layout.soon());
        layout.soon();
    }

    /** The header's title as a text that wraps at the column's width (a header label does not wrap by itself). */
    private static void wrapHeader(TableColumn<?, ?> c) {
        Text title = new Text();
        title.getStyleClass().add("column-header-text");
        title.textProperty().bind(c.textProperty());
        title.wrappingWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.max(10, c.getWidth()
                - headerPadding() - (c.isSortable() ? ARROW : 0)), c.widthProperty(), c.sortableProperty()));
        c.setGraphic(title);
    }

    /** The header label's padding: 0.5em on each side in AtlantaFX. */
    private static double headerPadding() {
        return Font.getDefault().getSize() * 1.2;
    }

    private static double width(String text, Font font) {
        RULER.setFont(font);
        RULER.setText(text);
        return Math.ceil(RULER.getLayoutBounds().getWidth());
    }

    /** The widest word of a text. */
    private static double widestWord(String text, Font font) {
        double widest = 0;
        for (String w : text.split("\\s+")) {
            widest = Math.max(widest, width(w, font));
        }
        return widest;
    }

    /** Lays one table out, at most once a pulse. */
    private static final class Layout<R> {
        private final TableView<R> table;
        private boolean planned;
        private int waits;
        private int checks;
        /** What each column measured when its cells last showed. */
        private final Map<TableColumn<?, ?>, Sized> drawn = new HashMap<>();
        private final Set<ScrollBar> watchedBars = Collections.newSetFromMap(new WeakHashMap<>());

        Layout(TableView<R> table) {
            this.table = table;
        }

        void soon() {
            if (!planned) {
                planned = true;
                Platform.runLater(this::now);
            }
        }

        /**
         * Lays out again after the scene's next layout pass. A {@code runLater} is not enough to wait for rows to be
         * drawn: on a busy machine several of them run before the next pulse, and the columns would be laid out from
         * guesses that nothing corrects later.
         */
        private void afterNextLayout() {
            planned = true;
            afterNextLayout(() -> {
                planned = false;
                now();
            });
        }

        /** Runs {@code then} once the scene has laid out again (the table's rows and bars drawn). */
        private void afterNextLayout(Runnable then) {
            Scene scene = table.getScene();
            if (scene == null) {
                planned = false;
                soon();
                return;
            }
            Runnable once = new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    Platform.runLater(then);
                }
            };
            scene.addPostLayoutPulseListener(once);
            Platform.requestNextPulse();
        }

        private void now() {
            planned = false;
            if (table.getScene() == null || table.getSkin() == null || table.getWidth() <= 0) {
                return;
            }
            List<Sized> sized = new ArrayList<>();
            boolean cellsMissing = false;
            for (TableColumn<R, ?> c : table.getColumns()) {
                Sized s = measure(c);
                cellsMissing |= s.cellsMissing();
                sized.add(s);
            }
            if (cellsMissing && waits++ < 10) {
                // the rows are there but not drawn yet: their fonts are known after the next layout
                afterNextLayout();
                return;
            }
            waits = 0;
            if (place(sized, room())) {
                // a column shown again has no cells yet: measure it once they are drawn
                afterNextLayout();
            } else if (checks++ < 3) {
                // what this layout could not know (a bar or a font styled later) shows as a sideways bar once it is
                // drawn: look once more then
                afterNextLayout(this::sidewaysWithoutNeed);
            } else {
                checks = 0;
            }
        }

        /**
         * Lays out again when the table scrolls sideways though its columns were fitted to its width. A row drawn
         * before its columns had their widths keeps the height its text wrapped to then (the table's flow keeps
         * row heights it measured): such rows are made again, once, so that no row stands many lines tall.
         */
        private void sidewaysWithoutNeed() {
            for (Node n : table.lookupAll(".table-row-cell")) {
                if (n instanceof TableRow<?> row && row.isVisible() && row.getItem() != null
                        && row.getHeight() > row.prefHeight(row.getWidth()) + 2) {
                    table.refresh();
                    break;
                }
            }
            for (Node n : table.lookupAll(".scroll-bar")) {
                if (n instanceof ScrollBar s && s.getOrientation() == Orientation.HORIZONTAL && s.isVisible()) {
                    now();
                    return;
                }
            }
            checks = 0;
        }

        /**
         * The width the columns share: the table's, less its borders and a vertical scroll bar, whether it shows
         * or not (wrapped rows grow, and a bar that comes must not push the last column out of sight).
         */
        private double room() {
            double bar = 0;
            for (Node n : table.lookupAll(".scroll-bar")) {
                if (n instanceof ScrollBar s && s.getOrientation() == Orientation.VERTICAL) {
                    if (watchedBars.add(s)) {
                        // a bar styled after this layout is wider than it measured: lay out again then
                        s.widthProperty().addListener((o, a, b) -> soon());
                    }
                    bar = Math.max(bar, Math.max(s.getWidth(), s.prefWidth(-1)));
                }
            }
            return Math.floor(table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - bar) - 1;
        }

        private record Sized(TableColumn<?, ?> column, Fit fit, double min, double wanted, Integer optional,
                boolean cellsMissing) {
        }

        @SuppressWarnings("unchecked")
        private Sized measure(TableColumn<R, ?> c) {
            Spec<R> spec = (Spec<R>) c.getProperties().get(SPEC);
            Integer optional = (Integer) c.getProperties().get(OPTIONAL);
            Font headerFont = headerFont(c);
            double header = (c.getText() == null ? 0 : widestWord(c.getText(), headerFont)) + headerPadding()
                    + (c.isSortable() ? ARROW : 0);
            if (spec == null) {
                double w = Math.max(header, c.getPrefWidth());
                return new Sized(c, Fit.WHOLE, w, w, optional, false);
            }
            TableCell<?, ?> cell = cellOf(c);
            Font font = cell != null ? cell.getFont() : headerFont;
            double padding = cell != null ? cell.snappedLeftInset() + cell.snappedRightInset() : 16;
            List<String> texts = spec.text() == null ? spec.fixed() : longest(spec.text());
            double widest = 0;
            double widestWord = 0;
            for (String t : texts) {
                widest = Math.max(widest, width(t, font));
                widestWord = Math.max(widestWord, widestWord(t, font));
            }
            boolean missing = cell == null && !table.getItems().isEmpty() && spec.text() != null;
            if (missing && !c.isVisible() && drawn.containsKey(c)) {
                // a column left out has no cells: judge it by what it measured when it last showed
                return drawn.get(c);
            }
            double content = widest + padding + spec.extra() + 2;
            Sized sized;
            if (spec.fit() == Fit.WHOLE) {
                double w = Math.max(header, content);
                sized = new Sized(c, Fit.WHOLE, w, w, optional, missing && c.isVisible());
            } else {
                double min = Math.max(MIN_WRAP, Math.max(header, Math.min(widestWord + padding + 2, 160)));
                sized = new Sized(c, Fit.WRAP, min, Math.max(min, content), optional, missing && c.isVisible());
            }
            if (cell != null) {
                drawn.put(c, sized);
            }
            return sized;
        }

        private List<String> longest(Function<R, String> text) {
            List<String> all = new ArrayList<>();
            for (R row : table.getItems()) {
                String t = text.apply(row);
                if (t != null && !t.isEmpty()) {
                    all.add(t);
                }
            }
            all.sort(Comparator.comparingInt(String::length).reversed());
            return all.subList(0, Math.min(MEASURED, all.size()));
        }

        private TableCell<?, ?> cellOf(TableColumn<?, ?> c) {
            for (Node n : table.lookupAll(".table-cell")) {
                if (n instanceof TableCell<?, ?> cell && cell.getTableColumn() == c && !cell.isEmpty()) {
                    return cell;
                }
            }
            return null;
        }

        private Font headerFont(TableColumn<?, ?> c) {
            if (c.getGraphic() instanceof Text t) {
                return t.getFont();
            }
            for (Node n : table.lookupAll(".column-header .label")) {
                if (n instanceof Labeled l) {
                    return l.getFont();
                }
            }
            return Font.getDefault();
        }

        /**
         * Whole columns get their width; the wrapping ones share the rest by what each would need. Says whether a
         * column left out before shows again.
         */
        private boolean place(List<Sized> sized, double room) {
            List<Sized> shown = new ArrayList<>(sized);
            while (total(shown) > room) {
                Sized drop = shown.stream().filter(s -> s.optional() != null)
                        .min(Comparator.comparingInt(Sized::optional)).orElse(null);
                if (drop == null) {
                    break;
                }
                shown.remove(drop);
            }
            boolean reshown = false;
            for (Sized s : sized) {
                reshown |= shown.contains(s) && !s.column().isVisible();
                s.column().setVisible(shown.contains(s));
            }
            double[] widths = new double[shown.size()];
            double left = room;
            for (int i = 0; i < shown.size(); i++) {
                widths[i] = shown.get(i).min();
                left -= widths[i];
            }
            // water-fill: the wrapping columns grow toward what they need, evenly, then the first takes the rest
            while (left > 0.5) {
                List<Integer> growing = new ArrayList<>();
                for (int i = 0; i < shown.size(); i++) {
                    if (shown.get(i).fit() == Fit.WRAP && widths[i] < shown.get(i).wanted() - 0.5) {
                        growing.add(i);
                    }
                }
                if (growing.isEmpty()) {
                    break;
                }
                double share = left / growing.size();
                for (int i : growing) {
                    double add = Math.min(share, shown.get(i).wanted() - widths[i]);
                    widths[i] += add;
                    left -= add;
                }
            }
            if (left > 0.5 && !shown.isEmpty()) {
                int first = 0;
                for (int i = 0; i < shown.size(); i++) {
                    if (shown.get(i).fit() == Fit.WRAP) {
                        first = i;
                        break;
                    }
                }
                widths[first] += left;
            }
            for (int i = 0; i < shown.size(); i++) {
                TableColumn<?, ?> c = shown.get(i).column();
                double w = Math.floor(widths[i]);
                c.setMinWidth(shown.get(i).min());
                c.setMaxWidth(Double.MAX_VALUE);
                c.setPrefWidth(w);
            }
            return reshown;
        }

        private static double total(List<Sized> sized) {
            return sized.stream().mapToDouble(Sized::min).sum();
        }
    }
}
