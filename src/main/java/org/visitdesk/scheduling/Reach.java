package org.visitdesk.scheduling;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.visitdesk.domain.DateRange;
import org.visitdesk.domain.Visit;

/**
 * Which saved visits can change the conflicts of a visit, or of any visit a search for a free time may propose:
 * the visits that take part in the rules and either overlap the time [from, to) at the facility, with the
 * detained person or with one of the visitors, or are the person's visits in the ISO weeks [weekFrom, weekTo)
 * (the weekly limit). The one home of that rule: storage serves it with one query over these fields, and
 * {@link #contains} keeps exactly the visits it means.
 *
 * @param facilityId the facility whose room the visits share
 * @param detaineeId the detained person
 * @param visitorIds the volunteers who must not be booked twice
 * @param from       the first moment a visit can be
 * @param to         the moment after the last one
 * @param weekFrom   the Monday, at midnight, of the first week the weekly limit counts
 * @param weekTo     the Monday, at midnight, after the last such week
 */
public record Reach(long facilityId, long detaineeId, List<Long> visitorIds, LocalDateTime from, LocalDateTime to,
        LocalDateTime weekFrom, LocalDateTime weekTo) {

    public Reach {
        visitorIds = visitorIds == null ? List.of() : List.copyOf(visitorIds);
    }

    /** The reach of one visit: its own time, and the ISO week it falls in. */
    public static Reach of(Visit v) {
        DateRange weeks = new DateRange(v.start().toLocalDate(), v.end().toLocalDate()).wholeWeeks();
        return new Reach(v.facilityId(), v.detaineeId(), v.visitorIds(), v.start(), v.end(), weeks.start(),
                weeks.end());
    }

    /** The reach of every visit a search could propose for the person at the facility in {@code days} days. */
    public static Reach ofSearch(long facilityId, long detaineeId, List<Long> visitorIds, LocalDate first,
            int days) {
        DateRange span = new DateRange(first, first.plusDays(Math.max(1, days) - 1L));
        DateRange weeks = span.wholeWeeks();
        return new Reach(facilityId, detaineeId, visitorIds, span.start(), span.end(), weeks.start(), weeks.end());
    }

    /** True when the saved visit can change the conflicts of a visit within this reach. */
    public boolean contains(Visit other) {
        if (!ConflictRules.takesPart(other)) {
            return false;
        }
        boolean sameDetainee = other.detaineeId() == detaineeId;
        if (sameDetainee && !other.start().isBefore(weekFrom) && other.start().isBefore(weekTo)) {
            return true;
        }
        boolean overlaps = other.start().isBefore(to) && from.isBefore(other.end());
        return overlaps && (sameDetainee || other.facilityId() == facilityId || sharesVisitor(other));
    }

    private boolean sharesVisitor(Visit other) {
        if (visitorIds.isEmpty() || other.visitorIds().isEmpty()) {
            return false;
        }
        Set<Long> mine = new HashSet<>(visitorIds);
        return other.visitorIds().stream().anyMatch(mine::contains);
    }
}
