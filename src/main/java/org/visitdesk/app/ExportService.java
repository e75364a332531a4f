package org.visitdesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Facility;
import org.visitdesk.domain.Visitor;
import org.visitdesk.roster.AllDataWriter;
import org.visitdesk.roster.ExportException;
import org.visitdesk.roster.RosterRow;
import org.visitdesk.roster.RosterWriter;
import org.visitdesk.roster.VisitSheetWriter;
import org.visitdesk.storage.DetaineeDao;
import org.visitdesk.storage.FacilityDao;
import org.visitdesk.storage.Store;
import org.visitdesk.storage.VisitDao;
import org.visitdesk.storage.VisitorDao;

/**
 * Rosters, visit sheets and the export of everything, as Excel files. Slow for big ranges: call it away from
 * the UI thread. Temporary files go into {@code <data folder>/tmp}, never the system's temporary folder.
 */
public final class ExportService {

    /** The folder inside the data folder for the spreadsheet library's temporary files. */
    public static final String TEMP_FOLDER = org.visitdesk.storage.DataFolder.TEMP;

    /** What an export wrote: how many visits or records, into how many sheets, where. */
    public record Summary(int rows, int sheets, Path file) {
    }

    private final Store store;
    private final ScheduleService schedule;
    private final Clock clock;

    ExportService(Store store, ScheduleService schedule, Clock clock) {
        this.store = store;
        this.schedule = schedule;
        this.clock = clock;
    }

    /** The roster of the days [from, to]: one sheet per day with visits, after a summary sheet. */
    public Summary roster(LocalDate from, LocalDate to, Path out, boolean withNotes, boolean includeCancelled) {
        List<RosterRow> rows = rows(from, to);
        try {
            RosterWriter.Result r = new RosterWriter(tempFolder()).write(rows,
                    new RosterWriter.Options(withNotes, includeCancelled), LocalDate.now(clock), out);
            return new Summary(r.visits(), r.days() + 1, out);
        } catch (ExportException e) {
            throw problem(e);
        }
    }

    /** One printed page per visit of the days [from, to]. */
    public Summary sheets(LocalDate from, LocalDate to, Path out) {
        List<RosterRow> rows = rows(from, to);
        try {
            VisitSheetWriter.Result r = new VisitSheetWriter(tempFolder()).write(rows, out);
            return new Summary(r.visits(), 1, out);
        } catch (ExportException e) {
            throw problem(e);
        }
    }

    /** Every record, in sheets that can be imported again. */
    public Summary all(Path out) {
        AllDataWriter.Data data = store.read(h -> {
            FacilityDao fd = h.attach(FacilityDao.class);
            return new AllDataWriter.Data(h.attach(DetaineeDao.class).all(), h.attach(VisitorDao.class).all(),
                    h.attach(VisitDao.class).between(LocalDateTime.of(1900, 1, 1, 0, 0),
                            LocalDateTime.of(2400, 1, 1, 0, 0)),
                    fd.all(), fd.allWindows(), fd.allBlackouts());
        });
        try {
            AllDataWriter.Result r = new AllDataWriter(tempFolder()).write(data, out);
            return new Summary(r.rows(), AllDataWriter.SHEETS.size(), out);
        } catch (ExportException e) {
            throw problem(e);
        }
    }

    /** Where the temporary files go. */
    public Path tempFolder() {
        return org.visitdesk.storage.DataFolder.ensure(store.folder().resolve(TEMP_FOLDER));
    }

    /** The visits starting in [from, to] as roster rows, with the codes of the rules they break. */
    List<RosterRow> rows(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new ProblemException("export.error.range", "the last day is before the first day.", null);
        }
        ScheduleService.Agenda agenda = schedule.agenda(from, to);
        java.util.Map<Long, List<ConflictNotice>> byVisit = new java.util.HashMap<>();
        for (ConflictNotice n : agenda.conflicts()) {
            for (Long id : n.conflict().visitIds()) {
                byVisit.computeIfAbsent(id, k -> new ArrayList<>()).add(n);
            }
        }
        List<RosterRow> out = new ArrayList<>(agenda.visits().size());
        for (VisitListing l : agenda.visits()) {
            LocalDate day = l.visit().day();
            if (day.isBefore(from) || day.isAfter(to)) {
                continue;
            }
            Set<String> codes = new LinkedHashSet<>();
            for (ConflictNotice n : byVisit.getOrDefault(l.visit().id(), List.of())) {
                codes.add(n.conflict().code().name());
            }
            out.add(row(l, List.copyOf(codes)));
        }
        return out;
    }

    static RosterRow row(VisitListing l, List<String> codes) {
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
                l.visit().notes());
    }

    /** LEGAL_ACCOMPANIMENT as "Legal accompaniment". */
    static String words(Enum<?> e) {
        String s = e.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static ProblemException problem(ExportException e) {
        return new ProblemException("export.error." + e.kind().name(), e.getMessage(), e);
    }
}
