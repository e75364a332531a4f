package org.visitdesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.visitdesk.domain.AccessReport;
import org.visitdesk.domain.DateRange;
import org.visitdesk.roster.AllDataWriter;
import org.visitdesk.roster.ExportException;
import org.visitdesk.roster.ReportWriter;
import org.visitdesk.roster.RosterRow;
import org.visitdesk.roster.RosterWriter;
import org.visitdesk.roster.VisitSheetWriter;
import org.visitdesk.storage.DataFolder;
import org.visitdesk.storage.FacilityDao;
import org.visitdesk.storage.Transactions;

/**
 * Rosters, visit sheets and the export of everything, as Excel files. Slow for big ranges: call it away from
 * the UI thread. Temporary files go into {@code <data folder>/tmp}, never the system's temporary folder.
 */
public final class ExportService {

    /** The folder inside the data folder for the spreadsheet library's temporary files. */
    public static final String TEMP_FOLDER = DataFolder.TEMP;

    /** How many ISO weeks a roster reads and writes at a time. */
    private static final int ROSTER_WEEKS = 4;

    /** What an export wrote: how many visits or records, into how many sheets, where. */
    public record Summary(int rows, int sheets, Path file, List<RuleBreak> breaking, boolean leftOut) {
        public Summary {
            breaking = List.copyOf(breaking);
        }

        public Summary(int rows, int sheets, Path file) {
            this(rows, sheets, file, List.of(), false);
        }
    }

    /**
     * A visit that breaks an error-level rule, so that it will be refused as planned (a person released the day
     * before, a visitor not cleared, outside the hours, a full room): when, whom, and the rules in words.
     */
    public record RuleBreak(LocalDate day, LocalTime start, String aNumber, String detainee, List<String> rules) {
        public RuleBreak {
            rules = List.copyOf(rules);
        }
    }

    private final Transactions records;
    private final Path dataFolder;
    private final ScheduleService schedule;
    private final ReportService reports;
    private final Clock clock;

    ExportService(Transactions records, Path dataFolder, ScheduleService schedule, ReportService reports,
            Clock clock) {
        this.records = records;
        this.dataFolder = dataFolder;
        this.schedule = schedule;
        this.reports = reports;
        this.clock = clock;
    }

