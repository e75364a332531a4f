package org.visitdesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.DateRange;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Facility;
import org.visitdesk.domain.Outcome;
import org.visitdesk.domain.Request;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.Visitor;
import org.visitdesk.importing.Column;
import org.visitdesk.importing.DetaineePlanner;
import org.visitdesk.importing.ImportFailure;
import org.visitdesk.importing.Layout;
import org.visitdesk.importing.OutcomePlanner;
import org.visitdesk.importing.Plan;
import org.visitdesk.importing.RequestPlanner;
import org.visitdesk.importing.TableReader;
import org.visitdesk.importing.VisitPlanner;
import org.visitdesk.importing.VisitorPlanner;
import org.visitdesk.storage.DetaineeDao;
import org.visitdesk.storage.Transactions;
import org.visitdesk.storage.UnitOfWork;
import org.visitdesk.storage.VisitDao;
import org.visitdesk.storage.VisitorDao;

/**
 * Importing detainees, visitors and visits from the spreadsheets coordinators keep: all or nothing, in one
 * transaction. A file with any bad row imports nothing and every bad row is reported.
 */
public final class ImportService {

    /** Told how far an import is, from 0 to 1. Called on the importing thread. */
    @FunctionalInterface
    public interface Progress {
        void at(double fraction);
    }

    /** What a file looks like before importing: its sheets, and which columns (by their titles) were recognized. */
    public record Preview(List<String> sheets, String sheet, List<String> recognized, List<String> missingRequired,
            List<String> missingOptional, List<String> extra, int rows, ImportResult.Problem problem) {

        public Preview {
            sheets = List.copyOf(sheets);
            recognized = List.copyOf(recognized);
            missingRequired = List.copyOf(missingRequired);
            missingOptional = List.copyOf(missingOptional);
            extra = List.copyOf(extra);
        }

        /** True when the file can go on to validation. */
        public boolean isUsable() {
            return problem == null;
        }
    }

    private final Transactions records;
    private final Clock clock;
    private final ScheduleService schedule;
    private final OutcomeService outcomes;
    private final RequestService requests;

    ImportService(Transactions records, Clock clock, ScheduleService schedule, OutcomeService outcomes,
            RequestService requests) {
        this.records = records;
        this.clock = clock;
        this.schedule = schedule;
        this.outcomes = outcomes;
        this.requests = requests;
    }

    /** The sheets of an xlsx file ("" alone for a CSV file); empty with a problem when the file cannot be read. */
    public Preview preview(Path file, ImportFileKind kind, String sheet) {
        List<String> sheets = List.of();
        try {
            sheets = TableReader.sheetNames(file);
            String chosen = sheet == null || sheet.isBlank() ? sheets.get(0) : sheet;
            Layout layout = Layout.of(kind.kind(), TableReader.rows(file, chosen));
            List<String> recognized = kind.kind().columns().stream().filter(layout::has).map(Column::title).toList();
            ImportResult.Problem problem = null;
            try {
                layout.check();
            } catch (ImportFailure f) {
                problem = new ImportResult.Problem(f.key(), f.args());
            }
            return new Preview(sheets, chosen, recognized, titles(layout.missingRequired()),
                    titles(layout.missingOptional()), layout.extra(), layout.data().size(), problem);
        } catch (ImportFailure f) {
            return new Preview(sheets, sheet == null ? "" : sheet, List.of(), List.of(), List.of(), List.of(), 0,
                    new ImportResult.Problem(f.key(), f.args()));
        }
    }

    /** Imports a file (the first sheet when {@code sheet} is blank); with {@code dryRun} nothing is changed. */
    public ImportResult run(Path file, ImportFileKind kind, String sheet, boolean dryRun, Progress progress) {
        Progress p = progress == null ? f -> { } : progress;
        p.at(0);
        Layout layout;
        try {
            layout = Layout.of(kind.kind(), TableReader.rows(file, sheet));
            layout.check();
        } catch (ImportFailure f) {
            return ImportResult.failed(kind, dryRun, f.key(), f.args());
        }
        p.at(0.2);
        try {
            return records.write(u -> {
                ImportResult r = switch (kind) {
                    case DETAINEES -> detainees(u, layout, dryRun, p);
                    case VISITORS -> visitors(u, layout, dryRun, p);
                    case VISITS -> visits(u, layout, dryRun, p);
                    case OUTCOMES -> outcomes(u, layout, dryRun, p);
                    case REQUESTS -> requests(u, layout, dryRun, p);
                };
                if (dryRun && r.isValid()) {
                    // everything was written to find the conflicts; undo it all
                    throw new DryRun(r);
                }
                p.at(1);
                return r;
            });
        } catch (DryRun d) {
            p.at(1);
            return d.result;
        }
    }

