package org.visitdesk.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.FieldError;
import org.visitdesk.domain.FollowUp;
import org.visitdesk.domain.FollowUpStatus;
import org.visitdesk.domain.Visitor;
import org.visitdesk.storage.Transactions;
import org.visitdesk.storage.UnitOfWork;

/**
 * Follow-ups: the open ones (overdue first), marking them done or dropped, handing them to someone else, and the
 * open ones of a person who is leaving (transferred, released, deported), which the coordinator decides about:
 * keep, hand off with a note, or drop.
 */
public final class FollowUpService {

    private record Handed(FollowUp before, FollowUp after) {
    }

    private final Transactions records;
    private final Clock clock;
    private final HistoryLog history;

    FollowUpService(Transactions records, Clock clock, HistoryLog history) {
        this.records = records;
        this.clock = clock;
        this.history = history;
    }

    /** Open follow-ups, the longest overdue first; with {@code all}, the done and dropped ones after them. */
    public List<FollowUpListing> list(boolean all) {
        return records.read(u -> listings(u, all ? u.followUps().all() : u.followUps().open()));
    }

    /** The open follow-ups of one person, the soonest due first: what to decide about when they leave. */
    public List<FollowUpListing> openOf(long detaineeId) {
        return records.read(u -> listings(u, u.followUps().openOf(detaineeId)));
    }

    /** Every follow-up of one person, the latest due first (the person's dialog). */
    public List<FollowUpListing> ofDetainee(long detaineeId) {
        return records.read(u -> listings(u, u.followUps().ofDetainee(detaineeId)));
    }

    /** One follow-up. */
    public Optional<FollowUp> byId(long id) {
        return records.read(u -> u.followUps().byId(id));
    }

    /** Adds a follow-up (not from an outcome: a request, a call), or saves changes to one. */
    public SaveResult<FollowUp> save(FollowUp f) {
        return records.write(u -> saveIn(u, f));
    }

    /** Marks it done. False when it is gone. */
    public boolean markDone(long id) {
        return setStatus(id, FollowUpStatus.DONE);
    }

    /** Marks it dropped (no longer needed, or not possible). False when it is gone. */
    public boolean markDropped(long id) {
        return setStatus(id, FollowUpStatus.DROPPED);
    }

    /** Opens it again (a mark made by mistake). False when it is gone. */
    public boolean reopen(long id) {
        return setStatus(id, FollowUpStatus.OPEN);
    }

    /** Hands it to a visitor (null: the coordinator) with a note for them; it stays open. */
    public SaveResult<FollowUp> handOff(long id, Long ownerVisitorId, String note) {
        return records.write(u -> {
            Optional<FollowUp> f = u.followUps().byId(id);
            if (f.isEmpty() || f.get().detaineeId() == 0) {
                return SaveResult.failed(List.of(new FieldError("", "error.record.gone")));
            }
            FollowUp before = f.get();
            SaveResult<FollowUp> saved = saveIn(u,
                    before.handedTo(ownerVisitorId, note).withStatus(FollowUpStatus.OPEN));
            if (saved.isSaved()) {
                remember(u, before, saved.saved());
            }
            return saved;
        });
    }

    /**
     * What the coordinator decided about the open follow-ups of a person who left: drops them all, in one
     * transaction. Returns how many were dropped (one gone meanwhile is passed over).
     */
    public int dropAll(List<Long> ids) {
        return records.write(u -> {
            int n = 0;
            for (long id : ids) {
                n += setStatusIn(u, id, FollowUpStatus.DROPPED) ? 1 : 0;
            }
            return n;
        });
    }

