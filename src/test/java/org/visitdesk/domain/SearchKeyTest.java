package org.visitdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchKeyTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" folds to \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "José           | jose",
        "NÚÑEZ          | nunez",
        "Núñez          | nunez",
        "Straße         | strasse",
        "STRASSE        | strasse",
        "Désir          | desir",
        "Ávila Fúnez    | avila funez",
        "Gonçalves      | goncalves",
        "Zoë            | zoe",
        "K'iche'        | k'iche'",
        "\"  Prueba Uno  \" | prueba uno",
        "plain ascii    | plain ascii",
    })
    void foldsCaseAndAccents(String text, String folded) {
        assertThat(SearchKey.fold(text)).isEqualTo(folded);
    }

    @Test
    void nullAndEmptyFoldToEmpty() {
        assertThat(SearchKey.fold(null)).isEmpty();
        assertThat(SearchKey.fold("")).isEmpty();
    }

    @Test
    void accentedAndPlainAreTheSame() {
        assertThat(SearchKey.fold("Español")).isEqualTo(SearchKey.fold("espanol"));
        assertThat(SearchKey.fold("María José")).isEqualTo(SearchKey.fold("MARIA JOSE"));
    }
}
