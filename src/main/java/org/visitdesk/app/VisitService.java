package org.visitdesk.app;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Facility;
import org.visitdesk.domain.FieldError;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.Visitor;
import org.visitdesk.storage.DetaineeDao;
import org.visitdesk.storage.FacilityDao;
import org.visitdesk.storage.Store;
import org.visitdesk.storage.VisitDao;
import org.visitdesk.storage.VisitorDao;

/** Planning visits: list a range, save with validation, cancel. */
public final class VisitService {

    private final Store store;
    private final HistoryLog history;

    VisitService(Store store, HistoryLog history) {
        this.store = store;
        this.history = history;
    }

    /** Visits that overlap the days [from, to] (both included), with their people, by start time. */
    public List<VisitListing> between(LocalDate from, LocalDate to) {
        return store.read(h -> listings(h, h.attach(VisitDao.class).between(from.atStartOfDay(),
                to.plusDays(1).atStartOfDay())));
    }

    /** One visit with its people. */
    public Optional<VisitListing> listing(long visitId) {
        return store.read(h -> h.attach(VisitDao.class).byId(visitId).map(v -> listings(h, List.of(v)).get(0)));
    }

    /** One visit. */
    public Optional<Visit> byId(long visitId) {
        return store.dao(VisitDao.class).byId(visitId);
    }

    /** How many visits there are in all. */
    public long count() {
        return store.dao(VisitDao.class).count();
    }

    /** Listings from people already loaded for a conflict check. */
    static List<VisitListing> listings(List<Visit> visits, org.visitdesk.scheduling.ScheduleContext ctx) {
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

    static List<VisitListing> listings(Handle h, List<Visit> visits) {
        Set<Long> detaineeIds = new LinkedHashSet<>();
        Set<Long> visitorIds = new LinkedHashSet<>();
        for (Visit v : visits) {
            detaineeIds.add(v.detaineeId());
            visitorIds.addAll(v.visitorIds());
        }
        Map<Long, Detainee> detainees = new HashMap<>();
        if (!detaineeIds.isEmpty()) {
            for (Detainee d : h.attach(DetaineeDao.class).byIds(new ArrayList<>(detaineeIds))) {
                detainees.put(d.id(), d);
            }
        }
        Map<Long, Visitor> visitors = new HashMap<>();
        if (!visitorIds.isEmpty()) {
            for (Visitor v : h.attach(VisitorDao.class).byIds(new ArrayList<>(visitorIds))) {
                visitors.put(v.id(), v);
            }
        }
        Map<Long, Facility> facilities = new HashMap<>();
        for (Facility f : h.attach(FacilityDao.class).all()) {
            facilities.put(f.id(), f);
        }
        List<VisitListing> out = new ArrayList<>(visits.size());
        for (Visit v : visits) {
            List<Visitor> vs = new ArrayList<>();
            for (Long id : v.visitorIds()) {
                Visitor visitor = visitors.get(id);
                if (visitor != null) {
                    vs.add(visitor);
                }
            }
            out.add(new VisitListing(v, detainees.get(v.detaineeId()), vs, facilities.get(v.facilityId())));
        }
        return out;
    }

    /** Validates and saves a visit (new when id is 0); nothing is saved when any field is wrong. */
    public SaveResult<Visit> save(Visit visit) {
        return save(visit, "");
    }

    /** Saves as {@link #save(Visit)}; the reason (for a visit saved despite a conflict) goes into its history. */
    SaveResult<Visit> save(Visit visit, String historyReason) {
        List<FieldError> errors = new ArrayList<>(visit.problems());
        if (!errors.isEmpty()) {
            return SaveResult.failed(errors);
        }
        return store.inTransaction(h -> {
            if (h.attach(DetaineeDao.class).byId(visit.detaineeId()).isEmpty()) {
                return SaveResult.failed(List.of(new FieldError("detainee", "error.record.gone")));
            }
            if (h.attach(FacilityDao.class).byId(visit.facilityId()).isEmpty()) {
                return SaveResult.failed(List.of(new FieldError("facility", "error.record.gone")));
            }
            if (!visit.visitorIds().isEmpty()
                    && h.attach(VisitorDao.class).byIds(visit.visitorIds()).size() != Set.copyOf(visit.visitorIds()).size()) {
                return SaveResult.failed(List.of(new FieldError("visitors", "error.record.gone")));
            }
            VisitDao dao = h.attach(VisitDao.class);
            ChangeDiff.Names names = HistoryLog.names(h);
            if (visit.id() == 0) {
                Visit saved = dao.insert(visit);
                history.write(h, RecordType.VISIT, saved.id(), null, saved, ChangeDiff.of(null, saved, names),
                        historyReason);
                return SaveResult.ok(saved);
            }
            Optional<Visit> before = dao.byId(visit.id());
            if (before.isEmpty() || before.get().detaineeId() == 0 || !dao.update(visit)) {
                return SaveResult.failed(List.of(new FieldError("", "error.record.gone")));
            }
            history.write(h, RecordType.VISIT, visit.id(), before.get(), visit,
                    ChangeDiff.of(before.get(), visit, names), historyReason);
            return SaveResult.ok(visit);
        });
    }

    /** Marks a visit cancelled; it stays in the records. */
    public boolean cancel(long visitId) {
        return store.inTransaction(h -> {
            VisitDao dao = h.attach(VisitDao.class);
            Optional<Visit> v = dao.byId(visitId);
            // an anonymous visit (its person removed by clean-up) is only a count: it is not edited any more
            if (v.isEmpty() || v.get().detaineeId() == 0) {
                return false;
            }
            Visit after = v.get().withStatus(VisitStatus.CANCELLED);
            if (!dao.update(after)) {
                return false;
            }
            history.write(h, RecordType.VISIT, visitId, v.get(), after,
                    ChangeDiff.of(v.get(), after, HistoryLog.names(h)), "");
            return true;
        });
    }

    /** The visits of one person that start in [from, to). */
    public List<Visit> ofDetainee(long detaineeId, LocalDateTime from, LocalDateTime to) {
        return store.dao(VisitDao.class).ofDetainee(detaineeId, from, to);
    }
}
