package org.visitdesk.domain;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/** Where a visit stands in its life. */
public enum VisitStatus {
    REQUESTED, SCHEDULED, CONFIRMED, COMPLETED, CANCELLED, DENIED, NO_SHOW;

    /** Cancelled, denied and no-show visits take part in no scheduling rule. */
    public boolean isActive() {
        return this != CANCELLED && this != DENIED && this != NO_SHOW;
    }

    /** Active and not yet done: what a release or transfer would cancel. */
    public boolean isPlanned() {
        return isActive() && this != COMPLETED;
    }

    /** The names of the active statuses, as stored: what a query that only counts active visits binds. */
    public static List<String> activeNames() {
        return names(VisitStatus::isActive);
    }

    /** The names of the planned statuses, as stored. */
    public static List<String> plannedNames() {
        return names(VisitStatus::isPlanned);
    }

    private static List<String> names(Predicate<VisitStatus> which) {
        return Arrays.stream(values()).filter(which).map(Enum::name).toList();
    }
}
