package org.visitdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.visitdesk.scheduling.Adelanto.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.visitdesk.domain.BlackoutDay;
import org.visitdesk.domain.Conflict;
import org.visitdesk.domain.ConflictCode;
import org.visitdesk.domain.DetaineeStatus;
import org.visitdesk.domain.Facility;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;

/** Visits that break several rules at once, check() and checkAll() agreeing, and the speed of checkAll(). */
class CombinationsTest {

    static Stream<Arguments> combinations() {
        return Stream.of(
                Arguments.of("released, outside hours, on a blackout, 4 visitors, one restricted, no shared language",
                        visit(0, UNO, SAT, "12:10", "13:10", BETA, RESTRINGIDO, DELTA, GAMA),
                        Set.of(ConflictCode.DETAINEE_NOT_HELD, ConflictCode.OUTSIDE_VISITING_HOURS,
                                ConflictCode.FACILITY_CLOSED, ConflictCode.TOO_MANY_VISITORS,
                                ConflictCode.VISITOR_NOT_CLEARED)),
                Arguments.of("no visitor, wrong unit's hours, released",
                        visit(0, UNO, TUE, "13:30", "14:30"),
                        Set.of(ConflictCode.NO_VISITOR, ConflictCode.OUTSIDE_VISITING_HOURS,
                                ConflictCode.DETAINEE_NOT_HELD)),
                Arguments.of("double booked twice over and a 4th visit in the week",
                        visit(0, ADMIN, THU, "11:00", "12:00", ALFA),
                        Set.of(ConflictCode.DETAINEE_DOUBLE_BOOKED, ConflictCode.VISITOR_DOUBLE_BOOKED,
                                ConflictCode.WEEKLY_LIMIT)),
                Arguments.of("English only for a Mam speaker in the wrong window, uncleared",
                        visit(0, TRES, TUE, "12:10", "13:10", SIN_ORIENTACION),
                        Set.of(ConflictCode.NO_COMMON_LANGUAGE, ConflictCode.OUTSIDE_VISITING_HOURS,
                                ConflictCode.VISITOR_NOT_CLEARED)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("combinations")
    void aVisitBreakingSeveralRulesGetsEveryCode(String what, Visit proposed, Set<ConflictCode> expected) {
        Adelanto a = new Adelanto().with(new BlackoutDay(1, FACILITY, SAT, SAT, "Holiday closure"));
        a.with(withStatus(a.detainee(UNO), DetaineeStatus.RELEASED, MON));
        a.with(withLanguages(a.visitor(SIN_ORIENTACION), "English"));
        List<Visit> others = List.of(
                visit(11, ADMIN, MON, "11:00", "12:00", BETA),
                visit(12, ADMIN, TUE, "11:00", "12:00", BETA),
                visit(13, ADMIN, WED, "11:00", "12:00", BETA),
                visit(14, ADMIN, THU, "11:00", "12:00", ALFA));
        List<Conflict> found = ConflictRules.check(proposed, others, a.ctx());
        assertThat(codes(found)).isEqualTo(expected);
        // Errors come before warnings in check().
        assertThat(found).extracting(Conflict::code).isSorted();
        assertThat(ConflictRules.hasErrors(found)).isTrue();
    }

    /** A busy, deterministic month at Adelanto: about 1,000 visits, many of them in conflict. */
    private static List<Visit> busyMonth(int n, long seed) {
        return busyMonth(n, seed, FACILITY);
    }

    /** A busy month spread over the given facilities, each visit at one of them by chance. */
    private static List<Visit> busyMonth(int n, long seed, long... facilities) {
        Random r = new Random(seed);
        long[] detainees = {UNO, DOS, TRES, CUATRO, ADMIN, DISC, EAST, 120, 121, 122};
        long[] people = {ALFA, BETA, GAMA, DELTA, INACTIVO, RESTRINGIDO, SIN_ORIENTACION, SIN_ID, 230, 231};
        String[][] times = {{"07:00", "08:00"}, {"11:00", "12:00"}, {"11:30", "12:30"}, {"12:10", "13:10"},
            {"13:30", "14:30"}, {"14:40", "15:40"}, {"16:00", "17:00"}, {"12:40", "13:10"}};
        VisitStatus[] statuses = VisitStatus.values();
        List<Visit> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            LocalDate day = MON.plusDays(r.nextInt(28));
            String[] t = times[r.nextInt(times.length)];
            List<Long> vs = new ArrayList<>();
            int k = r.nextInt(5);
            for (int j = 0; j < k; j++) {
                vs.add(people[r.nextInt(people.length)]);
            }
            Visit v = visit(i, detainees[r.nextInt(detainees.length)], day, t[0], t[1], vs.toArray(new Long[0]));
            if (facilities.length > 1) {
                v = new Visit(v.id(), v.detaineeId(), facilities[r.nextInt(facilities.length)], v.start(), v.end(),
                        v.visitorIds(), v.type(), v.status(), v.notes(), v.overrideReason());
            }
            out.add(r.nextInt(10) == 0 ? v.withStatus(statuses[r.nextInt(statuses.length)]) : v);
        }
        return out;
    }

    /**
     * What must agree between check() and checkAll() for one visit: each rule with its visitor, the facility whose
     * rule it is, and for the weekly limit the visits counted. Not compared: a double booking's facility, which
     * is the first listed visit's (the one checked, or the later one), and a room's visits (an overfull stretch
     * may be longer in checkAll(), which also sees visits that do not overlap the one checked).
     */
    private static Set<String> keys(List<Conflict> conflicts) {
        Set<String> out = new TreeSet<>();
        for (Conflict c : conflicts) {
            boolean pair = c.code() == ConflictCode.DETAINEE_DOUBLE_BOOKED
                    || c.code() == ConflictCode.VISITOR_DOUBLE_BOOKED;
            out.add(c.code() + "/" + c.visitorId() + (pair ? "" : "/" + c.facilityId())
                    + (c.code() == ConflictCode.WEEKLY_LIMIT ? "/" + c.count() + new TreeSet<>(c.visitIds()) : ""));
        }
        return out;
    }

    static Stream<Arguments> facilitySets() {
        return Stream.of(
                Arguments.of("one facility", new long[] {FACILITY}),
                Arguments.of("two facilities with other limits", new long[] {FACILITY, OTHER_FACILITY}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("facilitySets")
    void checkAllAgreesWithCheckOnEveryVisit(String what, long[] facilities) {
        Adelanto a = new Adelanto().with(new BlackoutDay(1, FACILITY, MON.plusDays(10), MON.plusDays(11), "Lockdown"))
                .with(new Facility(FACILITY, "Small Test Center", "", 3, 3, 3, ""))
                .with(new Facility(OTHER_FACILITY, "Smaller Test Center", "", 2, 2, 2, ""));
        a.with(withStatus(a.detainee(DOS), DetaineeStatus.TRANSFERRED, MON.plusDays(14)));
        ScheduleContext ctx = a.ctx();
        List<Visit> visits = busyMonth(400, 7, facilities);
        List<Conflict> all = ConflictRules.checkAll(visits, ctx);
        assertThat(all).isNotEmpty();
        Map<Long, List<Conflict>> byVisit = new HashMap<>();
        for (Conflict c : all) {
            for (long id : new TreeSet<>(c.visitIds())) {
                byVisit.computeIfAbsent(id, k -> new ArrayList<>()).add(c);
            }
        }
        Set<ConflictCode> seen = new TreeSet<>();
        Set<Long> weeklyLimitsOf = new TreeSet<>();
        for (Visit v : visits) {
            List<Conflict> one = ConflictRules.check(v, visits, ctx);
            assertThat(keys(one)).as("visit " + v).isEqualTo(keys(byVisit.getOrDefault(v.id(), List.of())));
            seen.addAll(codes(one));
            only(one, ConflictCode.WEEKLY_LIMIT).forEach(c -> weeklyLimitsOf.add(c.facilityId()));
        }
        // The sample must exercise every rule, or the comparison proves little; with two facilities, weekly
        // limits of both must be met (a person's week at both places counts against the first place's limit).
        assertThat(seen).containsExactlyInAnyOrder(ConflictCode.values());
        assertThat(weeklyLimitsOf).hasSize(facilities.length);
    }

    @Test
    void checkAllReportsEachPairOnlyOnce() {
        List<Conflict> all = ConflictRules.checkAll(busyMonth(400, 11), defaultCtx());
        List<String> pairs = all.stream()
                .filter(c -> c.code() == ConflictCode.VISITOR_DOUBLE_BOOKED
                        || c.code() == ConflictCode.DETAINEE_DOUBLE_BOOKED)
                .map(c -> c.code() + "/" + c.visitorId() + "/" + new TreeSet<>(c.visitIds()))
                .toList();
        assertThat(pairs).isNotEmpty().doesNotHaveDuplicates();
        assertThat(all).extracting(Conflict::at).isSorted();
    }
}
