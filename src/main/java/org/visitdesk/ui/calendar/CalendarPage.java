package org.visitdesk.ui.calendar;

import atlantafx.base.theme.Styles;
import com.calendarfx.model.Entry;
import com.calendarfx.model.LoadEvent;
import com.calendarfx.view.CalendarView;
import com.calendarfx.view.DateControl;
import com.calendarfx.view.DayView;
import com.calendarfx.view.DraggedEntry;
import com.calendarfx.view.EntryViewBase;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.PopOver;
import org.kordamp.ikonli.javafx.FontIcon;
import org.visitdesk.app.ConflictNotice;
import org.visitdesk.app.Messages;
import org.visitdesk.app.VisitListing;
import org.visitdesk.domain.DateRange;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.VisitType;
import org.visitdesk.ui.Dates;
import org.visitdesk.ui.Dialogs;
import org.visitdesk.ui.Failure;
import org.visitdesk.ui.Page;
import org.visitdesk.ui.PageContext;
import org.visitdesk.ui.export.ExportDialog;
import org.visitdesk.ui.outcomes.ReportDialog;
import org.visitdesk.ui.visits.VisitDialog;

/**
 * The calendar where visits are planned: CalendarFX day, week and month pages ({@link CalendarViews}), with the
 * conflicts of the visible days beside them ({@link ConflictsPanel}, which can be closed) and the hours outside
 * the visiting windows shaded behind them ({@link ShadedHours}: of the chosen or dragged visit's unit while there
 * is one). A click shows a visit ({@link VisitPopover}), a right-click offers what can be done
 * ({@link CalendarMenus}), a drag moves it through the rules ({@link CalendarViewModel}, which asks through
 * {@link MoveDialogs}), and a "+N" chip lists the visits that did not fit ({@link MoreVisits}). This class lays
 * them out and wires them together.
 */
public final class CalendarPage implements Page {

    /** What the page shows, kept across a rebuild in another language. */
    private record Place(LocalDate date, CalendarView.Page page) {
    }

    private final PageContext ctx;
    private final CalendarViewModel model;
    private final CalendarView calendar = new CalendarView(CalendarView.Page.DAY, CalendarView.Page.WEEK,
            CalendarView.Page.MONTH);
    private final BorderPane root = new BorderPane();
    private final VisitActions actions = new VisitActions(this::edit, this::confirmCancel, this::newVisit,
            this::findTimeFor, this::report,
            this::reportable);
    private final ConflictsPanel panel;
    private final Timeline now;
    /** The popover of a visit that shows, if any: one at a time. */
    private PopOver details;
    private boolean first = true;
    private boolean placed;
    /** Another coordinator saved while a visit was being dragged: read again once it is dropped. */
    private boolean changedDuringDrag;

    public CalendarPage(PageContext ctx) {
        this.ctx = ctx;
        this.model = new CalendarViewModel(ctx.workspace(), ctx.background(), new MoveDialogs(ctx.dialogs()));
        LocalDate today = LocalDate.now(ctx.workspace().clock());
        calendar.setToday(today);
        calendar.setDate(today);
        calendar.getCalendarSources().setAll(model.source());
        calendar.setId("calendar-view");
        CalendarViews.setUp(calendar, this::describe, this::showMore, model.shadingProperty());
        wire();
        panel = new ConflictsPanel(model, this::reveal, actions);
        now = CalendarViews.followNow(calendar, ctx.workspace().clock());
        // the clock runs while the page is on screen
        root.sceneProperty().addListener((o, was, scene) -> {
            if (scene == null) {
                now.stop();
            } else {
                now.play();
            }
        });
        root.setId("calendar-page");
        root.setTop(toolbar());
        VBox center = new VBox(calendar, legend(model.shadingProperty()));
        VBox.setVgrow(calendar, Priority.ALWAYS);
        root.setCenter(center);
        BorderPane.setMargin(center, new Insets(0, 8, 0, 0));
        showPanel(ctx.settings().conflictsPanelOpen());
        root.setPadding(new Insets(12));
    }

