package org.visitdesk.ui.calendar;

import com.calendarfx.model.Calendar;
import com.calendarfx.model.CalendarEvent;
import com.calendarfx.model.CalendarSource;
import com.calendarfx.model.Entry;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.visitdesk.app.ConflictNotice;
import org.visitdesk.app.Messages;
import org.visitdesk.app.OtherChange;
import org.visitdesk.app.ScheduleService;
import org.visitdesk.app.SeriesService;
import org.visitdesk.app.VisitChange;
import org.visitdesk.app.VisitListing;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.BlackoutDay;
import org.visitdesk.domain.DateRange;
import org.visitdesk.domain.Facility;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.VisitingWindow;
import org.visitdesk.domain.ClosedHours;
import org.visitdesk.ui.Background;
import org.visitdesk.ui.ChangedMeanwhile;
import org.visitdesk.ui.Failure;

/**
 * The state of the calendar: CalendarFX entries for the visits of the weeks shown so far, their conflicts, and
 * the conflicts of the visible range for the side panel. Weeks load lazily, once, as CalendarFX asks for them.
 */
public final class CalendarViewModel {

    /**
     * How the calendar asks the coordinator about a drag: the page answers with dialogs, a test answers at once.
     * Called on the UI thread.
     */
    public interface MovePrompt {

        /**
         * The move needs a decision (the change says why: the rules that block it, or a time that has passed): a
         * reason to move it anyway, kept on the visit, or empty to keep the old time.
         */
        Optional<String> reasonToMoveAnyway(VisitListing visit, VisitChange change);

        /** The move was saved; it breaks only rules that warn. */
        void movedWithWarnings(VisitListing visit, List<ConflictNotice> warnings);

        /** The move was not saved after all (the visit was changed or removed meanwhile): why. */
        void notMoved(VisitListing visit, VisitChange change);

        /**
         * Someone else saved the visit after the calendar showed it, so it did not move (the change says who and
         * when): reload (the calendar shows it as saved now) or overwrite (move it over that change); empty is
         * reload too. Without an answer of its own, the calendar reloads.
         */
        default Optional<ChangedMeanwhile.Choice> changedMeanwhile(VisitListing visit, VisitChange change) {
            return Optional.empty();
        }

        /** The move was saved and breaks no rule that warns (with warnings: {@link #movedWithWarnings}). */
        default void moved(VisitListing visit, VisitChange change) {
        }

        /**
         * The visit dragged is one of a series that has {@code following} planned visits after it: move it alone,
         * or them too; empty to keep the old time. Without an answer of its own, only the visit moves.
         */
        default Optional<Scope> scopeOfMove(VisitListing visit, int following) {
            return Optional.of(Scope.ONLY_THIS);
        }
    }

    /** Which visits of a series a move or a cancel takes: the one in hand, or it and those after it. */
    public enum Scope {
        ONLY_THIS, THIS_AND_FOLLOWING
    }

    private final Workspace workspace;
    private final Background background;
    private final CalendarSource source = new CalendarSource("VisitDesk");
    private final Map<VisitStatus, Calendar<VisitListing>> byStatus = new EnumMap<>(VisitStatus.class);
    private final Calendar<BlackoutDay> closed = new Calendar<>();
    private final Map<Long, Entry<VisitListing>> entries = new HashMap<>();
    private final Map<Long, Entry<BlackoutDay>> closedEntries = new HashMap<>();
    private final Map<Long, List<ConflictNotice>> conflictsByVisit = new HashMap<>();
    private final Map<Long, LocalDate> visitDays = new HashMap<>();
    private final Map<String, ConflictNotice> allConflicts = new LinkedHashMap<>();
    private final Set<LocalDate> loadedWeeks = new HashSet<>();
    private final ObservableList<DayConflict> shownConflicts = FXCollections.observableArrayList();
    private final ObservableList<DayConflict> shownConflictsReadOnly =
            FXCollections.unmodifiableObservableList(shownConflicts);
    private final ObservableList<Facility> facilities = FXCollections.observableArrayList();
    private final ObservableList<Facility> facilitiesReadOnly = FXCollections.unmodifiableObservableList(facilities);
    private final List<VisitingWindow> windows = new ArrayList<>();
    private final ObjectProperty<VisitListing> focus = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ShadedHours> shading = new ReadOnlyObjectWrapper<>(ShadedHours.NONE);
    private final ObjectProperty<DateRange> visibleRange = new SimpleObjectProperty<>();
    private final BooleanProperty errorsOnly = new SimpleBooleanProperty(false);
    private final ObjectProperty<Facility> facilityFilter = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper loadsDone = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyObjectWrapper<VisitChange> lastMove = new ReadOnlyObjectWrapper<>();
    private final MovePrompt prompt;
    private final List<DateRange> reads = new ArrayList<>();
    private int generation;
    private boolean updating;

