package org.visitdesk.importing;

import static org.visitdesk.importing.Column.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.DenialReason;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.FieldError;
import org.visitdesk.domain.FollowUpKind;
import org.visitdesk.domain.Outcome;
import org.visitdesk.domain.OutcomeCode;
import org.visitdesk.domain.Visit;

/**
 * Plans an import of visit reports (DESIGN.md section 7): each row names a visit by its Visit ID, or by A-Number,
 * Date and Start, and says what happened; its Needs become open follow-ups. A visit that has an outcome gets the
 * new one (an update); one with the same outcome is unchanged.
 */
public final class OutcomePlanner {

    /** What one row records: the outcome of its visit and the follow-up kinds it asks for. */
    public record Report(Outcome outcome, List<FollowUpKind> needs) {
        public Report {
            needs = List.copyOf(needs);
        }
    }

    private OutcomePlanner() {
    }

    /** True when the file can name its visits: a Visit ID column, or A-Number, Date and Start. */
    public static boolean namesVisits(Layout layout) {
        return layout.has(VISIT_ID) || layout.has(A_NUMBER) && layout.has(DATE) && layout.has(START);
    }

    /**
     * Plans the import. {@code savedInRange}: the saved visits of the file's days; {@code savedById}: the saved
     * visits the file's IDs name; {@code outcomes}: the outcomes those visits have, by visit id; {@code today}: a
     * visit after it has no outcome yet.
     */
    public static Plan<Report> plan(Layout layout, Collection<Detainee> detainees, Collection<Visit> savedInRange,
            Map<Long, Visit> savedById, Map<Long, Outcome> outcomes, LocalDate today) {
        Map<ANumber, Detainee> byA = new HashMap<>();
        Map<Long, Detainee> byId = new HashMap<>();
        for (Detainee d : detainees) {
            byA.put(d.aNumber(), d);
            byId.put(d.id(), d);
        }
        Map<String, List<Visit>> bySlot = new HashMap<>();
        for (Visit v : savedInRange) {
            bySlot.computeIfAbsent(v.detaineeId() + "@" + v.start(), k -> new ArrayList<>()).add(v);
        }
        RowErrors errors = new RowErrors(layout);
        List<Plan.Planned<Report>> creates = new ArrayList<>();
        List<Plan.Planned<Report>> updates = new ArrayList<>();
        int unchanged = 0;
        Map<Long, Integer> rowOfVisit = new HashMap<>();
        for (Table.Row row : layout.data()) {
            int n = row.number();
            int before = errors.size();
            Visit visit = visit(layout, row, byA, byId, bySlot, savedById, errors);
            if (visit != null) {
                Integer first = rowOfVisit.putIfAbsent(visit.id(), n);
                if (first != null) {
                    errors.add(n, layout.has(VISIT_ID) ? VISIT_ID : START, "import.value.duplicateReport", first);
                } else if (visit.day().isAfter(today)) {
                    errors.add(n, layout.has(DATE) ? DATE : VISIT_ID, "error.outcome.future", visit.day().toString());
                }
            }
            OutcomeCode code = null;
            try {
                code = Values.outcome(layout.cell(row, OUTCOME));
                if (code == null) {
                    errors.add(n, OUTCOME, "error.required");
                }
            } catch (BadValue e) {
                errors.add(n, OUTCOME, e);
            }
            DenialReason reason = layout.read(row, DENIAL_REASON, null, Values::denialReason, errors);
            LocalDate day = visit == null ? null : visit.day();
            LocalTime arrived = time(layout, row, ARRIVED, day, errors);
            LocalTime seen = time(layout, row, SEEN, day, errors);
            LocalTime left = time(layout, row, LEFT, day, errors);
            List<FollowUpKind> needs = layout.read(row, NEEDS, List.of(), Values::needs, errors);
            String note = DetaineePlanner.text(layout, row, NOTES, errors, "");
            if (errors.size() > before || visit == null || code == null) {
                continue;
            }
            Outcome o = new Outcome(visit.id(), code, reason, arrived, seen, left, note);
            List<FieldError> problems = o.problems();
            if (!problems.isEmpty()) {
                errors.addDomain(n, problems);
                continue;
            }
            Outcome old = outcomes.get(visit.id());
            Report r = new Report(o, needs);
            if (old == null) {
                creates.add(new Plan.Planned<>(n, r));
            } else if (old.equals(o) && needs.isEmpty()) {
                unchanged++;
            } else {
                updates.add(new Plan.Planned<>(n, r));
            }
        }
        if (errors.size() > 0) {
            errors.all.sort(Comparator.comparingInt(RowError::row));
            return new Plan<>(List.of(), List.of(), 0, errors.all);
        }
        return new Plan<>(creates, updates, unchanged, List.of());
    }

