package org.visitdesk.importing;

import static org.visitdesk.importing.Column.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.Availability;
import org.visitdesk.domain.FieldError;
import org.visitdesk.domain.SearchKey;
import org.visitdesk.domain.Visitor;
import org.visitdesk.domain.VisitorStatus;
import org.visitdesk.domain.WeeklyHours;

/**
 * Plans a visitor import: rows are matched to saved volunteers by email, else by family name, given name and
 * phone; a column the file lacks keeps the saved value; the same key twice in the file is an error.
 */
public final class VisitorPlanner {

    private VisitorPlanner() {
    }

    /** The key of a volunteer without email: names and the digits of the phone. */
    public static String nameKey(String family, String given, String phone) {
        return SearchKey.fold(family) + "|" + SearchKey.fold(given) + "|"
                + (phone == null ? "" : phone.replaceAll("\\D", ""));
    }

    /**
     * The plan of a visitor file against the saved volunteers; {@code people} are the A-numbers in the records, the
     * only ones a {@code Family Of} cell may name.
     */
    public static Plan<Visitor> plan(Layout layout, Collection<Visitor> saved, Set<ANumber> people, LocalDate today) {
        Map<String, Visitor> byEmail = new HashMap<>();
        Map<String, Visitor> byName = new HashMap<>();
        for (Visitor v : saved) {
            if (!v.email().isEmpty()) {
                byEmail.put(v.email().toLowerCase(Locale.ROOT), v);
            }
            byName.putIfAbsent(nameKey(v.familyName(), v.givenName(), v.phone()), v);
        }
        RowErrors errors = new RowErrors(layout);
        Map<String, Integer> seen = new HashMap<>();
        List<Plan.Planned<Visitor>> creates = new ArrayList<>();
        List<Plan.Planned<Visitor>> updates = new ArrayList<>();
        int unchanged = 0;
        for (Table.Row row : layout.data()) {
            int n = row.number();
            int before = errors.size();
            String family = DetaineePlanner.text(layout, row, FAMILY_NAME, errors, "");
            String given = DetaineePlanner.text(layout, row, GIVEN_NAME, errors, "");
            String email = DetaineePlanner.text(layout, row, EMAIL, errors, "").toLowerCase(Locale.ROOT);
            String phone = DetaineePlanner.text(layout, row, PHONE, errors, "");
            Visitor old;
            String key;
            Column keyColumn;
            if (!email.isEmpty()) {
                key = "@" + email;
                keyColumn = EMAIL;
                old = byEmail.get(email);
                if (old == null) {
                    Visitor sameName = byName.get(nameKey(family, given, phone));
                    old = sameName != null && sameName.email().isEmpty() ? sameName : null;
                }
            } else {
                key = nameKey(family, given, phone);
                keyColumn = layout.has(PHONE) ? PHONE : FAMILY_NAME;
                old = byName.get(key);
                if (!layout.has(EMAIL) && old != null) {
                    email = old.email();
                }
            }
            Integer first = seen.putIfAbsent(key, n);
            if (first != null && !(family.isEmpty() && given.isEmpty() && email.isEmpty())) {
                errors.add(n, keyColumn, "import.value.duplicateVisitor", first);
            }
            List<String> languages = old == null ? List.of() : old.languages();
            LocalDate oriented = old == null ? null : old.orientationDate();
            boolean idChecked = old != null && old.idChecked();
            VisitorStatus status = old == null ? VisitorStatus.ACTIVE : old.status();
            languages = layout.read(row, LANGUAGES, languages, Values::languages, errors);
            oriented = layout.read(row, ORIENTATION_DATE, oriented, Values::date, errors);
            idChecked = layout.read(row, ID_CHECKED, idChecked, Values::yesNo, errors);
            status = layout.read(row, STATUS, status, c -> {
                VisitorStatus s = Values.visitorStatus(c);
                return s == null ? VisitorStatus.ACTIVE : s;
            }, errors);
            if (!layout.has(PHONE) && old != null) {
                phone = old.phone();
            }
            String notes = DetaineePlanner.text(layout, row, NOTES, errors, old == null ? "" : old.notes());
            Availability availability = availability(layout, row, old, people, errors);
            if (errors.size() > before) {
                continue;
            }
            Visitor v = new Visitor(old == null ? 0 : old.id(), family, given, email, phone, languages, oriented,
                    idChecked, status, notes, availability, old == null ? 0 : old.version());
            List<FieldError> problems = v.problems(today);
            Visitor owner = email.isEmpty() ? null : byEmail.get(email);
            if (!problems.isEmpty()) {
                errors.addDomain(n, problems);
            } else if (owner != null && old != null && owner.id() != old.id()) {
                errors.add(n, EMAIL, "error.email.taken");
            } else if (old == null) {
                creates.add(new Plan.Planned<>(n, v));
            } else if (sameAsSaved(old, v)) {
                unchanged++;
            } else {
                updates.add(new Plan.Planned<>(n, v));
            }
        }
        return new Plan<>(creates, updates, unchanged, errors.all);
    }

    /** The availability columns of a row; a column the file lacks keeps the saved value. */
    private static Availability availability(Layout layout, Table.Row row, Visitor old, Set<ANumber> people,
            RowErrors errors) {
        Availability kept = old == null ? Availability.NONE : old.availability();
        List<WeeklyHours> hours = layout.read(row, AVAILABLE, kept.hours(), Values::available, errors);
        int perMonth = layout.read(row, VISITS_PER_MONTH, kept.visitsPerMonth(), Values::visitsPerMonth, errors);
        LocalDate awayFrom = layout.read(row, AWAY_FROM, kept.awayFrom(), Values::date, errors);
        LocalDate awayTo = layout.read(row, AWAY_TO, kept.awayTo(), Values::date, errors);
        List<ANumber> family = layout.read(row, FAMILY_OF, kept.familyOf(), Values::aNumbers, errors);
        for (ANumber a : layout.has(FAMILY_OF) ? family : List.<ANumber>of()) {
            if (!people.contains(a)) {
                errors.add(row.number(), FAMILY_OF, "error.familyOf.unknown", a.display());
            }
        }
        return new Availability(hours, perMonth, awayFrom, awayTo, family);
    }

    private static boolean sameAsSaved(Visitor old, Visitor v) {
        return old.equals(v);
    }
}
