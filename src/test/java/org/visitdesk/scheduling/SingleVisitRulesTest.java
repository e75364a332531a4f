package org.visitdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.visitdesk.scheduling.Adelanto.*;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visitdesk.domain.BlackoutDay;
import org.visitdesk.domain.Conflict;
import org.visitdesk.domain.ConflictCode;
import org.visitdesk.domain.DetaineeStatus;
import org.visitdesk.domain.Severity;
import org.visitdesk.domain.Visit;

/** The rules that look at one visit alone: hours, closure, visitor count, detainee status, clearance, language. */
class SingleVisitRulesTest {

    private static List<Conflict> check(Adelanto a, Visit v) {
        return ConflictRules.check(v, List.of(), a.ctx());
    }

    @Test
    void aVisitInsideItsWindowWithAClearedSpanishSpeakerHasNoConflict() {
        assertThat(check(new Adelanto(), visit(1, UNO, TUE, "12:10", "13:10", ALFA))).isEmpty();
    }

    @ParameterizedTest(name = "detainee {0} on {1} {2}-{3}: outside = {4}")
    @CsvSource({
        "101, 2026-12-08, 12:10, 13:10, false",  // West 3A, Tuesday window exactly
        "101, 2026-12-08, 12:30, 13:00, false",  // inside the window
        "101, 2026-12-08, 12:00, 13:00, true",   // starts before the window
        "101, 2026-12-08, 12:10, 13:20, true",   // ends after the window
        "101, 2026-12-10, 12:10, 13:10, false",  // Thursday
        "101, 2026-12-12, 07:00, 08:00, false",  // Saturday morning window
        "101, 2026-12-12, 12:10, 13:10, true",   // the weekday time on a Saturday
        "101, 2026-12-09, 12:10, 13:10, true",   // Wednesday: no window for West 3A
        "102, 2026-12-08, 13:30, 14:30, false",  // West 3B
        "102, 2026-12-08, 12:10, 13:10, true",   // West 3A's window is not West 3B's
        "103, 2026-12-12, 09:30, 10:30, false",  // West 3C Saturday
        "104, 2026-12-12, 11:00, 12:00, false",  // West 3D Saturday
        "105, 2026-12-13, 11:00, 12:00, false",  // Admin Seg: every day, Sunday too
        "105, 2026-12-09, 11:00, 12:00, false",  // Admin Seg Wednesday
        "106, 2026-12-12, 12:10, 13:10, false",  // Disc Seg Saturday
        "106, 2026-12-13, 11:00, 12:00, true",   // Disc Seg has no Sunday
        "107, 2026-12-08, 12:10, 13:10, true",   // East 1 has no windows at all
        "999, 2026-12-08, 12:10, 13:10, true",   // unknown detainee: no unit, no window serves it
    })
    void visitingHoursDependOnUnitAndWeekday(long detainee, LocalDate day, String from, String to, boolean outside) {
        List<Conflict> found = check(new Adelanto(), visit(1, detainee, day, from, to, ALFA));
        assertThat(codes(found).contains(ConflictCode.OUTSIDE_VISITING_HOURS)).isEqualTo(outside);
    }

    @ParameterizedTest(name = "{0}-{1} with adjacent windows 09:00-10:00 and 10:00-11:00: outside = {2}")
    @CsvSource({
        "09:00, 10:00, false",
        "10:00, 11:00, false",
        "09:30, 10:30, true",   // straddles two windows: not inside ONE
        "09:00, 11:00, true",
        "08:59, 10:00, true",
    })
    void aVisitMustFitInsideOneWindow(String from, String to, boolean outside) {
        Adelanto a = new Adelanto().window("West 3A", DayOfWeek.WEDNESDAY, "09:00", "10:00")
                .window("West 3A", DayOfWeek.WEDNESDAY, "10:00", "11:00");
        List<Conflict> found = check(a, visit(1, UNO, WED, from, to, ALFA));
        assertThat(codes(found).contains(ConflictCode.OUTSIDE_VISITING_HOURS)).isEqualTo(outside);
    }

