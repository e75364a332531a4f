package org.visitdesk.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads and writes lists of languages as people type them: "Spanish; K'iche'" or "Spanish, Mam". */
public final class Languages {

    private Languages() {
    }

    /** Splits on {@code ;} or {@code ,}, trims, drops empties and repeats (ignoring case and accents). */
    public static List<String> parse(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String part : text.split("[;,]")) {
            String p = part.strip();
            if (!p.isEmpty() && seen.add(SearchKey.fold(p))) {
                out.add(p);
            }
        }
        return out;
    }

    /** The list as one cell: {@code "Spanish; Mam"}. */
    public static String join(List<String> languages) {
        return languages == null ? "" : String.join("; ", languages);
    }

    /** True when the two lists share a language, ignoring case and accents. */
    public static boolean shareAny(List<String> a, List<String> b) {
        Set<String> folded = new HashSet<>();
        for (String s : a) {
            folded.add(SearchKey.fold(s));
        }
        for (String s : b) {
            if (folded.contains(SearchKey.fold(s))) {
                return true;
            }
        }
        return false;
    }
}