    /**
     * The access report of the days [from, to]: Summary, Denials, Waits, Follow-ups and Lockdowns sheets. With
     * {@code deidentified} it leaves out names, A-numbers and phones; the numbers stay the same. Rows: the rows
     * of the four lists.
     */
    public Summary report(LocalDate from, LocalDate to, Path out, boolean deidentified) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new ProblemException("export.error.range", "the last day is before the first day.", null);
        }
        AccessReport report = reports.report(new DateRange(from, to));
        try {
            ReportWriter.Result r = new ReportWriter(tempFolder()).write(report, deidentified, LocalDate.now(clock),
                    out);
            return new Summary(r.rows(), ReportWriter.SHEETS.size(), out);
        } catch (ExportException e) {
            throw problem(e);
        }
    }

    /** The roster of the days [from, to] with every visit, its Conflicts column in English. */
    public Summary roster(LocalDate from, LocalDate to, Path out, boolean withNotes, boolean includeCancelled) {
        return roster(from, to, out, withNotes, includeCancelled, false, Locale.ENGLISH);
    }

    /**
     * The roster of the days [from, to]: one sheet per day with visits, after a summary sheet. Its Conflicts
     * column says in words of {@code language} what each visit breaks; with {@code leaveOutBreaking} the visits
     * that break an error-level rule are left out (the summary lists them either way).
     */
    public Summary roster(LocalDate from, LocalDate to, Path out, boolean withNotes, boolean includeCancelled,
            boolean leaveOutBreaking, Locale language) {
        checkRange(from, to);
        List<ExportRows.Item> breaks = new ArrayList<>();
        // a few weeks at a time, read and written: memory holds those weeks, never the whole roster
        Iterator<List<RosterRow>> batches = new Iterator<>() {
            private LocalDate next = from;

            @Override
            public boolean hasNext() {
                return !next.isAfter(to);
            }

            @Override
            public List<RosterRow> next() {
                LocalDate last = DateRange.mondayOf(next).plusWeeks(ROSTER_WEEKS).minusDays(1);
                last = last.isAfter(to) ? to : last;
                List<ExportRows.Item> items = ExportRows.of(schedule.agenda(new DateRange(next, last)), next, last,
                        language);
                next = last.plusDays(1);
                items.stream().filter(ExportRows.Item::breaksRule).forEach(breaks::add);
                return kept(items, leaveOutBreaking);
            }
        };
        try {
            RosterWriter.Result r = new RosterWriter().write(batches,
                    new RosterWriter.Options(withNotes, includeCancelled), LocalDate.now(clock), out);
            return new Summary(r.visits(), r.days() + 1, out, breaking(breaks), leaveOutBreaking);
        } catch (ExportException e) {
            throw problem(e);
        }
    }

    /** The visit sheets of the days [from, to], without the visits that break a rule. */
    public Summary sheets(LocalDate from, LocalDate to, Path out) {
        return sheets(from, to, out, false, Locale.ENGLISH);
    }

    /**
     * One printed page per visit of the days [from, to]. A visit that breaks an error-level rule would be refused
     * at the door: it gets no page unless {@code includeBreaking}; the summary lists these visits either way.
     */
    public Summary sheets(LocalDate from, LocalDate to, Path out, boolean includeBreaking, Locale language) {
        List<ExportRows.Item> items = items(from, to, language);
        try {
            VisitSheetWriter.Result r = new VisitSheetWriter(tempFolder()).write(kept(items, !includeBreaking), out);
            return new Summary(r.visits(), 1, out, breaking(items), !includeBreaking);
        } catch (ExportException e) {
            throw problem(e);
        }
    }

    /** The visits of the days [from, to] that break an error-level rule: what an export would warn about. */
    public List<RuleBreak> breaking(LocalDate from, LocalDate to, Locale language) {
        return breaking(items(from, to, language));
    }

    /** Every record, in sheets that can be imported again. */
    public Summary all(Path out) {
        AllDataWriter.Data data = records.read(u -> {
            FacilityDao fd = u.facilities();
            return new AllDataWriter.Data(u.detainees().all(), u.visitors().all(),
                    u.visits().between(LocalDateTime.of(1900, 1, 1, 0, 0),
                            LocalDateTime.of(2400, 1, 1, 0, 0)),
                    fd.all(), fd.allWindows(), fd.allBlackouts(), u.outcomes().all(), u.followUps().everything(),
                    u.requests().all());
        });
        try {
            AllDataWriter.Result r = new AllDataWriter(tempFolder()).write(data, out);
            return new Summary(r.rows(), AllDataWriter.SHEETS.size(), out);
        } catch (ExportException e) {
            throw problem(e);
        }
    }

    /**
     * One calendar file ({@code .ics}) per volunteer with visits starting in the days [from, to], into the folder,
     * with words in the language. Rows: the events written; sheets: the files.
     */
    public Summary calendars(LocalDate from, LocalDate to, Path folder, Locale language) {
        return new VolunteerFiles(records, clock).calendars(from, to, folder, language);
    }

    /**
     * The mail-merge CSV of the planned visits starting in the days [from, to]: one row per volunteer and visit.
     * Rows: the rows written.
     */
    public Summary mailMerge(LocalDate from, LocalDate to, Path out, Locale language) {
        return new VolunteerFiles(records, clock).mailMerge(from, to, out, language);
    }

    /** Where the temporary files go. */
    public Path tempFolder() {
        return DataFolder.ensure(dataFolder.resolve(TEMP_FOLDER));
    }

    /** The visits starting in [from, to], with what they break in words of the language. */
    private List<ExportRows.Item> items(LocalDate from, LocalDate to, Locale language) {
        checkRange(from, to);
        return ExportRows.of(schedule.agenda(new DateRange(from, to)), from, to, language);
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new ProblemException("export.error.range", "the last day is before the first day.", null);
        }
    }

    private static List<RosterRow> kept(List<ExportRows.Item> items, boolean leaveOutBreaking) {
        List<RosterRow> out = new ArrayList<>(items.size());
        for (ExportRows.Item i : items) {
            if (!(leaveOutBreaking && i.breaksRule())) {
                out.add(i.row());
            }
        }
        return out;
    }

    private static List<RuleBreak> breaking(List<ExportRows.Item> items) {
        List<RuleBreak> out = new ArrayList<>();
        for (ExportRows.Item i : items) {
            if (i.breaksRule()) {
                out.add(i.ruleBreak());
            }
        }
        out.sort(Comparator.comparing(RuleBreak::day).thenComparing(RuleBreak::start));
        return out;
    }

    private static ProblemException problem(ExportException e) {
        return new ProblemException("export.error." + e.kind().name(), e.getMessage(), e);
    }
}
