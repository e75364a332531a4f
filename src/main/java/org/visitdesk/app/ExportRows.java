package org.visitdesk.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.visitdesk.domain.ConflictCode;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Facility;
import org.visitdesk.domain.Visitor;
import org.visitdesk.roster.RosterRow;
import org.visitdesk.scheduling.ConflictMessages;

/**
 * The visits of some days as an export shows them: roster rows whose Conflicts cell says in words, in the
 * export's language, what each visit breaks (the codes follow, for whoever filters by them), and which visits
 * break an error-level rule, so that they will be refused as planned.
 */
final class ExportRows {

    /** One visit to export, and the error-level rules it breaks, in words. */
    record Item(RosterRow row, List<String> brokenRules) {
        boolean breaksRule() {
            return !brokenRules.isEmpty();
        }

        ExportService.RuleBreak ruleBreak() {
            return new ExportService.RuleBreak(row.date(), row.start(), row.aNumber(), row.detainee(),
                    brokenRules);
        }
    }

    private ExportRows() {
    }

    /** The visits starting in the days [from, to] of the agenda, in the agenda's order. */
    static List<Item> of(ScheduleService.Agenda agenda, LocalDate from, LocalDate to, Locale language) {
        Map<Long, List<ConflictNotice>> byVisit = new HashMap<>();
        for (ConflictNotice n : agenda.conflicts()) {
            for (Long id : n.conflict().visitIds()) {
                byVisit.computeIfAbsent(id, k -> new ArrayList<>()).add(n);
            }
        }
        List<Item> out = new ArrayList<>(agenda.visits().size());
        for (VisitListing l : agenda.visits()) {
            LocalDate day = l.visit().day();
            if (day.isBefore(from) || day.isAfter(to)) {
                continue;
            }
            // each rule once, errors first: a double booking with two people is one thing to fix
            Map<ConflictCode, Boolean> rules = new LinkedHashMap<>();
            for (ConflictNotice n : byVisit.getOrDefault(l.visit().id(), List.of())) {
                if (n.isError()) {
                    rules.put(n.conflict().code(), true);
                }
            }
            for (ConflictNotice n : byVisit.getOrDefault(l.visit().id(), List.of())) {
                rules.putIfAbsent(n.conflict().code(), false);
            }
            List<String> codes = new ArrayList<>();
            List<String> said = new ArrayList<>();
            List<String> broken = new ArrayList<>();
            for (Map.Entry<ConflictCode, Boolean> e : rules.entrySet()) {
                String title = Messages.in(language, ConflictMessages.title(e.getKey()));
                codes.add(e.getKey().name());
                said.add(title + " (" + e.getKey().name() + ")");
                if (e.getValue() && l.visit().status().isActive()) {
                    broken.add(title);
                }
            }
            String reason = l.visit().overrideReason();
            if (!reason.isBlank()) {
                said.add(Messages.in(language, "roster.keptAnyway", reason));
            }
            out.add(new Item(row(l, codes, String.join("; ", said)), broken));
        }
        return out;
    }

    private static RosterRow row(VisitListing l, List<String> codes, String conflictsText) {
        Detainee d = l.detainee();
        Facility f = l.facility();
        List<String> names = new ArrayList<>();
        List<String> phones = new ArrayList<>();
        for (Visitor v : l.visitors()) {
            names.add(v.fullName());
            phones.add(v.phone());
        }
        return new RosterRow(l.visit().day(), l.visit().start().toLocalTime(), l.visit().end().toLocalTime(),
                f == null ? "" : f.name(), f == null ? "" : f.address(), d == null ? "" : d.housingUnit(),
                d == null ? "" : d.fullName(), d == null || d.aNumber() == null ? "" : d.aNumber().display(),
                d == null ? List.of() : d.languages(), names, phones, words(l.visit().type()),
                words(l.visit().status()), l.visit().status().isActive(), codes, l.visit().overrideReason(),
                l.visit().notes(), conflictsText);
    }

    /** LEGAL_ACCOMPANIMENT as "Legal accompaniment". */
    static String words(Enum<?> e) {
        String s = e.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
