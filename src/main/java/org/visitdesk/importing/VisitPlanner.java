package org.visitdesk.importing;

import static org.visitdesk.importing.Column.*;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.DateRange;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.SearchKey;
import org.visitdesk.domain.FieldError;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.VisitType;
import org.visitdesk.domain.Visitor;

/**
 * Plans a visit import. A row names the detained person by A-number and the visitors by email (or by exact full
 * name when only one volunteer has it); unknown people are errors. A row is matched to a saved visit by its
 * {@code Visit ID} when the file has one ({@code export all} writes it) and it names a visit of that person here,
 * else by person, start time and visitors:
 * two rows for one person at one time with different visitors are two visits (a double booking the calendar then
 * shows), and importing the same file again changes nothing. A row whose visitors changed still updates the
 * saved visit when it is the only one of that person at that time. Without an End column a visit lasts
 * {@link #DEFAULT_LENGTH}.
 */
public final class VisitPlanner {

    /** How long a visit lasts when the file gives no end. */
    public static final Duration DEFAULT_LENGTH = Duration.ofHours(1);

    private VisitPlanner() {
    }

    /** The first and last day the file's readable dates name, to load the saved visits that may match. */
    public static Optional<DateRange> days(Layout layout) {
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
        return min == null ? Optional.empty() : Optional.of(new DateRange(min, max));
    }

    /** The visit IDs the file names (readable ones), to load the saved visits they mean. */
    public static Set<Long> ids(Layout layout) {
        Set<Long> ids = new HashSet<>();
        if (layout.has(VISIT_ID)) {
            for (Table.Row row : layout.data()) {
                try {
                    Long id = Values.visitId(layout.cell(row, VISIT_ID));
                    if (id != null) {
                        ids.add(id);
                    }
                } catch (BadValue e) {
                    // reported by plan()
                }
            }
        }
        return ids;
    }

    /** A row that reads well, before it is matched to a saved visit. */
    private record Read(int row, Long id, Detainee person, LocalDateTime from, LocalDateTime to,
            List<Long> visitorIds, VisitType type, VisitStatus status, String notes) {

        /** Person, start and the set of visitors: what tells two visits of one person at one time apart. */
        String key() {
            return person.id() + "@" + from + "#" + new TreeSet<>(visitorIds);
        }

        String slot() {
            return person.id() + "@" + from;
        }
    }

    /** Plans without visit IDs: rows are matched by person, time and visitors. */
    public static Plan<Visit> plan(Layout layout, Collection<Detainee> detainees, Collection<Visitor> visitors,
            Collection<Visit> savedInRange) {
        return plan(layout, detainees, visitors, savedInRange, Map.of());
    }

