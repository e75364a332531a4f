package org.visitdesk.app;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.visitdesk.domain.FieldError;
import org.visitdesk.domain.FollowUp;
import org.visitdesk.domain.FollowUpKind;
import org.visitdesk.domain.FollowUpStatus;
import org.visitdesk.domain.Outcome;
import org.visitdesk.domain.OutcomeCode;
import org.visitdesk.domain.Visit;
import org.visitdesk.storage.Transactions;
import org.visitdesk.storage.UnitOfWork;
import org.visitdesk.storage.VisitDao;

/**
 * After the visit: recording what happened (the visit's status follows, and both go into the visit's history),
 * turning what the person asked for into follow-ups, and the reports still due.
 */
public final class OutcomeService {

    /** Days a need has before it is overdue, unless a due day is given. */
    public static final int NEED_DAYS = 7;

    /** Something the person asked for: becomes an open follow-up (owner null: the coordinator; due null: in 7 days). */
    public record Need(FollowUpKind kind, Long ownerVisitorId, LocalDate due, String note) {

        /** A need the coordinator takes on, due in {@link #NEED_DAYS} days. */
        public static Need of(FollowUpKind kind) {
            return new Need(kind, null, null, "");
        }
    }

    /**
     * What recording an outcome changed: the visit before and after (its status), the outcome it replaced (null
     * when none), the outcome saved, and the follow-ups made of the needs.
     */
    public record Recorded(Visit before, Visit after, Outcome previous, Outcome outcome, List<FollowUp> followUps) {

        public Recorded {
            followUps = List.copyOf(followUps);
        }

        /** True when the visit's status changed. */
        public boolean statusChanged() {
            return before.status() != after.status();
        }
    }

    /** A visit of a person that has begun, with what was recorded of it (null: no report yet). */
    public record PastVisit(VisitListing listing, Outcome outcome) {
    }

    private final Transactions records;
    private final Clock clock;
    private final HistoryLog history;

    OutcomeService(Transactions records, Clock clock, HistoryLog history) {
        this.records = records;
        this.clock = clock;
        this.history = history;
    }

    /**
     * Records the outcome of a visit in one transaction: the outcome, the visit's status, the history entry and a
     * follow-up per need. Nothing is saved when anything is wrong; the errors name the fields (outcome,
     * denialReason, arrived, seen, left, note, visit, needs).
     */
    public SaveResult<Recorded> record(Outcome outcome, List<Need> needs) {
        return records.write(u -> recordIn(u, outcome, needs, true));
    }

    /**
     * Records an outcome inside the caller's unit of work. With {@code repeatNeeds} false, a need whose kind
     * already has a follow-up from this visit adds none (an import read twice makes no second follow-up).
     */
    SaveResult<Recorded> recordIn(UnitOfWork u, Outcome outcome, List<Need> needs, boolean repeatNeeds) {
        List<FieldError> errors = new ArrayList<>(outcome.problems());
        if (!errors.isEmpty()) {
            return SaveResult.failed(errors);
        }
        Optional<Visit> found = u.visits().byId(outcome.visitId());
        // an anonymous visit (its person removed by clean-up) is only a count: it takes no report any more
        if (found.isEmpty() || found.get().detaineeId() == 0) {
            return SaveResult.failed(List.of(new FieldError("visit", "error.record.gone")));
        }
        Visit before = found.get();
        LocalDate today = LocalDate.now(clock);
        if (before.day().isAfter(today)) {
            return SaveResult.failed(List.of(new FieldError("visit", "error.outcome.future",
                    List.of(before.day().toString()))));
        }
        List<FollowUp> planned = new ArrayList<>();
        for (Need n : needs) {
            FollowUp f = new FollowUp(0, n.kind(), before.detaineeId(), before.id(), n.ownerVisitorId(),
                    n.due() == null ? today.plusDays(NEED_DAYS) : n.due(), FollowUpStatus.OPEN, n.note());
            List<FieldError> problems = f.problems();
            if (!problems.isEmpty()) {
                problems.forEach(p -> errors.add(new FieldError("needs", p.messageKey(), p.args())));
            } else if (f.ownerVisitorId() != null && u.visitors().byId(f.ownerVisitorId()).isEmpty()) {
                errors.add(new FieldError("needs", "error.record.gone"));
            } else {
                planned.add(f);
            }
        }
        if (!errors.isEmpty()) {
            return SaveResult.failed(errors);
        }
        Outcome previous = u.outcomes().byVisit(before.id()).orElse(null);
        Visit after = before.withStatus(outcome.visitStatus());
        if (after.status() != before.status() && !u.visits().update(after)) {
            return SaveResult.failed(List.of(new FieldError("visit", "error.record.gone")));
        }
        u.outcomes().put(outcome, LocalDateTime.now(clock));
        history.write(u, RecordType.VISIT, before.id(), HistoryEntry.Action.CHANGED,
                ChangeDiff.of(before, after, previous, outcome), "");
        List<FollowUp> made = new ArrayList<>();
        for (FollowUp f : planned) {
            if (repeatNeeds || u.followUps().countFromVisit(before.id(), f.kind().name()) == 0) {
                made.add(u.followUps().insert(f, today));
            }
        }
        return SaveResult.ok(new Recorded(before, after, previous, outcome, made));
    }