    private void wire() {
        calendar.addEventHandler(LoadEvent.LOAD, e -> model.ensureLoaded(e.getStartDate(), e.getEndDate()));
        // a double-click on an empty time plans a visit there, through the visit dialog: caught before CalendarFX,
        // which would otherwise make an entry of its own that is not a visit
        calendar.addEventFilter(MouseEvent.MOUSE_CLICKED, this::doubleClickOnEmptyTime);
        calendar.setEntryFactory(param -> {
            // other ways CalendarFX may create an entry: the same dialog; CalendarFX needs an entry back, so it
            // gets a scratch one that is taken away at once
            LocalDateTime at = param.getZonedDateTime().toLocalDateTime();
            Entry<Object> scratch = new Entry<>("");
            Platform.runLater(() -> {
                scratch.removeFromCalendar();
                newVisit(at);
            });
            return scratch;
        });
        // visits of people removed by clean-up are anonymous history: they are not moved
        calendar.setEntryEditPolicy(param -> param.getEditOperation() != DateControl.EditOperation.DELETE
                && param.getEntry().getUserObject() instanceof VisitListing l && l.detainee() != null);
        // CalendarFX opens the details beside the entry; in the day view an entry spans the column and they went
        // off a 1024-pixel screen: they open where the double click was, on the side with room
        calendar.setEntryDetailsCallback(param -> {
            if (param.getInputEvent() instanceof MouseEvent m && m.getClickCount() != 2) {
                return false;
            }
            showDetails(param.getEntry(), param.getOwner(), param.getScreenX(), param.getScreenY());
            return true;
        });
        calendar.setEntryContextMenuCallback(param -> CalendarMenus.ofEntry(param.getEntry().getUserObject(),
                actions));
        calendar.setContextMenuCallback(param -> CalendarMenus.ofTime(param.getZonedDateTime().toLocalDateTime(),
                actions));
        calendar.dateProperty().addListener((o, a, b) -> updateVisibleRange());
        calendar.selectedPageProperty().addListener((o, a, b) -> updateVisibleRange());
        // the shaded hours follow the visit in hand: the one dragged, else the one chosen
        calendar.getSelections().addListener((SetChangeListener<Entry<?>>) c -> updateFocus());
        calendar.draggedEntryProperty().addListener((o, a, b) -> updateFocus());
        calendar.draggedEntryProperty().addListener((o, a, dragged) -> {
            if (dragged == null && changedDuringDrag) {
                changedDuringDrag = false;
                // after the move the drop starts, which reads the store itself when it is saved
                PauseTransition later = new PauseTransition(Duration.seconds(1));
                later.setOnFinished(e -> changedElsewhere());
                later.play();
            }
        });
    }

    private void updateFocus() {
        DraggedEntry dragged = calendar.getDraggedEntry();
        Object inHand = null;
        if (dragged != null) {
            inHand = dragged.getOriginalEntry().getUserObject();
        } else if (calendar.getSelections().size() == 1) {
            inHand = calendar.getSelections().iterator().next().getUserObject();
        }
        model.focusProperty().set(inHand instanceof VisitListing l && l.detainee() != null ? l : null);
    }

    private List<ConflictNotice> conflictsOf(Entry<?> entry) {
        return entry.getUserObject() instanceof VisitListing l ? model.conflictsOf(l.visit().id()) : List.of();
    }

