package org.visitdesk.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.visitdesk.domain.FieldError;
import org.visitdesk.domain.Visitor;
import org.visitdesk.storage.Store;
import org.visitdesk.storage.VisitDao;
import org.visitdesk.storage.VisitorDao;

/** Keeping the list of volunteer visitors. */
public final class VisitorService {

    private final Store store;
    private final Clock clock;

    VisitorService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
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
                return SaveResult.ok(dao.insert(v));
            }
            if (!dao.update(v)) {
                return SaveResult.failed(List.of(new FieldError("", "error.record.gone")));
            }
            return SaveResult.ok(v);
        });
    }

    /** Deletes a volunteer; their visits stay, without them. */
    public void delete(long id) {
        store.inTransaction(h -> h.attach(VisitorDao.class).delete(id));
    }
}
