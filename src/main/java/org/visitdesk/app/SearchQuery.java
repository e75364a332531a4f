package org.visitdesk.app;

import java.util.Arrays;
import java.util.function.Predicate;
import org.visitdesk.domain.SearchKey;

/**
 * What a person typed in a search field, folded once: every word must appear ("ana ruiz" finds "Ruiz, Ana");
 * an A-number in any form ("A-123-456", "123456") becomes its digits.
 */
public final class SearchQuery implements Predicate<String> {

    private final String[] words;

    private SearchQuery(String[] words) {
        this.words = words;
    }

    /** Parses typed text. */
    public static SearchQuery of(String typed) {
        String folded = SearchKey.fold(typed);
        String compact = folded.replaceAll("[\\s-]", "");
        if (compact.matches("a?\\d+")) {
            return new SearchQuery(new String[] {compact.startsWith("a") ? compact.substring(1) : compact});
        }
        String[] words = Arrays.stream(folded.split("[\\s,]+")).filter(w -> !w.isEmpty()).toArray(String[]::new);
        return new SearchQuery(words);
    }

    /** True when nothing was typed. */
    public boolean isEmpty() {
        return words.length == 0;
    }

    @Override
    public boolean test(String folded) {
        for (String w : words) {
            if (!folded.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
