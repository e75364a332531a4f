package org.visitdesk.app;

import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Request;
import org.visitdesk.domain.RequestMatch;

/**
 * A request as the waiting list shows it: its person (null until matched), how it was matched (or why not), whether
 * that person has already left (released, transferred, deported: accepted, but flagged), the days it has waited, and
 * how many requests the records hold for the same person (two requests for one person are one person).
 */
public record RequestListing(Request request, Detainee person, RequestMatch.Kind match, boolean personHasLeft,
        long daysWaiting, int requestsForPerson) {
}
