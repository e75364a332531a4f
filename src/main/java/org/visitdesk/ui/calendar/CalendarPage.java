package org.visitdesk.ui.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import atlantafx.base.theme.Styles;
import com.calendarfx.model.Entry;
import com.calendarfx.model.LoadEvent;
import com.calendarfx.view.CalendarView;
import com.calendarfx.view.DateControl;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.visitdesk.app.ConflictNotice;
import org.visitdesk.app.Messages;
import org.visitdesk.app.VisitListing;
import org.visitdesk.domain.DateRange;
import org.visitdesk.domain.Facility;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.VisitType;
import org.visitdesk.domain.Visitor;
import org.visitdesk.ui.Dates;
import org.visitdesk.ui.Page;
import org.visitdesk.ui.PageContext;
import org.visitdesk.ui.Pickers;
import org.visitdesk.ui.visits.VisitDialog;

/**
 * The calendar where visits are planned: CalendarFX day, week and month pages, with the conflicts of the visible
 * days beside it. Dragging a visit checks the rules before anything is saved.
 */
public final class CalendarPage implements Page {

    private final PageContext ctx;
    private final CalendarViewModel model;
    private final CalendarView calendar = new CalendarView(CalendarView.Page.DAY, CalendarView.Page.WEEK,
            CalendarView.Page.MONTH);
    private final BorderPane root = new BorderPane();
    private final ListView<Object> conflictList = new ListView<>();
    private boolean first = true;

    public CalendarPage(PageContext ctx) {
        this.ctx = ctx;
        this.model = new CalendarViewModel(ctx.workspace(), ctx.background(), new MoveDialogs(ctx.stage()));
        calendar.getCalendarSources().setAll(model.source());
        calendar.setId("calendar-view");
        calendar.setShowAddCalendarButton(false);
        calendar.setShowPrintButton(false);
        calendar.setShowSearchField(false);
        calendar.setShowSourceTrayButton(false);
        calendar.setShowSourceTray(false);
        calendar.setTraysAnimated(false);
        LocalDate today = LocalDate.now(ctx.workspace().clock());
        // ISO weeks, Monday to Sunday: the weekly visit limit counts them so
        calendar.setWeekFields(java.time.temporal.WeekFields.ISO);
        calendar.setToday(today);
        calendar.setDate(today);
        calendar.setStartTime(LocalTime.of(6, 30));
        calendar.setEndTime(LocalTime.of(18, 0));
        // visiting hours run from 7:00 to 17:00: show that day whole, without scrolling
        for (com.calendarfx.view.DayViewBase v : List.of(calendar.getWeekPage().getDetailedWeekView().getWeekView(),
                calendar.getDayPage().getDetailedDayView().getDayView())) {
            v.setEarlyLateHoursStrategy(com.calendarfx.view.DayViewBase.EarlyLateHoursStrategy.HIDE);
            v.setHoursLayoutStrategy(com.calendarfx.view.DayViewBase.HoursLayoutStrategy.FIXED_HOUR_COUNT);
            v.setVisibleHours(12);
        }
        calendar.addEventHandler(LoadEvent.LOAD, e -> model.ensureLoaded(e.getStartDate(), e.getEndDate()));
        // a double-click on an empty time plans a visit there, through the visit dialog: caught before CalendarFX,
        // which would otherwise make an entry of its own that is not a visit
        calendar.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_CLICKED, this::doubleClickOnEmptyTime);
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
        calendar.setEntryDetailsPopOverContentCallback(param -> details(param.getEntry(), param.getPopOver()));
        calendar.setEntryContextMenuCallback(param -> entryMenu(param.getEntry()));
        calendar.setContextMenuCallback(param -> {
            ContextMenu menu = new ContextMenu();
            MenuItem add = new MenuItem(Messages.get("calendar.newVisitHere"));
            LocalDateTime at = param.getZonedDateTime().toLocalDateTime();
            add.setOnAction(e -> newVisit(at));
            menu.getItems().add(add);
            return menu;
        });
        calendar.dateProperty().addListener((o, a, b) -> updateVisibleRange());
        calendar.selectedPageProperty().addListener((o, a, b) -> updateVisibleRange());
        root.setId("calendar-page");
        root.setTop(toolbar());
        root.setCenter(calendar);
        root.setRight(conflictsPanel());
        BorderPane.setMargin(calendar, new Insets(0, 8, 0, 0));
        root.setPadding(new Insets(12));
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void shown() {
        if (first) {
            first = false;
            calendar.showWeekPage();
            updateVisibleRange();
        } else {
            // visits may have changed on other pages
            model.reload();
        }
    }

