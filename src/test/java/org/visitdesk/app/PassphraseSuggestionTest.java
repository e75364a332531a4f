package org.visitdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Suggested passphrases: six different listed words, never the same phrase twice, with an honest strength. */
class PassphraseSuggestionTest {

    static final Locale ES = Locale.forLanguageTag("es");

    @Test
    void theWordListsAreLongLowerCaseAsciiAndWithoutRepeats() {
        for (Locale l : List.of(Locale.ENGLISH, ES)) {
            List<String> words = PassphraseSuggestion.wordList(l);
            assertThat(words).as(l + " size").hasSizeGreaterThan(1500);
            assertThat(words).as(l + " letters").allMatch(w -> w.matches("[a-z]{3,12}"));
            assertThat(new HashSet<>(words)).as(l + " repeats").hasSameSizeAs(words);
        }
        assertThat(PassphraseSuggestion.wordList(ES)).contains("abeja", "zorro").doesNotContain("cárcel", "preso");
        assertThat(PassphraseSuggestion.wordList(Locale.ENGLISH)).contains("apple", "zebra")
                .doesNotContain("prison", "arrest", "border");
        assertThat(PassphraseSuggestion.wordList(Locale.FRENCH)).as("other languages: English")
                .isEqualTo(PassphraseSuggestion.wordList(Locale.ENGLISH));
    }

    @Test
    void aSuggestionIsSixDifferentWordsOfTheList() {
        for (Locale l : List.of(Locale.ENGLISH, ES)) {
            PassphraseSuggestion g = PassphraseSuggestion.in(l);
            Set<String> list = new HashSet<>(PassphraseSuggestion.wordList(l));
            for (int i = 0; i < 200; i++) {
                String phrase = new String(g.next());
                List<String> parts = Arrays.asList(phrase.split("-"));
                assertThat(parts).as(phrase).hasSize(PassphraseSuggestion.WORDS).doesNotHaveDuplicates();
                assertThat(list).as(phrase).containsAll(parts);
                assertThat(phrase.length()).as("long enough for the store's rule").isGreaterThanOrEqualTo(8);
            }
        }
    }

    @Test
    void manyDrawsNeverRepeatAPhrase() {
        PassphraseSuggestion g = PassphraseSuggestion.in(Locale.ENGLISH);
        Set<String> seen = new HashSet<>();
        IntStream.range(0, 20_000).forEach(i -> seen.add(new String(g.next())));
        assertThat(seen).hasSize(20_000);
    }

    @Test
    void everyWordCanComeUp() {
        // a generator that favoured part of the list would show here: 30,000 draws of 6 reach every word
        List<String> words = IntStream.range(0, 600).mapToObj(i -> "w" + i).toList();
        PassphraseSuggestion g = new PassphraseSuggestion(words, new SecureRandom());
        Set<String> drawn = new HashSet<>();
        for (int i = 0; i < 30_000; i++) {
            drawn.addAll(Arrays.asList(new String(g.next()).split("-")));
        }
        assertThat(drawn).containsExactlyInAnyOrderElementsOf(words);
    }

    @Test
    void theStrengthIsTheLogarithmOfTheChoices() {
        PassphraseSuggestion en = PassphraseSuggestion.in(Locale.ENGLISH);
        int n = en.listSize();
        double expected = 0;
        for (int i = 0; i < 6; i++) {
            expected += Math.log(n - i) / Math.log(2);
        }
        assertThat(en.bits()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(en.bits()).as("about 65 bits").isBetween(62.0, 68.0);
        assertThat(PassphraseSuggestion.in(ES).bits()).isBetween(62.0, 68.0);
    }

    @Test
    void aShortListIsRefused() {
        assertThatThrownBy(() -> new PassphraseSuggestion(List.of("one", "two"), new SecureRandom()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