    @ParameterizedTest(name = "blank-unit Sunday window serves {0}: {1}")
    @CsvSource(value = {
        "West 3A | true",
        "East 1 | true",
        "'' | true",
    }, delimiter = '|')
    void aBlankUnitWindowServesEveryUnit(String unit, boolean served) {
        Adelanto a = new Adelanto().window("", DayOfWeek.SUNDAY, "14:00", "15:00");
        a.with(withUnit(a.detainee(UNO), unit));
        List<Conflict> found = check(a, visit(1, UNO, SUN, "14:00", "15:00", ALFA));
        assertThat(codes(found).contains(ConflictCode.OUTSIDE_VISITING_HOURS)).isNotEqualTo(served);
    }

    @Test
    void aDetaineeWithNoUnitIsServedOnlyByBlankUnitWindows() {
        Adelanto a = new Adelanto();
        a.with(withUnit(a.detainee(UNO), ""));
        assertThat(codes(check(a, visit(1, UNO, TUE, "12:10", "13:10", ALFA))))
                .contains(ConflictCode.OUTSIDE_VISITING_HOURS);
    }

    @ParameterizedTest(name = "blackout {0}..{1}, facility {2}, visit on {3}: closed = {4}")
    @CsvSource({
        "2026-12-08, 2026-12-08, 1, 2026-12-08, true",
        "2026-12-08, 2026-12-08, 1, 2026-12-10, false",
        "2026-12-07, 2026-12-10, 1, 2026-12-10, true",   // a range covers its last day
        "2026-12-09, 2026-12-12, 1, 2026-12-08, false",  // the day before the range
        "2026-12-08, 2026-12-08, 2, 2026-12-08, false",  // another facility's blackout
    })
    void facilityClosedOnBlackoutDays(LocalDate from, LocalDate to, long facility, LocalDate day, boolean closed) {
        Adelanto a = new Adelanto().with(new BlackoutDay(1, facility, from, to, "Lockdown"));
        Visit v = visit(1, UNO, day, "12:10", "13:10", ALFA);
        List<Conflict> found = check(a, v);
        assertThat(codes(found).contains(ConflictCode.FACILITY_CLOSED)).isEqualTo(closed);
        if (closed) {
            assertThat(only(found, ConflictCode.FACILITY_CLOSED).get(0).severity()).isEqualTo(Severity.ERROR);
        }
    }

    @ParameterizedTest(name = "{0} visitors (limit 3): too many = {1}")
    @CsvSource({"1, false", "2, false", "3, false", "4, true"})
    void tooManyVisitorsAboveTheFacilityLimit(int n, boolean tooMany) {
        Long[] all = {ALFA, BETA, GAMA, DELTA};
        Long[] some = java.util.Arrays.copyOf(all, n);
        List<Conflict> found = check(new Adelanto(), visit(1, UNO, TUE, "12:10", "13:10", some));
        assertThat(codes(found).contains(ConflictCode.TOO_MANY_VISITORS)).isEqualTo(tooMany);
        if (tooMany) {
            assertThat(only(found, ConflictCode.TOO_MANY_VISITORS).get(0).count()).isEqualTo(4);
        }
    }

    @Test
    void aVisitorListedTwiceCountsOnce() {
        List<Conflict> found = check(new Adelanto(), visit(1, UNO, TUE, "12:10", "13:10", ALFA, ALFA, ALFA, ALFA));
        assertThat(codes(found)).doesNotContain(ConflictCode.TOO_MANY_VISITORS);
    }

    @ParameterizedTest(name = "{0} dated {1} days from the visit: not held = {2}")
    @CsvSource({
        "DETAINED, , false",
        "DETAINED, -5, false",
        "UNKNOWN, -1, false",
        "RELEASED, -1, true",
        "RELEASED, 0, true",      // on the visit's day counts as gone
        "RELEASED, 1, false",     // the day after the visit: still held that day
        "RELEASED, , true",       // left, date unknown
        "TRANSFERRED, 0, true",
        "TRANSFERRED, 1, false",
        "DEPORTED, -30, true",
    })
    void detaineeNotHeldOnOrAfterTheStatusDate(DetaineeStatus status, Integer offset, boolean notHeld) {
        Adelanto a = new Adelanto();
        a.with(withStatus(a.detainee(UNO), status, offset == null ? null : TUE.plusDays(offset)));
        List<Conflict> found = check(a, visit(1, UNO, TUE, "12:10", "13:10", ALFA));
        assertThat(codes(found).contains(ConflictCode.DETAINEE_NOT_HELD)).isEqualTo(notHeld);
    }

