package org.visitdesk.ui.calendar;

import com.calendarfx.model.Entry;
import java.util.ArrayList;
import java.util.List;
import org.visitdesk.app.ConflictNotice;
import org.visitdesk.app.Messages;
import org.visitdesk.app.VisitListing;
import org.visitdesk.domain.Visitor;
import org.visitdesk.ui.Dates;

/** A visit in words, for a tooltip or a list: whom, where, when, who goes, and what it breaks. */
final class VisitWords {

    private VisitWords() {
    }

    /** The whole of a visit: person and A-number, unit, day and time, status, visitors, its conflicts in words. */
    static String describe(VisitListing l, List<ConflictNotice> conflicts) {
        List<String> lines = new ArrayList<>();
        lines.add(l.detainee() == null ? Messages.get("calendar.removedPerson")
                : l.detainee().fullName() + "  ·  " + l.detainee().aNumber().display());
        lines.add(when(l) + "  ·  " + Messages.of("status.visit", l.visit().status()));
        if (l.visitors().isEmpty()) {
            lines.add(Messages.get("calendar.noVisitorYet"));
        } else {
            List<String> names = new ArrayList<>();
            for (Visitor v : l.visitors()) {
                names.add(v.fullName());
            }
            lines.add(Messages.get("calendar.visitorsAre", String.join(", ", names)));
        }
        for (ConflictNotice n : conflicts) {
            lines.add(mark(n) + Messages.get(n.message()));
        }
        if (conflicts.isEmpty()) {
            lines.add(Messages.get("calendar.noConflictsHere"));
        }
        return String.join("\n", lines);
    }

    /** Unit, day and time: "West 3A  ·  Tue 8 Dec 2026  12:10–13:10". */
    static String when(VisitListing l) {
        String unit = l.detainee() == null || l.detainee().housingUnit().isEmpty() ? ""
                : l.detainee().housingUnit() + "  ·  ";
        return unit + Dates.showDay(l.visit().day()) + "  " + Dates.show(l.visit().start().toLocalTime()) + "–"
                + Dates.show(l.visit().end().toLocalTime());
    }

    /** One line for a list of entries: the mark and name as the calendar shows them, the unit and the time. */
    static String line(Entry<?> e) {
        String unit = e.getLocation() == null || e.getLocation().isEmpty() ? "" : "  ·  " + e.getLocation();
        return Dates.show(e.getStartTime()) + "  " + e.getTitle() + unit;
    }

    /** The sign of a conflict's severity, as entries show it. */
    static String mark(ConflictNotice n) {
        return n.isError() ? "\u2716 " : "\u26A0 ";
    }
}
