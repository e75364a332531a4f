package org.visitdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading weekly hours as people type them, refusing what does not read, and the other parts of availability. */
class AvailabilityTest {

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource(delimiter = '|', value = {
        "Tue 12:00-17:00|Tue 12:00-17:00",
        "Tue 12:00-17:00; Sat 07:00-12:00|Tue 12:00-17:00; Sat 07:00-12:00",
        "tuesday 9-12|Tue 09:00-12:00",
        "Tue/Thu 12:00 - 17:00|Tue 12:00-17:00; Thu 12:00-17:00",
        "Tue, Thu 12-17|Tue 12:00-17:00; Thu 12:00-17:00",
        "Tue and Thu 12-17|Tue 12:00-17:00; Thu 12:00-17:00",
        "mar 12:00-17:00|Tue 12:00-17:00",
        "sábado 7.30–12|Sat 07:30-12:00",
        "mié y vie 10h30-11h30|Wed 10:30-11:30; Fri 10:30-11:30",
        "Jueves 12:00-17:00;|Thu 12:00-17:00",
    })
    void readsWhatPeopleType(String typed, String canonical) {
        WeeklyHours.Reading r = WeeklyHours.read(typed);
        assertThat(r.error()).isNull();
        assertThat(WeeklyHours.join(r.hours())).isEqualTo(canonical);
        assertThat(WeeklyHours.read(canonical).hours()).isEqualTo(r.hours());
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(delimiter = '|', value = {
        "Tue 17:00-12:00|error.available.order|Tue 17:00-12:00",
        "Tue 12:00-12:00|error.available.order|Tue 12:00-12:00",
        "Funday 10-11|error.available.day|Funday",
        "Tue/Funday 10-11|error.available.day|Funday",
        "Tue|error.available.format|Tue",
        "Sat 07:00-12:00; Tue|error.available.format|Tue",
        "Tue 25:00-26:00|error.available.time|Tue 25:00-26:00",
        "Tue 10:75-11:00|error.available.time|Tue 10:75-11:00",
        "12:00-17:00|error.available.format|12:00-17:00",
    })
    void refusesWhatDoesNotRead(String typed, String key, String named) {
        WeeklyHours.Reading r = WeeklyHours.read(typed);
        assertThat(r.ok()).isFalse();
        assertThat(r.hours()).isEmpty();
        assertThat(r.error().field()).isEqualTo("available");
        assertThat(r.error().messageKey()).isEqualTo(key);
        assertThat(r.error().args()).containsExactly(named);
    }

    @Test
    void blankMeansNoHours() {
        assertThat(WeeklyHours.read("  ").hours()).isEmpty();
        assertThat(WeeklyHours.read(null).ok()).isTrue();
    }

    @Test
    void coversOnlyTimesWithinTheHoursOfItsDay() {
        WeeklyHours h = new WeeklyHours(DayOfWeek.THURSDAY, LocalTime.of(12, 0), LocalTime.of(17, 0));
        assertThat(h.covers(DayOfWeek.THURSDAY, LocalTime.of(12, 10), LocalTime.of(13, 10))).isTrue();
        assertThat(h.covers(DayOfWeek.THURSDAY, LocalTime.of(12, 0), LocalTime.of(17, 0))).isTrue();
        assertThat(h.covers(DayOfWeek.THURSDAY, LocalTime.of(16, 30), LocalTime.of(17, 30))).isFalse();
        assertThat(h.covers(DayOfWeek.TUESDAY, LocalTime.of(12, 10), LocalTime.of(13, 10))).isFalse();
    }

    @ParameterizedTest(name = "away {0} to {1}: {2} is away {3}")
    @CsvSource({
        "2026-12-01,2026-12-15,2026-12-01,true",
        "2026-12-01,2026-12-15,2026-12-15,true",
        "2026-12-01,2026-12-15,2026-12-16,false",
        "2026-12-01,2026-12-15,2026-11-30,false",
        "2026-12-01,,2027-06-01,true",
        "2026-12-01,,2026-11-30,false",
        ",2026-12-15,2026-01-01,true",
        ",2026-12-15,2026-12-16,false",
        ",,2026-12-01,false",
    })
    void awayDatesMayBeOpenAtEitherEnd(LocalDate from, LocalDate to, LocalDate day, boolean away) {
        assertThat(new Availability(List.of(), 0, from, to, List.of()).isAwayOn(day)).isEqualTo(away);
    }

    @Test
    void commitmentAndAwayDatesAreChecked() {
        LocalDate d = LocalDate.of(2026, 12, 1);
        assertThat(new Availability(List.of(), 32, null, null, List.of()).problems())
                .extracting(FieldError::field).containsExactly("visitsPerMonth");
        assertThat(new Availability(List.of(), -1, null, null, List.of()).problems())
                .extracting(FieldError::messageKey).containsExactly("error.visitsPerMonth");
        assertThat(new Availability(List.of(), 2, d, d.minusDays(1), List.of()).problems())
                .extracting(FieldError::messageKey).containsExactly("error.away.order");
        assertThat(new Availability(List.of(), 2, d, d, List.of()).problems()).isEmpty();
    }

    @Test
    void familyLinksAreKeptOnceInOrderAndMatchTheirPersonOnly() {
        ANumber a = new ANumber("A999000002");
        ANumber b = new ANumber("A999000001");
        Availability av = new Availability(List.of(), 0, null, null, List.of(a, b, a));
        assertThat(av.familyOf()).containsExactly(b, a);
        assertThat(av.isFamilyOf(a)).isTrue();
        assertThat(av.isFamilyOf(new ANumber("A999000003"))).isFalse();
        assertThat(av.isFamilyOf(null)).isFalse();
    }

    @Test
    void aVisitorCarriesItsAvailabilityProblems() {
        Visitor v = new Visitor(0, "Prueba", "Ana", "", "", List.of(), null, false, VisitorStatus.ACTIVE, "",
                new Availability(List.of(), 40, null, null, List.of()));
        assertThat(v.problems(LocalDate.of(2026, 12, 1))).extracting(FieldError::field)
                .containsExactly("visitsPerMonth");
        assertThat(v.withId(5).availability()).isEqualTo(v.availability());
    }
}
