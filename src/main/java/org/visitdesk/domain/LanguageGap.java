package org.visitdesk.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A language people on the waiting list speak that no cleared volunteer does, and how many of them wait: whom the
 * network should recruit.
 */
public record LanguageGap(String language, int waiting) {

    /**
     * The gaps for the waiting people and the cleared visitors (each given by their languages, one entry per
     * person): the most waiting first, then by language. Languages compare ignoring case and accents.
     */
    public static List<LanguageGap> of(List<List<String>> waitingPeople, List<List<String>> clearedVisitors) {
        Set<String> spoken = new HashSet<>();
        for (List<String> languages : clearedVisitors) {
            languages.forEach(l -> spoken.add(SearchKey.fold(l)));
        }
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (List<String> languages : waitingPeople) {
            Set<String> once = new HashSet<>();
            for (String l : languages) {
                String key = SearchKey.fold(l);
                if (!key.isEmpty() && !spoken.contains(key) && once.add(key)) {
                    names.putIfAbsent(key, l.strip());
                    counts.merge(key, 1, Integer::sum);
                }
            }
        }
        List<LanguageGap> out = new ArrayList<>();
        counts.forEach((key, n) -> out.add(new LanguageGap(names.get(key), n)));
        out.sort(Comparator.comparingInt(LanguageGap::waiting).reversed()
                .thenComparing(g -> SearchKey.fold(g.language())));
        return out;
    }
}
