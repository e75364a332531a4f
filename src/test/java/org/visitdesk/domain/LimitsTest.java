package org.visitdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The limits every record checks before anything is saved: lengths, control characters, plausible dates. */
class LimitsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    static Detainee detainee(Function<Detainee, Detainee> change) {
        return change.apply(new Detainee(0, new ANumber("A999000001"), "Uno", "Prueba", LocalDate.of(1990, 1, 2),
                "Mexico", List.of("Spanish"), "F", 1L, "West 3A", DetaineeStatus.DETAINED, null, "notas"));
    }

    static Visitor visitor(String family, String email, String phone, String notes) {
        return new Visitor(0, family, "Prueba", email, phone, List.of("Spanish"), null, true, VisitorStatus.ACTIVE,
                notes);
    }

    static String times(char c, int n) {
        return String.valueOf(c).repeat(n);
    }

    /** A field, a value one past its limit, and the limit. */
    static Stream<Arguments> oneTooMany() {
        return Stream.of(
                Arguments.of("familyName", detaineeWith(times('a', 201), "given"), 200),
                Arguments.of("givenName", detaineeWith("Uno", times('b', 201)), 200),
                Arguments.of("countryOfBirth", new Detainee(0, new ANumber("A999000001"), "Uno", "Prueba", null,
                        times('c', 101), List.of(), "", null, "", null, null, "").problems(TODAY), 100),
                Arguments.of("gender", new Detainee(0, new ANumber("A999000001"), "Uno", "Prueba", null, "",
                        List.of(), times('g', 51), null, "", null, null, "").problems(TODAY), 50),
                Arguments.of("housingUnit", new Detainee(0, new ANumber("A999000001"), "Uno", "Prueba", null, "",
                        List.of(), "", null, times('h', 101), null, null, "").problems(TODAY), 100),
                Arguments.of("languages", new Detainee(0, new ANumber("A999000001"), "Uno", "Prueba", null, "",
                        List.of(times('l', 300), times('m', 300)), "", null, "", null, null, "").problems(TODAY), 500),
                Arguments.of("notes", new Detainee(0, new ANumber("A999000001"), "Uno", "Prueba", null, "",
                        List.of(), "", null, "", null, null, times('n', 8001)).problems(TODAY), 8000),
                Arguments.of("phone", visitor("Dos", "", "555 " + times('1', 47), "").problems(TODAY), 50),
                Arguments.of("email", visitor("Dos", times('e', 310) + "@example.org", "", "").problems(TODAY), 320),
                Arguments.of("notes", visitor("Dos", "", "", times('n', 8001)).problems(TODAY), 8000),
                Arguments.of("notes", new Visit(0, 1, 1, TODAY.atTime(12, 10), TODAY.atTime(13, 10), List.of(), null,
                        null, times('n', 8001), "").problems(), 8000),
                Arguments.of("overrideReason", new Visit(0, 1, 1, TODAY.atTime(12, 10), TODAY.atTime(13, 10),
                        List.of(), null, null, "", times('r', 1001)).problems(), 1000),
                Arguments.of("name", new Facility(0, times('f', 201), "", 1, 1, 1, "").problems(), 200),
                Arguments.of("notes", new Facility(0, "F", "", 1, 1, 1, times('n', 4001)).problems(), 4000));
    }

    static List<FieldError> detaineeWith(String family, String given) {
        return new Detainee(0, new ANumber("A999000001"), family, given, null, "", List.of(), "", null, "", null,
                null, "").problems(TODAY);
    }

    @ParameterizedTest(name = "{0} over {2}")
    @MethodSource("oneTooMany")
    void aValueLongerThanItsColumnIsMarkedOnItsField(String field, List<FieldError> problems, int limit) {
        assertThat(problems).filteredOn(e -> e.messageKey().equals("error.tooLong"))
                .singleElement().satisfies(e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.args().get(0)).isEqualTo(limit);
                });
    }

    @Test
    void valuesUpToTheLimitAreFine() {
        assertThat(detaineeWith(times('a', 200), times('b', 200))).isEmpty();
        assertThat(visitor("Dos", "", "", times('n', 8000)).problems(TODAY)).isEmpty();
    }

    @Test
    void controlCharactersAreRefusedAndLineBreaksOnlyInNotes() {
        String esc = "Uno\u001b[31m";
        assertThat(detaineeWith(esc, "Prueba\u0007")).extracting(FieldError::field, FieldError::messageKey)
                .containsExactlyInAnyOrder(tuple("familyName", "error.controlCharacterOrLineBreak"),
                        tuple("givenName", "error.controlCharacterOrLineBreak"));
        assertThat(detaineeWith("Uno\nDos", "Prueba")).extracting(FieldError::field).containsExactly("familyName");
        assertThat(detaineeWith("Uno\u009bDos", "Prueba")).extracting(FieldError::field).containsExactly("familyName");
        assertThat(detaineeWith("Uno\tDos", "Prueba")).as("a tab is allowed").isEmpty();
        assertThat(visitor("Dos", "", "", "line one\nline two\r\n\tindented").problems(TODAY)).isEmpty();
        assertThat(visitor("Dos", "", "", "ring \u0007").problems(TODAY))
                .containsExactly(new FieldError("notes", "error.controlCharacter"));
    }

    @Test
    void datesOutsideThePlausibleYearsAreRefused() {
        assertThat(detainee(d -> new Detainee(0, d.aNumber(), "Uno", "Prueba", LocalDate.of(1899, 12, 31), "",
                List.of(), "", null, "", null, LocalDate.of(2101, 1, 1), "")).problems(TODAY))
                .extracting(FieldError::field, FieldError::messageKey).contains(
                        tuple("dateOfBirth", "error.dateOfBirth.early"), tuple("statusDate", "error.date.range"));
        assertThat(detainee(d -> d).problems(TODAY)).isEmpty();
        LocalDateTime old = LocalDate.of(1850, 3, 1).atTime(12, 0);
        assertThat(new Visit(0, 1, 1, old, old.plusHours(1), List.of(), null, null, "", "").problems())
                .extracting(FieldError::field, FieldError::messageKey).containsExactly(tuple("start", "error.date.range"));
    }
}