    /** The tooltip of an entry: the visit in words, or a closed day's reason. */
    private String describe(Entry<?> entry) {
        return entry.getUserObject() instanceof VisitListing l ? VisitWords.describe(l, conflictsOf(entry))
                : entry.getTitle();
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void whenReady(Runnable ready) {
        if (model.loadsDoneProperty().get() > 0) {
            ready.run();
            return;
        }
        model.loadsDoneProperty().addListener(new ChangeListener<Number>() {
            @Override
            public void changed(ObservableValue<? extends Number> o, Number before, Number now) {
                o.removeListener(this);
                // after the pulse that lays out the entries just added
                Platform.runLater(ready);
            }
        });
    }

    @Override
    public void shown() {
        if (first) {
            first = false;
            if (!placed) {
                calendar.showWeekPage();
            }
            updateVisibleRange();
        } else {
            // visits may have changed on other pages
            model.reload();
        }
    }

    /**
     * The visible weeks and the conflicts panel read again, the same visits chosen after; not in the middle of a
     * drag (then once it ends).
     */
    @Override
    public void changedElsewhere() {
        if (first) {
            return;
        }
        if (calendar.getDraggedEntry() != null) {
            changedDuringDrag = true;
            return;
        }
        model.refresh(() -> {
            // the entries chosen were replaced: the new entries of the same visits are chosen instead
            List<Long> chosen = calendar.getSelections().stream()
                    .map(e -> e.getUserObject() instanceof VisitListing l ? l.visit().id() : null)
                    .filter(id -> id != null).toList();
            calendar.clearSelection();
            chosen.stream().map(model::entryOf).filter(e -> e != null).forEach(calendar::select);
        });
    }

    @Override
    public Object place() {
        return new Place(calendar.getDate(), calendar.getSelectedPage());
    }

    @Override
    public void showPlace(Object place) {
        if (place instanceof Place p) {
            placed = true;
            calendar.setDate(p.date());
            switch (p.page()) {
                case DAY -> calendar.showDayPage();
                case MONTH -> calendar.showMonthPage();
                default -> calendar.showWeekPage();
            }
        }
    }

    private void doubleClickOnEmptyTime(MouseEvent e) {
        if (e.getClickCount() != 2 || e.getButton() != MouseButton.PRIMARY || e.getPickResult() == null) {
            return;
        }
        DayView day = null;
        for (Node n = e.getPickResult().getIntersectedNode(); n != null; n = n.getParent()) {
            if (n instanceof EntryViewBase<?> || n.getStyleClass().contains("more-visits")) {
                return;
            }
            if (n instanceof DayView d) {
                day = d;
                break;
            }
        }
        if (day == null) {
            return;
        }
        Point2D p = day.sceneToLocal(e.getSceneX(), e.getSceneY());
        ZonedDateTime at = day.getZonedDateTimeAt(p.getX(), p.getY());
        if (at != null) {
            e.consume();
            newVisit(at.toLocalDateTime());
        }
    }

    @Override
    public void add() {
        newVisit(null);
    }

    /** The days the selected page shows: its day, its ISO week or its month. */
    private void updateVisibleRange() {
        LocalDate d = calendar.getDate();
        DateRange range = switch (calendar.getSelectedPage() == null ? CalendarView.Page.WEEK
                : calendar.getSelectedPage()) {
            case DAY -> DateRange.of(d);
            case MONTH -> DateRange.monthOf(d);
            default -> DateRange.isoWeekOf(d);
        };
        model.visibleRangeProperty().set(range);
        model.ensureLoaded(range.first(), range.last());
    }

    /** The print view of what the calendar shows now (what the print button opens). */
    com.calendarfx.view.print.PrintView printView() {
        return CalendarPrint.view(calendar, model.source(), this::describe, model::ensureLoaded);
    }

    private Node toolbar() {
        Button add = new Button(Messages.get("calendar.newVisit"), new FontIcon("fth-plus"));
        add.setId("calendar-new-visit");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> newVisit(null));
        Button find = new Button(Messages.get("calendar.findTime"), new FontIcon("fth-search"));
        find.setId("calendar-find-time");
        find.setOnAction(e -> FindTimeDialog.open(ctx, LocalDate.now(ctx.workspace().clock()), null, List.of())
                .ifPresent(this::afterSave));
        Button export = new Button(Messages.get("calendar.export"), new FontIcon("fth-download"));
        export.setId("calendar-export");
        export.setOnAction(e -> {
            DateRange range = model.visibleRangeProperty().get();
            LocalDate today = LocalDate.now(ctx.workspace().clock());
            ExportDialog.open(ctx, range == null ? today : range.first(), range == null ? today : range.last());
        });
        // an icon: the tool bar has no room for another word at 1024 pixels in Spanish
        Button print = new Button(null, new FontIcon("fth-printer"));
        print.setId("calendar-print");
        print.setTooltip(new Tooltip(Messages.get("calendar.print")));
        print.setOnAction(e -> CalendarPrint.open(ctx, calendar, model.source(), this::describe,
                model::ensureLoaded));
        ToggleButton conflicts = new ToggleButton(Messages.get("calendar.conflicts"), new FontIcon("fth-sidebar"));
        conflicts.setId("calendar-conflicts-toggle");
        conflicts.setTooltip(new Tooltip(Messages.get("calendar.conflicts.toggle")));
        conflicts.setSelected(ctx.settings().conflictsPanelOpen());
        conflicts.selectedProperty().addListener((o, was, open) -> {
            ctx.settings().setConflictsPanelOpen(open);
            showPanel(open);
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, pageSwitch(), spacer, print, export, find, add, conflicts);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 10, 0));
        for (Node n : bar.getChildren()) {
            if (n instanceof Region r && n != spacer) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        return bar;
    }

