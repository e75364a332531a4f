package org.visitdesk.scheduling;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.visitdesk.domain.BlackoutDay;
import org.visitdesk.domain.Conflict;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.VisitType;
import org.visitdesk.domain.VisitingWindow;

/** "Find a time": the next visiting windows where a detainee and chosen visitors could meet without an error. */
public final class FreeSlots {

    /** How far ahead the search looks. */
    public static final int MAX_DAYS = 56;

    /** A possible visit time and the warnings it would still carry (weekly limit, language...). */
    public record Slot(LocalDateTime start, LocalDateTime end, List<Conflict> warnings) {

        public Slot {
            warnings = warnings == null ? List.of() : List.copyOf(warnings);
        }
    }

    private FreeSlots() {
    }

    /**
     * The reach of a search for the person and visitors from a day on: the saved visits {@link #find} needs. Null
     * when the person or their facility is unknown (then no slot can be found).
     */
    public static Reach reach(Detainee detainee, List<Long> visitorIds, LocalDate from) {
        if (detainee == null || detainee.facilityId() == null || from == null) {
            return null;
        }
        return Reach.ofSearch(detainee.facilityId(), detainee.id(), visitorIds, from, MAX_DAYS);
    }

    /**
     * Walks forward from {@code from} (inclusive) for at most {@link #MAX_DAYS} days through the windows of the
     * detainee's facility that serve their housing unit, skipping blackout days, and proposes each whole window as
     * a visit; keeps those that {@link ConflictRules#check} finds no error in. Empty when the detainee, their
     * facility or {@code from} is unknown. Note that a visitor who is not cleared, or a detainee who has left,
     * makes every slot an error, so none is returned.
     *
     * @param existing saved visits, at least those within {@link #reach}; others are left out
     */
    public static List<Slot> find(long detaineeId, List<Long> visitorIds, LocalDate from, int maxResults,
            Collection<Visit> existing, ScheduleContext ctx) {
        return find(detaineeId, visitorIds, from == null ? null : from.atStartOfDay(), maxResults, existing, ctx);
    }

    /**
     * As {@link #find(long, List, LocalDate, int, Collection, ScheduleContext)}, from a moment on: a window that
     * starts before {@code notBefore} (earlier today, when that is now) is never proposed, since that time has
     * passed.
     */
    public static List<Slot> find(long detaineeId, List<Long> visitorIds, LocalDateTime notBefore, int maxResults,
            Collection<Visit> existing, ScheduleContext ctx) {
        LocalDate from = notBefore == null ? null : notBefore.toLocalDate();
        List<Slot> slots = new ArrayList<>();
        Detainee detainee = ctx.detainee(detaineeId);
        List<Long> visitors = visitorIds == null ? List.of() : List.copyOf(visitorIds);
        Reach reach = reach(detainee, visitors, from);
        if (reach == null || maxResults <= 0) {
            return slots;
        }
        long facilityId = reach.facilityId();
        List<VisitingWindow> windows = new ArrayList<>();
        for (VisitingWindow w : ctx.windows(facilityId)) {
            if (w.serves(detainee.housingUnit())) {
                windows.add(w);
            }
        }
        windows.sort(Comparator.comparing(VisitingWindow::start));
        List<Visit> candidates = new ArrayList<>();
        if (existing != null) {
            existing.stream().filter(v -> v != null && reach.contains(v)).forEach(candidates::add);
        }

        for (int i = 0; i < MAX_DAYS && slots.size() < maxResults; i++) {
            LocalDate day = from.plusDays(i);
            if (closed(ctx.blackouts(facilityId), day)) {
                continue;
            }
            for (VisitingWindow w : windows) {
                if (w.day() != day.getDayOfWeek() || day.atTime(w.start()).isBefore(notBefore)) {
                    continue;
                }
                Visit proposed = new Visit(0, detaineeId, facilityId, day.atTime(w.start()), day.atTime(w.end()),
                        visitors, VisitType.SOCIAL, VisitStatus.REQUESTED, "", "");
                List<Conflict> conflicts = ConflictRules.check(proposed, candidates, ctx);
                if (!ConflictRules.hasErrors(conflicts)) {
                    slots.add(new Slot(proposed.start(), proposed.end(), conflicts));
                    if (slots.size() >= maxResults) {
                        break;
                    }
                }
            }
        }
        return slots;
    }

    private static boolean closed(List<BlackoutDay> blackouts, LocalDate day) {
        return blackouts.stream().anyMatch(b -> b.covers(day));
    }
}