    public CalendarViewModel(Workspace workspace, Background background, MovePrompt prompt) {
        this.workspace = workspace;
        this.background = background;
        this.prompt = prompt;
        for (VisitStatus s : VisitStatus.values()) {
            Calendar<VisitListing> c = new Calendar<>(Messages.of("status.visit", s));
            c.setStyle(styleOf(s));
            // cancelled, denied and no-show visits are history: they cannot be dragged
            c.setReadOnly(!s.isActive());
            c.addEventHandler(evt -> {
                if (evt.getEventType() == CalendarEvent.ENTRY_INTERVAL_CHANGED) {
                    intervalChanged(evt);
                }
            });
            byStatus.put(s, c);
            source.getCalendars().add(c);
        }
        closed.setName(Messages.get("calendar.closed"));
        closed.setStyle(Calendar.Style.STYLE5);
        closed.setReadOnly(true);
        source.getCalendars().add(closed);
        visibleRange.addListener((o, a, b) -> refreshShownConflicts());
        errorsOnly.addListener((o, a, b) -> refreshShownConflicts());
        facilityFilter.addListener((o, a, b) -> refreshShownConflicts());
        facilityFilter.addListener((o, a, b) -> refreshShading());
        focus.addListener((o, a, b) -> refreshShading());
    }

    private static Calendar.Style styleOf(VisitStatus s) {
        return switch (s) {
            case REQUESTED -> Calendar.Style.STYLE3;
            case SCHEDULED -> Calendar.Style.STYLE2;
            case CONFIRMED -> Calendar.Style.STYLE1;
            case COMPLETED -> Calendar.Style.STYLE7;
            case CANCELLED, DENIED, NO_SHOW -> Calendar.Style.STYLE4;
        };
    }

    /** The calendars to show in CalendarFX. */
    public CalendarSource source() {
        return source;
    }

    /** CalendarFX asks for the days [start, end]: load the ISO weeks among them not loaded yet. */
    public void ensureLoaded(LocalDate start, LocalDate end) {
        LocalDate first = DateRange.mondayOf(start);
        LocalDate last = DateRange.mondayOf(end);
        LocalDate from = null;
        LocalDate to = null;
        for (LocalDate w = first; !w.isAfter(last); w = w.plusWeeks(1)) {
            if (loadedWeeks.add(w)) {
                from = from == null ? w : from;
                to = w.plusDays(6);
            }
        }
        if (from == null) {
            return;
        }
        int gen = generation;
        LocalDate a = from;
        LocalDate b = to;
        loading.set(true);
        background.run(() -> readWeeks(a, b), l -> {
            loading.set(false);
            if (gen == generation) {
                show(l);
            }
            loadsDone.set(loadsDone.get() + 1);
        }, e -> {
            loading.set(false);
            for (LocalDate w = a; !w.isAfter(b); w = w.plusWeeks(1)) {
                loadedWeeks.remove(w);
            }
            loadsDone.set(loadsDone.get() + 1);
            Failure.show(e);
        });
    }

    private record Loaded(ScheduleService.Agenda agenda, List<Facility> facilities, List<VisitingWindow> windows) {
    }

    /** The visits, conflicts and closed days of [a, b] with the facilities and their windows (in the background). */
    private Loaded readWeeks(LocalDate a, LocalDate b) {
        List<Facility> all = workspace.facilities().listAll();
        List<VisitingWindow> open = new ArrayList<>();
        all.forEach(f -> open.addAll(workspace.facilities().rules(f.id()).windows()));
        return new Loaded(readAgenda(new DateRange(a, b)), all, open);
    }

