package org.visitdesk.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.visitdesk.domain.FieldError;

/** Collects the errors of the rows, and maps the domain's field errors to the file's columns. */
final class RowErrors {

    private static final Map<String, Column> FIELDS = Map.ofEntries(
            Map.entry("aNumber", Column.A_NUMBER), Map.entry("familyName", Column.FAMILY_NAME),
            Map.entry("givenName", Column.GIVEN_NAME), Map.entry("dateOfBirth", Column.DATE_OF_BIRTH),
            Map.entry("statusDate", Column.STATUS_DATE), Map.entry("email", Column.EMAIL),
            Map.entry("phone", Column.PHONE), Map.entry("orientationDate", Column.ORIENTATION_DATE),
            Map.entry("start", Column.START), Map.entry("end", Column.END), Map.entry("detainee", Column.A_NUMBER),
            Map.entry("countryOfBirth", Column.COUNTRY_OF_BIRTH), Map.entry("languages", Column.LANGUAGES),
            Map.entry("gender", Column.GENDER), Map.entry("housingUnit", Column.HOUSING_UNIT),
            Map.entry("notes", Column.NOTES), Map.entry("facility", Column.FACILITY),
            Map.entry("outcome", Column.OUTCOME), Map.entry("denialReason", Column.DENIAL_REASON),
            Map.entry("arrived", Column.ARRIVED), Map.entry("seen", Column.SEEN), Map.entry("left", Column.LEFT),
            Map.entry("note", Column.NOTES), Map.entry("visit", Column.VISIT_ID),
            Map.entry("received", Column.RECEIVED), Map.entry("needs", Column.NEEDS),
            Map.entry("caller", Column.CALLER), Map.entry("relationship", Column.RELATIONSHIP),
            Map.entry("callerPhone", Column.CALLER_PHONE),
            Map.entry("available", Column.AVAILABLE), Map.entry("visitsPerMonth", Column.VISITS_PER_MONTH),
            Map.entry("awayFrom", Column.AWAY_FROM), Map.entry("awayTo", Column.AWAY_TO),
            Map.entry("familyOf", Column.FAMILY_OF));

    private final Layout layout;
    final List<RowError> all = new ArrayList<>();

    RowErrors(Layout layout) {
        this.layout = layout;
    }

    void add(int row, Column c, String key, Object... args) {
        all.add(RowError.of(row, layout.name(c), key, args));
    }

    void add(int row, Column c, BadValue e) {
        all.add(new RowError(row, layout.name(c), e.key, e.args));
    }

    void addDomain(int row, List<FieldError> errors) {
        for (FieldError e : errors) {
            Column c = FIELDS.get(e.field());
            all.add(new RowError(row, c == null ? "" : layout.name(c), e.messageKey(), e.args()));
        }
    }

    int size() {
        return all.size();
    }
}
