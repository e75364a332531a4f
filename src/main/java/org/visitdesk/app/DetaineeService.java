package org.visitdesk.app;

import java.text.CollationKey;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.FieldError;
import org.visitdesk.domain.Limits;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.storage.DetaineeDao;
import org.visitdesk.storage.Transactions;
import org.visitdesk.storage.UnitOfWork;
import org.visitdesk.storage.VisitDao;

/** Keeping the list of detained people: list, search, save with validation, delete. */
public final class DetaineeService {

    private final Transactions records;
    private final Clock clock;
    private final HistoryLog history;

    DetaineeService(Transactions records, Clock clock, HistoryLog history) {
        this.records = records;
        this.clock = clock;
        this.history = history;
    }

    /** Everyone, with their last visit, in dictionary order of family and given names in a language. */
    public List<DetaineeListing> listAll(Locale order) {
        List<DetaineeDao.WithLastVisit> rows = records.read(u -> u.detainees()
                .allWithLastVisit(LocalDateTime.now(clock)));
        // sorted here, not in SQL: the database's binary order puts "Ávila" after "Zhang"; one collation key per
        // person, made once (a comparator that makes them on every comparison is ten times slower)
        Collator collator = Collator.getInstance(order);
        collator.setStrength(Collator.SECONDARY);
        record Keyed(CollationKey key, DetaineeListing listing) {
        }
        List<Keyed> keyed = new ArrayList<>(rows.size());
        for (DetaineeDao.WithLastVisit r : rows) {
            DetaineeListing l = DetaineeListing.of(r.detainee(), r.lastVisit());
            keyed.add(new Keyed(collator.getCollationKey(l.detainee().familyName() + "\u0000"
                    + l.detainee().givenName()), l));
        }
        keyed.sort(Comparator.comparing(Keyed::key).thenComparingLong(k -> k.listing().detainee().id()));
        List<DetaineeListing> out = new ArrayList<>(keyed.size());
        for (Keyed k : keyed) {
            out.add(k.listing());
        }
        return out;
    }

    /** People whose name or A-number contains the text, through the store (ignoring case and accents). */
    public List<Detainee> search(String text, int limit) {
        return records.read(u -> u.detainees().search(text, limit));
    }

    /** One person. */
    public Optional<Detainee> byId(long id) {
        return records.read(u -> u.detainees().byId(id));
    }

    /** How many people are on the list. */
    public long count() {
        return records.read(u -> u.detainees().count());
    }

    /** How many visits a person has (all times, all statuses): what deleting them would take along. */
    public long visitCount(long detaineeId) {
        return records.read(u -> u.visits().countOfDetainee(detaineeId));
    }

    /**
     * Validates and saves (new when id is 0); nothing is saved when any field is wrong, or when someone else saved
     * the person after the version {@code d} carries ({@link SaveResult#changedMeanwhile()}).
     */
    public SaveResult<Detainee> save(Detainee d) {
        return save(d, null);
    }

    /**
     * Saves like {@link #save(Detainee)}, over the other coordinator's change a save was refused for: {@code d}
     * carries the version of that refusal's current record, and the history says whose change it replaced.
     */
    public SaveResult<Detainee> save(Detainee d, OtherChange overwriting) {
        List<FieldError> errors = new ArrayList<>(d.problems(LocalDate.now(clock)));
        if (!errors.isEmpty()) {
            return SaveResult.failed(errors);
        }
        return records.write(u -> {
            DetaineeDao dao = u.detainees();
            Optional<Detainee> same = dao.byANumber(d.aNumber().value());
            if (same.isPresent() && same.get().id() != d.id()) {
                return SaveResult.failed(List.of(new FieldError("aNumber", "error.aNumber.taken")));
            }
            ChangeDiff.Names names = HistoryLog.names(u);
            if (d.id() == 0) {
                Detainee saved = dao.insert(d);
                history.write(u, RecordType.DETAINEE, saved.id(), null, saved, ChangeDiff.of(null, saved, names), "");
                return SaveResult.ok(saved);
            }
            Optional<Detainee> before = dao.byId(d.id());
            if (before.isEmpty()) {
                return SaveResult.failed(List.of(new FieldError("", "error.record.gone")));
            }
            if (!dao.update(d)) {
                return SaveResult.changedMeanwhile(before.get(), HistoryLog.lastChange(u, RecordType.DETAINEE, d.id()));
            }
            history.write(u, RecordType.DETAINEE, d.id(), before.get(), d, ChangeDiff.of(before.get(), d, names), "",
                    overwriting);
            return SaveResult.ok(d.withVersion(d.version() + 1));
        });
    }

    /**
     * Deletes a person and their visits as the person was shown, at {@code shown}'s version: nothing is deleted when
     * the person is gone, or when someone else saved them since (then who and when). The history records it all.
     */
    public DeleteResult<Detainee> delete(Detainee shown) {
        return records.write(u -> DeleteResult.atVersion(u.detainees().byId(shown.id()), shown.version(),
                Detainee::version, () -> HistoryLog.lastChange(u, RecordType.DETAINEE, shown.id()),
                now -> deleteIn(u, now)));
    }

    private int deleteIn(UnitOfWork u, Detainee before) {
        long id = before.id();
        ChangeDiff.Names names = HistoryLog.names(u);
        VisitDao visits = u.visits();
        for (Long visitId : u.cleanUp().visitsOf(List.of(id))) {
            Visit v = visits.byId(visitId).orElseThrow();
            history.write(u, RecordType.VISIT, visitId, v, null, ChangeDiff.of(v, null, names), "");
            // the visitors' calendars still hold the visit: their next calendar file cancels it
            visits.keepRemovals(visitId, v.visitorIds());
        }
        history.write(u, RecordType.DETAINEE, id, before, null, ChangeDiff.of(before, null, names), "");
        return u.detainees().delete(id);
    }

    /**
     * The requested, scheduled or confirmed visits of a person who has left (transferred, released, deported) from
     * the day of that status on, past or future: the visits {@code DETAINEE_NOT_HELD} flags, which a release known in
     * advance leaves in place until that day. Without a date, every planned visit; nothing for a person held.
     */
    public List<Long> visitsAfterLeaving(Detainee d) {
        return records.read(u -> visitsAfterLeaving(u.visits(), d));
    }

    /** {@link #visitsAfterLeaving(Detainee)} in a unit of work already open (an import's). */
    static List<Long> visitsAfterLeaving(VisitDao visits, Detainee d) {
        if (!d.status().hasLeft()) {
            return List.of();
        }
        LocalDate from = d.statusDate() == null ? Limits.EARLIEST_DATE : d.statusDate();
        return visits.futurePlannedOfDetainee(d.id(), from.atStartOfDay());
    }

    /** Cancels the given visits, all at once. */
    public int cancelVisits(List<Long> visitIds) {
        if (visitIds.isEmpty()) {
            return 0;
        }
        return records.write(u -> {
            VisitDao dao = u.visits();
            ChangeDiff.Names names = HistoryLog.names(u);
            for (Long id : visitIds) {
                Optional<Visit> before = dao.byId(id);
                if (before.isPresent()) {
                    Visit after = before.get().withStatus(VisitStatus.CANCELLED);
                    history.write(u, RecordType.VISIT, id, before.get(), after,
                            ChangeDiff.of(before.get(), after, names), "");
                }
            }
            return dao.cancelAll(visitIds);
        });
    }
}