    private void doubleClickOnEmptyTime(javafx.scene.input.MouseEvent e) {
        if (e.getClickCount() != 2 || e.getButton() != javafx.scene.input.MouseButton.PRIMARY
                || e.getPickResult() == null) {
            return;
        }
        com.calendarfx.view.DayView day = null;
        for (Node n = e.getPickResult().getIntersectedNode(); n != null; n = n.getParent()) {
            if (n instanceof com.calendarfx.view.EntryViewBase<?>) {
                return;
            }
            if (n instanceof com.calendarfx.view.DayView d) {
                day = d;
                break;
            }
        }
        if (day == null) {
            return;
        }
        javafx.geometry.Point2D p = day.sceneToLocal(e.getSceneX(), e.getSceneY());
        java.time.ZonedDateTime at = day.getZonedDateTimeAt(p.getX(), p.getY());
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

    private Node toolbar() {
        Label title = new Label(Messages.get("calendar.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Button add = new Button(Messages.get("calendar.newVisit"), new FontIcon("fth-plus"));
        add.setId("calendar-new-visit");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> newVisit(null));
        Button find = new Button(Messages.get("calendar.findTime"), new FontIcon("fth-search"));
        find.setId("calendar-find-time");
        find.setOnAction(e -> FindTimeDialog.open(ctx, LocalDate.now(ctx.workspace().clock()))
                .ifPresent(v -> afterSave(v)));
        Button export = new Button(Messages.get("calendar.export"), new FontIcon("fth-download"));
        export.setId("calendar-export");
        export.setOnAction(e -> {
            DateRange range = model.visibleRangeProperty().get();
            LocalDate today = LocalDate.now(ctx.workspace().clock());
            org.visitdesk.ui.export.ExportDialog.open(ctx, range == null ? today : range.first(),
                    range == null ? today : range.last());
        });
        Label legend = legend();
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, title, spacer, legend, export, find, add);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 10, 0));
        for (Node n : bar.getChildren()) {
            if (n instanceof Region r && n != spacer) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        return bar;
    }

    private Label legend() {
        Label l = new Label(Messages.get("calendar.legend"));
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }

