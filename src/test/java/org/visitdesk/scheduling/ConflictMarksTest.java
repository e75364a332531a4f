package org.visitdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.visitdesk.scheduling.Adelanto.*;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visitdesk.app.Messages;
import org.visitdesk.domain.Conflict;
import org.visitdesk.domain.ConflictCode;
import org.visitdesk.domain.Visit;

/**
 * Which visits a conflict marks in the calendar, which one to move, and a double booking that names both visits
 * and says which one to move.
 */
class ConflictMarksTest {

    private static Function<Long, Visit> byId(List<Visit> visits) {
        Map<Long, Visit> m = visits.stream().collect(Collectors.toMap(Visit::id, v -> v));
        return m::get;
    }

    private static Conflict only(List<Visit> visits, ConflictCode code) {
        return Adelanto.only(ConflictRules.checkAll(visits, defaultCtx()), code).get(0);
    }

    @ParameterizedTest(name = "visit {0} (reason \"{1}\") and visit {2} (reason \"{3}\"): move {4}")
    @CsvSource({
        // planned later: the higher id
        "1, '',         2, '',         2",
        "7, '',         3, '',         7",
        // kept at its time with a reason: the other one moves, even when planned earlier
        "1, '',         2, By phone,   1",
        "1, By phone,   2, '',         2",
        // both with a reason: planned later again
        "1, By phone,   2, Confirmed,  2",
        // an unsaved proposed visit (id 0) is the newest of all
        "0, '',         9, '',         0",
    })
    void theVisitToMoveOfADoubleBooking(long a, String reasonA, long b, String reasonB, long expected) {
        Visit first = visit(a, UNO, TUE, "12:10", "13:10", ALFA).withOverrideReason(reasonA);
        Visit second = visit(b, DOS, TUE, "12:30", "13:30", ALFA).withOverrideReason(reasonB);
        Conflict c = only(List.of(first, second), ConflictCode.VISITOR_DOUBLE_BOOKED);
        ConflictMarks.Marks marks = ConflictMarks.of(c, byId(List.of(first, second)), defaultCtx());
        assertThat(marks.marked()).containsExactlyInAnyOrder(a, b);
        assertThat(marks.toMove()).isEqualTo(expected);
    }

    @Test
    void theWeeklyLimitMarksTheVisitsBeyondItNotTheThreeBefore() {
        // Uno's fourth and fifth visits of the week, by start (ids out of order: planned in another order)
        List<Visit> week = List.of(
                visit(14, UNO, TUE, "12:10", "13:10", ALFA),
                visit(11, UNO, THU, "12:10", "13:10", ALFA),
                visit(15, UNO, SAT, "07:00", "08:00", ALFA),
                visit(12, ADMIN, SUN, "11:00", "12:00", ALFA),          // someone else's visit
                visit(13, UNO, TUE, "11:00", "12:00", ALFA),
                visit(16, UNO, SUN, "11:00", "12:00", BETA));
        Conflict c = only(week, ConflictCode.WEEKLY_LIMIT);
        ConflictMarks.Marks marks = ConflictMarks.of(c, byId(week), defaultCtx());
        // by start: 13 (Tue 11:00), 14 (Tue 12:10), 11 (Thu), 15 (Sat), 16 (Sun); three allowed
        assertThat(marks.marked()).containsExactly(15L, 16L);
        assertThat(marks.toMove()).isEqualTo(16L);
    }

    @Test
    void aRuleAboutOneVisitMarksItAndMovesIt() {
        Visit outside = visit(5, UNO, TUE, "15:00", "16:00", ALFA);
        Conflict c = only(List.of(outside), ConflictCode.OUTSIDE_VISITING_HOURS);
        assertThat(ConflictMarks.of(c, byId(List.of(outside)), defaultCtx()))
                .isEqualTo(new ConflictMarks.Marks(List.of(5L), 5L));
    }

    @Test
    void withAVisitUnknownEverythingItInvolvesIsMarkedAndNothingIsSuggested() {
        Visit first = visit(1, UNO, TUE, "12:10", "13:10", ALFA);
        Visit second = visit(2, DOS, TUE, "12:30", "13:30", ALFA);
        Conflict c = only(List.of(first, second), ConflictCode.VISITOR_DOUBLE_BOOKED);
        assertThat(ConflictMarks.of(c, byId(List.of(first)), defaultCtx()))
                .isEqualTo(new ConflictMarks.Marks(c.visitIds(), 0));
    }

    @Test
    void aDoubleBookedVisitorNamesBothVisitsAndTheOneToMoveInBothLanguages() {
        Visit first = visit(1, UNO, TUE, "12:10", "13:10", ALFA);
        Visit second = visit(2, DOS, TUE, "12:30", "13:30", ALFA);
        List<Visit> both = List.of(first, second);
        Conflict c = only(both, ConflictCode.VISITOR_DOUBLE_BOOKED);
        String en = Messages.in(Locale.ENGLISH, ConflictMessages.describe(c, defaultCtx(), byId(both)));
        assertThat(en).isEqualTo("Proba Alfa is on two visits at once on Tue 8 Dec: with Testa Uno at 12:10 and"
                + " with Testa Dos at 12:30. Move the visit with Testa Dos at 12:30: it was planned later.");
        String es = Messages.in(Locale.forLanguageTag("es"), ConflictMessages.describe(c, defaultCtx(), byId(both)));
        assertThat(es).contains("Proba Alfa", "Testa Uno", "12:10", "Testa Dos", "12:30")
                .contains("Mueva la visita con Testa Dos de las 12:30: se planificó después.");
    }

    @Test
    void theOneKeptWithAReasonStaysAndTheMessageSaysSo() {
        Visit first = visit(1, UNO, TUE, "12:10", "13:10", ALFA);
        Visit second = visit(2, DOS, TUE, "12:30", "13:30", ALFA).withOverrideReason("Confirmed by phone");
        List<Visit> both = List.of(first, second);
        Conflict c = only(both, ConflictCode.VISITOR_DOUBLE_BOOKED);
        assertThat(Messages.in(Locale.ENGLISH, ConflictMessages.describe(c, defaultCtx(), byId(both))))
                .endsWith("Move the visit with Testa Uno at 12:10: the other one was kept at its time with a reason.");
    }

    @Test
    void aDoubleBookedPersonNamesBothTimes() {
        Visit first = visit(1, UNO, TUE, "12:10", "13:10", ALFA);
        Visit second = visit(2, UNO, TUE, "12:40", "13:10", BETA);
        List<Visit> both = List.of(first, second);
        Conflict c = only(both, ConflictCode.DETAINEE_DOUBLE_BOOKED);
        assertThat(Messages.in(Locale.ENGLISH, ConflictMessages.describe(c, defaultCtx(), byId(both))))
                .isEqualTo("Testa Uno has two visits at once on Tue 8 Dec: at 12:10 with Proba Alfa and at 12:40"
                        + " with Proba Beta. Move the one at 12:40 with Proba Beta: it was planned later.");
    }
}