    /**
     * The latest visits of one person that have begun (cancelled ones too: they tell what happened), newest first,
     * at most {@code limit}, each with its outcome if one was recorded.
     */
    public List<PastVisit> lastVisits(long detaineeId, int limit) {
        LocalDateTime now = LocalDateTime.now(clock);
        return records.read(u -> {
            List<Visit> all = u.visits().ofDetainee(detaineeId, LocalDateTime.of(1900, 1, 1, 0, 0), now);
            List<Visit> latest = new ArrayList<>(all.subList(Math.max(0, all.size() - limit), all.size()));
            Collections.reverse(latest);
            if (latest.isEmpty()) {
                return List.of();
            }
            Map<Long, Outcome> outcomes = new HashMap<>();
            u.outcomes().ofVisits(latest.stream().map(Visit::id).toList()).forEach(o -> outcomes.put(o.visitId(), o));
            List<PastVisit> out = new ArrayList<>();
            for (VisitListing l : VisitService.listings(u, latest)) {
                out.add(new PastVisit(l, outcomes.get(l.visit().id())));
            }
            return out;
        });
    }

    /**
     * The visits a closure of a facility hit: those at the facility on the days [from, to] that have begun, are not
     * cancelled and have no report yet, by start. What the coordinator may mark {@code LOCKDOWN} at once.
     */
    public List<VisitListing> hitByClosure(long facilityId, LocalDate from, LocalDate to) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime end = to.plusDays(1).atStartOfDay();
        return records.read(u -> {
            List<Visit> rows = u.outcomes().withoutOutcome(from.atStartOfDay(), end.isBefore(now) ? end : now)
                    .stream().filter(v -> v.facilityId() == facilityId).toList();
            if (rows.isEmpty()) {
                return List.of();
            }
            List<Visit> visits = VisitDao.withVisitors(rows,
                    u.visits().linksOf(rows.stream().map(Visit::id).toList()));
            return VisitService.listings(u, visits);
        });
    }

    /**
     * Records the outcome {@code LOCKDOWN} for each visit, in one transaction (each with its status and history, as
     * a report would). A visit that has a report meanwhile, or is gone, is passed over. Returns how many were marked.
     */
    public int markLockdown(List<Long> visitIds) {
        return records.write(u -> {
            int n = 0;
            for (long id : visitIds) {
                if (u.outcomes().byVisit(id).isEmpty() && recordIn(u, new Outcome(id, OutcomeCode.LOCKDOWN, null, null,
                        null, null, ""), List.of(), true).isSaved()) {
                    n++;
                }
            }
            return n;
        });
    }

    /** The outcome recorded for a visit, if any. */
    public Optional<Outcome> of(long visitId) {
        return records.read(u -> u.outcomes().byVisit(visitId));
    }

    /**
     * The reports still due: visits from {@code since} until now that have started, are not cancelled and have no
     * outcome yet, oldest first, with their people.
     */
    public List<VisitListing> reportsDue(LocalDate since) {
        LocalDateTime now = LocalDateTime.now(clock);
        return records.read(u -> {
            List<Visit> rows = u.outcomes().withoutOutcome(since.atStartOfDay(), now);
            if (rows.isEmpty()) {
                return List.of();
            }
            List<Visit> visits = VisitDao.withVisitors(rows,
                    u.visits().linksOf(rows.stream().map(Visit::id).toList()));
            return VisitService.listings(u, visits);
        });
    }
}
