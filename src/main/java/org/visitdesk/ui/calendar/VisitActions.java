package org.visitdesk.ui.calendar;

import java.time.LocalDateTime;
import java.util.function.Consumer;
import org.visitdesk.app.VisitListing;
import org.visitdesk.domain.Visit;

/**
 * What the calendar's popovers, lists and menus can do with a visit, done by the page.
 *
 * @param edit     opens a visit in its dialog
 * @param cancel   asks, then cancels a visit
 * @param plan     opens a new visit at a time (null: no time yet)
 * @param findTime opens "Find a time" for a visit's person and visitors
 */
record VisitActions(Consumer<Visit> edit, Consumer<VisitListing> cancel, Consumer<LocalDateTime> plan,
        Consumer<VisitListing> findTime) {
}
