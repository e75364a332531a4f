package org.visitdesk.importing;

import static org.visitdesk.importing.Column.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.DetaineeStatus;
import org.visitdesk.domain.FieldError;
import org.visitdesk.domain.SearchKey;

/**
 * Plans a detainee import: rows are matched to saved people by A-number; a column the file lacks keeps the saved
 * value; an unknown facility name, an unreadable value or the same A-number twice is an error.
 */
public final class DetaineePlanner {

    private DetaineePlanner() {
    }

    /** Facility ids by name, compared ignoring case and accents. */
    public static Map<String, Long> facilityIndex(Map<Long, String> namesById) {
        Map<String, Long> out = new HashMap<>();
        namesById.forEach((id, name) -> out.put(SearchKey.fold(name), id));
        return out;
    }

    public static Plan<Detainee> plan(Layout layout, Collection<Detainee> saved, Map<String, Long> facilities,
            LocalDate today) {
        Map<ANumber, Detainee> byA = new HashMap<>();
        for (Detainee d : saved) {
            byA.put(d.aNumber(), d);
        }
        RowErrors errors = new RowErrors(layout);
        Map<ANumber, Integer> seen = new HashMap<>();
        List<Plan.Planned<Detainee>> creates = new ArrayList<>();
        List<Plan.Planned<Detainee>> updates = new ArrayList<>();
        int unchanged = 0;
        for (Table.Row row : layout.data()) {
            int n = row.number();
            int before = errors.size();
            ANumber a = null;
            try {
                Optional<ANumber> parsed = Values.aNumber(layout.cell(row, A_NUMBER));
                if (parsed.isEmpty()) {
                    errors.add(n, A_NUMBER, "error.aNumber.required");
                } else {
                    a = parsed.get();
                    Integer first = seen.putIfAbsent(a, n);
                    if (first != null) {
                        errors.add(n, A_NUMBER, "import.value.duplicateRow", a.display(), first);
                    }
                }
            } catch (BadValue e) {
                errors.add(n, A_NUMBER, e);
            }
            Detainee old = a == null ? null : byA.get(a);
            String family = text(layout, row, FAMILY_NAME, errors, old == null ? "" : old.familyName());
            String given = text(layout, row, GIVEN_NAME, errors, old == null ? "" : old.givenName());
            LocalDate dob = old == null ? null : old.dateOfBirth();
            LocalDate statusDate = old == null ? null : old.statusDate();
            List<String> languages = old == null ? List.of() : old.languages();
            DetaineeStatus status = old == null ? DetaineeStatus.DETAINED : old.status();
            Long facility = old == null ? null : old.facilityId();
            dob = layout.read(row, DATE_OF_BIRTH, dob, Values::date, errors);
            statusDate = layout.read(row, STATUS_DATE, statusDate, Values::date, errors);
            languages = layout.read(row, LANGUAGES, languages, Values::languages, errors);
            status = layout.read(row, STATUS, status, c -> {
                DetaineeStatus s = Values.detaineeStatus(c);
                return s == null ? DetaineeStatus.DETAINED : s;
            }, errors);
            try {
                if (layout.has(FACILITY)) {
                    String name = Values.text(layout.cell(row, FACILITY));
                    if (name.isEmpty()) {
                        facility = null;
                    } else {
                        facility = facilities.get(SearchKey.fold(name));
                        if (facility == null) {
                            errors.add(n, FACILITY, "import.value.facility", name);
                        }
                    }
                }
            } catch (BadValue e) {
                errors.add(n, FACILITY, e);
            }
            String country = text(layout, row, COUNTRY_OF_BIRTH, errors, old == null ? "" : old.countryOfBirth());
            String gender = text(layout, row, GENDER, errors, old == null ? "" : old.gender());
            String unit = text(layout, row, HOUSING_UNIT, errors, old == null ? "" : old.housingUnit());
            String notes = text(layout, row, NOTES, errors, old == null ? "" : old.notes());
            if (errors.size() > before) {
                continue;
            }
            Detainee d = new Detainee(old == null ? 0 : old.id(), a, family, given, dob, country, languages, gender,
                    facility, unit, status, statusDate, notes, old == null ? 0 : old.version());
            List<FieldError> problems = d.problems(today);
            if (!problems.isEmpty()) {
                errors.addDomain(n, problems);
            } else if (old == null) {
                creates.add(new Plan.Planned<>(n, d));
            } else if (old.equals(d)) {
                unchanged++;
            } else {
                updates.add(new Plan.Planned<>(n, d));
            }
        }
        return new Plan<>(creates, updates, unchanged, errors.all);
    }

    static String text(Layout layout, Table.Row row, Column c, RowErrors errors, String kept) {
        return layout.read(row, c, kept, Values::text, errors);
    }
}
