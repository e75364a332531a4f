package org.visitdesk.app;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.BlackoutDay;
import org.visitdesk.domain.Conflict;
import org.visitdesk.domain.DateRange;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Facility;
import org.visitdesk.domain.FieldError;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitingWindow;
import org.visitdesk.domain.Visitor;
import org.visitdesk.scheduling.ConflictMarks;
import org.visitdesk.scheduling.ConflictMessages;
import org.visitdesk.scheduling.ConflictRules;
import org.visitdesk.scheduling.FreeSlots;
import org.visitdesk.scheduling.Reach;
import org.visitdesk.scheduling.ScheduleContext;
import org.visitdesk.storage.Transactions;
import org.visitdesk.storage.UnitOfWork;

/**
 * The schedule: what a proposed visit would break, what a range of days shows, free times, and the use cases
 * that save a visit through the rules (plan, edit, move), each in one transaction.
 */
public final class ScheduleService {

    private final Transactions records;
    private final VisitService visits;
    private final Clock clock;

    ScheduleService(Transactions records, VisitService visits, Clock clock) {
        this.records = records;
        this.visits = visits;
        this.clock = clock;
    }

    /** What checking one visit found. */
    public record Check(List<ConflictNotice> notices) {
        public Check {
            notices = List.copyOf(notices);
        }

        /** True when any conflict is an error. */
        public boolean hasErrors() {
            return notices.stream().anyMatch(ConflictNotice::isError);
        }
    }

    /** The visits of some days with their conflicts and the facilities' closed days: what a calendar shows. */
    public record Agenda(DateRange days, List<VisitListing> visits, List<ConflictNotice> conflicts,
            List<BlackoutDay> blackouts) {
        public Agenda {
            visits = List.copyOf(visits);
            conflicts = List.copyOf(conflicts);
            blackouts = List.copyOf(blackouts);
        }

        /** The conflicts a calendar shows on a visit: those that mark it. */
        public List<ConflictNotice> conflictsOf(long visitId) {
            return conflicts.stream().filter(c -> c.marks(visitId)).toList();
        }
    }

    /** The conflicts a proposed visit (new or an edited saved one) would have; reads only the visits that matter. */
    public Check check(Visit proposed) {
        return records.read(u -> {
            Checked c = checkIn(u, proposed);
            return new Check(notices(c.conflicts(), c.ctx(), lookup(c.near(), proposed)));
        });
    }

    /**
     * Plans one new visit named the way a command line names things: the person by A-number, the visitors by
     * email (in any case), at the person's facility, through the same rules and in one transaction as
     * {@link #plan}. Names that match nobody refuse it, each said.
     */
    public VisitChange planFor(ANumber person, LocalDateTime start, LocalDateTime end, List<String> visitorEmails,
            String overrideReason) {
        return records.write(u -> {
            List<FieldError> unknown = new ArrayList<>();
            Detainee d = u.detainees().byANumber(person.value()).orElse(null);
            if (d == null) {
                unknown.add(new FieldError("detainee", "plan.unknownPerson", List.of(person.display())));
            } else if (d.facilityId() == null) {
                unknown.add(new FieldError("detainee", "import.value.noFacility", List.of(person.display())));
            }
            List<Long> visitorIds = new ArrayList<>();
            for (String email : visitorEmails) {
                List<Visitor> found = u.visitors().byEmailInAnyCase(email.strip());
                if (found.size() == 1) {
                    if (!visitorIds.contains(found.get(0).id())) {
                        visitorIds.add(found.get(0).id());
                    }
                } else {
                    unknown.add(new FieldError("visitors", found.isEmpty() ? "plan.unknownVisitor"
                            : "plan.sameEmail", List.of(email.strip())));
                }
            }
            Visit visit = new Visit(0, d == null ? 0 : d.id(), d == null || d.facilityId() == null ? 0
                    : d.facilityId(), start, end, visitorIds, null, null, "", "");
            if (!unknown.isEmpty()) {
                return new VisitChange(VisitChange.Kind.REFUSED, null, visit, null, List.of(), unknown, Set.of());
            }
            return planIn(u, visit, overrideReason);
        });
    }

    /**
     * Plans a new visit or saves an edited one, checked and saved in one transaction. A visit that breaks a rule
     * that blocks, or is planned at a time that has passed, is saved only with a reason, which is kept on it; one
     * that breaks none loses any reason it had (the history keeps it), since the reason was about rules it no
     * longer breaks. Warnings never block.
     */
    public VisitChange plan(Visit visit, String overrideReason) {
        return plan(visit, overrideReason, null);
    }

