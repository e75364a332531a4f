package org.visitdesk.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Suggests a passphrase a person can remember and type: {@link #WORDS} different words drawn with
 * {@link SecureRandom} from a list of common words in the person's language, joined by hyphens
 * ({@code words/README.md} says where the lists come from). Six words from a list of about 1,800 carry about
 * 64 bits: with the store's key derivation, far beyond guessing.
 */
public final class PassphraseSuggestion {

    /** How many words a suggestion has. */
    public static final int WORDS = 6;

    /** What joins the words: easy to type, and a written-down phrase shows where each word ends. */
    public static final char SEPARATOR = '-';

    private final List<String> words;
    private final SecureRandom random;

    /** A generator over these words (all different), drawing with this source. */
    PassphraseSuggestion(List<String> words, SecureRandom random) {
        if (words.size() < WORDS * 100 || new LinkedHashSet<>(words).size() != words.size()) {
            throw new IllegalArgumentException("the word list must hold many different words");
        }
        this.words = List.copyOf(words);
        this.random = random;
    }

    /** A generator in the language (Spanish for Spanish, else English). */
    public static PassphraseSuggestion in(Locale language) {
        return new PassphraseSuggestion(wordList(language), new SecureRandom());
    }

    /** The word list of a language (Spanish for Spanish, else English). */
    static List<String> wordList(Locale language) {
        String name = "es".equals(language.getLanguage()) ? "es" : "en";
        try (InputStream in = PassphraseSuggestion.class.getResourceAsStream("words/" + name + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("the word list " + name + ".txt is missing from the program");
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    out.add(line.strip());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new suggestion: different words, joined by hyphens. The caller clears the array when done with it. */
    public char[] next() {
        Set<String> chosen = new LinkedHashSet<>();
        while (chosen.size() < WORDS) {
            chosen.add(words.get(random.nextInt(words.size())));
        }
        String joined = String.join(String.valueOf(SEPARATOR), chosen);
        return joined.toCharArray();
    }

    /** How many words there are to draw from. */
    public int listSize() {
        return words.size();
    }

    /** How many bits of randomness a suggestion carries: choosing {@link #WORDS} different words in order. */
    public double bits() {
        double bits = 0;
        for (int i = 0; i < WORDS; i++) {
            bits += Math.log(words.size() - i) / Math.log(2);
        }
        return bits;
    }
}