    private void show(Loaded l) {
        apply(l.agenda());
        facilities.setAll(l.facilities());
        windows.clear();
        windows.addAll(l.windows());
        refreshShading();
    }

    /**
     * Reads the visible weeks again after another coordinator's save. What shows stays until the answer is in,
     * then is replaced at once (no blank calendar meanwhile); other weeks loaded before are read again when they
     * show. {@code then} runs on the UI thread once the new entries are in.
     */
    public void refresh(Runnable then) {
        DateRange r = visibleRange.get();
        if (r == null) {
            return;
        }
        int gen = ++generation;
        LocalDate a = DateRange.mondayOf(r.first());
        LocalDate b = DateRange.mondayOf(r.last()).plusDays(6);
        loading.set(true);
        background.run(() -> readWeeks(a, b), l -> {
            loading.set(false);
            if (gen != generation) {
                return;
            }
            forget();
            for (LocalDate w = a; !w.isAfter(b); w = w.plusWeeks(1)) {
                loadedWeeks.add(w);
            }
            show(l);
            // the coordinator may have gone to other days while the answer was on its way
            DateRange now = visibleRange.get();
            if (now != null) {
                ensureLoaded(now.first(), now.last());
            }
            refreshShownConflicts();
            then.run();
        }, e -> {
            loading.set(false);
            Failure.show(e);
        });
    }

    /**
     * A conflict as the panel lists it: under the day of a visit it marks (a conflict that marks visits on two
     * days is listed under both), with those of its visits that are on that day.
     */
    public record DayConflict(LocalDate day, ConflictNotice notice, List<Long> visitIds) {
        public DayConflict {
            visitIds = List.copyOf(visitIds);
        }
    }

    /** Forgets everything loaded and loads the visible range again (after a save elsewhere). */
    public void reload() {
        generation++;
        forget();
        DateRange r = visibleRange.get();
        if (r != null) {
            ensureLoaded(r.first(), r.last());
        }
        refreshShownConflicts();
    }

    /** Takes every entry and conflict away and forgets which weeks were loaded. */
    private void forget() {
        loadedWeeks.clear();
        updating = true;
        try {
            for (Calendar<VisitListing> c : byStatus.values()) {
                c.clear();
            }
            closed.clear();
        } finally {
            updating = false;
        }
        entries.clear();
        closedEntries.clear();
        conflictsByVisit.clear();
        visitDays.clear();
        allConflicts.clear();
    }

    void apply(ScheduleService.Agenda agenda) {
        updating = true;
        byStatus.values().forEach(Calendar::startBatchUpdates);
        closed.startBatchUpdates();
        try {
            for (VisitListing l : agenda.visits()) {
                List<ConflictNotice> cs = agenda.conflictsOf(l.visit().id());
                conflictsByVisit.put(l.visit().id(), cs);
                visitDays.put(l.visit().id(), l.visit().day());
                Entry<VisitListing> old = entries.remove(l.visit().id());
                if (old != null) {
                    old.removeFromCalendar();
                }
                Entry<VisitListing> e = entryOf(l, cs);
                byStatus.get(l.visit().status()).addEntry(e);
                entries.put(l.visit().id(), e);
            }
            for (BlackoutDay b : agenda.blackouts()) {
                if (!closedEntries.containsKey(b.id())) {
                    Entry<BlackoutDay> e = new Entry<>(Messages.get("calendar.closedEntry",
                            b.reason().isEmpty() ? Messages.get("calendar.closed") : b.reason()));
                    e.setInterval(b.from(), b.to());
                    e.setFullDay(true);
                    e.setUserObject(b);
                    e.getStyleClass().add("closed-day");
                    closed.addEntry(e);
                    closedEntries.put(b.id(), e);
                }
            }
            for (ConflictNotice c : agenda.conflicts()) {
                allConflicts.put(key(c), c);
            }
        } finally {
            byStatus.values().forEach(Calendar::stopBatchUpdates);
            closed.stopBatchUpdates();
            updating = false;
        }
        refreshShownConflicts();
        refreshShading();
    }