    /**
     * Hands several follow-ups to one owner (null: the coordinator) with one note, all or none: nothing is saved
     * when the note or the owner is refused.
     */
    public SaveResult<Integer> handOffAll(List<Long> ids, Long ownerVisitorId, String note) {
        return records.write(u -> {
            List<Handed> changes = new ArrayList<>();
            for (long id : ids) {
                Optional<FollowUp> f = u.followUps().byId(id);
                if (f.isPresent() && f.get().detaineeId() != 0) {
                    FollowUp after = f.get().handedTo(ownerVisitorId, note).withStatus(FollowUpStatus.OPEN);
                    // checked before anything is written: all or none
                    if (!after.problems().isEmpty()) {
                        return SaveResult.failed(after.problems());
                    }
                    changes.add(new Handed(f.get(), after));
                }
            }
            if (ownerVisitorId != null && u.visitors().byId(ownerVisitorId).isEmpty()) {
                return SaveResult.failed(List.of(new FieldError("owner", "error.record.gone")));
            }
            for (Handed c : changes) {
                u.followUps().update(c.after());
                remember(u, c.before(), c.after());
            }
            return SaveResult.ok(changes.size());
        });
    }

    private boolean setStatus(long id, FollowUpStatus status) {
        return records.write(u -> setStatusIn(u, id, status));
    }

    private boolean setStatusIn(UnitOfWork u, long id, FollowUpStatus status) {
        Optional<FollowUp> f = u.followUps().byId(id);
        if (f.isEmpty() || !u.followUps().update(f.get().withStatus(status))) {
            return false;
        }
        remember(u, f.get(), f.get().withStatus(status));
        return true;
    }

    /** Keeps a follow-up's change in its person's history (where the coordinator looks, and clean-up clears it). */
    private void remember(UnitOfWork u, FollowUp before, FollowUp after) {
        history.write(u, RecordType.DETAINEE, after.detaineeId(), HistoryEntry.Action.CHANGED,
                ChangeDiff.of(before, after, ownerName(u, before.ownerVisitorId()),
                        ownerName(u, after.ownerVisitorId())), "");
    }

    private static String ownerName(UnitOfWork u, Long visitorId) {
        return ChangeDiff.owner(visitorId == null ? null : u.visitors().byId(visitorId).orElse(null));
    }

    private SaveResult<FollowUp> saveIn(UnitOfWork u, FollowUp f) {
        List<FieldError> errors = new ArrayList<>(f.problems());
        if (!errors.isEmpty()) {
            return SaveResult.failed(errors);
        }
        if (u.detainees().byId(f.detaineeId()).isEmpty()) {
            return SaveResult.failed(List.of(new FieldError("detainee", "error.record.gone")));
        }
        if (f.ownerVisitorId() != null && u.visitors().byId(f.ownerVisitorId()).isEmpty()) {
            return SaveResult.failed(List.of(new FieldError("owner", "error.record.gone")));
        }
        if (f.visitId() != null && u.visits().byId(f.visitId()).isEmpty()) {
            return SaveResult.failed(List.of(new FieldError("visit", "error.record.gone")));
        }
        if (f.id() == 0) {
            return SaveResult.ok(u.followUps().insert(f, LocalDate.now(clock)));
        }
        return u.followUps().update(f) ? SaveResult.ok(f)
                : SaveResult.failed(List.of(new FieldError("", "error.record.gone")));
    }

    private List<FollowUpListing> listings(UnitOfWork u, List<FollowUp> followUps) {
        Set<Long> people = new LinkedHashSet<>();
        Set<Long> owners = new LinkedHashSet<>();
        for (FollowUp f : followUps) {
            people.add(f.detaineeId());
            if (f.ownerVisitorId() != null) {
                owners.add(f.ownerVisitorId());
            }
        }
        Map<Long, Detainee> byId = new HashMap<>();
        if (!people.isEmpty()) {
            u.detainees().byIds(new ArrayList<>(people)).forEach(d -> byId.put(d.id(), d));
        }
        Map<Long, Visitor> ownerById = new HashMap<>();
        if (!owners.isEmpty()) {
            u.visitors().byIds(new ArrayList<>(owners)).forEach(v -> ownerById.put(v.id(), v));
        }
        LocalDate today = LocalDate.now(clock);
        List<FollowUpListing> out = new ArrayList<>(followUps.size());
        for (FollowUp f : followUps) {
            out.add(new FollowUpListing(f, byId.get(f.detaineeId()),
                    f.ownerVisitorId() == null ? null : ownerById.get(f.ownerVisitorId()), f.overdueOn(today)));
        }
        return out;
    }
}