    /** The saved visit a row names, or null with the reason reported. */
    private static Visit visit(Layout layout, Table.Row row, Map<ANumber, Detainee> byA, Map<Long, Detainee> byId,
            Map<String, List<Visit>> bySlot, Map<Long, Visit> savedById, RowErrors errors) {
        int n = row.number();
        Long id = null;
        try {
            id = Values.visitId(layout.cell(row, VISIT_ID));
        } catch (BadValue e) {
            errors.add(n, VISIT_ID, e);
            return null;
        }
        Optional<ANumber> a;
        try {
            a = Values.aNumber(layout.cell(row, A_NUMBER));
        } catch (BadValue e) {
            errors.add(n, A_NUMBER, e);
            return null;
        }
        if (id != null) {
            Visit v = savedById.get(id);
            Detainee d = v == null ? null : byId.get(v.detaineeId());
            // an anonymous visit (its person removed by clean-up) takes no report
            boolean known = v != null && v.detaineeId() != 0;
            if (known && (a.isEmpty() || d != null && a.get().equals(d.aNumber()))) {
                return v;
            }
            boolean slotGiven = a.isPresent() && !layout.cell(row, DATE).isBlank() && !layout.cell(row, START).isBlank();
            if (!slotGiven) {
                if (known) {
                    errors.add(n, A_NUMBER, "import.value.visitOfAnother", id, a.get().display());
                } else {
                    errors.add(n, VISIT_ID, "import.value.unknownVisit", id);
                }
                return null;
            }
            // an ID these records do not have for this person comes from other records (a file taken to another
            // laptop): the row is matched by A-number, date and start, as a file without IDs would be
        }
        LocalDate day = null;
        LocalTime start = null;
        boolean bad = false;
        if (a.isEmpty()) {
            errors.add(n, layout.has(A_NUMBER) ? A_NUMBER : VISIT_ID, "import.value.visitNotNamed");
            bad = true;
        }
        try {
            day = Values.date(layout.cell(row, DATE));
            if (day == null && !bad) {
                errors.add(n, DATE, "error.required");
                bad = true;
            }
        } catch (BadValue e) {
            errors.add(n, DATE, e);
            bad = true;
        }
        try {
            start = Values.time(layout.cell(row, START));
            if (start == null && !bad) {
                errors.add(n, START, "error.required");
                bad = true;
            }
        } catch (BadValue e) {
            errors.add(n, START, e);
            bad = true;
        }
        if (bad) {
            return null;
        }
        Detainee d = byA.get(a.get());
        if (d == null) {
            errors.add(n, A_NUMBER, "import.value.unknownDetainee", a.get().display());
            return null;
        }
        LocalDateTime at = day.atTime(start);
        List<Visit> found = bySlot.getOrDefault(d.id() + "@" + at, List.of());
        if (found.isEmpty()) {
            errors.add(n, START, "import.value.noVisitThen", a.get().display(), day.toString(), start.toString());
            return null;
        }
        if (found.size() > 1) {
            errors.add(n, START, "import.value.visitsThen", found.size());
            return null;
        }
        return found.get(0);
    }

    /**
     * A time of the visit's day. A cell that holds a date too (an Excel date-time) must hold the visit's day: a
     * time on another day is refused rather than read as the same day.
     */
    private static LocalTime time(Layout layout, Table.Row row, Column c, LocalDate visitDay, RowErrors errors) {
        Cell cell = layout.cell(row, c);
        try {
            LocalTime t = Values.time(cell);
            LocalDateTime dt = cell.dateTime();
            // Excel keeps a time alone as a fraction of day 0, which POI reads as 31 Dec 1899
            if (t != null && dt != null && dt.getYear() >= 1901 && visitDay != null
                    && !dt.toLocalDate().equals(visitDay)) {
                errors.add(row.number(), c, "error.outcome.otherDay", dt.toLocalDate().toString(),
                        visitDay.toString());
                return null;
            }
            return t;
        } catch (BadValue e) {
            errors.add(row.number(), c, e);
            return null;
        }
    }
}
