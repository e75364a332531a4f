package org.visitdesk.app;

import java.util.List;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Facility;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.Visitor;

/** A visit with the people and place it names, ready to show. */
public record VisitListing(Visit visit, Detainee detainee, List<Visitor> visitors, Facility facility) {

    public VisitListing {
        visitors = List.copyOf(visitors);
    }

    /** The visitors' names, joined for a table cell. */
    public String visitorNames() {
        return String.join(", ", visitors.stream().map(Visitor::fullName).toList());
    }
}
