package org.visitdesk.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.FieldError;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.Visitor;
import org.visitdesk.storage.Transactions;
import org.visitdesk.storage.UnitOfWork;
import org.visitdesk.storage.VisitDao;
import org.visitdesk.storage.VisitorDao;

/** Keeping the list of volunteer visitors. */
public final class VisitorService {

    private final Transactions records;
    private final Clock clock;
    private final HistoryLog history;

    VisitorService(Transactions records, Clock clock, HistoryLog history) {
        this.records = records;
        this.clock = clock;
        this.history = history;
    }

    /** Every volunteer, sorted by family name. */
    public List<Visitor> listAll() {
        return records.read(u -> u.visitors().all());
    }

    /** One volunteer. */
    public Optional<Visitor> byId(long id) {
        return records.read(u -> u.visitors().byId(id));
    }

    /** How many volunteers there are. */
    public long count() {
        return records.read(u -> u.visitors().count());
    }

    /** How many visits list this volunteer. */
    public long visitCount(long visitorId) {
        return records.read(u -> u.visits().countOfVisitor(visitorId));
    }

    /**
     * Validates and saves (new when id is 0); nothing is saved when any field is wrong, or when someone else saved
     * the volunteer after the version {@code v} carries ({@link SaveResult#changedMeanwhile()}).
     */
    public SaveResult<Visitor> save(Visitor v) {
        return save(v, null);
    }

    /**
     * Saves like {@link #save(Visitor)}, over the other coordinator's change a save was refused for: {@code v}
     * carries the version of that refusal's current record, and the history says whose change it replaced.
     */
    public SaveResult<Visitor> save(Visitor v, OtherChange overwriting) {
        List<FieldError> errors = new ArrayList<>(v.problems(LocalDate.now(clock)));
        if (!errors.isEmpty()) {
            return SaveResult.failed(errors);
        }
        return records.write(u -> {
            VisitorDao dao = u.visitors();
            List<FieldError> unknown = unknownFamily(u, v);
            if (!unknown.isEmpty()) {
                return SaveResult.failed(unknown);
            }
            String email = VisitorDao.emailOrNull(v);
            if (email != null) {
                Optional<Visitor> same = dao.byEmail(email);
                if (same.isPresent() && same.get().id() != v.id()) {
                    return SaveResult.failed(List.of(new FieldError("email", "error.email.taken")));
                }
            }
            if (v.id() == 0) {
                Visitor saved = dao.insert(v);
                history.write(u, RecordType.VISITOR, saved.id(), null, saved, ChangeDiff.of(null, saved), "");
                return SaveResult.ok(saved);
            }
            Optional<Visitor> before = dao.byId(v.id());
            if (before.isEmpty()) {
                return SaveResult.failed(List.of(new FieldError("", "error.record.gone")));
            }
            if (!dao.update(v)) {
                return SaveResult.changedMeanwhile(before.get(), HistoryLog.lastChange(u, RecordType.VISITOR, v.id()));
            }
            history.write(u, RecordType.VISITOR, v.id(), before.get(), v, ChangeDiff.of(before.get(), v), "",
                    overwriting);
            return SaveResult.ok(v.withVersion(v.version() + 1));
        });
    }

    /** Family links to people who are not in the records (a link can only name a person the store holds). */
    static List<FieldError> unknownFamily(UnitOfWork u, Visitor v) {
        List<FieldError> errors = new ArrayList<>();
        for (ANumber a : v.availability().familyOf()) {
            if (u.detainees().byANumber(a.value()).isEmpty()) {
                errors.add(new FieldError("familyOf", "error.familyOf.unknown", List.of(a.display())));
            }
        }
        return errors;
    }

    /**
     * Deletes a volunteer as they were shown, at {@code shown}'s version: nothing is deleted when they are gone, or
     * when someone else saved them since (then who and when). Their visits stay, without them.
     */
    public DeleteResult<Visitor> delete(Visitor shown) {
        return records.write(u -> DeleteResult.atVersion(u.visitors().byId(shown.id()), shown.version(),
                Visitor::version, () -> HistoryLog.lastChange(u, RecordType.VISITOR, shown.id()),
                now -> deleteIn(u, now)));
    }

    private int deleteIn(UnitOfWork u, Visitor before) {
        long id = before.id();
        VisitDao visits = u.visits();
        ChangeDiff.Names names = HistoryLog.names(u);
        List<Visit> theirs = new ArrayList<>();
        for (Long visitId : visits.visitIdsOfVisitor(id)) {
            visits.byId(visitId).ifPresent(theirs::add);
        }
        List<String> beforeNames = theirs.stream().map(x -> names.visitors(x.visitorIds())).toList();
        history.write(u, RecordType.VISITOR, id, before, null, ChangeDiff.of(before, null), "");
        int n = u.visitors().delete(id);
        for (int i = 0; i < theirs.size(); i++) {
            Visit was = theirs.get(i);
            List<Long> left = was.visitorIds().stream().filter(x -> x != id).toList();
            ChangeDiff diff = new ChangeDiff().field("field.visitors", beforeNames.get(i), names.visitors(left));
            history.write(u, RecordType.VISIT, was.id(), HistoryEntry.Action.CHANGED, diff, "");
        }
        return n;
    }
}
