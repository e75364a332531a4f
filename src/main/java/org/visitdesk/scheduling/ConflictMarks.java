package org.visitdesk.scheduling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.visitdesk.domain.Conflict;
import org.visitdesk.domain.ConflictCode;
import org.visitdesk.domain.Facility;
import org.visitdesk.domain.Visit;

/**
 * Which visits a conflict puts its mark on in a calendar, and which one of them a coordinator should move to
 * resolve it. A calendar shows a conflict on exactly the visits it marks, and its list names it under their days,
 * so the two always agree.
 *
 * <ul>
 * <li>{@link ConflictCode#WEEKLY_LIMIT} marks the visits beyond the limit, by start: the fourth visit of a week
 *     when three are allowed, not the three before it.</li>
 * <li>Every other rule marks every visit it involves (both visits of a double booking, every visit in an
 *     overfull room, the one visit of a rule about a single visit).</li>
 * <li>The one to move is, among the marked visits, one not kept at its time with a reason (the coordinator
 *     decided that one stays), and of those the one planned last (the highest id; an unsaved visit, id 0, is the
 *     newest of all).</li>
 * </ul>
 */
public final class ConflictMarks {

    /** What a conflict marks: the visits, and the one to move (0 when none of its visits is known). */
    public record Marks(List<Long> marked, long toMove) {
        public Marks {
            marked = List.copyOf(marked);
        }
    }

    private ConflictMarks() {
    }

    /**
     * The marks of a conflict.
     *
     * @param visits the visits by id, as far as they are known (null when unknown); an unsaved proposed visit is
     *               found under id 0
     */
    public static Marks of(Conflict c, Function<Long, Visit> visits, ScheduleContext ctx) {
        List<Visit> involved = new ArrayList<>();
        for (Long id : c.visitIds()) {
            Visit v = id == null ? null : visits.apply(id);
            if (v != null && v.start() != null) {
                involved.add(v);
            }
        }
        if (involved.size() < c.visitIds().size()) {
            // not every visit is known: mark what the conflict says, and suggest none
            return new Marks(c.visitIds(), c.visitIds().size() == 1 ? c.visitIds().get(0) : 0);
        }
        List<Visit> marked = involved;
        if (c.code() == ConflictCode.WEEKLY_LIMIT) {
            Facility f = ctx.facility(c.facilityId());
            List<Visit> byStart = new ArrayList<>(involved);
            byStart.sort(Comparator.comparing(Visit::start).thenComparing(ConflictMarks::plannedOrder));
            int limit = f == null ? 0 : Math.max(0, Math.min(f.maxVisitsPerWeek(), byStart.size() - 1));
            marked = byStart.subList(limit, byStart.size());
        }
        return new Marks(marked.stream().map(Visit::id).toList(), toMove(marked));
    }

    /** Among some visits, the one to move: not kept there with a reason if one can be, then the last planned. */
    static long toMove(List<Visit> candidates) {
        Comparator<Visit> preference = Comparator
                .comparing((Visit v) -> v.overrideReason().isBlank())
                .thenComparing(ConflictMarks::plannedOrder);
        return candidates.stream().max(preference).map(Visit::id).orElse(0L);
    }

    /** The order visits were planned in: by id, an unsaved one (id 0) last. */
    private static long plannedOrder(Visit v) {
        return v.id() == 0 ? Long.MAX_VALUE : v.id();
    }
}
