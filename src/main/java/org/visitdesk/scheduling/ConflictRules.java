package org.visitdesk.scheduling;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.visitdesk.domain.BlackoutDay;
import org.visitdesk.domain.Conflict;
import org.visitdesk.domain.ConflictCode;
import org.visitdesk.domain.DateRange;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Facility;
import org.visitdesk.domain.Languages;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitingWindow;
import org.visitdesk.domain.Visitor;

/**
 * The conflict rules of DESIGN.md section 4.
 *
 * <p>Choices the design left open:
 * <ul>
 * <li>Cancelled, denied and no-show visits, visits without a start or end, and the anonymous visits of people
 *     removed by clean-up take part in no rule.</li>
 * <li>Windows, blackouts and limits are those of the visit's own facility; the housing unit is the detainee's.
 *     The weekly limit is that of the facility of the person's first visit that week.</li>
 * <li>Which saved visits can matter to a visit is {@link Reach}'s to say.</li>
 * <li>An unknown visitor id counts as {@link ConflictCode#VISITOR_NOT_CLEARED}: nobody can vouch for them.</li>
 * <li>{@link ConflictCode#WEEKLY_LIMIT} is reported on <em>all</em> the detainee's active visits of that ISO week
 *     (one conflict listing them), so it does not depend on which visit was booked first; {@code at} is the start
 *     of the first visit beyond the limit, {@code count} the visits in the week.</li>
 * <li>{@link ConflictCode#ROOM_FULL} is one conflict per overfull stretch of time: it lists every visit in the
 *     room while it was overfull, {@code at} is when it became overfull, {@code count} the most visits at once.</li>
 * </ul>
 */
public final class ConflictRules {

    private static final Comparator<Visit> BY_START = Comparator.comparing(Visit::start)
            .thenComparing(Visit::end)
            .thenComparingLong(Visit::id);

    private ConflictRules() {
    }

    /**
     * True when {@code other} can change the conflicts of {@code proposed}: it is within the proposed visit's
     * {@link Reach} and is not the proposed visit itself (or an earlier version of it, same non-zero id).
     */
    public static boolean matters(Visit proposed, Visit other) {
        if (other == proposed || (proposed.id() != 0 && other.id() == proposed.id())) {
            return false;
        }
        return Reach.of(proposed).contains(other);
    }

    /** True when any of the conflicts is an error. */
    public static boolean hasErrors(Collection<Conflict> conflicts) {
        return conflicts.stream().anyMatch(Conflict::isError);
    }

    /**
     * The conflicts {@code proposed} would have beside {@code others}. The proposed visit may be unsaved (id 0) or
     * an edited version of a saved one, whose stored version in {@code others} is ignored. Every conflict lists
     * the proposed visit first; they are sorted errors first (in code order), then by time.
     */
    public static List<Conflict> check(Visit proposed, Collection<Visit> others, ScheduleContext ctx) {
        List<Conflict> out = new ArrayList<>();
        if (!takesPart(proposed)) {
            return out;
        }
        Reach reach = Reach.of(proposed);
        List<Visit> relevant = new ArrayList<>();
        for (Visit o : others) {
            if (o != null && o != proposed && (proposed.id() == 0 || o.id() != proposed.id()) && reach.contains(o)) {
                relevant.add(o);
            }
        }
        relevant.sort(BY_START);
        ownRules(proposed, ctx, out);

        // the proposed visit first in both lists: its conflicts name it first
        List<Visit> room = new ArrayList<>();
        room.add(proposed);
        List<Visit> week = new ArrayList<>();
        week.add(proposed);
        for (Visit o : relevant) {
            if (proposed.overlaps(o)) {
                pairRules(proposed, o, out);
                if (o.facilityId() == proposed.facilityId()) {
                    room.add(o);
                }
            }
            if (o.detaineeId() == proposed.detaineeId() && sameWeek(o, proposed)) {
                week.add(o);
            }
        }
        out.addAll(roomFull(room, ctx, true));
        weeklyLimit(week, ctx).ifPresent(out::add);
        out.sort(Comparator.comparing(Conflict::code).thenComparing(Conflict::at));
        return out;
    }

