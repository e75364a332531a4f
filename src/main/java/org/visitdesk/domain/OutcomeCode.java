package org.visitdesk.domain;

import java.util.Arrays;
import java.util.List;

/**
 * What happened at a visit, as the volunteer reports it afterwards (DESIGN.md section 3). Each outcome sets the
 * visit's status: a visit that took place, even cut short, is completed; one the facility did not let happen
 * (a denial, the person not brought out, a lockdown) is denied, since the visitor came and was turned away; a
 * visitor who did not come is a no-show.
 */
public enum OutcomeCode {
    HAPPENED, DENIED, NOT_BROUGHT_OUT, LOCKDOWN, CUT_SHORT, VISITOR_NO_SHOW;

    /** The visit status this outcome sets. */
    public VisitStatus visitStatus() {
        return switch (this) {
            case HAPPENED, CUT_SHORT -> VisitStatus.COMPLETED;
            case DENIED, NOT_BROUGHT_OUT, LOCKDOWN -> VisitStatus.DENIED;
            case VISITOR_NO_SHOW -> VisitStatus.NO_SHOW;
        };
    }

    /** True when the person was seen: what resets the clock of the Unvisited list and counts as "people visited". */
    public boolean personSeen() {
        return this == HAPPENED || this == CUT_SHORT;
    }

    /**
     * True when a visit counts as one: its outcome says the person was seen, or its status is completed. What the
     * Unvisited list and the report's "people visited" both count (and the store's query of last visits).
     */
    public static boolean seenAt(OutcomeCode outcome, VisitStatus status) {
        return outcome != null && outcome.personSeen() || status == VisitStatus.COMPLETED;
    }

    /** The names of the outcomes that say the person was seen, for a query. */
    public static List<String> seenNames() {
        return Arrays.stream(values()).filter(OutcomeCode::personSeen).map(Enum::name).toList();
    }

    /** True when the facility kept the visit from happening: the rows of the report's Denials sheet. */
    public boolean refusedByFacility() {
        return this == DENIED || this == NOT_BROUGHT_OUT;
    }
}
