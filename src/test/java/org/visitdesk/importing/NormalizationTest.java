package org.visitdesk.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.visitdesk.domain.DetaineeStatus;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.VisitType;
import org.visitdesk.domain.VisitorStatus;

/** Every alias, format and normalization rule, one table row each. */
class NormalizationTest {

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', value = {
        "DETAINEES|A-Number|A_NUMBER", "DETAINEES|A Number|A_NUMBER", "DETAINEES|A#|A_NUMBER",
        "DETAINEES|anumber|A_NUMBER", "DETAINEES|Alien Number|A_NUMBER", "DETAINEES|a_number|A_NUMBER",
        "DETAINEES|  A-NUMBER * |A_NUMBER",
        "DETAINEES|Family Name|FAMILY_NAME", "DETAINEES|Last Name|FAMILY_NAME", "DETAINEES|Apellido|FAMILY_NAME",
        "DETAINEES|LAST-NAME|FAMILY_NAME", "DETAINEES|Given Name|GIVEN_NAME", "DETAINEES|First Name|GIVEN_NAME",
        "DETAINEES|Nombre|GIVEN_NAME", "DETAINEES|DOB|DATE_OF_BIRTH", "DETAINEES|Date of Birth|DATE_OF_BIRTH",
        "DETAINEES|Country|COUNTRY_OF_BIRTH", "DETAINEES|País|COUNTRY_OF_BIRTH", "DETAINEES|Idiomas|LANGUAGES",
        "DETAINEES|Languages|LANGUAGES", "DETAINEES|Unit|HOUSING_UNIT", "DETAINEES|Housing|HOUSING_UNIT",
        "DETAINEES|Housing Unit|HOUSING_UNIT", "DETAINEES|Status Date|STATUS_DATE", "DETAINEES|Estado|STATUS",
        "VISITORS|Correo|EMAIL", "VISITORS|E-mail|EMAIL", "VISITORS|Teléfono|PHONE", "VISITORS|telefono|PHONE",
        "VISITORS|Phone|PHONE", "VISITORS|ID Checked|ID_CHECKED", "VISITORS|Orientation Date|ORIENTATION_DATE",
        "VISITS|Visitors (emails)|VISITORS", "VISITS|Fecha|DATE", "VISITS|Start Time|START", "VISITS|End|END",
        "VISITS|A#|A_NUMBER", "VISITS|Tipo|TYPE"})
    void titlesAndAliasesAreRecognized(ImportKind kind, String title, Column column) {
        assertThat(kind.match(title)).contains(column);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"DETAINEES|Email", "DETAINEES|Favourite colour", "VISITORS|A-Number",
        "VISITS|Family Name"})
    void otherTitlesAreNot(ImportKind kind, String title) {
        assertThat(kind.match(title)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {"A999123456|A999123456", "A-999-123-456|A999123456",
        "A 999 123 456|A999123456", "999123456|A999123456", "99912345|A099912345", " a999-123-456 |A999123456"})
    void aNumbersInAnyCommonForm(String text, String expected) throws BadValue {
        assertThat(Values.aNumber(Cell.text(text)).orElseThrow().value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"A12", "B999123456", "9991234567", "A999-12x-456"})
    void badANumbersAreRefused(String text) {
        assertThatThrownBy(() -> Values.aNumber(Cell.text(text))).isInstanceOf(BadValue.class)
                .hasMessage("import.value.aNumber");
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {"2026-12-08|2026-12-08", "2026-1-5|2026-01-05", "12/8/2026|2026-12-08",
        "1/5/2026|2026-01-05", "2026-12-08 00:00:00|2026-12-08", "2026-12-08T10:00|2026-12-08"})
    void datesAsIsoAndMonthDayYear(String text, LocalDate expected) throws BadValue {
        assertThat(Values.date(Cell.text(text))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"13/13/2026", "2026-02-30", "8 Dec 2026", "yesterday", "45000"})
    void badDatesAreRefused(String text) {
        assertThatThrownBy(() -> Values.date(Cell.text(text))).isInstanceOf(BadValue.class)
                .hasMessage("import.value.date");
    }

    @Test
    void excelDateAndTimeCellsAreReadAsTheyAre() throws BadValue {
        Cell c = new Cell("x", LocalDateTime.of(2026, 12, 8, 13, 30), null, false);
        assertThat(Values.date(c)).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(Values.time(c)).isEqualTo(LocalTime.of(13, 30));
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {"13:30|13:30", "9:05|09:05", "1:30 PM|13:30", "1:30pm|13:30",
        "12:00 AM|00:00", "12:15 PM|12:15", "9 am|09:00", "10:00:00|10:00", "1:30 p.m.|13:30", "13.30|13:30"})
    void timesIn24HourAndAmPm(String text, LocalTime expected) throws BadValue {
        assertThat(Values.time(Cell.text(text))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"25:00", "13:30 PM", "noon", "9", "12:75"})
    void badTimesAreRefused(String text) {
        assertThatThrownBy(() -> Values.time(Cell.text(text))).isInstanceOf(BadValue.class);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {"yes|true", "Y|true", "TRUE|true", "x|true", "sí|true", "Si|true",
        "no|false", "N|false", "false|false", "0|false", "falso|false"})
    void yesAndNoInEnglishAndSpanish(String text, boolean expected) throws BadValue {
        assertThat(Values.yesNo(Cell.text(text))).isEqualTo(expected);
    }

    @Test
    void blankIsNoAndOtherWordsAreRefused() throws BadValue {
        assertThat(Values.yesNo(Cell.BLANK)).isFalse();
        assertThat(Values.yesNo(new Cell("TRUE", null, true, false))).isTrue();
        assertThatThrownBy(() -> Values.yesNo(Cell.text("maybe"))).isInstanceOf(BadValue.class);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {"detained|DETAINED", "Detenido|DETAINED", "detenida|DETAINED",
        "transferred|TRANSFERRED", "Trasladado|TRANSFERRED", "released|RELEASED", "liberada|RELEASED",
        "deported|DEPORTED", "Deportado|DEPORTED", "unknown|UNKNOWN", "desconocido|UNKNOWN", "DETAINED|DETAINED"})
    void detaineeStatusWords(String text, DetaineeStatus expected) throws BadValue {
        assertThat(Values.detaineeStatus(Cell.text(text))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {"active|ACTIVE", "activa|ACTIVE", "Inactive|INACTIVE",
        "inactivo|INACTIVE", "restricted|RESTRICTED", "restringida|RESTRICTED"})
    void visitorStatusWords(String text, VisitorStatus expected) throws BadValue {
        assertThat(Values.visitorStatus(Cell.text(text))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {"scheduled|SCHEDULED", "programada|SCHEDULED", "no-show|NO_SHOW",
        "No show|NO_SHOW", "no se presentó|NO_SHOW", "canceled|CANCELLED", "cancelada|CANCELLED",
        "completada|COMPLETED", "requested|REQUESTED", "confirmada|CONFIRMED", "denegada|DENIED"})
    void visitStatusWords(String text, VisitStatus expected) throws BadValue {
        assertThat(Values.visitStatus(Cell.text(text))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {"social|SOCIAL", "Pastoral|PASTORAL",
        "legal accompaniment|LEGAL_ACCOMPANIMENT", "Legal_Accompaniment|LEGAL_ACCOMPANIMENT",
        "acompañamiento legal|LEGAL_ACCOMPANIMENT"})
    void visitTypeWords(String text, VisitType expected) throws BadValue {
        assertThat(Values.visitType(Cell.text(text))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {"Spanish; Mam|Spanish,Mam", "Spanish, Mam|Spanish,Mam",
        " Spanish ;; K'iche' |Spanish,K'iche'", "Español|Español"})
    void languagesSplitOnSemicolonOrComma(String text, String expected) throws BadValue {
        assertThat(Values.languages(Cell.text(text))).containsExactlyElementsOf(List.of(expected.split(",")));
    }

    @Test
    void aFormulaErrorIsAnErrorAndTextIsTrimmed() throws BadValue {
        assertThatThrownBy(() -> Values.text(new Cell("#ERROR", null, null, true)))
                .hasMessage("import.value.formulaError");
        assertThat(Values.text(Cell.text("  Prueba  "))).isEqualTo("Prueba");
    }

    @ParameterizedTest
    @CsvSource({"0,A", "1,B", "25,Z", "26,AA", "27,AB"})
    void columnLetters(int index, String letter) {
        assertThat(Layout.letter(index)).isEqualTo(letter);
    }
}