    private static String key(ConflictNotice c) {
        return c.conflict().code() + "|" + c.conflict().visitIds() + "|" + c.conflict().visitorId() + "|"
                + c.conflict().at();
    }

    /** A CalendarFX entry for a visit: name and unit, marked by its worst conflict. */
    static Entry<VisitListing> entryOf(VisitListing l, List<ConflictNotice> conflicts) {
        boolean error = conflicts.stream().anyMatch(ConflictNotice::isError);
        boolean warning = !error && !conflicts.isEmpty();
        String name = l.detainee() == null ? "?" : l.detainee().fullName();
        // the mark is in the title too, so it shows even where CalendarFX draws no border (month view)
        String mark = error ? "\u2716 " : warning ? "\u26A0 " : "";
        Entry<VisitListing> e = new Entry<>(mark + name);
        e.setLocation(l.detainee() == null ? "" : l.detainee().housingUnit());
        e.setInterval(l.visit().start(), l.visit().end());
        e.setUserObject(l);
        e.setId(Long.toString(l.visit().id()));
        if (error) {
            e.getStyleClass().add("visit-error");
        } else if (warning) {
            e.getStyleClass().add("visit-warning");
        }
        if (!l.visit().status().isActive()) {
            e.getStyleClass().add("visit-inactive");
        } else if (l.visit().status() == VisitStatus.COMPLETED) {
            e.getStyleClass().add("visit-completed");
        }
        return e;
    }

    @SuppressWarnings("unchecked")
    private void intervalChanged(CalendarEvent evt) {
        if (updating || evt.getOldInterval() == null || !(evt.getEntry().getUserObject() instanceof VisitListing l)) {
            return;
        }
        Entry<VisitListing> e = (Entry<VisitListing>) evt.getEntry();
        LocalDateTime start = e.getStartAsLocalDateTime();
        LocalDateTime end = e.getEndAsLocalDateTime();
        if (start.equals(l.visit().start()) && end.equals(l.visit().end())) {
            return;
        }
        askScopeThenMove(e, l, start, end);
    }

    /**
     * A visit of a series with visits after it: the prompt says whether they move too (by the same shift, with the
     * new length); any other visit moves alone.
     */
    private void askScopeThenMove(Entry<VisitListing> e, VisitListing l, LocalDateTime start, LocalDateTime end) {
        background.run(() -> workspace.series().membership(l.visit().id()), m -> {
            if (m.isPresent() && m.get().hasFollowing()) {
                Optional<Scope> scope = prompt.scopeOfMove(l, m.get().fromThisOn() - 1);
                if (scope.isEmpty()) {
                    putBack(e, l);
                    reload();
                    return;
                }
                if (scope.get() == Scope.THIS_AND_FOLLOWING) {
                    moveFollowing(e, l, start, end, "", new Over(l.visit().version(), null));
                    return;
                }
            }
            move(e, l, start, end, "", new Over(l.visit().version(), null));
        }, failure -> {
            putBack(e, l);
            reload();
            Failure.show(failure);
        });
    }

    /**
     * The version of the visit a move goes at (the one the calendar showed, or the one saved now when moving over
     * another's change), and that change (null when none).
     */
    private record Over(int version, OtherChange change) {
    }

    /** "This and the following" of a series moved: all through the rules in one go, all or none. */
    private void moveFollowing(Entry<VisitListing> e, VisitListing l, LocalDateTime start, LocalDateTime end,
            String reason, Over over) {
        long id = l.visit().id();
        background.run(() -> workspace.series().moveFollowing(id, over.version(), start, end, reason, over.change()),
                change -> {
            VisitChange whole = change.asOne();
            if (change.kind() == VisitChange.Kind.NEEDS_DECISION) {
                Optional<String> anyway = prompt.reasonToMoveAnyway(l, whole);
                if (anyway.isPresent() && !anyway.get().isBlank()) {
                    moveFollowing(e, l, start, end, anyway.get(), over);
                    return;
                }
            }
            if (change.kind() == VisitChange.Kind.CHANGED_MEANWHILE) {
                if (changedMeanwhile(e, l, whole)) {
                    moveFollowing(e, l, start, end, reason, new Over(whole.before().version(), whole.otherChange()));
                }
                return;
            }
            moved(e, l, whole, true);
        }, failure -> {
            putBack(e, l);
            reload();
            Failure.show(failure);
        });
    }


