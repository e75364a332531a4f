package org.visitdesk.ui.calendar;

import java.time.LocalDateTime;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.visitdesk.app.VisitListing;
import org.visitdesk.domain.Visit;

/**
 * What the calendar's popovers, lists and menus can do with a visit, done by the page.
 *
 * @param edit     opens a visit in its dialog
 * @param cancel   asks, then cancels a visit
 * @param plan     opens a new visit at a time (null: no time yet)
 * @param findTime opens "Find a time" for a visit's person and visitors
 * @param report   opens the report of what happened at a visit
 * @param reportable whether a visit can take a report yet (its day has come)
 */
record VisitActions(Consumer<Visit> edit, Consumer<VisitListing> cancel, Consumer<LocalDateTime> plan,
        Consumer<VisitListing> findTime, Consumer<VisitListing> report,
        Predicate<VisitListing> reportable) {
}
