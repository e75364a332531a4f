package org.visitdesk.ui.visits;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.visitdesk.app.ConflictNotice;
import org.visitdesk.app.SearchQuery;
import org.visitdesk.app.SeriesService;
import org.visitdesk.app.VisitListing;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.DateRange;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.ui.Background;
import org.visitdesk.ui.RecordList;

/**
 * The state of the Visits page: the visits of a date range with their conflicts (both read in one background
 * job, so the markers always belong to the list they are shown on), filtered in memory as the coordinator types.
 */
public final class VisitsViewModel extends RecordList<VisitRow> {

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<VisitStatus> statusFilter = new SimpleObjectProperty<>();

    public VisitsViewModel(Workspace workspace, Background background) {
        super(workspace, background);
        LocalDate today = LocalDate.now(workspace.clock());
        DateRange shownFirst = defaultRange(today);
        from.set(shownFirst.first());
        to.set(shownFirst.last());
        refilterOn(statusFilter);
        from.addListener((o, a, b) -> load());
        to.addListener((o, a, b) -> load());
    }

    /** This ISO week and the next: what the page shows first. */
    public static DateRange defaultRange(LocalDate today) {
        DateRange week = DateRange.isoWeekOf(today);
        return new DateRange(week.first(), week.last().plusWeeks(1));
    }

    /** Reads the visits of the range and their conflicts again; an empty or reversed range shows nothing. */
    @Override
    public void load() {
        LocalDate a = from.get();
        LocalDate b = to.get();
        if (a == null || b == null || b.isBefore(a)) {
            clear();
            return;
        }
        DateRange days = new DateRange(a, b);
        read(() -> read(days), this::setAll);
    }

    private List<VisitRow> read(DateRange days) {
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

    @Override
    protected Predicate<VisitRow> filter(SearchQuery q) {
        VisitStatus st = statusFilter.get();
        if (q.isEmpty() && st == null) {
            return null;
        }
        return r -> (st == null || r.listing().visit().status() == st) && (q.isEmpty() || q.test(r.searchKey()));
    }

    /** Which series a visit is in and how many visits follow it there (read in the background). */
    public void membership(VisitRow row, Consumer<Optional<SeriesService.Membership>> then) {
        background.run(() -> workspace.series().membership(row.id()), then);
    }

    /** Cancels a visit and the planned visits of its series after it, in the background, then reloads the range. */
    public void cancelFollowing(VisitRow row, Runnable done) {
        background.run(() -> workspace.series().cancelFollowing(row.id()), n -> {
            load();
            done.run();
        });
    }

    /** Marks a visit cancelled in the background (it stays in the records), then reloads the range. */
    public void cancel(VisitRow row, Runnable done) {
        background.run(() -> workspace.visits().cancel(row.id()), ok -> {
            load();
            done.run();
        });
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<VisitStatus> statusFilterProperty() {
        return statusFilter;
    }
}