    /**
     * Every conflict among {@code visits} (say, those of a calendar range), sorted by time. A conflict between two
     * visits is reported once, listing both: the later-starting first, the one already booked second. Runs in
     * about n log n: visits are sorted by start and swept, so only visits that overlap are compared.
     */
    public static List<Conflict> checkAll(Collection<Visit> visits, ScheduleContext ctx) {
        List<Visit> active = new ArrayList<>();
        for (Visit v : visits) {
            if (takesPart(v)) {
                active.add(v);
            }
        }
        active.sort(BY_START);
        List<Conflict> out = new ArrayList<>();

        // Sweep: `open` holds the visits that have started and not yet ended; each new visit meets only those.
        List<Visit> open = new ArrayList<>();
        Map<Long, List<Visit>> byFacility = new HashMap<>();
        Map<WeekKey, List<Visit>> byWeek = new HashMap<>();
        for (Visit v : active) {
            ownRules(v, ctx, out);
            open.removeIf(o -> !o.end().isAfter(v.start()));
            for (Visit o : open) {
                if (v.overlaps(o)) {
                    pairRules(v, o, out);
                }
            }
            open.add(v);
            byFacility.computeIfAbsent(v.facilityId(), k -> new ArrayList<>()).add(v);
            byWeek.computeIfAbsent(new WeekKey(v.detaineeId(), DateRange.mondayOf(v.day())), k -> new ArrayList<>())
                    .add(v);
        }
        for (List<Visit> room : byFacility.values()) {
            out.addAll(roomFull(room, ctx, false));
        }
        for (List<Visit> week : byWeek.values()) {
            weeklyLimit(week, ctx).ifPresent(out::add);
        }
        out.sort(Comparator.comparing(Conflict::at).thenComparing(Conflict::code)
                .thenComparing(c -> c.visitIds().toString()));
        return out;
    }

    /** True when a visit takes part in the rules: active, with a time, and of a person still on record. */
    static boolean takesPart(Visit v) {
        // a visit whose person was removed by clean-up (detainee 0) is an anonymous count, not a booking
        return v != null && v.status().isActive() && v.start() != null && v.end() != null && v.detaineeId() != 0;
    }

    private static boolean sameWeek(Visit a, Visit b) {
        return DateRange.mondayOf(a.day()).equals(DateRange.mondayOf(b.day()));
    }

    private record WeekKey(long detaineeId, LocalDate monday) {
    }

    /**
     * {@link ConflictCode#ROOM_FULL}: one conflict per stretch of time when more of the visits (all at one
     * facility) overlap than its room holds; each lists the visits in the room then, in the order given.
     *
     * @param onlyWithFirst keep only the stretches the first visit is part of (checking one proposed visit)
     */
    private static List<Conflict> roomFull(List<Visit> room, ScheduleContext ctx, boolean onlyWithFirst) {
        long facilityId = room.get(0).facilityId();
        Facility facility = ctx.facility(facilityId);
        List<Conflict> out = new ArrayList<>();
        if (facility == null) {
            return out;
        }
        for (Episode e : overfull(room, facility.roomCapacity())) {
            if (onlyWithFirst && !e.members.contains(0)) {
                continue;
            }
            List<Long> ids = new ArrayList<>();
            for (int i : e.members) {
                ids.add(room.get(i).id());
            }
            out.add(new Conflict(ConflictCode.ROOM_FULL, ids, facilityId, null, null, e.at, e.peak));
        }
        return out;
    }

    /**
     * {@link ConflictCode#WEEKLY_LIMIT}: one person's active visits of one ISO week, more than allowed. The limit
     * is that of the facility of the week's first visit, whichever visit is being checked, so that checking one
     * visit and checking a range agree. The conflict lists the visits in the order given.
     */
    private static Optional<Conflict> weeklyLimit(List<Visit> week, ScheduleContext ctx) {
        List<Visit> byStart = new ArrayList<>(week);
        byStart.sort(BY_START);
        Facility facility = ctx.facility(byStart.get(0).facilityId());
        if (facility == null || week.size() <= facility.maxVisitsPerWeek()) {
            return Optional.empty();
        }
        LocalDateTime at = byStart.get(Math.max(0, facility.maxVisitsPerWeek())).start();
        List<Long> ids = week.stream().map(Visit::id).toList();
        return Optional.of(new Conflict(ConflictCode.WEEKLY_LIMIT, ids, facility.id(), week.get(0).detaineeId(),
                null, at, week.size()));
    }