    /** Thrown to roll a dry run back after it did everything a real import does. */
    private static final class DryRun extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient ImportResult result;

        DryRun(ImportResult result) {
            super(null, null, false, false);
            this.result = result;
        }
    }

    private ImportResult detainees(UnitOfWork u, Layout layout, boolean dryRun, Progress p) {
        DetaineeDao dao = u.detainees();
        Map<Long, String> names = new HashMap<>();
        for (Facility f : u.facilities().all()) {
            names.put(f.id(), f.name());
        }
        Plan<Detainee> plan = DetaineePlanner.plan(layout, dao.all(), DetaineePlanner.facilityIndex(names),
                LocalDate.now(clock));
        if (!plan.isValid()) {
            return invalid(layout, dryRun, plan);
        }
        int total = plan.creates().size() + plan.updates().size();
        int done = 0;
        List<Detainee> creates = plan.creates().stream().map(Plan.Planned::record).toList();
        for (int i = 0; i < creates.size(); i += INSERT_BATCH) {
            List<Detainee> batch = creates.subList(i, Math.min(creates.size(), i + INSERT_BATCH));
            dao.insertAll(batch);
            done += batch.size();
            step(p, done, total);
        }
        List<Long> afterLeaving = new ArrayList<>();
        for (Plan.Planned<Detainee> change : plan.updates()) {
            dao.update(change.record());
            // a release or transfer in the file, maybe on a day to come: the visits from that day on will be refused
            afterLeaving.addAll(DetaineeService.visitsAfterLeaving(u.visits(), change.record()));
            done = step(p, ++done, total);
        }
        return valid(layout, dryRun, plan, List.of(), afterLeaving);
    }

    private ImportResult visitors(UnitOfWork u, Layout layout, boolean dryRun, Progress p) {
        VisitorDao dao = u.visitors();
        Set<ANumber> people = new HashSet<>();
        if (layout.has(Column.FAMILY_OF)) {
            u.detainees().all().forEach(d -> people.add(d.aNumber()));
        }
        Plan<Visitor> plan = VisitorPlanner.plan(layout, dao.all(), people, LocalDate.now(clock));
        if (!plan.isValid()) {
            return invalid(layout, dryRun, plan);
        }
        int total = plan.creates().size() + plan.updates().size();
        int done = 0;
        for (Plan.Planned<Visitor> c : plan.creates()) {
            dao.insert(c.record());
            done = step(p, ++done, total);
        }
        for (Plan.Planned<Visitor> change : plan.updates()) {
            dao.update(change.record());
            done = step(p, ++done, total);
        }
        return valid(layout, dryRun, plan, List.of(), List.of());
    }

    private ImportResult visits(UnitOfWork u, Layout layout, boolean dryRun, Progress p) {
        VisitDao dao = u.visits();
        Optional<DateRange> days = VisitPlanner.days(layout);
        List<Visit> saved = days.isEmpty() ? List.of() : dao.between(days.get().start(), days.get().end());
        // a Visit ID names a visit wherever it is now (it may have moved out of the file's days)
        Map<Long, Visit> byId = new HashMap<>();
        saved.forEach(v -> byId.put(v.id(), v));
        for (Long id : VisitPlanner.ids(layout)) {
            if (!byId.containsKey(id)) {
                dao.byId(id).ifPresent(v -> byId.put(id, v));
            }
        }
        Plan<Visit> plan = VisitPlanner.plan(layout, u.detainees().all(), u.visitors().all(), saved, byId);
        if (!plan.isValid()) {
            return invalid(layout, dryRun, plan);
        }
        int total = plan.creates().size() + plan.updates().size();
        int done = 0;
        Set<Long> touched = new HashSet<>();
        for (Plan.Planned<Visit> c : plan.creates()) {
            touched.add(dao.insert(c.record()).id());
            done = step(p, ++done, total);
        }
        for (Plan.Planned<Visit> change : plan.updates()) {
            dao.update(change.record());
            touched.add(change.record().id());
            done = step(p, ++done, total);
        }
        List<ConflictNotice> conflicts = touched.isEmpty() || days.isEmpty() ? List.of()
                : schedule.conflictsOf(u, touched, days.get());
        return valid(layout, dryRun, plan, conflicts, List.of());
    }

    /**
     * Visit reports: each row's outcome is recorded as {@link OutcomeService#record} records one (the visit's status
     * and history follow), and its needs become open follow-ups of the coordinator due in 7 days (a need already
     * made from that visit, by an earlier import of the same file, is not made twice).
     */
    private ImportResult outcomes(UnitOfWork u, Layout layout, boolean dryRun, Progress p) {
        VisitDao dao = u.visits();
        Optional<DateRange> days = VisitPlanner.days(layout);
        List<Visit> saved = days.isEmpty() || !layout.has(Column.A_NUMBER) ? List.of()
                : dao.between(days.get().start(), days.get().end());
        Map<Long, Visit> byId = new HashMap<>();
        for (Long id : VisitPlanner.ids(layout)) {
            dao.byId(id).ifPresent(v -> byId.put(id, v));
        }
        Map<Long, Outcome> recorded = new HashMap<>();
        Set<Long> named = new HashSet<>(byId.keySet());
        saved.forEach(v -> named.add(v.id()));
        if (!named.isEmpty()) {
            u.outcomes().ofVisits(new ArrayList<>(named)).forEach(o -> recorded.put(o.visitId(), o));
        }
        Plan<OutcomePlanner.Report> plan = OutcomePlanner.plan(layout, u.detainees().all(), saved, byId, recorded,
                LocalDate.now(clock));
        if (!plan.isValid()) {
            return invalid(layout, dryRun, plan);
        }
        List<Plan.Planned<OutcomePlanner.Report>> all = new ArrayList<>(plan.creates());
        all.addAll(plan.updates());
        int done = 0;
        for (Plan.Planned<OutcomePlanner.Report> r : all) {
            List<OutcomeService.Need> needs = r.record().needs().stream().map(OutcomeService.Need::of).toList();
            SaveResult<OutcomeService.Recorded> s = outcomes.recordIn(u, r.record().outcome(), needs, false);
            if (!s.isSaved()) {
                // checked by the plan; a record gone meanwhile stops the whole file
                throw new ProblemException("import.file.changedMeanwhile", "the records changed during the import.",
                        null);
            }
            done = step(p, ++done, all.size());
        }
        return valid(layout, dryRun, plan, List.of(), List.of());
    }

    /** Requests: each new row is saved as {@link RequestService#save} saves one, matched to its person. */
    private ImportResult requests(UnitOfWork u, Layout layout, boolean dryRun, Progress p) {
        Plan<Request> plan = RequestPlanner.plan(layout, u.requests().all(), LocalDate.now(clock));
        if (!plan.isValid()) {
            return invalid(layout, dryRun, plan);
        }
        int done = 0;
        for (Plan.Planned<Request> r : plan.creates()) {
            requests.saveIn(u, r.record());
            done = step(p, ++done, plan.creates().size());
        }
        return valid(layout, dryRun, plan, List.of(), List.of());
    }

    private static List<String> titles(List<Column> columns) {
        return columns.stream().map(Column::title).toList();
    }

    /** New people saved per batch: few round trips, and the progress bar still moves on a long file. */
    private static final int INSERT_BATCH = 1_000;

    private static int step(Progress p, int done, int total) {
        if (done % 200 == 0 || done == total) {
            p.at(0.2 + 0.75 * done / Math.max(1, total));
        }
        return done;
    }

    private static ImportResult invalid(Layout layout, boolean dryRun, Plan<?> plan) {
        return new ImportResult(ImportFileKind.of(layout.kind()), dryRun, null,
                plan.errors().stream().map(ImportResult.RowProblem::of).toList(), 0, 0, 0, List.of(), layout.extra(),
                List.of());
    }

    private static ImportResult valid(Layout layout, boolean dryRun, Plan<?> plan, List<ConflictNotice> conflicts,
            List<Long> visitsAfterLeaving) {
        return new ImportResult(ImportFileKind.of(layout.kind()), dryRun, null, List.of(), plan.creates().size(),
                plan.updates().size(), plan.unchanged(), new ArrayList<>(conflicts), layout.extra(),
                visitsAfterLeaving);
    }
}
