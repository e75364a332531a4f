package org.visitdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** problems() of the records: what is wrong with a record on its own. */
class ValidationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    static Detainee detainee(String family, String given, LocalDate dob, LocalDate statusDate) {
        return new Detainee(0, new ANumber("A999000001"), family, given, dob, "Mexico", List.of("Spanish"), "",
                1L, "West 3A", DetaineeStatus.DETAINED, statusDate, "");
    }

    static Visitor visitor(String family, String given, String email, String phone, LocalDate oriented) {
        return new Visitor(0, family, given, email, phone, List.of("Spanish"), oriented, true, VisitorStatus.ACTIVE,
                "");
    }

    @Test
    void aCompleteDetaineeHasNoProblems() {
        assertThat(detainee("Uno", "Prueba", TODAY.minusYears(30), TODAY).problems(TODAY)).isEmpty();
    }

    @Test
    void detaineeNeedsANumberAndNames() {
        Detainee d = new Detainee(0, null, "  ", null, null, null, null, null, null, null, null, null, null);
        assertThat(d.problems(TODAY)).extracting(FieldError::field, FieldError::messageKey).containsExactlyInAnyOrder(
                tuple("aNumber", "error.aNumber.required"),
                tuple("familyName", "error.required"),
                tuple("givenName", "error.required"));
    }

    @Test
    void aBirthCannotBeInTheFutureButAReleaseCan() {
        Detainee d = detainee("Uno", "Prueba", TODAY.plusDays(1), TODAY.plusDays(1));
        assertThat(d.problems(TODAY)).extracting(FieldError::field, FieldError::messageKey).containsExactly(
                tuple("dateOfBirth", "error.date.future"));
        assertThat(detainee("Uno", "Prueba", TODAY, TODAY.plusDays(10)).problems(TODAY)).as("release next week")
                .isEmpty();
        assertThat(detainee("Uno", "Prueba", TODAY, TODAY).problems(TODAY)).isEmpty();
    }

    @Test
    void detaineeCleansTextAndDefaults() {
        Detainee d = new Detainee(0, new ANumber("A999000001"), "  Uno ", " Prueba", null, null, null, null, null,
                null, null, null, null);
        assertThat(d.familyName()).isEqualTo("Uno");
        assertThat(d.fullName()).isEqualTo("Prueba Uno");
        assertThat(d.sortName()).isEqualTo("Uno, Prueba");
        assertThat(d.status()).isEqualTo(DetaineeStatus.DETAINED);
        assertThat(d.languages()).isEmpty();
        assertThat(d.notes()).isEmpty();
    }

    @Test
    void aCompleteVisitorHasNoProblems() {
        assertThat(visitor("Dos", "Prueba", "prueba.dos@example.org", "(760) 555-0100", TODAY.minusDays(3))
                .problems(TODAY)).isEmpty();
        assertThat(visitor("Dos", "Prueba", "", "", null).problems(TODAY)).isEmpty();
    }

    @Test
    void visitorNeedsNames() {
        assertThat(visitor("", " ", "", "", null).problems(TODAY)).extracting(FieldError::field)
                .containsExactlyInAnyOrder("familyName", "givenName");
    }

    @ParameterizedTest
    @ValueSource(strings = {"prueba", "prueba@", "@example.org", "prueba dos@example.org", "prueba@example",
        "a@b@example.org"})
    void visitorRejectsBadEmail(String email) {
        assertThat(visitor("Dos", "Prueba", email, "", null).problems(TODAY))
                .containsExactly(new FieldError("email", "error.email"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "call me", "555-01"})
    void visitorRejectsBadPhone(String phone) {
        assertThat(visitor("Dos", "Prueba", "", phone, null).problems(TODAY))
                .containsExactly(new FieldError("phone", "error.phone"));
    }

    @Test
    void visitorOrientationCannotBeInTheFuture() {
        assertThat(visitor("Dos", "Prueba", "", "", TODAY.plusDays(1)).problems(TODAY))
                .containsExactly(new FieldError("orientationDate", "error.date.future"));
    }

    @Test
    void visitorIsClearedOnlyWhenActiveOrientedAndChecked() {
        Visitor ok = visitor("Dos", "Prueba", "", "", TODAY.minusDays(1));
        assertThat(ok.isCleared()).isTrue();
        assertThat(visitor("Dos", "Prueba", "", "", null).isCleared()).isFalse();
        assertThat(new Visitor(0, "Dos", "Prueba", "", "", List.of(), TODAY, false, VisitorStatus.ACTIVE, "")
                .isCleared()).isFalse();
        assertThat(new Visitor(0, "Dos", "Prueba", "", "", List.of(), TODAY, true, VisitorStatus.RESTRICTED, "")
                .isCleared()).isFalse();
    }

    static Visit visit(long detainee, long facility, LocalDateTime start, LocalDateTime end) {
        return new Visit(0, detainee, facility, start, end, List.of(), null, null, null, null);
    }

    @Test
    void aCompleteVisitHasNoProblems() {
        LocalDateTime start = TODAY.atTime(12, 10);
        assertThat(visit(1, 1, start, start.plusHours(1)).problems()).isEmpty();
    }

    @Test
    void visitNeedsDetaineeFacilityAndTimes() {
        assertThat(visit(0, 0, null, null).problems()).extracting(FieldError::field, FieldError::messageKey)
                .containsExactlyInAnyOrder(
                        tuple("detainee", "error.required"),
                        tuple("facility", "error.required"),
                        tuple("start", "error.required"),
                        tuple("end", "error.required"));
    }

    @Test
    void visitCannotEndBeforeOrAtItsStart() {
        LocalDateTime start = TODAY.atTime(12, 10);
        assertThat(visit(1, 1, start, start.minusMinutes(1)).problems())
                .containsExactly(new FieldError("end", "error.visit.endBeforeStart"));
        assertThat(visit(1, 1, start, start).problems())
                .containsExactly(new FieldError("end", "error.visit.endBeforeStart"));
    }

    @Test
    void visitMustEndOnItsDay() {
        LocalDateTime start = TODAY.atTime(23, 30);
        assertThat(visit(1, 1, start, start.plusHours(1)).problems())
                .containsExactly(new FieldError("end", "error.visit.sameDay"));
    }

    @Test
    void visitOverlapExcludesTouchingEdges() {
        LocalDateTime noon = TODAY.atTime(12, 0);
        Visit a = visit(1, 1, noon, noon.plusHours(1));
        assertThat(a.overlaps(visit(2, 1, noon.plusHours(1), noon.plusHours(2)))).isFalse();
        assertThat(a.overlaps(visit(2, 1, noon.minusHours(1), noon))).isFalse();
        assertThat(a.overlaps(visit(2, 1, noon.plusMinutes(59), noon.plusHours(2)))).isTrue();
        assertThat(a.overlaps(visit(2, 1, noon.plusMinutes(10), noon.plusMinutes(20)))).isTrue();
    }

    @Test
    void aCompleteFacilityHasNoProblems() {
        assertThat(new Facility(0, "Prueba Center", "", 10, 3, 3, "").problems()).isEmpty();
    }

    @Test
    void facilityNeedsNameAndPositiveLimits() {
        assertThat(new Facility(0, " ", null, 0, 0, -1, null).problems())
                .extracting(FieldError::field, FieldError::messageKey).containsExactlyInAnyOrder(
                        tuple("name", "error.required"),
                        tuple("roomCapacity", "error.positive"),
                        tuple("maxVisitorsPerVisit", "error.positive"),
                        tuple("maxVisitsPerWeek", "error.positive"));
    }
}
