package org.visitdesk.ui.calendar;

import java.time.LocalDate;
import java.util.List;
import org.visitdesk.domain.BlackoutDay;
import org.visitdesk.domain.VisitingWindow;
import org.visitdesk.domain.ClosedHours;

/**
 * What the calendar shades behind the visits: the hours shown outside the visiting windows in scope (those of
 * every unit of the facilities shown, or of the chosen visit's person's unit), so a coordinator sees where a visit
 * can go before dragging it.
 *
 * @param unit the housing unit whose windows are shown, or null for every unit
 */
record ShadedHours(List<VisitingWindow> windows, List<BlackoutDay> blackouts, ClosedHours.Scope scope,
        String unit) {

    /** Nothing known yet: nothing shaded. */
    static final ShadedHours NONE = new ShadedHours(List.of(), List.of(), ClosedHours.Scope.ALL, null);

    ShadedHours {
        windows = List.copyOf(windows);
        blackouts = List.copyOf(blackouts);
    }

    /** The shaded stretches of a day, within the hours the calendar shows. */
    List<ClosedHours.Span> closedOn(LocalDate day) {
        if (this == NONE || windows.isEmpty() && blackouts.isEmpty()) {
            return List.of();
        }
        return ClosedHours.of(day, windows, blackouts, scope, CalendarViews.FIRST_HOUR, CalendarViews.LAST_HOUR);
    }
}
