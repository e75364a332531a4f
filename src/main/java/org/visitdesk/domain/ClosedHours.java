package org.visitdesk.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The hours of a day when no visit can go, for a calendar to shade: the hours shown that lie outside every
 * visiting window of the facilities (and housing unit) in question. A facility closed that day (a blackout)
 * offers no window; a window that serves every unit counts for any unit. It says where a visit can start and
 * end: whether a whole visit fits one window is still the conflict rules's to say.
 */
public final class ClosedHours {

    private ClosedHours() {
    }

    /** A stretch of a day's hours, from (inclusive) to (exclusive). */
    public record Span(LocalTime from, LocalTime to) {
        public Span {
            if (!to.isAfter(from)) {
                throw new IllegalArgumentException("a span must end after it starts");
            }
        }
    }

    /** Which windows count: those of one facility or of all (null), and for one housing unit or any (null). */
    public record Scope(Long facilityId, String housingUnit) {

        /** Every window of every facility. */
        public static final Scope ALL = new Scope(null, null);

        boolean counts(VisitingWindow w) {
            return (facilityId == null || w.facilityId() == facilityId)
                    && (housingUnit == null || w.serves(housingUnit));
        }
    }

    /**
     * The closed stretches of a day between {@code first} and {@code last}, in time order: the complement of the
     * windows in scope on the day's weekday at the facilities open that day.
     */
    public static List<Span> of(LocalDate day, List<VisitingWindow> windows, List<BlackoutDay> blackouts,
            Scope scope, LocalTime first, LocalTime last) {
        List<Span> open = new ArrayList<>();
        for (VisitingWindow w : windows) {
            if (w.day() == day.getDayOfWeek() && scope.counts(w) && !closedAt(w.facilityId(), day, blackouts)) {
                open.add(new Span(w.start(), w.end()));
            }
        }
        open.sort(Comparator.comparing(Span::from));
        List<Span> closed = new ArrayList<>();
        LocalTime at = first;
        for (Span s : open) {
            if (s.from().isAfter(at) && at.isBefore(last)) {
                closed.add(new Span(at, s.from().isBefore(last) ? s.from() : last));
            }
            if (s.to().isAfter(at)) {
                at = s.to();
            }
        }
        if (at.isBefore(last)) {
            closed.add(new Span(at, last));
        }
        return closed;
    }

    private static boolean closedAt(long facilityId, LocalDate day, List<BlackoutDay> blackouts) {
        return blackouts.stream().anyMatch(b -> b.facilityId() == facilityId && b.covers(day));
    }
}
