package org.visitdesk.scheduling;

import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.BlackoutDay;
import org.visitdesk.domain.Conflict;
import org.visitdesk.domain.ConflictCode;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.DetaineeStatus;
import org.visitdesk.domain.Facility;
import org.visitdesk.domain.Languages;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.VisitType;
import org.visitdesk.domain.VisitingWindow;
import org.visitdesk.domain.Visitor;
import org.visitdesk.domain.VisitorStatus;

/**
 * Test fixture: the Adelanto windows of DESIGN.md section 2 and obviously fake people. Each test takes a fresh
 * copy and replaces what it needs ({@link #with}), then builds the context.
 */
final class Adelanto {

    static final long FACILITY = 1;
    static final long OTHER_FACILITY = 2;

    /** The test week: Monday 7 December 2026 to Sunday 13 December. */
    static final LocalDate MON = LocalDate.of(2026, 12, 7);
    static final LocalDate TUE = MON.plusDays(1);
    static final LocalDate WED = MON.plusDays(2);
    static final LocalDate THU = MON.plusDays(3);
    static final LocalDate SAT = MON.plusDays(5);
    static final LocalDate SUN = MON.plusDays(6);
    static final LocalDate NEXT_MON = MON.plusDays(7);

    static final long UNO = 101; // West 3A, Spanish
    static final long DOS = 102; // West 3B, K'iche' and Spanish
    static final long TRES = 103; // West 3C, Mam
    static final long CUATRO = 104; // West 3D, no languages recorded
    static final long ADMIN = 105; // West 1 Admin Seg: every day 11:00-12:00
    static final long DISC = 106; // West 1 Disc Seg
    static final long EAST = 107; // East 1: a unit with no windows

    static final long ALFA = 201; // cleared, Spanish
    static final long BETA = 202; // cleared, English
    static final long GAMA = 203; // cleared, "Español"
    static final long DELTA = 204; // cleared, English; Spanish
    static final long INACTIVO = 205;
    static final long RESTRINGIDO = 206;
    static final long SIN_ORIENTACION = 207;
    static final long SIN_ID = 208;

    final Map<Long, Facility> facilities = new LinkedHashMap<>();
    final List<VisitingWindow> windows = new ArrayList<>();
    final List<BlackoutDay> blackouts = new ArrayList<>();
    final Map<Long, Detainee> detainees = new LinkedHashMap<>();
    final Map<Long, Visitor> visitors = new LinkedHashMap<>();

    Adelanto() {
        facilities.put(FACILITY, new Facility(FACILITY, "Adelanto ICE Processing Center", "10250 Rancho Road",
                10, 3, 3, "capacity 10 is an assumption"));
        facilities.put(OTHER_FACILITY, new Facility(OTHER_FACILITY, "Testville Center", "", 10, 3, 3, ""));
        Set<DayOfWeek> tueThu = EnumSet.of(TUESDAY, THURSDAY);
        unit("West 3A", tueThu, "12:10", "13:10", "07:00", "08:00");
        unit("West 3B", tueThu, "13:30", "14:30", "08:10", "09:10");
        unit("West 3C", tueThu, "14:40", "15:40", "09:30", "10:30");
        unit("West 3D", tueThu, "16:00", "17:00", "11:00", "12:00");
        for (DayOfWeek d : DayOfWeek.values()) {
            window("West 1 Admin Seg", d, "11:00", "12:00");
        }
        unit("West 1 Disc Seg", tueThu, "11:00", "12:00", "12:10", "13:10");

        detainee(UNO, "Uno", "West 3A", "Spanish");
        detainee(DOS, "Dos", "West 3B", "K'iche'; Spanish");
        detainee(TRES, "Tres", "West 3C", "Mam");
        detainee(CUATRO, "Cuatro", "West 3D", "");
        detainee(ADMIN, "Cinco", "West 1 Admin Seg", "Spanish");
        detainee(DISC, "Seis", "West 1 Disc Seg", "Spanish");
        detainee(EAST, "Siete", "East 1", "Spanish");

        visitor(ALFA, "Alfa", "Spanish", VisitorStatus.ACTIVE, true, true);
        visitor(BETA, "Beta", "English", VisitorStatus.ACTIVE, true, true);
        visitor(GAMA, "Gama", "Español", VisitorStatus.ACTIVE, true, true);
        visitor(DELTA, "Delta", "English; Spanish", VisitorStatus.ACTIVE, true, true);
        visitor(INACTIVO, "Inactivo", "Spanish", VisitorStatus.INACTIVE, true, true);
        visitor(RESTRINGIDO, "Restringido", "Spanish", VisitorStatus.RESTRICTED, true, true);
        visitor(SIN_ORIENTACION, "Sinorientacion", "Spanish", VisitorStatus.ACTIVE, false, true);
        visitor(SIN_ID, "Sinid", "Spanish", VisitorStatus.ACTIVE, true, false);
    }

