package org.visitdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.visitdesk.scheduling.Adelanto.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visitdesk.domain.Conflict;
import org.visitdesk.domain.ConflictCode;
import org.visitdesk.domain.Facility;
import org.visitdesk.domain.Severity;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;

/** The visiting-room capacity sweep and the weekly limit per detained person. */
class RoomAndWeekTest {

    private final ScheduleContext ctx = defaultCtx();

    /** n visits of different (unknown) detainees at the same hour. */
    private static List<Visit> crowd(int n, LocalDate day, String from, String to) {
        List<Visit> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(visit(i, 1000 + i, day, from, to));
        }
        return out;
    }

    @ParameterizedTest(name = "{0} visits at once in a room for 10: full = {1}")
    @CsvSource({"9, false", "10, false", "11, true", "12, true"})
    void roomFullAboveCapacity(int n, boolean full) {
        List<Conflict> rooms = only(ConflictRules.checkAll(crowd(n, TUE, "12:10", "13:10"), ctx),
                ConflictCode.ROOM_FULL);
        assertThat(rooms).hasSize(full ? 1 : 0);
        if (full) {
            assertThat(rooms.get(0).visitIds()).hasSize(n);
            assertThat(rooms.get(0).count()).isEqualTo(n);
            assertThat(rooms.get(0).at()).isEqualTo(TUE.atTime(12, 10));
        }
    }

    @Test
    void checkReportsRoomFullOnTheEleventhVisit() {
        List<Visit> ten = crowd(10, TUE, "12:10", "13:10");
        Visit eleventh = visit(0, UNO, TUE, "12:10", "13:10", ALFA);
        List<Conflict> rooms = only(ConflictRules.check(eleventh, ten, ctx), ConflictCode.ROOM_FULL);
        assertThat(rooms).hasSize(1);
        assertThat(rooms.get(0).visitIds()).hasSize(11).first().isEqualTo(0L);
        assertThat(ConflictRules.check(eleventh, ten.subList(0, 9), ctx)).isEmpty();
    }

    @Test
    void touchingVisitsDoNotShareTheRoom() {
        ScheduleContext small = new Adelanto().with(new Facility(FACILITY, "Tiny", "", 2, 3, 3, "")).ctx();
        List<Visit> visits = List.of(
                visit(1, 1001, TUE, "12:10", "13:10"),
                visit(2, 1002, TUE, "12:10", "13:10"),
                visit(3, 1003, TUE, "13:10", "14:10"),
                visit(4, 1004, TUE, "11:10", "12:10"));
        assertThat(only(ConflictRules.checkAll(visits, small), ConflictCode.ROOM_FULL)).isEmpty();
    }

    @Test
    void roomFullListsTheVisitsInTheOverfullStretch() {
        ScheduleContext small = new Adelanto().with(new Facility(FACILITY, "Tiny", "", 2, 3, 3, "")).ctx();
        List<Visit> visits = List.of(
                visit(1, 1001, TUE, "10:00", "12:00"),
                visit(2, 1002, TUE, "11:00", "13:00"),
                visit(3, 1003, TUE, "11:30", "11:45"),
                visit(4, 1004, TUE, "12:30", "13:30"));   // 2 in the room then: not overfull
        List<Conflict> rooms = only(ConflictRules.checkAll(visits, small), ConflictCode.ROOM_FULL);
        assertThat(rooms).hasSize(1);
        assertThat(rooms.get(0).visitIds()).containsExactly(1L, 2L, 3L);
        assertThat(rooms.get(0).at()).isEqualTo(TUE.atTime(11, 30));
        assertThat(rooms.get(0).count()).isEqualTo(3);
    }

    @Test
    void inactiveVisitsAndOtherFacilitiesDoNotFillTheRoom() {
        List<Visit> visits = new ArrayList<>(crowd(10, TUE, "12:10", "13:10"));
        visits.add(visit(50, 1050, TUE, "12:10", "13:10").withStatus(VisitStatus.CANCELLED));
        Visit elsewhere = visit(51, 1051, TUE, "12:10", "13:10");
        visits.add(new Visit(51, 1051, OTHER_FACILITY, elsewhere.start(), elsewhere.end(), List.of(), null, null,
                "", ""));
        assertThat(only(ConflictRules.checkAll(visits, ctx), ConflictCode.ROOM_FULL)).isEmpty();
    }

    /** Days as offsets from Monday 7 December 2026 (-1 = the Sunday before, 6 = Sunday, 7 = next Monday). */
    @ParameterizedTest(name = "visits on days {0}: weekly limit = {1}")
    @CsvSource({
        "'0,1,2', false",          // exactly the limit of 3
        "'0,1,2,3', true",
        "'1,2,3,7', false",        // next Monday starts a new ISO week
        "'2,3,6,7', false",        // Sunday belongs to the week that started Monday
        "'0,3,5,6', true",
        "'-1,0,1,2', false",       // the Sunday before belongs to the week before
        "'0,0,1,2', true",         // two on one day count twice
    })
    void weeklyLimitCountsIsoWeeks(String days, boolean over) {
        List<Visit> visits = new ArrayList<>();
        String[] parts = days.split(",");
        for (int i = 0; i < parts.length; i++) {
            LocalDate day = MON.plusDays(Integer.parseInt(parts[i]));
            // Admin Seg has a window every day; two on one day must not overlap.
            visits.add(i > 0 && parts[i].equals(parts[i - 1])
                    ? visit(i + 1, ADMIN, day, "11:30", "12:00", ALFA)
                    : visit(i + 1, ADMIN, day, "11:00", "11:30", ALFA));
        }
        List<Conflict> weekly = only(ConflictRules.checkAll(visits, ctx), ConflictCode.WEEKLY_LIMIT);
        assertThat(weekly).hasSize(over ? 1 : 0);
        if (over) {
            assertThat(weekly.get(0).visitIds()).hasSize(4);
            assertThat(weekly.get(0).severity()).isEqualTo(Severity.WARNING);
            assertThat(weekly.get(0).at()).isEqualTo(visits.get(3).start()); // the first visit beyond the limit
        }
        // check() agrees for the last visit against the others.
        Visit last = visits.get(visits.size() - 1);
        List<Conflict> one = ConflictRules.check(last, visits.subList(0, visits.size() - 1), ctx);
        assertThat(codes(one).contains(ConflictCode.WEEKLY_LIMIT)).isEqualTo(over);
    }

    @Test
    void weeklyLimitIgnoresCancelledVisitsAndOtherDetainees() {
        List<Visit> visits = List.of(
                visit(1, ADMIN, MON, "11:00", "12:00", ALFA),
                visit(2, ADMIN, TUE, "11:00", "12:00", ALFA),
                visit(3, ADMIN, WED, "11:00", "12:00", ALFA).withStatus(VisitStatus.NO_SHOW),
                visit(4, ADMIN, THU, "11:00", "12:00", ALFA),
                visit(5, DISC, THU, "11:00", "12:00", BETA));
        assertThat(only(ConflictRules.checkAll(visits, ctx), ConflictCode.WEEKLY_LIMIT)).isEmpty();
    }

    @Test
    void weeklyLimitOnCheckListsTheProposedVisitFirstAndTheWholeWeek() {
        List<Visit> week = List.of(
                visit(1, ADMIN, MON, "11:00", "12:00", ALFA),
                visit(2, ADMIN, TUE, "11:00", "12:00", ALFA),
                visit(3, ADMIN, SUN, "11:00", "12:00", ALFA));
        Visit proposed = visit(0, ADMIN, WED, "11:00", "12:00", ALFA);
        List<Conflict> weekly = only(ConflictRules.check(proposed, week, ctx), ConflictCode.WEEKLY_LIMIT);
        assertThat(weekly).hasSize(1);
        assertThat(weekly.get(0).visitIds()).containsExactly(0L, 1L, 2L, 3L);
        assertThat(weekly.get(0).count()).isEqualTo(4);
        assertThat(weekly.get(0).at()).isEqualTo(week.get(2).start()); // Sunday is the 4th in time
    }
}
