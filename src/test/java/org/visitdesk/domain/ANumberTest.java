package org.visitdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ANumberTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
        "A123456789     | A123456789",
        "A-123-456-789  | A123456789",
        "A 123-456-789  | A123456789",
        "a123456789     | A123456789",
        "123456789      | A123456789",
        "12345678       | A012345678",
        "A12345678      | A012345678",
        "A999000001     | A999000001",
        "'  A-999-000-002 ' | A999000002",
    })
    void parsesCommonForms(String typed, String expected) {
        assertThat(ANumber.parse(typed)).map(ANumber::value).contains(expected);
    }

    @ParameterizedTest(name = "[{index}] rejects \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "A1234567", "1234567", "A1234567890", "1234567890", "A12345X789", "A123-45O-789",
        "B123456789", "AA123456789", "A-", "A"})
    void rejectsWhatIsNotAnANumber(String typed) {
        assertThat(ANumber.parse(typed)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0} displays as {1}, digits {2}")
    @CsvSource({
        "A123456789, A-123-456-789, 123456789",
        "A012345678, A-012-345-678, 012345678",
        "A999000123, A-999-000-123, 999000123",
    })
    void displaysWithDashesAndGivesDigits(String value, String display, String digits) {
        ANumber a = new ANumber(value);
        assertThat(a.display()).isEqualTo(display);
        assertThat(a.toString()).isEqualTo(display);
        assertThat(a.digits()).isEqualTo(digits);
    }

    @Test
    void parseAndDisplayRoundTrip() {
        ANumber a = ANumber.parse("999-123-456").orElseThrow();
        assertThat(ANumber.parse(a.display())).contains(a);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"A-123-456-789", "a123456789", "123456789", "A12345678"})
    void constructorOnlyTakesTheCanonicalForm(String value) {
        assertThatThrownBy(() -> new ANumber(value)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void comparesByValue() {
        assertThat(new ANumber("A100000000")).isLessThan(new ANumber("A200000000"));
        assertThat(new ANumber("A100000000")).isEqualTo(ANumber.parse("100000000").orElseThrow());
    }
}
