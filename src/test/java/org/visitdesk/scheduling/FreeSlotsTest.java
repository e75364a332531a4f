package org.visitdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.visitdesk.scheduling.Adelanto.*;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visitdesk.domain.BlackoutDay;
import org.visitdesk.domain.ConflictCode;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;

/** "Find a time" walks the detainee's windows and drops closed days and busy slots. */
class FreeSlotsTest {

    private static List<LocalDateTime> starts(List<FreeSlots.Slot> slots) {
        return slots.stream().map(FreeSlots.Slot::start).toList();
    }

    @Test
    void proposesWholeWindowsOfTheUnitInOrder() {
        List<FreeSlots.Slot> slots = FreeSlots.find(UNO, List.of(ALFA), MON, 4, List.of(), defaultCtx());
        assertThat(starts(slots)).containsExactly(TUE.atTime(12, 10), THU.atTime(12, 10), SAT.atTime(7, 0),
                TUE.plusWeeks(1).atTime(12, 10));
        assertThat(slots.get(0).end()).isEqualTo(TUE.atTime(13, 10));
        assertThat(slots).allSatisfy(s -> assertThat(s.warnings()).isEmpty());
    }

    @ParameterizedTest(name = "from {0}: first {1}")
    @CsvSource({
        // the window of 12:10 has not started: it is offered
        "2026-12-08T12:09, 2026-12-08T12:10",
        "2026-12-08T12:10, 2026-12-08T12:10",
        // it has started (or passed): never offered, the next one is
        "2026-12-08T12:11, 2026-12-10T12:10",
        "2026-12-08T18:00, 2026-12-10T12:10",
    })
    void neverOffersATimeThatHasPassed(LocalDateTime now, LocalDateTime first) {
        List<FreeSlots.Slot> slots = FreeSlots.find(UNO, List.of(ALFA), now, 3, List.of(), defaultCtx());
        assertThat(slots.get(0).start()).isEqualTo(first);
        assertThat(slots).allSatisfy(s -> assertThat(s.start()).isAfterOrEqualTo(now));
    }

    @Test
    void skipsBlackoutDays() {
        ScheduleContext ctx = new Adelanto().with(new BlackoutDay(1, FACILITY, THU, SAT, "Lockdown")).ctx();
        assertThat(starts(FreeSlots.find(UNO, List.of(ALFA), MON, 2, List.of(), ctx)))
                .containsExactly(TUE.atTime(12, 10), TUE.plusWeeks(1).atTime(12, 10));
    }

    @Test
    void skipsSlotsWhereTheVisitorOrDetaineeIsBusy() {
        List<Visit> existing = List.of(
                visit(1, DOS, TUE, "12:00", "12:30", ALFA),    // Alfa busy on Tuesday
                visit(2, UNO, THU, "12:10", "13:10", BETA));   // Uno already visited on Thursday
        assertThat(starts(FreeSlots.find(UNO, List.of(ALFA), MON, 1, existing, defaultCtx())))
                .containsExactly(SAT.atTime(7, 0));
    }

    @Test
    void cancelledVisitsDoNotBlockASlot() {
        List<Visit> existing = List.of(visit(1, DOS, TUE, "12:00", "12:30", ALFA).withStatus(VisitStatus.CANCELLED));
        assertThat(starts(FreeSlots.find(UNO, List.of(ALFA), MON, 1, existing, defaultCtx())))
                .containsExactly(TUE.atTime(12, 10));
    }

    @Test
    void keepsWarningsSuchAsTheWeeklyLimit() {
        List<Visit> existing = List.of(
                visit(1, ADMIN, MON, "11:00", "12:00", BETA),
                visit(2, ADMIN, TUE, "11:00", "12:00", BETA),
                visit(3, ADMIN, WED, "11:00", "12:00", BETA));
        List<FreeSlots.Slot> slots = FreeSlots.find(ADMIN, List.of(ALFA), MON, 1, existing, defaultCtx());
        assertThat(starts(slots)).containsExactly(THU.atTime(11, 0));
        assertThat(codes(slots.get(0).warnings())).containsExactly(ConflictCode.WEEKLY_LIMIT);
    }

    @ParameterizedTest(name = "detainee {0}: no slot")
    @CsvSource({
        "107",  // East 1: no windows
        "999",  // unknown
    })
    void noSlotsWithoutWindowsOrDetainee(long detainee) {
        assertThat(FreeSlots.find(detainee, List.of(ALFA), MON, 5, List.of(), defaultCtx())).isEmpty();
    }

    @Test
    void anUnclearedVisitorMakesEverySlotAnError() {
        assertThat(FreeSlots.find(UNO, List.of(RESTRINGIDO), MON, 5, List.of(), defaultCtx())).isEmpty();
    }

    @Test
    void looksAtMostEightWeeksAhead() {
        ScheduleContext ctx = new Adelanto()
                .with(new BlackoutDay(1, FACILITY, MON, MON.plusDays(FreeSlots.MAX_DAYS - 1), "Long lockdown")).ctx();
        assertThat(FreeSlots.find(UNO, List.of(ALFA), MON, 3, List.of(), ctx)).isEmpty();
        ScheduleContext shorter = new Adelanto()
                .with(new BlackoutDay(1, FACILITY, MON, MON.plusDays(FreeSlots.MAX_DAYS - 7), "Lockdown")).ctx();
        assertThat(FreeSlots.find(UNO, List.of(ALFA), MON, 3, List.of(), shorter)).isNotEmpty();
    }
}
