package org.visitdesk.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds text for searching and comparing: lower case, accents removed ("José" and "jose" are the same). */
public final class SearchKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchKey() {
    }

    /** The folded form of a text; {@code null} folds to the empty string. */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        boolean ascii = true;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                ascii = false;
                break;
            }
        }
        String base = ascii ? text : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return base.toLowerCase(Locale.ROOT).replace("ß", "ss").strip();
    }
}