    private Node conflictsPanel() {
        Label title = new Label(Messages.get("calendar.conflicts"));
        title.getStyleClass().add(Styles.TITLE_4);
        CheckBox errorsOnly = new CheckBox(Messages.get("calendar.errorsOnly"));
        errorsOnly.setId("conflicts-errors-only");
        model.errorsOnlyProperty().bind(errorsOnly.selectedProperty());
        ComboBox<Facility> facility = Pickers.facilityFilter(model.facilities(), "detainees.allFacilities");
        facility.setId("conflicts-facility");
        facility.setMaxWidth(Double.MAX_VALUE);
        model.facilityFilterProperty().bind(facility.valueProperty());
        conflictList.setId("conflict-list");
        conflictList.setPlaceholder(placeholder());
        conflictList.setCellFactory(lv -> new ConflictCell());
        model.shownConflicts().addListener((javafx.collections.ListChangeListener<ConflictNotice>) c -> regroup());
        conflictList.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (item instanceof ConflictNotice n) {
                reveal(n);
            }
        });
        VBox.setVgrow(conflictList, Priority.ALWAYS);
        Label count = new Label();
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            long errors = model.shownConflicts().stream().filter(ConflictNotice::isError).count();
            return Messages.get("calendar.conflictCount", errors, model.shownConflicts().size() - errors);
        }, model.shownConflicts()));
        VBox panel = new VBox(8, title, count, errorsOnly, facility, conflictList);
        panel.setPrefWidth(330);
        panel.setMinWidth(260);
        panel.getStyleClass().add("conflicts-panel");
        return panel;
    }

    private Label placeholder() {
        Label l = new Label(Messages.get("calendar.noConflicts"));
        l.setWrapText(true);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }

    /** Conflicts grouped under a heading for each day. */
    private void regroup() {
        List<Object> items = new java.util.ArrayList<>();
        LocalDate day = null;
        for (ConflictNotice n : model.shownConflicts()) {
            LocalDate d = n.conflict().at().toLocalDate();
            if (!d.equals(day)) {
                items.add(d);
                day = d;
            }
            items.add(n);
        }
        conflictList.getItems().setAll(items);
    }

    /** One row of the conflicts panel: a day heading, or a conflict with its icon and message. */
    private static final class ConflictCell extends ListCell<Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("conflict-day", "conflict-row");
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
            } else if (item instanceof LocalDate d) {
                setText(Dates.showDay(d));
                setGraphic(null);
                getStyleClass().add("conflict-day");
            } else if (item instanceof ConflictNotice n) {
                Label t = new Label(Messages.get(n.title()));
                t.getStyleClass().add(Styles.TEXT_BOLD);
                Label m = new Label(Messages.get(n.message()));
                m.setWrapText(true);
                // a list cell sizes to its text unless told the width it may take
                m.maxWidthProperty().bind(getListView().widthProperty().subtract(60));
                m.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                VBox box = new VBox(2, t, m);
                FontIcon icon = new FontIcon(n.isError() ? "fth-alert-octagon" : "fth-alert-triangle");
                icon.getStyleClass().add(n.isError() ? "conflict-error-icon" : "conflict-warning-icon");
                HBox row = new HBox(8, icon, box);
                setPrefWidth(0);
                setText(null);
                setGraphic(row);
                getStyleClass().add("conflict-row");
            }
        }
    }

    /** Shows the day of a conflict and selects its visits. */
    private void reveal(ConflictNotice n) {
        calendar.setDate(n.conflict().at().toLocalDate());
        calendar.clearSelection();
        for (Long id : n.conflict().visitIds()) {
            Entry<VisitListing> e = model.entryOf(id);
            if (e != null) {
                calendar.select(e);
            }
        }
    }

    private Node details(Entry<?> entry, org.controlsfx.control.PopOver popOver) {
        if (!(entry.getUserObject() instanceof VisitListing l)) {
            Label closed = new Label(entry.getTitle());
            closed.setPadding(new Insets(10));
            return closed;
        }
        Label name = new Label(l.detainee() == null ? "" : l.detainee().fullName() + "  ·  "
                + l.detainee().aNumber().display());
        name.getStyleClass().add(Styles.TITLE_4);
        Label when = new Label(Dates.showDay(l.visit().day()) + "  " + Dates.show(l.visit().start().toLocalTime())
                + "–" + Dates.show(l.visit().end().toLocalTime()) + "  ·  "
                + (l.detainee() == null ? "" : l.detainee().housingUnit()) + "  ·  "
                + Messages.of("status.visit", l.visit().status()));
        VBox box = new VBox(6, name, when);
        Label visitorsTitle = new Label(Messages.get("calendar.visitors"));
        visitorsTitle.getStyleClass().add(Styles.TEXT_BOLD);
        box.getChildren().add(visitorsTitle);
        if (l.visitors().isEmpty()) {
            box.getChildren().add(new Label(Messages.get("calendar.noVisitorYet")));
        }
        for (Visitor v : l.visitors()) {
            box.getChildren().add(new Label("• " + v.fullName() + "  (" + String.join(", ", v.languages()) + ")"));
        }
        List<ConflictNotice> cs = model.conflictsOf(l.visit().id());
        Label conflictsTitle = new Label(cs.isEmpty() ? Messages.get("calendar.noConflictsHere")
                : Messages.get("calendar.conflicts"));
        conflictsTitle.getStyleClass().add(Styles.TEXT_BOLD);
        box.getChildren().add(conflictsTitle);
        for (ConflictNotice n : cs) {
            Label m = new Label(Messages.get(n.message()), new FontIcon(n.isError() ? "fth-alert-octagon" : "fth-alert-triangle"));
            m.getGraphic().getStyleClass().add(n.isError() ? "conflict-error-icon" : "conflict-warning-icon");
            m.setWrapText(true);
            m.setMaxWidth(380);
            box.getChildren().add(m);
        }
        if (!l.visit().overrideReason().isEmpty()) {
            box.getChildren().add(new Label(Messages.get("calendar.overrideReason", l.visit().overrideReason())));
        }
        Button edit = new Button(Messages.get("action.edit"), new FontIcon("fth-edit-2"));
        edit.setId("popover-edit");
        edit.setOnAction(e -> {
            popOver.hide();
            edit(l.visit());
        });
        Button cancel = new Button(Messages.get("calendar.cancelVisit"), new FontIcon("fth-x-circle"));
        cancel.setDisable(!l.visit().status().isActive());
        cancel.setOnAction(e -> {
            popOver.hide();
            confirmCancel(l);
        });
        HBox buttons = new HBox(8, edit, cancel);
        box.getChildren().add(buttons);
        box.setPadding(new Insets(12));
        box.setMaxWidth(420);
        return box;
    }

    private ContextMenu entryMenu(Entry<?> entry) {
        ContextMenu menu = new ContextMenu();
        if (entry.getUserObject() instanceof VisitListing l) {
            MenuItem edit = new MenuItem(Messages.get("action.edit"));
            edit.setOnAction(e -> edit(l.visit()));
            MenuItem cancel = new MenuItem(Messages.get("calendar.cancelVisit"));
            cancel.setDisable(!l.visit().status().isActive());
            cancel.setOnAction(e -> confirmCancel(l));
            menu.getItems().addAll(edit, cancel);
        }
        return menu;
    }

    private void confirmCancel(VisitListing l) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
        ask.initOwner(ctx.stage());
        ask.setHeaderText(Messages.get("calendar.cancelVisit.title", l.detainee() == null ? "" : l.detainee().fullName(),
                Dates.showDay(l.visit().day())));
        ask.setContentText(Messages.get("calendar.cancelVisit.text"));
        ButtonType yes = new ButtonType(Messages.get("calendar.cancelVisit"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(Messages.get("calendar.keepVisit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ask.getButtonTypes().setAll(yes, no);
        if (ask.showAndWait().filter(b -> b == yes).isPresent()) {
            model.cancel(l.visit(), ok -> {
                if (!ok) {
                    Alert a = new Alert(Alert.AlertType.ERROR, Messages.get("error.record.gone"));
                    a.initOwner(ctx.stage());
                    a.show();
                }
            });
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
        VisitDialog.open(ctx, v).ifPresent(this::afterSave);
    }

    private void afterSave(Visit saved) {
        calendar.setDate(saved.day());
        model.reload();
    }

    /** The model, for tests. */
    CalendarViewModel model() {
        return model;
    }

    /** The CalendarFX view, for tests. */
    CalendarView calendarView() {
        return calendar;
    }
}
