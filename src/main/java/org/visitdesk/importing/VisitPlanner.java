package org.visitdesk.importing;

import static org.visitdesk.importing.Column.*;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.SearchKey;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.VisitType;
import org.visitdesk.domain.Visitor;

/**
 * Plans a visit import. A row names the detained person by A-number and the visitors by email (or by exact full
 * name when only one volunteer has it); unknown people are errors. A visit is matched to a saved one by person
 * and start time. Without an End column a visit lasts {@link #DEFAULT_LENGTH}.
 */
public final class VisitPlanner {

    /** How long a visit lasts when the file gives no end. */
    public static final Duration DEFAULT_LENGTH = Duration.ofHours(1);

    private VisitPlanner() {
    }

    /** The first and last day the file's readable dates name, to load the saved visits that may match. */
    public static Optional<LocalDate[]> days(Layout layout) {
        LocalDate min = null;
        LocalDate max = null;
        for (Table.Row row : layout.data()) {
            try {
                LocalDate d = Values.date(layout.cell(row, DATE));
                if (d != null) {
                    min = min == null || d.isBefore(min) ? d : min;
                    max = max == null || d.isAfter(max) ? d : max;
                }
            } catch (BadValue e) {
                // reported by plan()
            }
        }
        return min == null ? Optional.empty() : Optional.of(new LocalDate[] {min, max});
    }

    public static Plan<Visit> plan(Layout layout, Collection<Detainee> detainees, Collection<Visitor> visitors,
            Collection<Visit> savedInRange) {
        Map<ANumber, Detainee> byA = new HashMap<>();
        for (Detainee d : detainees) {
            byA.put(d.aNumber(), d);
        }
        Map<String, Visitor> byEmail = new HashMap<>();
        Map<String, List<Visitor>> byName = new HashMap<>();
        for (Visitor v : visitors) {
            if (!v.email().isEmpty()) {
                byEmail.put(v.email().toLowerCase(Locale.ROOT), v);
            }
            byName.computeIfAbsent(SearchKey.fold(v.fullName()), k -> new ArrayList<>()).add(v);
        }
        Map<String, Visit> saved = new HashMap<>();
        for (Visit v : savedInRange) {
            saved.putIfAbsent(v.detaineeId() + "@" + v.start(), v);
        }
        RowErrors errors = new RowErrors(layout);
        Map<String, Integer> seen = new HashMap<>();
        List<Plan.Planned<Visit>> creates = new ArrayList<>();
        List<Plan.Planned<Visit>> updates = new ArrayList<>();
        int unchanged = 0;
        for (Table.Row row : layout.data()) {
            int n = row.number();
            int before = errors.size();
            Detainee person = null;
            try {
                Optional<ANumber> a = Values.aNumber(layout.cell(row, A_NUMBER));
                if (a.isEmpty()) {
                    errors.add(n, A_NUMBER, "error.aNumber.required");
                } else {
                    person = byA.get(a.get());
                    if (person == null) {
                        errors.add(n, A_NUMBER, "import.value.unknownDetainee", a.get().display());
                    } else if (person.facilityId() == null) {
                        errors.add(n, A_NUMBER, "import.value.noFacility", a.get().display());
                    }
                }
            } catch (BadValue e) {
                errors.add(n, A_NUMBER, e);
            }
            LocalDate day = null;
            LocalTime start = null;
            LocalTime end = null;
            try {
                day = Values.date(layout.cell(row, DATE));
                if (day == null) {
                    errors.add(n, DATE, "error.required");
                }
            } catch (BadValue e) {
                errors.add(n, DATE, e);
            }
            try {
                start = Values.time(layout.cell(row, START));
                if (start == null) {
                    errors.add(n, START, "error.required");
                }
            } catch (BadValue e) {
                errors.add(n, START, e);
            }
            try {
                end = Values.time(layout.cell(row, END));
            } catch (BadValue e) {
                errors.add(n, END, e);
            }
            List<Long> visitorIds = new ArrayList<>();
            try {
                String refs = Values.text(layout.cell(row, VISITORS));
                for (String ref : refs.split("[;,\\n]")) {
                    String r = ref.strip();
                    if (r.isEmpty()) {
                        continue;
                    }
                    Visitor v;
                    if (r.contains("@")) {
                        v = byEmail.get(r.toLowerCase(Locale.ROOT));
                    } else {
                        List<Visitor> named = byName.getOrDefault(SearchKey.fold(r), List.of());
                        if (named.size() > 1) {
                            errors.add(n, VISITORS, "import.value.visitorAmbiguous", r);
                            continue;
                        }
                        v = named.isEmpty() ? null : named.get(0);
                    }
                    if (v == null) {
                        errors.add(n, VISITORS, "import.value.unknownVisitor", r);
                    } else if (!visitorIds.contains(v.id())) {
                        visitorIds.add(v.id());
                    }
                }
            } catch (BadValue e) {
                errors.add(n, VISITORS, e);
            }
            VisitType type = null;
            VisitStatus status = null;
            try {
                type = Values.visitType(layout.cell(row, TYPE));
            } catch (BadValue e) {
                errors.add(n, TYPE, e);
            }
            try {
                status = Values.visitStatus(layout.cell(row, STATUS));
            } catch (BadValue e) {
                errors.add(n, STATUS, e);
            }
            String notes = DetaineePlanner.text(layout, row, NOTES, errors, "");
            if (errors.size() > before) {
                continue;
            }
            LocalDateTime from = day.atTime(start);
            LocalDateTime to = end == null ? from.plus(DEFAULT_LENGTH) : day.atTime(end);
            if (!to.isAfter(from)) {
                errors.add(n, layout.has(END) ? END : START, "error.visit.endBeforeStart");
                continue;
            }
            if (!to.toLocalDate().equals(day)) {
                errors.add(n, START, "error.visit.sameDay");
                continue;
            }
            String key = person.id() + "@" + from;
            Integer first = seen.putIfAbsent(key, n);
            if (first != null) {
                errors.add(n, START, "import.value.duplicateVisit", first);
                continue;
            }
            Visit old = saved.get(key);
            long facility = old == null ? person.facilityId() : old.facilityId();
            Visit v = new Visit(old == null ? 0 : old.id(), person.id(), facility, from, to, visitorIds,
                    type != null ? type : old == null ? null : old.type(),
                    status != null ? status : old == null ? null : old.status(),
                    layout.has(NOTES) ? notes : old == null ? "" : old.notes(),
                    old == null ? "" : old.overrideReason());
            List<org.visitdesk.domain.FieldError> problems = v.problems();
            if (!problems.isEmpty()) {
                errors.addDomain(n, problems);
            } else if (old == null) {
                creates.add(new Plan.Planned<>(n, v));
            } else if (old.equals(v)) {
                unchanged++;
            } else {
                updates.add(new Plan.Planned<>(n, v));
            }
        }
        return new Plan<>(creates, updates, unchanged, errors.all);
    }
}