    @ParameterizedTest(name = "visitor {0}: not cleared = {1}")
    @CsvSource({
        "201, false",  // active, oriented, ID checked
        "205, true",   // inactive
        "206, true",   // restricted
        "207, true",   // no orientation date
        "208, true",   // no ID check
        "999, true",   // unknown id: nobody vouches for them
    })
    void visitorMustBeCleared(long visitor, boolean notCleared) {
        List<Conflict> found = check(new Adelanto(), visit(1, UNO, TUE, "12:10", "13:10", visitor));
        List<Conflict> hits = only(found, ConflictCode.VISITOR_NOT_CLEARED);
        assertThat(hits).hasSize(notCleared ? 1 : 0);
        hits.forEach(c -> assertThat(c.visitorId()).isEqualTo(visitor));
    }

    @Test
    void oneNotClearedConflictPerVisitor() {
        List<Conflict> found = check(new Adelanto(), visit(1, UNO, TUE, "12:10", "13:10", INACTIVO, ALFA, SIN_ID));
        assertThat(only(found, ConflictCode.VISITOR_NOT_CLEARED)).extracting(Conflict::visitorId)
                .containsExactly(INACTIVO, SIN_ID);
    }

    @ParameterizedTest(name = "detainee \"{0}\" vs visitor \"{1}\": no common language = {2}")
    @CsvSource({
        "Español, espanol, false",          // accents and case are ignored
        "Spanish, SPANISH, false",
        "K'iche'; Spanish, English; Spanish, false",
        "Português, portugues, false",
        "Mam, Spanish, true",
        "Mam, '', true",                     // the visitor has no language recorded
        "'', English, false",                // nothing recorded for the detainee: no warning
    })
    void commonLanguageIgnoresCaseAndAccents(String detaineeLangs, String visitorLangs, boolean warned) {
        Adelanto a = new Adelanto();
        a.with(withLanguages(a.detainee(UNO), detaineeLangs)).with(withLanguages(a.visitor(ALFA), visitorLangs));
        List<Conflict> found = check(a, visit(1, UNO, TUE, "12:10", "13:10", ALFA));
        assertThat(codes(found).contains(ConflictCode.NO_COMMON_LANGUAGE)).isEqualTo(warned);
        if (warned) {
            assertThat(only(found, ConflictCode.NO_COMMON_LANGUAGE).get(0).severity()).isEqualTo(Severity.WARNING);
        }
    }

    @Test
    void oneSharedLanguageAmongSeveralVisitorsIsEnough() {
        // Testa Tres speaks Mam; Beta speaks English; give Delta Mam too.
        Adelanto a = new Adelanto();
        a.with(withLanguages(a.visitor(DELTA), "English; mam"));
        assertThat(codes(check(a, visit(1, TRES, TUE, "14:40", "15:40", BETA, DELTA))))
                .doesNotContain(ConflictCode.NO_COMMON_LANGUAGE);
        assertThat(codes(check(a, visit(1, TRES, TUE, "14:40", "15:40", BETA, ALFA))))
                .contains(ConflictCode.NO_COMMON_LANGUAGE);
    }

    @Test
    void noVisitorIsAWarningAndNotALanguageProblem() {
        List<Conflict> found = check(new Adelanto(), visit(1, TRES, TUE, "14:40", "15:40"));
        assertThat(codes(found)).containsExactly(ConflictCode.NO_VISITOR);
        assertThat(found.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(found.get(0).visitIds()).containsExactly(1L);
    }

    @Test
    void missingFacilityAndPeopleDoNotCrash() {
        Visit v = new Visit(0, 555, 777, TUE.atTime(12, 10), TUE.atTime(13, 10), List.of(888L), null, null, "", "");
        List<Conflict> found = ConflictRules.check(v, List.of(v.withId(3)), new ScheduleContext(null, null, null,
                null, null));
        assertThat(codes(found)).contains(ConflictCode.OUTSIDE_VISITING_HOURS, ConflictCode.VISITOR_NOT_CLEARED,
                ConflictCode.DETAINEE_DOUBLE_BOOKED)
                .doesNotContain(ConflictCode.ROOM_FULL, ConflictCode.WEEKLY_LIMIT, ConflictCode.TOO_MANY_VISITORS);
    }
}
