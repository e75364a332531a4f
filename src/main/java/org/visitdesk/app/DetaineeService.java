package org.visitdesk.app;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.FieldError;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.storage.CleanUpDao;
import org.visitdesk.storage.DetaineeDao;
import org.visitdesk.storage.Store;
import org.visitdesk.storage.VisitDao;

/** Keeping the list of detained people: list, search, save with validation, delete. */
public final class DetaineeService {

    private final Store store;
    private final Clock clock;
    private final HistoryLog history;

    DetaineeService(Store store, Clock clock, HistoryLog history) {
        this.store = store;
        this.clock = clock;
        this.history = history;
    }

    /** Everyone, with their last visit, in dictionary order of family and given names. */
    public List<DetaineeListing> listAll() {
        List<DetaineeDao.WithLastVisit> rows = store.dao(DetaineeDao.class).allWithLastVisit(LocalDateTime.now(clock));
        List<DetaineeListing> out = new ArrayList<>(rows.size());
        for (DetaineeDao.WithLastVisit r : rows) {
            out.add(DetaineeListing.of(r.detainee(), r.lastVisit()));
        }
        // sorted here, not in SQL: the database's binary order puts "Ávila" after "Zhang"; one collation key per
        // person, made once (a comparator that makes them on every comparison is ten times slower)
        java.text.Collator collator = java.text.Collator.getInstance(Messages.locale());
        collator.setStrength(java.text.Collator.SECONDARY);
        record Keyed(java.text.CollationKey key, DetaineeListing listing) {
        }
        List<Keyed> keyed = new ArrayList<>(out.size());
        for (DetaineeListing l : out) {
            keyed.add(new Keyed(collator.getCollationKey(l.detainee().familyName() + "\u0000"
                    + l.detainee().givenName()), l));
        }
        keyed.sort(java.util.Comparator.comparing(Keyed::key).thenComparingLong(k -> k.listing().detainee().id()));
        out.clear();
        for (Keyed k : keyed) {
            out.add(k.listing());
        }
        return out;
    }

    /** People whose name or A-number contains the text, through the store (ignoring case and accents). */
    public List<Detainee> search(String text, int limit) {
        return store.dao(DetaineeDao.class).search(text, limit);
    }

    /** One person. */
    public Optional<Detainee> byId(long id) {
        return store.dao(DetaineeDao.class).byId(id);
    }

    /** How many people are on the list. */
    public long count() {
        return store.dao(DetaineeDao.class).count();
    }

    /** How many visits a person has (all times, all statuses): what deleting them would take along. */
    public long visitCount(long detaineeId) {
        return store.dao(VisitDao.class).countOfDetainee(detaineeId);
    }

    /** Validates and saves (new when id is 0); nothing is saved when any field is wrong. */
    public SaveResult<Detainee> save(Detainee d) {
        List<FieldError> errors = new ArrayList<>(d.problems(LocalDate.now(clock)));
        if (!errors.isEmpty()) {
            return SaveResult.failed(errors);
        }
        return store.inTransaction(h -> {
            DetaineeDao dao = h.attach(DetaineeDao.class);
            Optional<Detainee> same = dao.byANumber(d.aNumber().value());
            if (same.isPresent() && same.get().id() != d.id()) {
                return SaveResult.failed(List.of(new FieldError("aNumber", "error.aNumber.taken")));
            }
            ChangeDiff.Names names = HistoryLog.names(h);
            if (d.id() == 0) {
                Detainee saved = dao.insert(d);
                history.write(h, RecordType.DETAINEE, saved.id(), null, saved, ChangeDiff.of(null, saved, names), "");
                return SaveResult.ok(saved);
            }
            Optional<Detainee> before = dao.byId(d.id());
            if (before.isEmpty() || !dao.update(d)) {
                return SaveResult.failed(List.of(new FieldError("", "error.record.gone")));
            }
            history.write(h, RecordType.DETAINEE, d.id(), before.get(), d, ChangeDiff.of(before.get(), d, names), "");
            return SaveResult.ok(d);
        });
    }

    /** Deletes a person and their visits; the history records both. */
    public void delete(long id) {
        store.inTransaction(h -> {
            DetaineeDao dao = h.attach(DetaineeDao.class);
            Optional<Detainee> before = dao.byId(id);
            if (before.isEmpty()) {
                return 0;
            }
            ChangeDiff.Names names = HistoryLog.names(h);
            VisitDao visits = h.attach(VisitDao.class);
            for (Long visitId : h.attach(CleanUpDao.class).visitsOf(List.of(id))) {
                Visit v = visits.byId(visitId).orElseThrow();
                history.write(h, RecordType.VISIT, visitId, v, null, ChangeDiff.of(v, null, names), "");
            }
            history.write(h, RecordType.DETAINEE, id, before.get(), null, ChangeDiff.of(before.get(), null, names),
                    "");
            return dao.delete(id);
        });
    }

    /** Future requested, scheduled or confirmed visits of a person: what a release or transfer would cancel. */
    public List<Long> futureVisits(long detaineeId, LocalDate from) {
        return store.dao(VisitDao.class).futureActiveOfDetainee(detaineeId, from.atStartOfDay());
    }

    /** Cancels the given visits, all at once. */
    public int cancelVisits(List<Long> visitIds) {
        if (visitIds.isEmpty()) {
            return 0;
        }
        return store.inTransaction(h -> {
            VisitDao dao = h.attach(VisitDao.class);
            ChangeDiff.Names names = HistoryLog.names(h);
            for (Long id : visitIds) {
                Optional<Visit> before = dao.byId(id);
                if (before.isPresent()) {
                    Visit after = before.get().withStatus(VisitStatus.CANCELLED);
                    history.write(h, RecordType.VISIT, id, before.get(), after,
                            ChangeDiff.of(before.get(), after, names), "");
                }
            }
            return dao.cancelAll(visitIds);
        });
    }
}
