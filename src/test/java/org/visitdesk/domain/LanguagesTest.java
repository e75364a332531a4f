package org.visitdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguagesTest {

    @Test
    void parseSplitsTrimsAndKeepsOrder() {
        assertThat(Languages.parse("Spanish; K'iche', mam")).containsExactly("Spanish", "K'iche'", "mam");
    }

    @Test
    void parseDropsRepeatsIgnoringCaseAndAccents() {
        assertThat(Languages.parse("Español; espanol, ESPAÑOL ;Mam; mam")).containsExactly("Español", "Mam");
    }

    @Test
    void parseDropsEmptyParts() {
        assertThat(Languages.parse(" ; ,Spanish,, ;")).containsExactly("Spanish");
        assertThat(Languages.parse("")).isEmpty();
        assertThat(Languages.parse(null)).isEmpty();
    }

    @Test
    void joinIsTheCellForm() {
        assertThat(Languages.join(List.of("Spanish", "Mam"))).isEqualTo("Spanish; Mam");
        assertThat(Languages.join(null)).isEmpty();
        assertThat(Languages.parse(Languages.join(List.of("Haitian Creole", "French"))))
                .containsExactly("Haitian Creole", "French");
    }

    @ParameterizedTest(name = "[{index}] [{0}] vs [{1}] -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Español          | espanol           | true",
        "Spanish; Mam     | MAM               | true",
        "K'iche'          | Spanish; k'iche'  | true",
        "Spanish          | English           | false",
        "Spanish          | \"\"                | false",
        "\"\"             | \"\"                | false",
        "Portuguese       | Portugues         | false",
    })
    void shareAnyIgnoresCaseAndAccents(String a, String b, boolean shared) {
        assertThat(Languages.shareAny(Languages.parse(a), Languages.parse(b))).isEqualTo(shared);
        assertThat(Languages.shareAny(Languages.parse(b), Languages.parse(a))).isEqualTo(shared);
    }
}