    private void unit(String unit, Set<DayOfWeek> weekdays, String from, String to, String satFrom, String satTo) {
        for (DayOfWeek d : weekdays) {
            window(unit, d, from, to);
        }
        window(unit, SATURDAY, satFrom, satTo);
    }

    Adelanto window(String unit, DayOfWeek day, String from, String to) {
        windows.add(new VisitingWindow(windows.size() + 1, FACILITY, unit, day, LocalTime.parse(from),
                LocalTime.parse(to), !unit.startsWith("West 1")));
        return this;
    }

    private void detainee(long id, String given, String unit, String languages) {
        detainees.put(id, new Detainee(id, new ANumber(String.format("A999%06d", id)), given, "Testa",
                LocalDate.of(1990, 1, 1), "Testland", Languages.parse(languages), "", FACILITY, unit,
                DetaineeStatus.DETAINED, null, ""));
    }

    private void visitor(long id, String family, String languages, VisitorStatus status, boolean oriented,
            boolean idChecked) {
        visitors.put(id, new Visitor(id, family, "Proba", "", "", Languages.parse(languages),
                oriented ? LocalDate.of(2026, 1, 15) : null, idChecked, status, ""));
    }

    /** Replaces (or adds) a detained person. */
    Adelanto with(Detainee d) {
        detainees.put(d.id(), d);
        return this;
    }

    /** Replaces (or adds) a volunteer. */
    Adelanto with(Visitor v) {
        visitors.put(v.id(), v);
        return this;
    }

    /** Adds a blackout. */
    Adelanto with(BlackoutDay b) {
        blackouts.add(b);
        return this;
    }

    /** Replaces (or adds) a facility. */
    Adelanto with(Facility f) {
        facilities.put(f.id(), f);
        return this;
    }

    Detainee detainee(long id) {
        return detainees.get(id);
    }

    Visitor visitor(long id) {
        return visitors.get(id);
    }

    ScheduleContext ctx() {
        return ScheduleContext.of(facilities.values(), windows, blackouts, detainees.values(), visitors.values());
    }

    static ScheduleContext defaultCtx() {
        return new Adelanto().ctx();
    }

    /** A scheduled social visit at the Adelanto facility. */
    static Visit visit(long id, long detainee, LocalDate day, String from, String to, Long... visitors) {
        return new Visit(id, detainee, FACILITY, day.atTime(LocalTime.parse(from)), day.atTime(LocalTime.parse(to)),
                Arrays.asList(visitors), VisitType.SOCIAL, VisitStatus.SCHEDULED, "", "");
    }

    static Set<ConflictCode> codes(List<Conflict> conflicts) {
        return conflicts.stream().map(Conflict::code).collect(Collectors.toCollection(() -> EnumSet.noneOf(
                ConflictCode.class)));
    }

    static List<Conflict> only(List<Conflict> conflicts, ConflictCode code) {
        return conflicts.stream().filter(c -> c.code() == code).toList();
    }

    static Detainee withStatus(Detainee d, DetaineeStatus status, LocalDate date) {
        return new Detainee(d.id(), d.aNumber(), d.familyName(), d.givenName(), d.dateOfBirth(), d.countryOfBirth(),
                d.languages(), d.gender(), d.facilityId(), d.housingUnit(), status, date, d.notes());
    }

    static Detainee withLanguages(Detainee d, String languages) {
        return new Detainee(d.id(), d.aNumber(), d.familyName(), d.givenName(), d.dateOfBirth(), d.countryOfBirth(),
                Languages.parse(languages), d.gender(), d.facilityId(), d.housingUnit(), d.status(), d.statusDate(),
                d.notes());
    }

    static Detainee withUnit(Detainee d, String unit) {
        return new Detainee(d.id(), d.aNumber(), d.familyName(), d.givenName(), d.dateOfBirth(), d.countryOfBirth(),
                d.languages(), d.gender(), d.facilityId(), unit, d.status(), d.statusDate(), d.notes());
    }

    static Visitor withLanguages(Visitor v, String languages) {
        return new Visitor(v.id(), v.familyName(), v.givenName(), v.email(), v.phone(), Languages.parse(languages),
                v.orientationDate(), v.idChecked(), v.status(), v.notes());
    }
}