    /**
     * A visit was dragged to [start, end): the move use case checks and saves it in one go; when it breaks a rule
     * that blocks, the prompt decides between the old time (nothing saved) and a reason to move anyway.
     */
    private void move(Entry<VisitListing> e, VisitListing l, LocalDateTime start, LocalDateTime end, String reason,
            Over over) {
        long id = l.visit().id();
        background.run(() -> workspace.schedule().move(id, over.version(), start, end, reason, over.change()),
                change -> {
            if (change.kind() == VisitChange.Kind.NEEDS_DECISION) {
                Optional<String> anyway = prompt.reasonToMoveAnyway(l, change);
                if (anyway.isPresent() && !anyway.get().isBlank()) {
                    move(e, l, start, end, anyway.get(), over);
                    return;
                }
            }
            if (change.kind() == VisitChange.Kind.CHANGED_MEANWHILE) {
                if (changedMeanwhile(e, l, change)) {
                    move(e, l, start, end, reason, new Over(change.before().version(), change.otherChange()));
                }
                return;
            }
            moved(e, l, change, false);
        }, failure -> {
            putBack(e, l);
            reload();
            Failure.show(failure);
        });
    }

    /**
     * Someone else saved the dragged visit after the calendar showed it: it goes back where it is saved now, and the
     * prompt says who and when. True when the coordinator moves it over that change.
     */
    private boolean changedMeanwhile(Entry<VisitListing> e, VisitListing l, VisitChange change) {
        lastMove.set(change);
        putBack(e, l);
        reload();
        return prompt.changedMeanwhile(l, change).filter(c -> c == ChangedMeanwhile.Choice.OVERWRITE).isPresent();
    }

    /**
     * A move is decided: the weeks it touched are read again and only the entries and conflicts that changed there
     * are redrawn; a series, whose visits spread over weeks the change does not name, is read again whole.
     */
    private void moved(Entry<VisitListing> e, VisitListing l, VisitChange change, boolean series) {
        lastMove.set(change);
        if (!change.isSaved()) {
            putBack(e, l);
        }
        if (series) {
            reload();
        } else if (change.isSaved()) {
            patch(touchedWeeks(change));
        } else if (change.kind() == VisitChange.Kind.REFUSED) {
            // the visit changed or went meanwhile: show its week as the store has it
            patch(Set.of(DateRange.mondayOf(l.visit().day())));
        }
        if (change.kind() == VisitChange.Kind.REFUSED) {
            prompt.notMoved(l, change);
        } else if (change.kind() == VisitChange.Kind.SAVED_WITH_WARNINGS) {
            prompt.movedWithWarnings(l, change.conflicts());
        } else if (change.isSaved()) {
            prompt.moved(l, change);
        }
    }

    /**
     * The loaded weeks a saved change touched: those of the visit before and after, and of every visit whose
     * conflicts it may have changed.
     */
    private Set<LocalDate> touchedWeeks(VisitChange change) {
        Set<LocalDate> weeks = new TreeSet<>();
        for (Visit v : Arrays.asList(change.before(), change.saved())) {
            if (v != null && v.start() != null) {
                weeks.add(DateRange.mondayOf(v.day()));
            }
        }
        for (Long id : change.affected()) {
            LocalDate day = visitDays.get(id);
            if (day != null) {
                weeks.add(DateRange.mondayOf(day));
            }
        }
        weeks.retainAll(loadedWeeks);
        return weeks;
    }

