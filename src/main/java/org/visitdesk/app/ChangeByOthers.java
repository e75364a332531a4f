package org.visitdesk.app;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * Records another coordinator saved on the shared store: which kinds, who (the database user they connect as),
 * and when this copy heard of it. After the connection to the server was lost and taken again, what was missed is
 * unknown: then every kind, and no one named.
 */
public record ChangeByOthers(Set<Kind> kinds, String coordinator, Instant at) {

    /** The kinds of records, as the coordinator knows them. */
    public enum Kind {
        VISITS, DETAINEES, VISITORS, REQUESTS, AFTER_THE_VISIT, FACILITIES
    }

    public ChangeByOthers {
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
    }

    /** The kind of records a table of the store holds; null for a table of no kind a coordinator sees. */
    static Kind kindOf(String table) {
        return switch (table) {
            case "visit", "visit_visitor", "visit_series" -> Kind.VISITS;
            case "detainee" -> Kind.DETAINEES;
            case "visitor", "visitor_family" -> Kind.VISITORS;
            case "request" -> Kind.REQUESTS;
            case "outcome", "follow_up" -> Kind.AFTER_THE_VISIT;
            case "facility", "visiting_window", "blackout_day" -> Kind.FACILITIES;
            default -> null;
        };
    }

    /** True when what was missed is unknown (the connection to the server was lost a while): read everything. */
    public boolean missed() {
        return coordinator.isEmpty();
    }

    /** The kind to name first: the one the calendar shows, then people, visitors, requests... */
    public Kind first() {
        return kinds.stream().sorted().findFirst().orElse(Kind.VISITS);
    }
}
