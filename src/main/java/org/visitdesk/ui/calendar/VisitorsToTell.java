package org.visitdesk.ui.calendar;

import org.visitdesk.app.Messages;
import org.visitdesk.app.VisitListing;
import org.visitdesk.domain.Visitor;
import org.visitdesk.ui.Dates;

/**
 * After a visit is moved or cancelled: the visitors who were going, with their phones (else their emails), for
 * the coordinator to tell; VisitDesk sends nothing itself, and the next calendar files carry the change.
 */
final class VisitorsToTell {

    private VisitorsToTell() {
    }

    /** True when someone was going and must be told. */
    static boolean any(VisitListing was) {
        return was != null && !was.visitors().isEmpty();
    }

    /** "Tell the visitors:" and one line per visitor with how to reach them, then the note on calendar files. */
    static String text(VisitListing was) {
        StringBuilder sb = new StringBuilder(Messages.get("tell.visitors")).append('\n');
        for (Visitor v : was.visitors()) {
            String reach = !v.phone().isEmpty() ? v.phone() : !v.email().isEmpty() ? v.email()
                    : Messages.get("tell.noContact");
            sb.append("\u2022 ").append(v.fullName()).append(" \u00B7 ").append(reach).append('\n');
        }
        sb.append('\n').append(Messages.get("tell.calendarFiles"));
        return sb.toString();
    }

    /** The header of the notice after a move: when the visit was and when it is now. */
    static String movedHeader(VisitListing was, java.time.LocalDateTime now) {
        return Messages.get("tell.moved", Dates.showDay(was.visit().day()),
                Dates.show(was.visit().start().toLocalTime()), Dates.showDay(now.toLocalDate()),
                Dates.show(now.toLocalTime()));
    }

    /** The header of the notice after a cancellation. */
    static String cancelledHeader(VisitListing was) {
        return Messages.get("tell.cancelled", Dates.showDay(was.visit().day()),
                Dates.show(was.visit().start().toLocalTime()));
    }
}
