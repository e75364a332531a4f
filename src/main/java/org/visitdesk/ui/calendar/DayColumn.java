package org.visitdesk.ui.calendar;

import com.calendarfx.model.Entry;
import com.calendarfx.view.DayEntryView;
import com.calendarfx.view.DayView;
import com.calendarfx.view.DraggedEntry;
import com.calendarfx.view.WeekDayView;
import impl.com.calendarfx.view.DayViewSkin;
import impl.com.calendarfx.view.WeekDayViewSkin;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import javafx.event.Event;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Skin;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import org.kordamp.ikonli.javafx.FontIcon;
import org.visitdesk.app.Messages;
import org.visitdesk.app.VisitListing;
import org.visitdesk.domain.ClosedHours;

/**
 * Lays out the visits of one day column through {@link Collapse}: where more overlap than fit readably, the best
 * are drawn and the others fold into a "+N" chip (marked by the worst conflict behind it), which opens a list of
 * them. CalendarFX lays out overlapping entries in ever narrower columns and has no such chip (its month view has
 * one, its day and week views do not), so its layout of one column is extended here: CalendarFX still places
 * every entry that is drawn, and hides the others its own way (the entry view's "hidden" flag). Behind the
 * visits, the hours when none can go are shaded ({@link ShadedHours}): CalendarFX's own "availability" layer
 * redraws only on some changes, with one paint for both themes, so the shade is a layer of styled regions here.
 */
final class DayColumn {

    /** What a click on a chip does: the column's day, the visits behind it, and the chip (to show a list at). */
    record More(LocalDate day, List<Entry<?>> entries, Node chip) {
    }

    /** CalendarFX's own layout of some entry views in a part of the column. */
    interface Place {
        void place(List<DayEntryView> views, double x, double width);
    }

    private final DayView view;
    private final ObservableList<Node> children;
    private final Consumer<More> onMore;
    private final List<Label> chips = new ArrayList<>();
    private final ObservableValue<ShadedHours> shading;
    private final List<Region> shades = new ArrayList<>();

    private DayColumn(DayView view, ObservableList<Node> children, Consumer<More> onMore,
            ObservableValue<ShadedHours> shading) {
        this.view = view;
        this.children = children;
        this.onMore = onMore;
        this.shading = shading;
        shading.addListener(o -> view.requestLayout());
        view.dateProperty().addListener(o -> view.requestLayout());
        // the chosen visit is drawn first, so a change of choice lays the column out again
        view.getSelections().addListener((SetChangeListener<Entry<?>>) c -> view.requestLayout());
    }

    /** The room of this column at a width, for {@link Collapse}. */
    private Collapse.Room room(double width) {
        double em = Font.getDefault().getSize();
        ZonedDateTime nine = view.getDate().atTime(9, 0).atZone(view.getZoneId());
        double perMinute = Math.max(0, (view.getLocation(nine.plusHours(1)) - view.getLocation(nine)) / 60);
        // a visit beside others: about eight letters; a chip: "+99"
        return new Collapse.Room(width, em * 5, em * 2.6, chipHeight(), em * 1.4, perMinute);
    }

    private static double chipHeight() {
        return Font.getDefault().getSize() * 1.5;
    }

