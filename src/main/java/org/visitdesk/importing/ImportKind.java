package org.visitdesk.importing;

import static org.visitdesk.importing.Column.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What a file holds: detained people, volunteers or visits, with the columns each may have (DESIGN.md 7). */
public enum ImportKind {
    DETAINEES(List.of(A_NUMBER, FAMILY_NAME, GIVEN_NAME, DATE_OF_BIRTH, COUNTRY_OF_BIRTH, LANGUAGES, GENDER, FACILITY,
            HOUSING_UNIT, STATUS, STATUS_DATE, NOTES), Set.of(A_NUMBER, FAMILY_NAME, GIVEN_NAME)),
    VISITORS(List.of(FAMILY_NAME, GIVEN_NAME, EMAIL, PHONE, LANGUAGES, ORIENTATION_DATE, ID_CHECKED, STATUS, NOTES,
            AVAILABLE, VISITS_PER_MONTH, AWAY_FROM, AWAY_TO, FAMILY_OF),
            Set.of(FAMILY_NAME, GIVEN_NAME)),
    VISITS(List.of(A_NUMBER, DATE, START, END, Column.VISITORS, TYPE, STATUS, NOTES, VISIT_ID),
            Set.of(A_NUMBER, DATE, START)),
    /** Outcomes of visits: the visit by its Visit ID, or by A-Number + Date + Start (checked by the planner). */
    OUTCOMES(List.of(VISIT_ID, A_NUMBER, DATE, START, OUTCOME, ARRIVED, SEEN, LEFT, DENIAL_REASON, NEEDS, NOTES),
            Set.of(OUTCOME)),
    /** Requests for a visit: a sign-up sheet or a hotline log; the person by A-number or by names (checked per row). */
    REQUESTS(List.of(RECEIVED, SOURCE, A_NUMBER, FAMILY_NAME, GIVEN_NAME, COUNTRY_OF_BIRTH, LANGUAGES, CALLER,
            RELATIONSHIP, CALLER_PHONE, NEEDS, URGENCY, NOTES), Set.of(RECEIVED));

    private final List<Column> columns;
    private final Set<Column> required;
    private final Map<String, Column> byTitle = new HashMap<>();

    ImportKind(List<Column> columns, Set<Column> required) {
        this.columns = columns;
        this.required = required;
        for (Column c : columns) {
            byTitle.put(Column.normalize(c.title()), c);
        }
        for (Column c : columns) {
            for (String alias : c.aliases()) {
                byTitle.putIfAbsent(Column.normalize(alias), c);
            }
        }
        // "A#" loses its # and becomes "a"
        if (columns.contains(A_NUMBER)) {
            byTitle.putIfAbsent("a", A_NUMBER);
        }
    }

    /** The columns this kind of file may have, in the order DESIGN.md lists them. */
    public List<Column> columns() {
        return columns;
    }

    /** The columns a file must have. */
    public boolean isRequired(Column c) {
        return required.contains(c);
    }

    /** The column a title means for this kind of file, if any. */
    public Optional<Column> match(String title) {
        return Optional.ofNullable(byTitle.get(Column.normalize(title)));
    }

    /** The kind a command-line word names: detainees, visitors, visits or outcomes. */
    public static Optional<ImportKind> fromWord(String word) {
        for (ImportKind k : values()) {
            if (k.name().equalsIgnoreCase(word == null ? "" : word.strip())) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