    /**
     * Saves an edited visit like {@link #plan}, over the other coordinator's change it was refused for
     * ({@link VisitChange.Kind#CHANGED_MEANWHILE}): the visit carries the version that refusal read, and the history
     * says whose change it replaced. A change saved after that refusal refuses it again.
     */
    public VisitChange plan(Visit visit, String overrideReason, OtherChange overwriting) {
        return records.write(u -> planIn(u, visit, overrideReason, overwriting));
    }

    /**
     * Moves a saved visit to another time, as {@link #plan} saves it: the rest of the visit is read as it is saved
     * now, so a move never undoes an edit made meanwhile.
     */
    public VisitChange move(long visitId, LocalDateTime start, LocalDateTime end, String overrideReason) {
        return records.write(u -> {
            Optional<Visit> now = u.visits().byId(visitId);
            if (now.isEmpty() || now.get().detaineeId() == 0) {
                return gone(now.orElse(null));
            }
            return planIn(u, now.get().withTime(start, end), overrideReason);
        });
    }

    /**
     * Moves the visit a calendar shows, at the version it showed: when someone else saved it since, nothing moves
     * and the change says who ({@link VisitChange.Kind#CHANGED_MEANWHILE}); {@code overwriting} (or null) is the
     * change a move that was refused so goes over on purpose, with the version that refusal read.
     */
    public VisitChange move(long visitId, int shownVersion, LocalDateTime start, LocalDateTime end,
            String overrideReason, OtherChange overwriting) {
        return records.write(u -> {
            Optional<Visit> now = u.visits().byId(visitId);
            if (now.isEmpty() || now.get().detaineeId() == 0) {
                return gone(now.orElse(null));
            }
            return planIn(u, now.get().withVersion(shownVersion).withTime(start, end), overrideReason, overwriting);
        });
    }

    private static VisitChange gone(Visit now) {
        return new VisitChange(VisitChange.Kind.REFUSED, now, null, null, List.of(),
                List.of(new FieldError("", "error.record.gone")), Set.of());
    }

    /** {@link #plan} inside the caller's unit of work (a series plans or moves many visits in one). */
    VisitChange planIn(UnitOfWork u, Visit visit, String overrideReason) {
        return planIn(u, visit, overrideReason, null);
    }

    /**
     * {@link #plan} inside the caller's unit of work. An edited visit no longer at the version it was opened with
     * is refused before any rule is checked: the coordinator first sees what someone else changed.
     */
    VisitChange planIn(UnitOfWork u, Visit visit, String overrideReason, OtherChange overwriting) {
        Visit before = visit.id() == 0 ? null : u.visits().byId(visit.id()).orElse(null);
        if (before != null && before.detaineeId() != 0) {
            OtherChange other = VisitService.changeSince(u, before, visit.version());
            if (other != null) {
                return VisitChange.changedMeanwhile(before, visit, other);
            }
        }
        List<FieldError> problems = visit.problems();
        if (!problems.isEmpty()) {
            return new VisitChange(VisitChange.Kind.REFUSED, before, visit, null, List.of(), problems, Set.of());
        }
        Checked found = checkIn(u, visit);
        List<ConflictNotice> notices = notices(found.conflicts(), found.ctx(), lookup(found.near(), visit));
        boolean errors = ConflictRules.hasErrors(found.conflicts());
        boolean past = plannedInThePast(before, visit);
        String reason = overrideReason == null ? "" : overrideReason.strip();
        if ((errors || past) && reason.isEmpty()) {
            return new VisitChange(VisitChange.Kind.NEEDS_DECISION, before, visit, null, notices,
                    past ? List.of(new FieldError("date", "visit.past.decide")) : List.of(), Set.of());
        }
        String kept = errors || past ? reason : "";
        SaveResult<Visit> r = visits.saveIn(u, visit.withOverrideReason(kept), kept, overwriting);
        if (r.changedMeanwhile()) {
            return VisitChange.changedMeanwhile(r.current(), visit, r.otherChange());
        }
        if (!r.isSaved()) {
            return new VisitChange(VisitChange.Kind.REFUSED, before, visit, null, notices, r.errors(), Set.of());
        }
        Set<Long> affected = new HashSet<>();
        affected.add(r.saved().id());
        found.near().forEach(v -> affected.add(v.id()));
        if (before != null && before.start() != null && before.end() != null) {
            within(u, Reach.of(before)).forEach(v -> affected.add(v.id()));
        }
        VisitChange.Kind kind = errors ? VisitChange.Kind.SAVED_DESPITE_ERRORS
                : notices.isEmpty() ? VisitChange.Kind.SAVED : VisitChange.Kind.SAVED_WITH_WARNINGS;
        return new VisitChange(kind, before, visit, r.saved(), notices, List.of(), affected);
    }