    void layout(List<DayEntryView> views, double x, double width, Place place) {
        Map<Long, DayEntryView> byId = new HashMap<>();
        List<Collapse.Item> items = new ArrayList<>();
        List<DayEntryView> whole = new ArrayList<>();
        for (DayEntryView v : views) {
            Entry<?> e = v.getEntry();
            if (e instanceof DraggedEntry || !(e.getUserObject() instanceof VisitListing l)) {
                whole.add(v);
                continue;
            }
            byId.put(l.visit().id(), v);
            items.add(new Collapse.Item(l.visit().id(), e.getStartAsLocalDateTime(), e.getEndAsLocalDateTime(),
                    rank(v)));
        }
        int used = 0;
        for (Collapse.Group g : Collapse.plan(items, room(width))) {
            g.shown().forEach(id -> hide(byId.get(id), false));
            g.hidden().forEach(id -> hide(byId.get(id), true));
            if (g.fold() == Collapse.Fold.WHOLE) {
                g.shown().forEach(id -> whole.add(byId.get(id)));
                continue;
            }
            // CalendarFX sorts the list it is given
            List<DayEntryView> shown = new ArrayList<>(g.shown().stream().map(byId::get).toList());
            List<DayEntryView> behind = g.hidden().stream().map(byId::get).toList();
            Label chip = chip(used++, behind, shown.isEmpty());
            double top = y(g.start());
            double bottom = y(g.end());
            switch (g.fold()) {
                case BESIDE -> {
                    double w = room(width).chipWidth();
                    place.place(shown, x, width - w);
                    chip.resizeRelocate(Math.round(x + width - w), Math.round(top), Math.floor(w - 2),
                            Math.floor(bottom - top - 2));
                }
                case BELOW -> {
                    place.place(shown, x, width);
                    double h = chipHeight();
                    double chipTop = Math.round(bottom - h - 2);
                    for (DayEntryView v : shown) {
                        v.resize(v.getWidth(), Math.max(1, chipTop - v.getLayoutY() - 1));
                    }
                    chip.resizeRelocate(Math.round(x + 2), chipTop, Math.floor(width - 4), Math.floor(h));
                }
                default -> chip.resizeRelocate(Math.round(x), Math.round(top), Math.floor(width - 2),
                        Math.floor(bottom - top - 2));
            }
            // the mark above the count where the chip is tall enough for both, else beside it (a half-hour chip
            // cut the count in half)
            boolean tall = g.fold() != Collapse.Fold.BELOW && chip.getHeight() >= 2 * chipHeight();
            chip.setContentDisplay(tall ? ContentDisplay.TOP : ContentDisplay.LEFT);
        }
        if (!whole.isEmpty()) {
            place.place(whole, x, width);
        }
        for (int i = used; i < chips.size(); i++) {
            chips.get(i).setVisible(false);
        }
    }

    /** Lays the shade of the day's closed hours over the column's width, behind the hour lines and visits. */
    void shade(double x, double width) {
        LocalDate day = view.getDate();
        List<ClosedHours.Span> spans = day == null ? List.of() : shading.getValue().closedOn(day);
        while (shades.size() < spans.size()) {
            Region r = new Region();
            r.getStyleClass().add("closed-hours");
            r.setManaged(false);
            r.setMouseTransparent(true);
            shades.add(r);
            children.add(behindLines(), r);
        }
        for (int i = 0; i < shades.size(); i++) {
            Region r = shades.get(i);
            r.setVisible(i < spans.size());
            if (i < spans.size()) {
                double top = Math.round(y(day.atTime(spans.get(i).from())));
                double bottom = Math.round(y(day.atTime(spans.get(i).to())));
                r.resizeRelocate(x, top, width, Math.max(0, bottom - top));
            }
        }
    }