    /**
     * Plans the import: {@code savedInRange} are the saved visits of the file's days, {@code savedById} the saved
     * visits the file's IDs name (wherever they are now).
     */
    public static Plan<Visit> plan(Layout layout, Collection<Detainee> detainees, Collection<Visitor> visitors,
            Collection<Visit> savedInRange, Map<Long, Visit> savedById) {
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
        RowErrors errors = new RowErrors(layout);
        List<Read> rows = new ArrayList<>();
        Map<Long, Integer> idRows = new HashMap<>();
        for (Table.Row row : layout.data()) {
            int n = row.number();
            int before = errors.size();
            Long id = null;
            try {
                id = Values.visitId(layout.cell(row, VISIT_ID));
            } catch (BadValue e) {
                errors.add(n, VISIT_ID, e);
            }
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
            if (id != null) {
                Integer first = idRows.putIfAbsent(id, n);
                if (first != null) {
                    errors.add(n, VISIT_ID, "import.value.duplicateVisitId", id, first);
                    continue;
                }
                // an ID these records do not have for this person comes from other records (a file taken to
                // another laptop): the row is matched as a file without IDs would be
                Visit named = savedById.get(id);
                if (named == null || named.detaineeId() != person.id()) {
                    id = null;
                }
            }
            rows.add(new Read(n, id, person, from, to, visitorIds, type, status, notes));
        }
        Map<Read, Visit> matched = match(rows, savedInRange, savedById, errors);
        if (errors.size() > 0) {
            // a file with any bad row imports nothing: only the errors matter, in the order of the rows
            errors.all.sort(Comparator.comparingInt(RowError::row));
            return new Plan<>(List.of(), List.of(), 0, errors.all);
        }
        List<Plan.Planned<Visit>> creates = new ArrayList<>();
        List<Plan.Planned<Visit>> updates = new ArrayList<>();
        int unchanged = 0;
        for (Read r : rows) {
            Visit old = matched.get(r);
            long facility = old == null ? r.person().facilityId() : old.facilityId();
            // the same visitors in another order are no change
            List<Long> visitorIds = old != null && new HashSet<>(old.visitorIds()).equals(new HashSet<>(r.visitorIds()))
                    && old.visitorIds().size() == r.visitorIds().size() ? old.visitorIds() : r.visitorIds();
            Visit v = new Visit(old == null ? 0 : old.id(), r.person().id(), facility, r.from(), r.to(), visitorIds,
                    r.type() != null ? r.type() : old == null ? null : old.type(),
                    r.status() != null ? r.status() : old == null ? null : old.status(),
                    layout.has(NOTES) ? r.notes() : old == null ? "" : old.notes(),
                    old == null ? "" : old.overrideReason(), old == null ? 0 : old.version());
            List<FieldError> problems = v.problems();
            if (!problems.isEmpty()) {
                errors.addDomain(r.row(), problems);
            } else if (old == null) {
                creates.add(new Plan.Planned<>(r.row(), v));
            } else if (old.equals(v)) {
                unchanged++;
            } else {
                updates.add(new Plan.Planned<>(r.row(), v));
            }
        }
        if (errors.size() > 0) {
            errors.all.sort(Comparator.comparingInt(RowError::row));
            return new Plan<>(List.of(), List.of(), 0, errors.all);
        }
        return new Plan<>(creates, updates, unchanged, errors.all);
    }

    /**
     * Which saved visit each row means: the one its ID names; else the one of the same person, time and visitors;
     * else, when a person has exactly one unmatched row and one unmatched saved visit at a time, that visit (its
     * visitors changed). Rows left over are new visits. The same visit twice in the file is an error.
     */
    private static Map<Read, Visit> match(List<Read> rows, Collection<Visit> savedInRange,
            Map<Long, Visit> savedById, RowErrors errors) {
        Map<Read, Visit> matched = new HashMap<>();
        Set<Long> taken = new HashSet<>();
        for (Read r : rows) {
            if (r.id() != null) {
                matched.put(r, savedById.get(r.id()));
                taken.add(r.id());
            }
        }
        Map<String, List<Visit>> byKey = new HashMap<>();
        Map<String, List<Visit>> bySlot = new HashMap<>();
        for (Visit v : savedInRange) {
            if (taken.contains(v.id())) {
                continue;
            }
            String slot = v.detaineeId() + "@" + v.start();
            byKey.computeIfAbsent(slot + "#" + new TreeSet<>(v.visitorIds()), k -> new ArrayList<>()).add(v);
            bySlot.computeIfAbsent(slot, k -> new ArrayList<>()).add(v);
        }
        Map<String, Integer> seen = new HashMap<>();
        Map<String, List<Read>> unmatched = new LinkedHashMap<>();
        for (Read r : rows) {
            if (r.id() != null) {
                continue;
            }
            Integer first = seen.putIfAbsent(r.key(), r.row());
            if (first != null) {
                errors.add(r.row(), START, "import.value.duplicateVisit", first);
                continue;
            }
            List<Visit> same = byKey.getOrDefault(r.key(), List.of());
            Visit v = same.stream().filter(s -> !taken.contains(s.id())).findFirst().orElse(null);
            if (v != null) {
                matched.put(r, v);
                taken.add(v.id());
            } else {
                unmatched.computeIfAbsent(r.slot(), k -> new ArrayList<>()).add(r);
            }
        }
        for (Map.Entry<String, List<Read>> e : unmatched.entrySet()) {
            List<Visit> left = bySlot.getOrDefault(e.getKey(), List.of()).stream()
                    .filter(v -> !taken.contains(v.id())).toList();
            if (e.getValue().size() == 1 && left.size() == 1) {
                matched.put(e.getValue().get(0), left.get(0));
                taken.add(left.get(0).id());
            }
        }
        return matched;
    }
}
