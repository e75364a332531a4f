package org.visitdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.visitdesk.scheduling.Adelanto.*;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.visitdesk.domain.BlackoutDay;
import org.visitdesk.domain.ClosedHours;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The hours a calendar shades on a day: those outside every window in scope, with the Adelanto windows. */
class ClosedHoursTest {

    private static final LocalTime FIRST = LocalTime.of(6, 30);
    private static final LocalTime LAST = LocalTime.of(18, 0);

    @ParameterizedTest(name = "{0}, facility {1}, unit ''{2}'': closed {3}")
    @CsvSource(delimiter = '|', value = {
        // Wednesday: only Admin Seg's daily hour is open
        "2026-12-09 | 1 |                  | 06:30-11:00 12:00-18:00",
        // Tuesday, every unit: the weekday windows side by side (Disc Seg's 11:00 joins Admin Seg's)
        "2026-12-08 | 1 |                  | 06:30-11:00 12:00-12:10 13:10-13:30 14:30-14:40 15:40-16:00 17:00-18:00",
        // Tuesday, West 3A alone: its one window
        "2026-12-08 | 1 | West 3A          | 06:30-12:10 13:10-18:00",
        // a unit is matched whatever its case and spaces
        "2026-12-08 | 1 | west 3a          | 06:30-12:10 13:10-18:00",
        // Saturday morning: 3A 07:00, 3B 08:10, 3C 09:30, 3D and the two Seg units 11:00, Disc Seg 12:10
        "2026-12-12 | 1 |                  | 06:30-07:00 08:00-08:10 09:10-09:30 10:30-11:00 12:00-12:10 13:10-18:00",
        // Sunday, Disc Seg: no window at all
        "2026-12-13 | 1 | West 1 Disc Seg  | 06:30-18:00",
        // East 1 has no windows on any day
        "2026-12-08 | 1 | East 1           | 06:30-18:00",
        // the other facility has no windows: closed all day
        "2026-12-08 | 2 |                  | 06:30-18:00",
        // every facility: Adelanto's windows count
        "2026-12-09 |   |                  | 06:30-11:00 12:00-18:00",
    })
    void theHoursOutsideTheWindowsInScopeAreClosed(LocalDate day, Long facility, String unit, String expected) {
        Adelanto a = new Adelanto();
        assertThat(show(ClosedHours.of(day, a.windows, a.blackouts, new ClosedHours.Scope(facility, unit), FIRST,
                LAST))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "blackout {0}..{1}, facility {2}: {3} is closed {4}")
    @CsvSource(delimiter = '|', value = {
        // the facility closed that day: the whole day is shaded
        "2026-12-09 | 2026-12-09 | 1 | 2026-12-09 | 06:30-18:00",
        // a closure of several days covers the middle ones
        "2026-12-08 | 2026-12-10 | 1 | 2026-12-09 | 06:30-18:00",
        // the day after a closure is open again
        "2026-12-08 | 2026-12-08 | 1 | 2026-12-09 | 06:30-11:00 12:00-18:00",
        // another facility's closure changes nothing here
        "2026-12-09 | 2026-12-09 | 2 | 2026-12-09 | 06:30-11:00 12:00-18:00",
    })
    void aFacilityClosedThatDayOffersNoWindow(LocalDate from, LocalDate to, long facility, LocalDate day,
            String expected) {
        Adelanto a = new Adelanto();
        List<BlackoutDay> closed = List.of(new BlackoutDay(1, facility, from, to, "lockdown"));
        assertThat(show(ClosedHours.of(day, a.windows, closed, ClosedHours.Scope.ALL, FIRST, LAST)))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "hours shown {0}-{1}: closed {2}")
    @CsvSource(delimiter = '|', value = {
        // windows outside the hours shown are cut to them
        "11:30 | 17:00 | 12:00-17:00",
        "06:00 | 11:30 | 06:00-11:00",
        // shown hours all inside a window: nothing is shaded
        "11:00 | 12:00 | ''",
    })
    void onlyTheHoursShownAreReturned(LocalTime first, LocalTime last, String expected) {
        Adelanto a = new Adelanto();
        assertThat(show(ClosedHours.of(WED, a.windows, a.blackouts, ClosedHours.Scope.ALL, first, last)))
                .isEqualTo(expected);
    }

    private static String show(List<ClosedHours.Span> spans) {
        return String.join(" ", spans.stream().map(s -> s.from() + "-" + s.to()).toList());
    }
}
