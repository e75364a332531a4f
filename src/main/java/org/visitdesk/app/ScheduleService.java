package org.visitdesk.app;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.visitdesk.domain.BlackoutDay;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Facility;
import org.visitdesk.domain.VisitingWindow;
import org.visitdesk.domain.FieldError;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.Visitor;
import org.visitdesk.scheduling.Conflict;
import org.visitdesk.scheduling.ConflictMessages;
import org.visitdesk.scheduling.ConflictRules;
import org.visitdesk.scheduling.FreeSlots;
import org.visitdesk.scheduling.ScheduleContext;
import org.visitdesk.storage.DetaineeDao;
import org.visitdesk.storage.FacilityDao;
import org.visitdesk.storage.Store;
import org.visitdesk.storage.VisitDao;
import org.visitdesk.storage.VisitorDao;

/** Conflict checks over the store: one proposed visit, a range for the calendar, and saving with overrides. */
public final class ScheduleService {

    private final Store store;
    private final VisitService visits;

    ScheduleService(Store store, VisitService visits) {
        this.store = store;
        this.visits = visits;
    }

    /** What checking one visit found, with the context its messages need. */
    public record Check(List<ConflictNotice> notices) {
        public Check {
            notices = List.copyOf(notices);
        }

        /** True when any conflict is an error. */
        public boolean hasErrors() {
            return notices.stream().anyMatch(ConflictNotice::isError);
        }
    }

    /** What trying to save a visit gave. */
    public record Outcome(Visit saved, List<FieldError> errors, List<ConflictNotice> conflicts) {
        public Outcome {
            errors = List.copyOf(errors);
            conflicts = List.copyOf(conflicts);
        }

        /** True when the visit was saved. */
        public boolean isSaved() {
            return saved != null;
        }

        /** True when it was not saved because of error-level conflicts (and no override reason was given). */
        public boolean blockedByConflicts() {
            return saved == null && errors.isEmpty() && conflicts.stream().anyMatch(ConflictNotice::isError);
        }
    }

    /** The conflicts a proposed visit (new or an edited saved one) would have; reads only the visits that matter. */
    public Check check(Visit proposed) {
        return store.read(h -> new Check(checkIn(h, proposed)));
    }

    private List<ConflictNotice> checkIn(Handle h, Visit proposed) {
        if (proposed.start() == null || proposed.end() == null || !proposed.end().isAfter(proposed.start())) {
            return List.of();
        }
        ConflictRules.Range week = ConflictRules.relevantRange(proposed);
        List<Visit> others = h.attach(VisitDao.class).thatMatter(proposed.facilityId(), proposed.detaineeId(),
                proposed.visitorIds(), proposed.start(), proposed.end(), week.from(), week.to());
        others = named(others);
        List<Visit> all = new ArrayList<>(others);
        all.add(proposed);
        ScheduleContext ctx = context(h, all);
        return notices(ConflictRules.check(proposed, others, ctx), ctx);
    }

    /** The visits of some days with their conflicts and the facilities' closed days: what a calendar shows. */
    public record Agenda(LocalDate from, LocalDate to, List<VisitListing> visits, List<ConflictNotice> conflicts,
            List<BlackoutDay> blackouts) {
        public Agenda {
            visits = List.copyOf(visits);
            conflicts = List.copyOf(conflicts);
            blackouts = List.copyOf(blackouts);
        }

        /** The conflicts a visit is part of. */
        public List<ConflictNotice> conflictsOf(long visitId) {
            return conflicts.stream().filter(c -> c.conflict().involves(visitId)).toList();
        }
    }

    /** Every conflict among the visits overlapping the days [from, to], in time order. */
    public List<ConflictNotice> conflictsBetween(LocalDate from, LocalDate to) {
        return agenda(from, to).conflicts();
    }

    /**
     * The visits overlapping the days [from, to] (both included) and their conflicts. Reads whole ISO weeks once,
     * so that the weekly limit sees every visit of the weeks at the edges.
     */
    public Agenda agenda(LocalDate from, LocalDate to) {
        return store.read(h -> agendaIn(h, from, to));
    }

    /** The conflicts that involve any of the given visits, read on a handle (inside an import's transaction). */
    List<ConflictNotice> conflictsOf(Handle h, Set<Long> visitIds, LocalDate from, LocalDate to) {
        return agendaIn(h, from, to).conflicts().stream()
                .filter(c -> c.conflict().visitIds().stream().anyMatch(visitIds::contains)).toList();
    }

    private Agenda agendaIn(Handle h, LocalDate from, LocalDate to) {
        {
            LocalDate weekFrom = ConflictRules.weekStart(from);
            LocalDate weekTo = ConflictRules.weekStart(to).plusWeeks(1);
            List<Visit> inWeeks = h.attach(VisitDao.class).between(weekFrom.atStartOfDay(), weekTo.atStartOfDay());
            ScheduleContext ctx = context(h, inWeeks);
            LocalDateTime a = from.atStartOfDay();
            LocalDateTime b = to.plusDays(1).atStartOfDay();
            Set<Long> inRange = new HashSet<>();
            List<Visit> shown = new ArrayList<>();
            for (Visit v : inWeeks) {
                if (v.start().isBefore(b) && v.end().isAfter(a)) {
                    inRange.add(v.id());
                    shown.add(v);
                }
            }
            List<Conflict> found = new ArrayList<>();
            for (Conflict c : ConflictRules.checkAll(named(inWeeks), ctx)) {
                if (c.visitIds().stream().anyMatch(inRange::contains)) {
                    found.add(c);
                }
            }
            List<BlackoutDay> closed = new ArrayList<>();
            for (BlackoutDay bd : h.attach(FacilityDao.class).allBlackouts()) {
                if (!bd.to().isBefore(from) && !bd.from().isAfter(to)) {
                    closed.add(bd);
                }
            }
            return new Agenda(from, to, VisitService.listings(shown, ctx), notices(found, ctx), closed);
        }
    }