    /**
     * Reads the given loaded weeks again (each run of consecutive weeks in one read) and redraws there only the
     * entries whose visit or conflicts changed, removing those that left; the rest of the calendar stays as drawn.
     */
    private void patch(Set<LocalDate> weeks) {
        if (weeks.isEmpty()) {
            return;
        }
        List<DateRange> runs = new ArrayList<>();
        LocalDate from = null;
        LocalDate to = null;
        for (LocalDate w : new TreeSet<>(weeks)) {
            if (from != null && !w.equals(to.plusDays(1))) {
                runs.add(new DateRange(from, to));
                from = null;
            }
            from = from == null ? w : from;
            to = w.plusDays(6);
        }
        runs.add(new DateRange(from, to));
        int gen = generation;
        background.run(() -> {
            List<ScheduleService.Agenda> read = new ArrayList<>();
            for (DateRange r : runs) {
                read.add(readAgenda(r));
            }
            return read;
        }, read -> {
            if (gen == generation) {
                read.forEach(this::replaceWeeks);
            }
        }, Failure::show);
    }

    /** Puts the agenda of some whole weeks in place of what was shown for them, redrawing only what changed. */
    private void replaceWeeks(ScheduleService.Agenda agenda) {
        DateRange days = agenda.days();
        Set<Long> shown = new HashSet<>();
        agenda.visits().forEach(l -> shown.add(l.visit().id()));
        Set<Long> were = new HashSet<>();
        visitDays.forEach((id, day) -> {
            if (days.contains(day)) {
                were.add(id);
            }
        });
        updating = true;
        byStatus.values().forEach(Calendar::startBatchUpdates);
        try {
            for (Long id : were) {
                if (!shown.contains(id)) {
                    Entry<VisitListing> old = entries.remove(id);
                    if (old != null) {
                        old.removeFromCalendar();
                    }
                    conflictsByVisit.remove(id);
                    visitDays.remove(id);
                }
            }
            allConflicts.values().removeIf(c -> c.conflict().visitIds().stream()
                    .anyMatch(id -> were.contains(id) || shown.contains(id)));
            for (VisitListing l : agenda.visits()) {
                long id = l.visit().id();
                List<ConflictNotice> cs = agenda.conflictsOf(id);
                Entry<VisitListing> old = entries.get(id);
                boolean same = old != null && l.equals(old.getUserObject()) && cs.equals(conflictsByVisit.get(id))
                        && old.getStartAsLocalDateTime().equals(l.visit().start())
                        && old.getEndAsLocalDateTime().equals(l.visit().end());
                conflictsByVisit.put(id, cs);
                visitDays.put(id, l.visit().day());
                if (same) {
                    continue;
                }
                if (old != null) {
                    old.removeFromCalendar();
                }
                Entry<VisitListing> e = entryOf(l, cs);
                byStatus.get(l.visit().status()).addEntry(e);
                entries.put(id, e);
            }
            for (ConflictNotice c : agenda.conflicts()) {
                allConflicts.put(key(c), c);
            }
        } finally {
            byStatus.values().forEach(Calendar::stopBatchUpdates);
            updating = false;
        }
        refreshShownConflicts();
    }

    /** One read of the store for some days, counted so that a test can tell what a change made the calendar read. */
    private ScheduleService.Agenda readAgenda(DateRange days) {
        synchronized (reads) {
            reads.add(days);
        }
        return workspace.schedule().agenda(days);
    }

    /** The ranges of days read from the store so far, in order (for tests). */
    List<DateRange> reads() {
        synchronized (reads) {
            return List.copyOf(reads);
        }
    }

    /** Puts a dragged visit back where the store has it. */
    private void putBack(Entry<VisitListing> e, VisitListing l) {
        updating = true;
        try {
            e.setInterval(l.visit().start(), l.visit().end());
        } finally {
            updating = false;
        }
    }

    /** Which series a visit is in and how many visits follow it there (read in the background). */
    public void membership(Visit v, Consumer<Optional<SeriesService.Membership>> then) {
        background.run(() -> workspace.series().membership(v.id()), then);
    }

    /** Cancels a visit and the planned visits of its series after it (they stay in the records), then reloads. */
    public void cancelFollowing(Visit v, Consumer<Integer> then) {
        background.run(() -> workspace.series().cancelFollowing(v.id()), n -> {
            reload();
            then.accept(n);
        });
    }

