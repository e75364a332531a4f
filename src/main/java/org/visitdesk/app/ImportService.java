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
import org.jdbi.v3.core.Handle;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Facility;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.Visitor;
import org.visitdesk.importing.Column;
import org.visitdesk.importing.DetaineePlanner;
import org.visitdesk.importing.ImportFailure;
import org.visitdesk.importing.ImportKind;
import org.visitdesk.importing.Layout;
import org.visitdesk.importing.Plan;
import org.visitdesk.importing.TableReader;
import org.visitdesk.importing.VisitPlanner;
import org.visitdesk.importing.VisitorPlanner;
import org.visitdesk.storage.DetaineeDao;
import org.visitdesk.storage.FacilityDao;
import org.visitdesk.storage.Store;
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

    /** What a file looks like before importing: its sheets, and which columns were recognized. */
    public record Preview(List<String> sheets, String sheet, List<Column> recognized, List<Column> missingRequired,
            List<Column> missingOptional, List<String> extra, int rows, ImportResult.Problem problem) {

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

    private final Store store;
    private final Clock clock;
    private final ScheduleService schedule;

    ImportService(Store store, Clock clock, ScheduleService schedule) {
        this.store = store;
        this.clock = clock;
        this.schedule = schedule;
    }

    /** The sheets of an xlsx file ("" alone for a CSV file); empty with a problem when the file cannot be read. */
    public Preview preview(Path file, ImportKind kind, String sheet) {
        List<String> sheets = List.of();
        try {
            sheets = TableReader.sheetNames(file);
            String chosen = sheet == null || sheet.isBlank() ? sheets.get(0) : sheet;
            Layout layout = Layout.of(kind, TableReader.rows(file, chosen));
            List<Column> recognized = kind.columns().stream().filter(layout::has).toList();
            ImportResult.Problem problem = null;
            try {
                layout.check();
            } catch (ImportFailure f) {
                problem = new ImportResult.Problem(f.key(), f.args());
            }
            return new Preview(sheets, chosen, recognized, layout.missingRequired(), layout.missingOptional(),
                    layout.extra(), layout.data().size(), problem);
        } catch (ImportFailure f) {
            return new Preview(sheets, sheet == null ? "" : sheet, List.of(), List.of(), List.of(), List.of(), 0,
                    new ImportResult.Problem(f.key(), f.args()));
        }
    }

    /** Imports a file (the first sheet when {@code sheet} is blank); with {@code dryRun} nothing is changed. */
    public ImportResult run(Path file, ImportKind kind, String sheet, boolean dryRun, Progress progress) {
        Progress p = progress == null ? f -> { } : progress;
        p.at(0);
        Layout layout;
        try {
            layout = Layout.of(kind, TableReader.rows(file, sheet));
            layout.check();
        } catch (ImportFailure f) {
            return ImportResult.failed(kind, dryRun, f.key(), f.args());
        }
        p.at(0.2);
        try {
            return store.inTransaction(h -> {
                ImportResult r = switch (kind) {
                    case DETAINEES -> detainees(h, layout, dryRun, p);
                    case VISITORS -> visitors(h, layout, dryRun, p);
                    case VISITS -> visits(h, layout, dryRun, p);
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

    private ImportResult detainees(Handle h, Layout layout, boolean dryRun, Progress p) {
        DetaineeDao dao = h.attach(DetaineeDao.class);
        Map<Long, String> names = new HashMap<>();
        for (Facility f : h.attach(FacilityDao.class).all()) {
            names.put(f.id(), f.name());
        }
        Plan<Detainee> plan = DetaineePlanner.plan(layout, dao.all(), DetaineePlanner.facilityIndex(names),
                LocalDate.now(clock));
        if (!plan.isValid()) {
            return invalid(layout, dryRun, plan);
        }
        int total = plan.creates().size() + plan.updates().size();
        int done = 0;
        for (Plan.Planned<Detainee> c : plan.creates()) {
            dao.insert(c.record());
            done = step(p, ++done, total);
        }
        for (Plan.Planned<Detainee> u : plan.updates()) {
            dao.update(u.record());
            done = step(p, ++done, total);
        }
        return valid(layout, dryRun, plan, List.of());
    }

    private ImportResult visitors(Handle h, Layout layout, boolean dryRun, Progress p) {
        VisitorDao dao = h.attach(VisitorDao.class);
        Plan<Visitor> plan = VisitorPlanner.plan(layout, dao.all(), LocalDate.now(clock));
        if (!plan.isValid()) {
            return invalid(layout, dryRun, plan);
        }
        int total = plan.creates().size() + plan.updates().size();
        int done = 0;
        for (Plan.Planned<Visitor> c : plan.creates()) {
            dao.insert(c.record());
            done = step(p, ++done, total);
        }
        for (Plan.Planned<Visitor> u : plan.updates()) {
            dao.update(u.record());
            done = step(p, ++done, total);
        }
        return valid(layout, dryRun, plan, List.of());
    }

    private ImportResult visits(Handle h, Layout layout, boolean dryRun, Progress p) {
        VisitDao dao = h.attach(VisitDao.class);
        Optional<LocalDate[]> days = VisitPlanner.days(layout);
        List<Visit> saved = days.isEmpty() ? List.of()
                : dao.between(days.get()[0].atStartOfDay(), days.get()[1].plusDays(1).atStartOfDay());
        // a Visit ID names a visit wherever it is now (it may have moved out of the file's days)
        Map<Long, Visit> byId = new HashMap<>();
        saved.forEach(v -> byId.put(v.id(), v));
        for (Long id : VisitPlanner.ids(layout)) {
            if (!byId.containsKey(id)) {
                dao.byId(id).ifPresent(v -> byId.put(id, v));
            }
        }
        Plan<Visit> plan = VisitPlanner.plan(layout, h.attach(DetaineeDao.class).all(),
                h.attach(VisitorDao.class).all(), saved, byId);
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
        for (Plan.Planned<Visit> u : plan.updates()) {
            dao.update(u.record());
            touched.add(u.record().id());
            done = step(p, ++done, total);
        }
        List<ConflictNotice> conflicts = touched.isEmpty() || days.isEmpty() ? List.of()
                : schedule.conflictsOf(h, touched, days.get()[0], days.get()[1]);
        return valid(layout, dryRun, plan, conflicts);
    }

    private static int step(Progress p, int done, int total) {
        if (done % 200 == 0 || done == total) {
            p.at(0.2 + 0.75 * done / Math.max(1, total));
        }
        return done;
    }

    private static ImportResult invalid(Layout layout, boolean dryRun, Plan<?> plan) {
        return new ImportResult(layout.kind(), dryRun, null, plan.errors(), 0, 0, 0, List.of(), layout.extra());
    }

    private static ImportResult valid(Layout layout, boolean dryRun, Plan<?> plan, List<ConflictNotice> conflicts) {
        return new ImportResult(layout.kind(), dryRun, null, List.of(), plan.creates().size(),
                plan.updates().size(), plan.unchanged(), new ArrayList<>(conflicts), layout.extra());
    }
}