    /**
     * Saves a visit unless it breaks an error-level rule; with a non-blank override reason it is saved anyway
     * and the reason is stored on the visit. Warnings never block.
     */
    public Outcome save(Visit visit, String overrideReason) {
        List<FieldError> problems = visit.problems();
        if (!problems.isEmpty()) {
            return new Outcome(null, problems, List.of());
        }
        List<ConflictNotice> found = check(visit).notices();
        boolean errors = found.stream().anyMatch(ConflictNotice::isError);
        String reason = overrideReason == null ? "" : overrideReason.strip();
        if (errors && reason.isEmpty()) {
            return new Outcome(null, List.of(), found);
        }
        Visit toSave = errors ? new Visit(visit.id(), visit.detaineeId(), visit.facilityId(), visit.start(),
                visit.end(), visit.visitorIds(), visit.type(), visit.status(), visit.notes(), reason) : visit;
        SaveResult<Visit> r = visits.save(toSave, errors ? reason : "");
        return r.isSaved() ? new Outcome(r.saved(), List.of(), found) : new Outcome(null, r.errors(), found);
    }

    /** The next free slots for a person and chosen visitors, from a day on: no error-level conflict in any. */
    public List<FreeSlots.Slot> freeSlots(long detaineeId, List<Long> visitorIds, LocalDate from, int max) {
        return store.read(h -> {
            Optional<Detainee> d = h.attach(DetaineeDao.class).byId(detaineeId);
            if (d.isEmpty() || d.get().facilityId() == null) {
                return List.of();
            }
            LocalDateTime a = from.atStartOfDay();
            LocalDateTime b = from.plusDays(FreeSlots.MAX_DAYS + 7L).atStartOfDay();
            VisitDao dao = h.attach(VisitDao.class);
            List<Visit> rows = new ArrayList<>(dao.rowsOfDetainee(detaineeId, a.minusWeeks(1), b));
            rows.addAll(dao.rowsAtFacility(d.get().facilityId(), a, b, a.minusDays(1)));
            if (!visitorIds.isEmpty()) {
                rows.addAll(dao.rowsOfVisitors(visitorIds, a, b, a.minusDays(1)));
            }
            List<Visit> unique = named(dedupe(rows));
            List<Visit> withVisitors = unique.isEmpty() ? List.of()
                    : VisitDao.withVisitors(unique, dao.linksOf(unique.stream().map(Visit::id).toList()));
            ScheduleContext ctx = context(h, withVisitors, detaineeId, visitorIds);
            return FreeSlots.find(detaineeId, visitorIds, from, max, withVisitors, ctx);
        });
    }

    /** Anonymous visits (their person removed by clean-up) only count: they take part in no rule. */
    private static List<Visit> named(List<Visit> visits) {
        return visits.stream().filter(v -> v.detaineeId() != 0).toList();
    }

    private static List<Visit> dedupe(List<Visit> visits) {
        Set<Long> seen = new HashSet<>();
        List<Visit> out = new ArrayList<>();
        for (Visit v : visits) {
            if (seen.add(v.id())) {
                out.add(v);
            }
        }
        return out;
    }

    /** The facilities with their windows and blackouts: few rows, read on every check, changed rarely. */
    private record Rules(List<Facility> facilities, List<VisitingWindow> windows, List<BlackoutDay> blackouts) {
    }

    private volatile Rules rules;

    private Rules facilityRules(Handle h) {
        Rules r = rules;
        if (r == null) {
            FacilityDao fd = h.attach(FacilityDao.class);
            r = new Rules(fd.all(), fd.allWindows(), fd.allBlackouts());
            rules = r;
        }
        return r;
    }

    /** Forgets the facility rules read so far: call after any change of facilities, windows or blackouts. */
    void facilitiesChanged() {
        rules = null;
    }

    private ScheduleContext context(Handle h, Collection<Visit> visits) {
        return context(h, visits, null, List.of());
    }

    /** The facilities (all: they are few) and only the people the visits name. */
    private ScheduleContext context(Handle h, Collection<Visit> visits, Long extraDetainee, List<Long> extraVisitors) {
        Set<Long> detaineeIds = new HashSet<>();
        Set<Long> visitorIds = new HashSet<>(extraVisitors);
        if (extraDetainee != null) {
            detaineeIds.add(extraDetainee);
        }
        for (Visit v : visits) {
            detaineeIds.add(v.detaineeId());
            visitorIds.addAll(v.visitorIds());
        }
        DetaineeDao dd = h.attach(DetaineeDao.class);
        List<Detainee> detainees = new ArrayList<>();
        if (!detaineeIds.isEmpty()) {
            detainees.addAll(dd.byIds(new ArrayList<>(detaineeIds)));
        }
        List<Visitor> visitors = visitorIds.isEmpty() ? List.of()
                : h.attach(VisitorDao.class).byIds(new ArrayList<>(visitorIds));
        Rules r = facilityRules(h);
        return ScheduleContext.of(r.facilities(), r.windows(), r.blackouts(), detainees, visitors);
    }

    private static List<ConflictNotice> notices(List<Conflict> conflicts, ScheduleContext ctx) {
        List<ConflictNotice> out = new ArrayList<>(conflicts.size());
        for (Conflict c : conflicts) {
            out.add(new ConflictNotice(c, ConflictMessages.describe(c, ctx, Messages.locale()),
                    ConflictMessages.title(c.code(), Messages.locale())));
        }
        return out;
    }
}