    /** The rules that need only the visit itself and the context. */
    private static void ownRules(Visit v, ScheduleContext ctx, List<Conflict> out) {
        long fid = v.facilityId();
        Facility facility = ctx.facility(fid);
        Detainee detainee = ctx.detainee(v.detaineeId());
        Long did = v.detaineeId();
        List<Long> ids = List.of(v.id());
        List<Long> visitorIds = List.copyOf(new LinkedHashSet<>(v.visitorIds()));

        String unit = detainee == null ? "" : detainee.housingUnit();
        boolean fits = false;
        for (VisitingWindow w : ctx.windows(fid)) {
            // One window must hold the whole visit: two adjacent windows are separate sessions at the door.
            if (w.serves(unit) && w.contains(v.start(), v.end())) {
                fits = true;
                break;
            }
        }
        if (!fits) {
            out.add(new Conflict(ConflictCode.OUTSIDE_VISITING_HOURS, ids, fid, did, null, v.start(), 0));
        }

        for (BlackoutDay b : ctx.blackouts(fid)) {
            if (b.covers(v.start().toLocalDate()) || b.covers(v.end().toLocalDate())) {
                out.add(new Conflict(ConflictCode.FACILITY_CLOSED, ids, fid, did, null, v.start(), 0));
                break;
            }
        }

        if (facility != null && visitorIds.size() > facility.maxVisitorsPerVisit()) {
            out.add(new Conflict(ConflictCode.TOO_MANY_VISITORS, ids, fid, did, null, v.start(), visitorIds.size()));
        }

        if (detainee != null && !detainee.heldOn(v.day())) {
            out.add(new Conflict(ConflictCode.DETAINEE_NOT_HELD, ids, fid, did, null, v.start(), 0));
        }

        List<String> visitorLanguages = new ArrayList<>();
        for (Long id : visitorIds) {
            Visitor p = id == null ? null : ctx.visitor(id);
            if (p == null || !p.isCleared()) {
                out.add(new Conflict(ConflictCode.VISITOR_NOT_CLEARED, ids, fid, did, id, v.start(), 0));
            }
            if (p != null) {
                visitorLanguages.addAll(nonBlank(p.languages()));
            }
        }

        if (visitorIds.isEmpty()) {
            out.add(new Conflict(ConflictCode.NO_VISITOR, ids, fid, did, null, v.start(), 0));
        } else if (detainee != null) {
            List<String> spoken = nonBlank(detainee.languages());
            // Nothing recorded is not the same as nothing shared: stay quiet until the languages are known.
            if (!spoken.isEmpty() && !Languages.shareAny(spoken, visitorLanguages)) {
                out.add(new Conflict(ConflictCode.NO_COMMON_LANGUAGE, ids, fid, did, null, v.start(), 0));
            }
        }
    }

    /** The rules between {@code v} and an overlapping {@code other} that was booked before it. */
    private static void pairRules(Visit v, Visit other, List<Conflict> out) {
        List<Long> ids = List.of(v.id(), other.id());
        if (v.detaineeId() == other.detaineeId()) {
            out.add(new Conflict(ConflictCode.DETAINEE_DOUBLE_BOOKED, ids, v.facilityId(), other.detaineeId(), null,
                    other.start(), 0));
        }
        Set<Long> theirs = new HashSet<>(other.visitorIds());
        for (Long id : new LinkedHashSet<>(v.visitorIds())) {
            if (theirs.contains(id)) {
                out.add(new Conflict(ConflictCode.VISITOR_DOUBLE_BOOKED, ids, v.facilityId(), other.detaineeId(), id,
                        other.start(), 0));
            }
        }
    }

    private static List<String> nonBlank(List<String> languages) {
        List<String> out = new ArrayList<>();
        for (String s : languages) {
            if (s != null && !s.isBlank()) {
                out.add(s);
            }
        }
        return out;
    }

    /** A stretch of time when the room was overfull: when it began, who was in, the most at once. */
    private static final class Episode {
        final LocalDateTime at;
        final TreeSet<Integer> members = new TreeSet<>();
        int peak;

        Episode(LocalDateTime at) {
            this.at = at;
        }
    }

    private record Event(LocalDateTime time, boolean start, int index) {
    }

    /**
     * Sweeps the start and end events of {@code visits} (indices into the list) and returns each stretch when more
     * than {@code capacity} of them were in the room. All events at one moment are applied before counting, so a
     * visit ending as another starts leaves room for it.
     */
    private static List<Episode> overfull(List<Visit> visits, int capacity) {
        List<Event> events = new ArrayList<>(visits.size() * 2);
        for (int i = 0; i < visits.size(); i++) {
            Visit v = visits.get(i);
            if (v.end().isAfter(v.start())) {
                events.add(new Event(v.start(), true, i));
                events.add(new Event(v.end(), false, i));
            }
        }
        events.sort(Comparator.comparing(Event::time).thenComparing(Event::start).thenComparingInt(Event::index));
        List<Episode> episodes = new ArrayList<>();
        Set<Integer> inRoom = new LinkedHashSet<>();
        Episode current = null;
        int i = 0;
        while (i < events.size()) {
            LocalDateTime t = events.get(i).time();
            while (i < events.size() && events.get(i).time().equals(t)) {
                Event e = events.get(i++);
                if (e.start()) {
                    inRoom.add(e.index());
                } else {
                    inRoom.remove(e.index());
                }
            }
            if (inRoom.size() > capacity) {
                if (current == null) {
                    current = new Episode(t);
                    episodes.add(current);
                }
                current.members.addAll(inRoom);
                current.peak = Math.max(current.peak, inRoom.size());
            } else {
                current = null;
            }
        }
        return episodes;
    }
}
