package org.visitdesk.app;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.visitdesk.domain.DateRange;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Facility;
import org.visitdesk.domain.FieldError;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.Visitor;
import org.visitdesk.scheduling.ScheduleContext;
import org.visitdesk.storage.Transactions;
import org.visitdesk.storage.UnitOfWork;
import org.visitdesk.storage.VisitDao;

/**
 * Visits as records: list a range, read one, cancel. Planning, editing and moving a visit go through the rules:
 * {@link ScheduleService#plan} and {@link ScheduleService#move}.
 */
public final class VisitService {

    private final Transactions records;
    private final HistoryLog history;

    VisitService(Transactions records, HistoryLog history) {
        this.records = records;
        this.history = history;
    }

    /** Visits that overlap the days, with their people, by start time. */
    public List<VisitListing> between(DateRange days) {
        return records.read(u -> listings(u, u.visits().between(days.start(), days.end())));
    }

    /** One visit with its people. */
    public Optional<VisitListing> listing(long visitId) {
        return records.read(u -> u.visits().byId(visitId).map(v -> listings(u, List.of(v)).get(0)));
    }

    /** One visit. */
    public Optional<Visit> byId(long visitId) {
        return records.read(u -> u.visits().byId(visitId));
    }

    /** How many visits there are in all. */
    public long count() {
        return records.read(u -> u.visits().count());
    }

    /** Listings from people already loaded for a conflict check. */
    static List<VisitListing> listings(List<Visit> visits, ScheduleContext ctx) {
        List<VisitListing> out = new ArrayList<>(visits.size());
        for (Visit v : visits) {
            List<Visitor> vs = new ArrayList<>();
            for (Long id : v.visitorIds()) {
                Visitor visitor = ctx.visitor(id);
                if (visitor != null) {
                    vs.add(visitor);
                }
            }
            out.add(new VisitListing(v, ctx.detainee(v.detaineeId()), vs, ctx.facility(v.facilityId())));
        }
        return out;
    }

    static List<VisitListing> listings(UnitOfWork u, List<Visit> visits) {
        Set<Long> detaineeIds = new LinkedHashSet<>();
        Set<Long> visitorIds = new LinkedHashSet<>();
        for (Visit v : visits) {
            detaineeIds.add(v.detaineeId());
            visitorIds.addAll(v.visitorIds());
        }
        List<Detainee> detainees = detaineeIds.isEmpty() ? List.of()
                : u.detainees().byIds(new ArrayList<>(detaineeIds));
        List<Visitor> visitors = visitorIds.isEmpty() ? List.of() : u.visitors().byIds(new ArrayList<>(visitorIds));
        List<Facility> facilities = u.facilities().all();
        return listings(visits, ScheduleContext.of(facilities, List.of(), List.of(), detainees, visitors));
    }

    /**
     * Saves a visit as given, inside the caller's unit of work: checks only that it is whole and that what it
     * points to exists; the rules are the caller's ({@link ScheduleService#plan}). The reason goes into its
     * history. An edited visit is saved only at the version it was opened with (the caller checked that).
     *
     * @param overwriting the other coordinator's change this save goes over on purpose, for the history; or null
     */
    SaveResult<Visit> saveIn(UnitOfWork u, Visit visit, String historyReason, OtherChange overwriting) {
        List<FieldError> errors = new ArrayList<>(visit.problems());
        if (!errors.isEmpty()) {
            return SaveResult.failed(errors);
        }
        if (u.detainees().byId(visit.detaineeId()).isEmpty()) {
            return SaveResult.failed(List.of(new FieldError("detainee", "error.record.gone")));
        }
        if (u.facilities().byId(visit.facilityId()).isEmpty()) {
            return SaveResult.failed(List.of(new FieldError("facility", "error.record.gone")));
        }
        if (!visit.visitorIds().isEmpty()
                && u.visitors().byIds(visit.visitorIds()).size() != Set.copyOf(visit.visitorIds()).size()) {
            return SaveResult.failed(List.of(new FieldError("visitors", "error.record.gone")));
        }
        VisitDao dao = u.visits();
        ChangeDiff.Names names = HistoryLog.names(u);
        if (visit.id() == 0) {
            Visit saved = dao.insert(visit);
            history.write(u, RecordType.VISIT, saved.id(), null, saved, ChangeDiff.of(null, saved, names),
                    historyReason);
            return SaveResult.ok(saved);
        }
        Optional<Visit> before = dao.byId(visit.id());
        if (before.isEmpty() || before.get().detaineeId() == 0) {
            return SaveResult.failed(List.of(new FieldError("", "error.record.gone")));
        }
        if (!dao.update(visit)) {
            return SaveResult.changedMeanwhile(before.get(), HistoryLog.lastChange(u, RecordType.VISIT, visit.id()));
        }
        history.write(u, RecordType.VISIT, visit.id(), before.get(), visit,
                ChangeDiff.of(before.get(), visit, names), historyReason, overwriting);
        return SaveResult.ok(visit.withVersion(visit.version() + 1));
    }

    /** Someone else's change when a visit is no longer at the version it was opened with; null when it is. */
    static OtherChange changeSince(UnitOfWork u, Visit now, int openedAt) {
        return now.version() == openedAt ? null : HistoryLog.lastChange(u, RecordType.VISIT, now.id());
    }

    /** Marks a visit cancelled; it stays in the records. */
    public boolean cancel(long visitId) {
        return records.write(u -> cancelIn(u, visitId));
    }

    /** {@link #cancel} inside the caller's unit of work. */
    boolean cancelIn(UnitOfWork u, long visitId) {
        VisitDao dao = u.visits();
        Optional<Visit> v = dao.byId(visitId);
        // an anonymous visit (its person removed by clean-up) is only a count: it is not edited any more
        if (v.isEmpty() || v.get().detaineeId() == 0) {
            return false;
        }
        Visit after = v.get().withStatus(VisitStatus.CANCELLED);
        if (!dao.update(after)) {
            return false;
        }
        history.write(u, RecordType.VISIT, visitId, v.get(), after,
                ChangeDiff.of(v.get(), after, HistoryLog.names(u)), "");
        return true;
    }

    /**
     * Ticks a planned visit confirmed (the visitors said they go: the day-before call), or takes the tick back
     * (scheduled again). A visit cancelled, done or not planned any more is left as it is: false.
     */
    public boolean setConfirmed(long visitId, boolean confirmed) {
        return records.write(u -> {
            VisitDao dao = u.visits();
            Optional<Visit> v = dao.byId(visitId);
            if (v.isEmpty() || v.get().detaineeId() == 0 || !v.get().status().isPlanned()) {
                return false;
            }
            VisitStatus now = confirmed ? VisitStatus.CONFIRMED
                    : v.get().status() == VisitStatus.CONFIRMED ? VisitStatus.SCHEDULED : v.get().status();
            if (now == v.get().status()) {
                return true;
            }
            Visit after = v.get().withStatus(now);
            if (!dao.update(after)) {
                return false;
            }
            history.write(u, RecordType.VISIT, visitId, v.get(), after,
                    ChangeDiff.of(v.get(), after, HistoryLog.names(u)), "");
            return true;
        });
    }

    /** The visits of one person that start in [from, to). */
    public List<Visit> ofDetainee(long detaineeId, LocalDateTime from, LocalDateTime to) {
        return records.read(u -> u.visits().ofDetainee(detaineeId, from, to));
    }
}