    /** Just above CalendarFX's background canvas: under its hour lines and its visits. */
    private int behindLines() {
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i) instanceof Canvas) {
                return i + 1;
            }
        }
        return 0;
    }

    private double y(LocalDateTime t) {
        return view.getLocation(t.atZone(view.getZoneId()));
    }

    /** Lower is drawn first: the chosen visit, then one with an error, then one with a warning. */
    private static int rank(DayEntryView v) {
        if (v.isSelected()) {
            return 0;
        }
        List<String> style = v.getEntry().getStyleClass();
        return style.contains("visit-error") ? 1 : style.contains("visit-warning") ? 2 : 3;
    }

    private static void hide(DayEntryView v, boolean hidden) {
        // CalendarFX's own way: the view binds its visibility to this flag
        if (v != null && v.isHidden() != hidden) {
            v.getProperties().put("hidden", hidden);
        }
    }

    /** @param alone true when no visit of the group is drawn, only the chip */
    private Label chip(int index, List<DayEntryView> behind, boolean alone) {
        while (chips.size() <= index) {
            Label chip = new Label();
            chip.setManaged(false);
            chip.getStyleClass().add("more-visits");
            chip.setAlignment(Pos.CENTER);
            chip.setContentDisplay(ContentDisplay.TOP);
            chip.setMinSize(0, 0);
            chip.setTooltip(new Tooltip());
            chips.add(chip);
            children.add(chip);
        }
        Label chip = chips.get(index);
        chip.toFront();
        boolean error = behind.stream().anyMatch(v -> v.getEntry().getStyleClass().contains("visit-error"));
        boolean warning = !error
                && behind.stream().anyMatch(v -> v.getEntry().getStyleClass().contains("visit-warning"));
        chip.getStyleClass().removeAll("more-error", "more-warning");
        if (error || warning) {
            chip.getStyleClass().add(error ? "more-error" : "more-warning");
            FontIcon icon = new FontIcon(error ? "fth-alert-octagon" : "fth-alert-triangle");
            icon.getStyleClass().add("more-icon");
            chip.setGraphic(icon);
        } else {
            chip.setGraphic(null);
        }
        // beside or below a visit drawn, the chip counts the others ("+2"); alone, it counts them all ("2")
        chip.setText(Messages.get(alone ? "calendar.folded" : "calendar.more", behind.size()));
        List<Entry<?>> entries = behind.stream().<Entry<?>>map(DayEntryView::getEntry).toList();
        chip.getTooltip().setText(Messages.get(alone ? "calendar.folded.tooltip" : "calendar.more.tooltip",
                behind.size()) + "\n"
                + String.join("\n", entries.stream().map(VisitWords::line).toList()));
        chip.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                e.consume();
                onMore.accept(new More(view.getDate(), entries, chip));
            }
        });
        // a press on the chip is not a press on the empty time beneath it
        chip.setOnMousePressed(Event::consume);
        chip.setVisible(true);
        chip.setUserData(entries);
        return chip;
    }

    /** A week column whose visits are laid out by a {@link DayColumn}. */
    static final class Week extends WeekDayView {
        private final Consumer<More> onMore;

        private final ObservableValue<ShadedHours> shading;

        Week(Function<Entry<?>, String> describe, Consumer<More> onMore, ObservableValue<ShadedHours> shading) {
            this.onMore = onMore;
            this.shading = shading;
            setEntryViewFactory(e -> new VisitEntryView(e, describe));
        }

        @Override
        protected Skin<?> createDefaultSkin() {
            return new WeekSkin(this, onMore, shading);
        }
    }

    /** CalendarFX's week column skin, with its visits laid out by a {@link DayColumn}. */
    private static final class WeekSkin extends WeekDayViewSkin {
        private final DayColumn column;

        WeekSkin(WeekDayView view, Consumer<More> onMore, ObservableValue<ShadedHours> shading) {
            super(view);
            column = new DayColumn(view, getChildren(), onMore, shading);
        }

        @Override
        protected void layoutChildren(double x, double y, double w, double h) {
            super.layoutChildren(x, y, w, h);
            column.shade(x, w);
        }

        @Override
        protected void layoutBaseEntryViews(List<DayEntryView> views, DayView dayView, double x, double y,
                double w, double h) {
            column.layout(views, x, w, (some, sx, sw) -> super.layoutBaseEntryViews(some, dayView, sx, y, sw, h));
        }
    }

    /** CalendarFX's day column skin (the day page), with its visits laid out by a {@link DayColumn}. */
    static final class DaySkin extends DayViewSkin<DayView> {
        private final DayColumn column;

        DaySkin(DayView view, Consumer<More> onMore, ObservableValue<ShadedHours> shading) {
            super(view);
            column = new DayColumn(view, getChildren(), onMore, shading);
        }

        @Override
        protected void layoutChildren(double x, double y, double w, double h) {
            super.layoutChildren(x, y, w, h);
            column.shade(x, w);
        }

        @Override
        protected void layoutBaseEntryViews(List<DayEntryView> views, DayView dayView, double x, double y,
                double w, double h) {
            column.layout(views, x, w, (some, sx, sw) -> super.layoutBaseEntryViews(some, dayView, sx, y, sw, h));
        }
    }
}