    /** The marks and the shading explained, under the calendar. */
    private static Node legend(ObservableValue<ShadedHours> shading) {
        Label marks = new Label(Messages.get("calendar.legend"));
        marks.setId("calendar-legend");
        Region swatch = new Region();
        swatch.getStyleClass().addAll("closed-hours", "legend-swatch");
        Label hours = new Label("", swatch);
        hours.setId("calendar-legend-hours");
        hours.textProperty().bind(Bindings.createStringBinding(() -> {
            String unit = shading.getValue().unit();
            return unit == null ? Messages.get("calendar.legend.closed")
                    : Messages.get("calendar.legend.closedFor", unit);
        }, shading));
        // a line each, wrapping within the calendar's width: the shading's line names the chosen visit's unit and
        // ran under the conflicts panel at 1024 x 700 when it had to share a line
        VBox lines = new VBox(2, marks, hours);
        for (Label l : List.of(marks, hours)) {
            l.getStyleClass().add(Styles.TEXT_MUTED);
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        lines.setPadding(new Insets(6, 0, 0, 4));
        lines.setMinWidth(0);
        return lines;
    }

    /** The popover of a visit (or a closed day), its arrow at the point and its body where the window has room. */
    private void showDetails(Entry<?> entry, Node owner, double x, double y) {
        if (details != null) {
            details.hide();
        }
        PopOver pop = new PopOver();
        pop.setAnimated(false);
        pop.setDetachable(false);
        pop.setContentNode(VisitPopover.content(entry.getUserObject(), entry.getTitle(), conflictsOf(entry), pop,
                actions));
        Window w = owner.getScene().getWindow();
        Rectangle2D screen = Screen.getScreensForRectangle(x, y, 1, 1).stream().findFirst()
                .orElse(Screen.getPrimary()).getVisualBounds();
        double right = Math.min(screen.getMaxX(), w.getX() + w.getWidth());
        double bottom = Math.min(screen.getMaxY(), w.getY() + w.getHeight());
        boolean toTheRight = x + VisitPopover.WIDTH + 60 <= right;
        double top = Math.max(screen.getMinY(), w.getY());
        boolean below = bottom - y >= y - top;
        pop.setArrowLocation(toTheRight ? (below ? PopOver.ArrowLocation.LEFT_TOP : PopOver.ArrowLocation.LEFT_BOTTOM)
                : (below ? PopOver.ArrowLocation.RIGHT_TOP : PopOver.ArrowLocation.RIGHT_BOTTOM));
        pop.show(owner, x, y);
        details = pop;
    }

    private void showPanel(boolean open) {
        root.setRight(open ? panel.node() : null);
    }

    /** Day, Week and Month as one group of buttons, kept in step with the page CalendarFX shows. */
    private Node pageSwitch() {
        ToggleGroup group = new ToggleGroup();
        Map<CalendarView.Page, ToggleButton> buttons = new EnumMap<>(CalendarView.Page.class);
        buttons.put(CalendarView.Page.DAY, pageButton("calendar.page.day", "calendar-day", Styles.LEFT_PILL,
                calendar::showDayPage));
        buttons.put(CalendarView.Page.WEEK, pageButton("calendar.page.week", "calendar-week", Styles.CENTER_PILL,
                calendar::showWeekPage));
        buttons.put(CalendarView.Page.MONTH, pageButton("calendar.page.month", "calendar-month", Styles.RIGHT_PILL,
                calendar::showMonthPage));
        buttons.values().forEach(b -> b.setToggleGroup(group));
        Consumer<CalendarView.Page> mark = p -> {
            ToggleButton b = buttons.get(p == null ? CalendarView.Page.WEEK : p);
            if (b != null) {
                b.setSelected(true);
            }
        };
        calendar.selectedPageProperty().addListener((o, a, now) -> mark.accept(now));
        mark.accept(calendar.getSelectedPage());
        // one page is always shown: a click on the pressed button keeps it pressed
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null && was != null) {
                was.setSelected(true);
            }
        });
        HBox box = new HBox(buttons.values().toArray(new Node[0]));
        box.setId("calendar-pages");
        return box;
    }

    private static ToggleButton pageButton(String key, String id, String pill, Runnable show) {
        ToggleButton b = new ToggleButton(Messages.get(key));
        b.setId(id);
        b.getStyleClass().add(pill);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> show.run());
        // Space presses a toggle button; Enter does too here, as it does on the page's other buttons
        b.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                b.setSelected(true);
                show.run();
            }
        });
        return b;
    }

    /** Shows the day of a conflict, selects its visits there and scrolls to them. */
    private void reveal(CalendarViewModel.DayConflict d) {
        calendar.setDate(d.day());
        calendar.clearSelection();
        LocalTime earliest = null;
        for (Long id : d.visitIds()) {
            Entry<VisitListing> e = model.entryOf(id);
            if (e != null) {
                calendar.select(e);
                earliest = earliest == null || e.getStartTime().isBefore(earliest) ? e.getStartTime() : earliest;
            }
        }
        if (earliest != null) {
            calendar.setRequestedTime(earliest);
        }
    }

    /** The list behind a "+N" chip; its day is a click away. */
    private void showMore(DayColumn.More more) {
        MoreVisits.show(more, actions, this::describe, () -> {
            LocalTime at = more.entries().stream().map(Entry::getStartTime).min(LocalTime::compareTo)
                    .orElse(CalendarViews.FIRST_HOUR);
            calendar.setDate(more.day());
            calendar.showDayPage();
            calendar.setRequestedTime(at);
        });
    }

    /** Asks, then cancels a visit; of a series with visits after it, this one alone or those too. */
    private void confirmCancel(VisitListing l) {
        model.membership(l.visit(), m -> {
            if (m.isPresent() && m.get().hasFollowing()) {
                MoveDialogs.askScope(ctx.dialogs(), Messages.get("calendar.series.cancel", m.get().fromThisOn() - 1),
                        Messages.get("calendar.keepVisit")).ifPresent(scope -> {
                            if (scope == CalendarViewModel.Scope.THIS_AND_FOLLOWING) {
                                model.cancelFollowing(l.visit(), n -> {
                                    if (n == 0) {
                                        ctx.dialogs().error(Messages.get("error.record.gone"), null);
                                    } else {
                                        tellCancelled(l);
                                    }
                                });
                            } else {
                                cancel(l);
                            }
                        });
                return;
            }
            confirmCancelOne(l);
        });
    }

    private void confirmCancelOne(VisitListing l) {
        Dialogs dialogs = ctx.dialogs();
        if (dialogs.confirm(Dialogs.Question.of(Messages.get("calendar.cancelVisit.title",
                l.detainee() == null ? "" : l.detainee().fullName(), Dates.showDay(l.visit().day())),
                Messages.get("calendar.cancelVisit.text"), Messages.get("calendar.cancelVisit"))
                .orElse(Messages.get("calendar.keepVisit")))) {
            cancel(l);
        }
    }

    /** Cancels one visit; the visitors who were going are named, to tell them. */
    private void cancel(VisitListing l) {
        model.cancel(l.visit(), ok -> {
            if (!ok) {
                ctx.dialogs().error(Messages.get("error.record.gone"), null);
            } else {
                tellCancelled(l);
            }
        });
    }

    private void tellCancelled(VisitListing l) {
        if (VisitorsToTell.any(l)) {
            ctx.dialogs().inform(Messages.get("tell.cancelledTitle"), VisitorsToTell.cancelledHeader(l),
                    VisitorsToTell.text(l));
        }
    }

    private void newVisit(LocalDateTime at) {
        long facilityId = model.facilities().isEmpty() ? 0 : model.facilities().get(0).id();
        LocalDateTime start = at == null ? null : at.withMinute(at.getMinute() - at.getMinute() % 5);
        Visit prefill = new Visit(0, 0, facilityId, start, start == null ? null : start.plusHours(1), List.of(),
                VisitType.SOCIAL, VisitStatus.SCHEDULED, "", "");
        VisitDialog.open(ctx, prefill).ifPresent(this::afterSave);
    }

    private void edit(Visit v) {
        VisitDialog.open(ctx, v).ifPresent(saved -> {
            afterSave(saved);
            tellAfterEdit(v, saved);
        });
    }

    /** "Find a time" for the person and visitors of a visit, from today. */
    private void findTimeFor(VisitListing l) {
        FindTimeDialog.open(ctx, LocalDate.now(ctx.workspace().clock()), l.detainee(), l.visit().visitorIds())
                .ifPresent(this::afterSave);
    }

    private boolean reportable(VisitListing l) {
        return ReportDialog.canReport(l, LocalDate.now(ctx.workspace().clock()));
    }

    /** The report of what happened at a visit; the calendar shows its new status. */
    private void report(VisitListing l) {
        ReportDialog.open(ctx, l).ifPresent(r -> model.reload());
    }

    /** An edit that moved or cancelled the visit: the visitors who were going are named, to tell them. */
    private void tellAfterEdit(Visit before, Visit saved) {
        boolean moved = !saved.start().equals(before.start());
        boolean cancelled = saved.status() == VisitStatus.CANCELLED && before.status() != VisitStatus.CANCELLED;
        if ((!moved && !cancelled) || before.visitorIds().isEmpty()) {
            return;
        }
        var visitors = ctx.workspace().visitors();
        ctx.background().run(() -> before.visitorIds().stream().map(visitors::byId).flatMap(Optional::stream)
                .toList(), going -> {
                    VisitListing was = new VisitListing(before, null, going, null);
                    if (VisitorsToTell.any(was)) {
                        ctx.dialogs().inform(Messages.get(cancelled ? "tell.cancelledTitle" : "calendar.moved"),
                                cancelled ? VisitorsToTell.cancelledHeader(was)
                                        : VisitorsToTell.movedHeader(was, saved.start()),
                                VisitorsToTell.text(was));
                    }
                }, Failure::show);
    }

    private void afterSave(Visit saved) {
        calendar.setDate(saved.day());
        model.reload();
    }
}