    /** Cancels a visit (it stays in the records), then reloads. */
    public void cancel(Visit v, Consumer<Boolean> then) {
        background.run(() -> workspace.visits().cancel(v.id()), ok -> {
            reload();
            then.accept(ok);
        });
    }

    /**
     * The panel's list: every conflict of the loaded weeks that marks a visit in the visible days, under the day
     * of each such visit, filtered, by day and time. It is made from the same notices as the entries' marks, so
     * the two agree.
     */
    private void refreshShownConflicts() {
        DateRange r = visibleRange.get();
        List<DayConflict> out = new ArrayList<>();
        if (r != null) {
            Facility f = facilityFilter.get();
            for (ConflictNotice c : allConflicts.values()) {
                if ((errorsOnly.get() && !c.isError()) || (f != null && c.conflict().facilityId() != f.id())) {
                    continue;
                }
                Map<LocalDate, List<Long>> byDay = new TreeMap<>();
                for (Long id : c.marked()) {
                    LocalDate day = visitDays.get(id);
                    if (day != null && r.contains(day)) {
                        byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(id);
                    }
                }
                byDay.forEach((day, ids) -> out.add(new DayConflict(day, c, ids)));
            }
        }
        out.sort(Comparator.comparing(DayConflict::day).thenComparing(d -> d.notice().conflict().at())
                .thenComparing(d -> d.notice().conflict().code()));
        shownConflicts.setAll(out);
    }

    /**
     * The shading: the windows of the facility filtered on (or of all), or, while a visit is chosen or dragged,
     * those of its person's unit at its facility; closed days offer none.
     */
    private void refreshShading() {
        VisitListing l = focus.get();
        Facility f = facilityFilter.get();
        ClosedHours.Scope scope;
        String unit = null;
        if (l != null && l.detainee() != null) {
            unit = l.detainee().housingUnit();
            scope = new ClosedHours.Scope(l.visit().facilityId(), unit);
        } else {
            scope = new ClosedHours.Scope(f == null ? null : f.id(), null);
        }
        List<BlackoutDay> closedDays = closedEntries.values().stream().map(Entry::getUserObject).toList();
        shading.set(new ShadedHours(windows, closedDays, scope, unit));
    }

    /** The entry of a visit, if its week is loaded. */
    public Entry<VisitListing> entryOf(long visitId) {
        return entries.get(visitId);
    }

    /** The conflicts of one visit (as last loaded). */
    public List<ConflictNotice> conflictsOf(long visitId) {
        return conflictsByVisit.getOrDefault(visitId, List.of());
    }

    /** The conflicts of the visible days, filtered, each under the days of the visits it marks, in time order. */
    public ObservableList<DayConflict> shownConflicts() {
        return shownConflictsReadOnly;
    }

    /** The facilities, for the filter. */
    public ObservableList<Facility> facilities() {
        return facilitiesReadOnly;
    }

    /** The days the calendar shows now. */
    public ObjectProperty<DateRange> visibleRangeProperty() {
        return visibleRange;
    }

    /** The visit whose person's unit's visiting hours are shown (chosen or dragged), or null for every unit. */
    public ObjectProperty<VisitListing> focusProperty() {
        return focus;
    }

    /** What is shaded behind the visits. */
    ReadOnlyObjectProperty<ShadedHours> shadingProperty() {
        return shading.getReadOnlyProperty();
    }

    /** The shaded stretches of a day, as the calendar draws them. */
    public List<ClosedHours.Span> closedOn(LocalDate day) {
        return shading.get().closedOn(day);
    }

    public BooleanProperty errorsOnlyProperty() {
        return errorsOnly;
    }

    public ObjectProperty<Facility> facilityFilterProperty() {
        return facilityFilter;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** How many loads of weeks have ended (drawn, or failed and said so): the first tells the week is usable. */
    public ReadOnlyIntegerProperty loadsDoneProperty() {
        return loadsDone.getReadOnlyProperty();
    }

    /** What the last drag did, once it is decided and saved (or not). */
    public ReadOnlyObjectProperty<VisitChange> lastMoveProperty() {
        return lastMove.getReadOnlyProperty();
    }

    public Workspace workspace() {
        return workspace;
    }
}
