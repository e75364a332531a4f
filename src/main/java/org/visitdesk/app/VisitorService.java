package org.visitdesk.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.visitdesk.domain.FieldError;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.Visitor;
import org.visitdesk.storage.Store;
import org.visitdesk.storage.VisitDao;
import org.visitdesk.storage.VisitorDao;

/** Keeping the list of volunteer visitors. */
public final class VisitorService {

    private final Store store;
    private final Clock clock;
    private final HistoryLog history;

    VisitorService(Store store, Clock clock, HistoryLog history) {
        this.store = store;
        this.clock = clock;
        this.history = history;
    }

    /** Every volunteer, sorted by family name. */
    public List<Visitor> listAll() {
        return store.dao(VisitorDao.class).all();
    }

    /** One volunteer. */
    public Optional<Visitor> byId(long id) {
        return store.dao(VisitorDao.class).byId(id);
    }

    /** How many volunteers there are. */
    public long count() {
        return store.dao(VisitorDao.class).count();
    }

    /** How many visits list this volunteer. */
    public long visitCount(long visitorId) {
        return store.dao(VisitDao.class).countOfVisitor(visitorId);
    }

    /** Validates and saves (new when id is 0); nothing is saved when any field is wrong. */
    public SaveResult<Visitor> save(Visitor v) {
        List<FieldError> errors = new ArrayList<>(v.problems(LocalDate.now(clock)));
        if (!errors.isEmpty()) {
            return SaveResult.failed(errors);
        }
        return store.inTransaction(h -> {
            VisitorDao dao = h.attach(VisitorDao.class);
            String email = VisitorDao.emailOrNull(v);
            if (email != null) {
                Optional<Visitor> same = dao.byEmail(email);
                if (same.isPresent() && same.get().id() != v.id()) {
                    return SaveResult.failed(List.of(new FieldError("email", "error.email.taken")));
                }
            }
            if (v.id() == 0) {
                Visitor saved = dao.insert(v);
                history.write(h, RecordType.VISITOR, saved.id(), null, saved, ChangeDiff.of(null, saved), "");
                return SaveResult.ok(saved);
            }
            Optional<Visitor> before = dao.byId(v.id());
            if (before.isEmpty() || !dao.update(v)) {
                return SaveResult.failed(List.of(new FieldError("", "error.record.gone")));
            }
            history.write(h, RecordType.VISITOR, v.id(), before.get(), v, ChangeDiff.of(before.get(), v), "");
            return SaveResult.ok(v);
        });
    }

    /** Deletes a volunteer; their visits stay, without them (which the visits' history records too). */
    public void delete(long id) {
        store.inTransaction(h -> {
            VisitorDao dao = h.attach(VisitorDao.class);
            Optional<Visitor> before = dao.byId(id);
            if (before.isEmpty()) {
                return 0;
            }
            VisitDao visits = h.attach(VisitDao.class);
            ChangeDiff.Names names = HistoryLog.names(h);
            List<Visit> theirs = new ArrayList<>();
            for (Long visitId : visits.visitIdsOfVisitor(id)) {
                visits.byId(visitId).ifPresent(theirs::add);
            }
            List<String> beforeNames = theirs.stream().map(x -> names.visitors(x.visitorIds())).toList();
            history.write(h, RecordType.VISITOR, id, before.get(), null, ChangeDiff.of(before.get(), null), "");
            int n = dao.delete(id);
            for (int i = 0; i < theirs.size(); i++) {
                Visit was = theirs.get(i);
                List<Long> left = was.visitorIds().stream().filter(x -> x != id).toList();
                ChangeDiff diff = new ChangeDiff().field("field.visitors", beforeNames.get(i), names.visitors(left));
                history.write(h, RecordType.VISIT, was.id(), HistoryEntry.Action.CHANGED, diff, "");
            }
            return n;
        });
    }
}