    /**
     * True when a visit is planned (new, or moved) to start at a time that has passed: a visit still to happen
     * (requested, scheduled, confirmed) cannot start in the past without a decision. Recording one that took place
     * or did not (completed, cancelled, denied, no-show) is not planning, and an edit that keeps the time is not
     * either.
     */
    private boolean plannedInThePast(Visit before, Visit visit) {
        boolean timeChosen = before == null || !visit.start().equals(before.start());
        return visit.status().isPlanned() && timeChosen && visit.start().isBefore(LocalDateTime.now(clock));
    }

    /** What checking found, with the people it read and the saved visits within reach. */
    private record Checked(List<Conflict> conflicts, ScheduleContext ctx, List<Visit> near) {
    }

    private Checked checkIn(UnitOfWork u, Visit proposed) {
        if (proposed.start() == null || proposed.end() == null || !proposed.end().isAfter(proposed.start())) {
            return new Checked(List.of(), ScheduleContext.of(null, null, null, null, null), List.of());
        }
        List<Visit> near = within(u, Reach.of(proposed));
        List<Visit> all = new ArrayList<>(near);
        all.add(proposed);
        ScheduleContext ctx = context(u, all, null, List.of());
        return new Checked(ConflictRules.check(proposed, near, ctx), ctx, near);
    }

    /** {@link #check} inside the caller's unit of work. */
    List<ConflictNotice> noticesIn(UnitOfWork u, Visit proposed) {
        Checked c = checkIn(u, proposed);
        return notices(c.conflicts(), c.ctx(), lookup(c.near(), proposed));
    }

    /** The saved visits within a reach: one query, narrowed by the rule itself. */
    private static List<Visit> within(UnitOfWork u, Reach reach) {
        return u.schedule().thatMatter(reach.facilityId(), reach.detaineeId(), reach.visitorIds(), reach.from(),
                reach.to(), reach.weekFrom(), reach.weekTo()).stream().filter(reach::contains).toList();
    }

    /** Every conflict among the visits overlapping the days, in time order. */
    public List<ConflictNotice> conflictsBetween(DateRange days) {
        return agenda(days).conflicts();
    }

    /**
     * The visits overlapping the days and their conflicts. Reads whole ISO weeks once, so that the weekly limit
     * sees every visit of the weeks at the edges.
     */
    public Agenda agenda(DateRange days) {
        return records.read(u -> agendaIn(u, days));
    }

    /** The conflicts that involve any of the given visits, inside the caller's unit of work (an import). */
    List<ConflictNotice> conflictsOf(UnitOfWork u, Set<Long> visitIds, DateRange days) {
        return agendaIn(u, days).conflicts().stream()
                .filter(c -> c.conflict().visitIds().stream().anyMatch(visitIds::contains)).toList();
    }

    private Agenda agendaIn(UnitOfWork u, DateRange days) {
        DateRange weeks = days.wholeWeeks();
        List<Visit> inWeeks = u.schedule().between(weeks.start(), weeks.end());
        ScheduleContext ctx = context(u, weeks.start(), weeks.end());
        Set<Long> inRange = new HashSet<>();
        List<Visit> shown = new ArrayList<>();
        for (Visit v : inWeeks) {
            if (v.start().isBefore(days.end()) && v.end().isAfter(days.start())) {
                inRange.add(v.id());
                shown.add(v);
            }
        }
        List<Conflict> found = new ArrayList<>();
        for (Conflict c : ConflictRules.checkAll(inWeeks, ctx)) {
            if (c.visitIds().stream().anyMatch(inRange::contains)) {
                found.add(c);
            }
        }
        List<BlackoutDay> closed = new ArrayList<>();
        for (BlackoutDay bd : facilityRules(u).blackouts()) {
            if (new DateRange(bd.from(), bd.to()).overlaps(days)) {
                closed.add(bd);
            }
        }
        return new Agenda(days, VisitService.listings(shown, ctx), notices(found, ctx, lookup(inWeeks, null)),
                closed);
    }

