package org.visitdesk.domain;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One broken rule (DESIGN.md section 4). Enough is kept to name the people in a message without the visits.
 *
 * @param code       the rule
 * @param visitIds   the visits involved; the visit the conflict is judged on comes first (in
 *                   the check of one proposed visit always that visit, whose id is 0 when unsaved)
 * @param facilityId the facility whose rule was broken: the first visit's (for the weekly limit, the facility of
 *                   the person's first visit that week)
 * @param detaineeId the detained person the message speaks of: for a double booking the one on the other,
 *                   already booked visit; {@code null} for {@link ConflictCode#ROOM_FULL}
 * @param visitorId  the volunteer concerned, {@code null} when the rule is about no single visitor
 * @param at         the start of the visit the message speaks of, or the moment the room became overfull
 * @param count      what the rule counted (visitors, visits at once, visits in the week); 0 when nothing
 */
public record Conflict(
        ConflictCode code,
        List<Long> visitIds,
        long facilityId,
        Long detaineeId,
        Long visitorId,
        LocalDateTime at,
        int count) {

    public Conflict {
        if (code == null || at == null) {
            throw new IllegalArgumentException("a conflict needs a code and a time");
        }
        visitIds = visitIds == null ? List.of() : List.copyOf(visitIds);
    }

    /** The severity of the rule. */
    public Severity severity() {
        return code.severity();
    }

    /** True when this conflict blocks saving. */
    public boolean isError() {
        return code.severity() == Severity.ERROR;
    }

    /** True when the given visit is one of those involved. */
    public boolean involves(long visitId) {
        return visitIds.contains(visitId);
    }
}
