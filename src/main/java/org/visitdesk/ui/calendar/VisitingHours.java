package org.visitdesk.ui.calendar;

import com.calendarfx.model.Calendar;
import com.calendarfx.model.Entry;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.visitdesk.domain.DateRange;
import org.visitdesk.domain.VisitingWindow;

/**
 * The visiting windows as shaded hours behind the visits, so that a coordinator sees where a visit can go before
 * dragging it: the hours of every unit of the facilities shown, or, while a visit is chosen, only those of its
 * person's unit. CalendarFX shades the times of its "availability" calendar in every day column (it is meant
 * for resources' free times); its entries here are the windows, one per day and stretch of open hours.
 */
final class VisitingHours {

    private VisitingHours() {
    }

    /**
     * The open stretches of each day of a range: the windows of one facility (null: all) that serve a unit (null:
     * any unit), merged where they overlap or touch.
     */
    static List<Stretch> of(List<VisitingWindow> windows, Long facilityId, String unit, DateRange days) {
        List<Stretch> out = new ArrayList<>();
        for (LocalDate d = days.first(); !d.isAfter(days.last()); d = d.plusDays(1)) {
            List<VisitingWindow> open = new ArrayList<>();
            for (VisitingWindow w : windows) {
                if (w.day() == d.getDayOfWeek() && (facilityId == null || w.facilityId() == facilityId)
                        && (unit == null || w.serves(unit))) {
                    open.add(w);
                }
            }
            open.sort(Comparator.comparing(VisitingWindow::start));
            LocalTime from = null;
            LocalTime to = null;
            for (VisitingWindow w : open) {
                if (from != null && !w.start().isAfter(to)) {
                    to = w.end().isAfter(to) ? w.end() : to;
                    continue;
                }
                if (from != null) {
                    out.add(new Stretch(d, from, to));
                }
                from = w.start();
                to = w.end();
            }
            if (from != null) {
                out.add(new Stretch(d, from, to));
            }
        }
        return out;
    }

    /** One day's open hours. */
    record Stretch(LocalDate day, LocalTime from, LocalTime to) {
    }

    /** Puts the stretches into CalendarFX's availability calendar, in place of what it held. */
    static void show(Calendar<?> availability, List<Stretch> stretches) {
        availability.startBatchUpdates();
        try {
            availability.clear();
            for (Stretch s : stretches) {
                Entry<Object> e = new Entry<>("");
                e.setInterval(s.day(), s.from(), s.day(), s.to());
                availability.addEntry(e);
            }
        } finally {
            availability.stopBatchUpdates();
        }
    }
}
