package org.visitdesk.ui.visits;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.visitdesk.app.ConflictNotice;
import org.visitdesk.app.SearchQuery;
import org.visitdesk.app.VisitListing;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.DateRange;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.ui.Background;
import org.visitdesk.ui.Failure;

/**
 * The state of the Visits page: the visits of a date range with their conflicts (both read in one background
 * job, so the markers always belong to the list they are shown on), filtered in memory as the coordinator types.
 */
public final class VisitsViewModel {

    private final Workspace workspace;
    private final Background background;
    private final ObservableList<VisitRow> all = FXCollections.observableArrayList();
    private final FilteredList<VisitRow> shown = new FilteredList<>(all);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<VisitStatus> statusFilter = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    /** Counts loads, so that an older answer arriving late never replaces a newer one. */
    private long generation;

    public VisitsViewModel(Workspace workspace, Background background) {
        this.workspace = workspace;
        this.background = background;
        LocalDate today = LocalDate.now(workspace.clock());
        from.set(defaultFrom(today));
        to.set(defaultTo(today));
        search.addListener((o, a, b) -> refilter());
        statusFilter.addListener((o, a, b) -> refilter());
        from.addListener((o, a, b) -> load());
        to.addListener((o, a, b) -> load());
    }

    /** Monday of the week of {@code today}. */
    public static LocalDate defaultFrom(LocalDate today) {
        return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Sunday of the week after that of {@code today}. */
    public static LocalDate defaultTo(LocalDate today) {
        return defaultFrom(today).plusWeeks(1).with(DayOfWeek.SUNDAY);
    }

    /** Reads the visits of the range and their conflicts again; an empty or reversed range shows nothing. */
    public void load() {
        LocalDate a = from.get();
        LocalDate b = to.get();
        long mine = ++generation;
        if (a == null || b == null || b.isBefore(a)) {
            all.clear();
            return;
        }
        loading.set(true);
        background.run(() -> read(a, b), rows -> {
            if (mine != generation) {
                return;
            }
            all.setAll(rows);
            loading.set(false);
        }, e -> {
            if (mine != generation) {
                // an older load failed while a newer one runs: that one will say how it went
                return;
            }
            loading.set(false);
            Failure.show(e);
        });
    }

    private List<VisitRow> read(LocalDate a, LocalDate b) {
        DateRange days = new DateRange(a, b);
        List<VisitListing> visits = workspace.visits().between(days);
        Map<Long, List<ConflictNotice>> byVisit = new HashMap<>();
        for (ConflictNotice n : workspace.schedule().conflictsBetween(days)) {
            for (Long id : n.conflict().visitIds()) {
                List<ConflictNotice> list = byVisit.computeIfAbsent(id, k -> new ArrayList<>());
                if (!list.contains(n)) {
                    list.add(n);
                }
            }
        }
        List<VisitRow> rows = new ArrayList<>(visits.size());
        for (VisitListing l : visits) {
            rows.add(VisitRow.of(l, byVisit.getOrDefault(l.visit().id(), List.of())));
        }
        rows.sort(Comparator.comparing((VisitRow r) -> r.listing().visit().start()).thenComparing(VisitRow::id));
        return rows;
    }

    private void refilter() {
        shown.setPredicate(predicate());
    }

    /** The filter as it stands: search text and status together; null when nothing is filtered. */
    Predicate<VisitRow> predicate() {
        SearchQuery q = SearchQuery.of(search.get());
        VisitStatus st = statusFilter.get();
        if (q.isEmpty() && st == null) {
            return null;
        }
        return r -> (st == null || r.listing().visit().status() == st) && (q.isEmpty() || q.test(r.searchKey()));
    }

    /** Marks a visit cancelled in the background (it stays in the records), then reloads the range. */
    public void cancel(VisitRow row, Runnable done) {
        background.run(() -> workspace.visits().cancel(row.id()), ok -> {
            load();
            done.run();
        });
    }

    /** The row of a visit, if it is in the loaded range. */
    public java.util.Optional<VisitRow> row(long visitId) {
        return all.stream().filter(r -> r.id() == visitId).findFirst();
    }

    public ObservableList<VisitRow> all() {
        return all;
    }

    public FilteredList<VisitRow> shown() {
        return shown;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<VisitStatus> statusFilterProperty() {
        return statusFilter;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public Workspace workspace() {
        return workspace;
    }
}