    /** The next free times for a person and chosen visitors, from a day on: no rule that blocks broken in any. */
    public List<FreeTime> freeTimes(long detaineeId, List<Long> visitorIds, LocalDate from, int max) {
        return records.read(u -> {
            Reach reach = FreeSlots.reach(u.detainees().byId(detaineeId).orElse(null), visitorIds, from);
            if (reach == null) {
                return List.of();
            }
            List<Visit> near = within(u, reach);
            ScheduleContext ctx = context(u, near, detaineeId, visitorIds);
            List<FreeTime> out = new ArrayList<>();
            // never a time that has passed: from the start of today, or from now when that is today
            LocalDateTime now = LocalDateTime.now(clock);
            LocalDateTime notBefore = from.atStartOfDay().isBefore(now) ? now : from.atStartOfDay();
            Function<Long, Visit> known = lookup(near, null);
            for (FreeSlots.Slot s : FreeSlots.find(detaineeId, visitorIds, notBefore, max, near, ctx)) {
                out.add(new FreeTime(s.start(), s.end(), notices(s.warnings(), ctx, known)));
            }
            return out;
        });
    }

    /** The facilities with their windows and blackouts: few rows, read on every check, changed rarely. */
    private record Rules(List<Facility> facilities, List<VisitingWindow> windows, List<BlackoutDay> blackouts) {
    }

    private volatile Rules rules;

    private Rules facilityRules(UnitOfWork u) {
        Rules r = rules;
        if (r == null) {
            r = new Rules(u.facilities().all(), u.facilities().allWindows(), u.facilities().allBlackouts());
            rules = r;
        }
        return r;
    }

    /** Forgets the facility rules read so far: call after any change of facilities, windows or blackouts. */
    void facilitiesChanged() {
        rules = null;
    }

    /** The facilities (all: they are few) and only the people the visits name, and any extra ones. */
    private ScheduleContext context(UnitOfWork u, Collection<Visit> visits, Long extraDetainee,
            List<Long> extraVisitors) {
        Set<Long> detaineeIds = new HashSet<>();
        Set<Long> visitorIds = new HashSet<>(extraVisitors);
        if (extraDetainee != null) {
            detaineeIds.add(extraDetainee);
        }
        for (Visit v : visits) {
            detaineeIds.add(v.detaineeId());
            visitorIds.addAll(v.visitorIds());
        }
        List<Detainee> detainees = detaineeIds.isEmpty() ? List.of()
                : u.schedule().detainees(new ArrayList<>(detaineeIds));
        List<Visitor> visitors = visitorIds.isEmpty() ? List.of() : u.schedule().visitors(new ArrayList<>(visitorIds));
        Rules r = facilityRules(u);
        return ScheduleContext.of(r.facilities(), r.windows(), r.blackouts(), detainees, visitors);
    }

    /** The facilities and the people of the visits overlapping [from, to), chosen by that range. */
    private ScheduleContext context(UnitOfWork u, LocalDateTime from, LocalDateTime to) {
        Rules r = facilityRules(u);
        return ScheduleContext.of(r.facilities(), r.windows(), r.blackouts(), u.schedule().detaineesBetween(from, to),
                u.schedule().visitorsBetween(from, to));
    }

    /**
     * The conflicts put into words for a coordinator, with the visits each marks and the one to move.
     *
     * @param visits the visits the conflicts may name, by id (an unsaved proposed visit under 0)
     */
    private static List<ConflictNotice> notices(List<Conflict> conflicts, ScheduleContext ctx,
            Function<Long, Visit> visits) {
        List<ConflictNotice> out = new ArrayList<>(conflicts.size());
        for (Conflict c : conflicts) {
            ConflictMarks.Marks marks = ConflictMarks.of(c, visits, ctx);
            out.add(new ConflictNotice(c, ConflictMessages.describe(c, ctx, visits), ConflictMessages.title(c.code()),
                    marks.marked(), marks.toMove()));
        }
        return out;
    }

    /** The visits by id; a proposed visit (new, or a saved one as edited) stands for its saved version. */
    private static Function<Long, Visit> lookup(Collection<Visit> saved, Visit proposed) {
        Map<Long, Visit> byId = new HashMap<>();
        for (Visit v : saved) {
            byId.put(v.id(), v);
        }
        if (proposed != null) {
            byId.put(proposed.id(), proposed);
        }
        return byId::get;
    }
}
