package org.visitdesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.visitdesk.app.ExportService;
import org.visitdesk.app.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code visitdesk export roster|sheets|report|all}: Excel files to print or to take elsewhere. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write Excel files (the roster, visit sheets, the access report, or all the records), the "
                + "volunteers' calendar files or the mail-merge file of reminders.",
        subcommands = {ExportCommand.Roster.class, ExportCommand.Sheets.class, ExportCommand.Report.class,
            ExportCommand.All.class, ExportCommand.Ics.class, ExportCommand.MailMerge.class})
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    VisitDeskCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "say what to export: roster, sheets, report, all, ics or mailmerge");
    }

    /** Reads an ISO date, with a message that shows the form. */
    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a date; write it like 2026-12-01");
            }
        }
    }

    /** The options of a range of days. */
    static final class Range {
        @Option(names = "--from", required = true, paramLabel = "DATE", converter = DateConverter.class,
                description = "First day (like 2026-12-01).")
        LocalDate from;

        @Option(names = "--to", required = true, paramLabel = "DATE", converter = DateConverter.class,
                description = "Last day, included.")
        LocalDate to;

        void check(CommandSpec spec) {
            if (to.isBefore(from)) {
                throw new ParameterException(spec.commandLine(), "--to " + to + " is before --from " + from);
            }
        }
    }

    static void checkOut(CommandSpec spec, Path out) {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".xlsx")) {
            throw new ParameterException(spec.commandLine(), "--out must name an .xlsx file, like roster.xlsx");
        }
    }

    /** What every export has: its parent command, its model for usage errors, and the file to write. */
    abstract static class ToFile implements Callable<Integer> {
        @ParentCommand
        ExportCommand export;

        @Spec
        CommandSpec spec;

        @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "The file to write.")
        Path out;

        /** The language of the commands' words, which the files' words (the Conflicts column) follow. */
        Locale language() {
            return export.parent.language();
        }

        /** Checks the target, opens the records, writes, and says what was written and what breaks a rule. */
        int write(String doneKey, Function<ExportService, ExportService.Summary> job) {
            checkOut(spec, out);
            long started = System.nanoTime();
            try (Workspace ws = export.parent.openWorkspace()) {
                ExportService.Summary s = job.apply(ws.exports());
                System.out.println(export.parent.say(doneKey, s.file(), s.rows(), s.sheets(),
                        (System.nanoTime() - started) / 1e9));
                List<ExportService.RuleBreak> breaking = s.breaking();
                if (!breaking.isEmpty()) {
                    System.out.println(export.parent.say(s.leftOut() ? "cli.export.leftOut" : "cli.export.breaking",
                            breaking.size()));
                    for (ExportService.RuleBreak b : breaking) {
                        System.out.printf("  %s %s  %s  %s%n", b.day(), b.start(), b.aNumber(),
                                String.join(", ", b.rules()));
                    }
                }
            }
            return 0;
        }
    }

    /** An export of the visits of a range of days. */
    abstract static class OfDays extends ToFile {
        @CommandLine.ArgGroup(exclusive = false, multiplicity = "1")
        Range range;

        /** Checks the range and the target, then writes the visits of the days. */
        int writeVisits(Function<ExportService, ExportService.Summary> job) {
            range.check(spec);
            return write("cli.export.wroteVisits", job);
        }
    }

    @Command(name = "roster", mixinStandardHelpOptions = true,
            description = "The roster: one sheet per day with visits, ready to print.")
    static final class Roster extends OfDays {
        @Option(names = "--with-notes", description = "Add the visits' notes.")
        boolean withNotes;

        @Option(names = "--include-cancelled", description = "Keep cancelled, denied and no-show visits.")
        boolean includeCancelled;

        @Option(names = "--leave-out-conflicting",
                description = "Leave out the visits that break a rule (they would be refused as planned).")
        boolean leaveOutConflicting;

        @Override
        public Integer call() {
            return writeVisits(e -> e.roster(range.from, range.to, out, withNotes, includeCancelled,
                    leaveOutConflicting, language()));
        }
    }

    @Command(name = "sheets", mixinStandardHelpOptions = true,
            description = "Visit sheets: one printed page per visit, to take in the car.")
    static final class Sheets extends OfDays {
        @Option(names = "--include-conflicting", description = "Print sheets also for the visits that break a rule "
                + "(left out by default: they would be refused as planned).")
        boolean includeConflicting;

        @Override
        public Integer call() {
            return writeVisits(e -> e.sheets(range.from, range.to, out, includeConflicting, language()));
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = "The access report of a range of days: Summary, Denials, Waits, Follow-ups and Lockdowns.")
    static final class Report extends ToFile {
        @CommandLine.ArgGroup(exclusive = false, multiplicity = "1")
        Range range;

        @Option(names = "--deidentified", description = "Leave out names, A-numbers and phones (the numbers stay "
                + "the same): for a lawyer, a complaint or the press.")
        boolean deidentified;

        @Override
        public Integer call() {
            range.check(spec);
            return write("cli.export.wroteReport", e -> e.report(range.from, range.to, out, deidentified));
        }
    }

    @Command(name = "all", mixinStandardHelpOptions = true,
            description = "All the records, in sheets that can be imported again.")
    static final class All extends ToFile {
        @Override
        public Integer call() {
            return write("cli.export.wroteRecords", e -> e.all(out));
        }
    }

    @Command(name = "ics", mixinStandardHelpOptions = true,
            description = "One calendar file (.ics) per volunteer with their visits in the days, for their phone: "
                    + "moved visits update and cancelled ones arrive as cancelled when the file is imported again. "
                    + "No A-number, date of birth, notes or follow-ups go into the files.")
    static final class Ics implements Callable<Integer> {
        @ParentCommand
        ExportCommand export;

        @Spec
        CommandSpec spec;

        @CommandLine.ArgGroup(exclusive = false, multiplicity = "1")
        Range range;

        @Option(names = "--out", required = true, paramLabel = "DIR",
                description = "The folder to write the files into (it must exist).")
        Path out;

        @Override
        public Integer call() {
            range.check(spec);
            if (!Files.isDirectory(out)) {
                throw new ParameterException(spec.commandLine(), "--out must name a folder that exists, like "
                        + "calendars (make it first)");
            }
            long started = System.nanoTime();
            try (Workspace ws = export.parent.openWorkspace()) {
                ExportService.Summary s = ws.exports().calendars(range.from, range.to, out,
                        export.parent.language());
                System.out.println(export.parent.say("cli.export.wroteCalendars", s.file(), s.sheets(), s.rows(),
                        (System.nanoTime() - started) / 1e9));
            }
            return 0;
        }
    }

    @Command(name = "mailmerge", mixinStandardHelpOptions = true,
            description = "The mail-merge file (.csv) of the planned visits in the days, one row per volunteer and "
                    + "visit, for reminders from your own mail program: visitor_name, email, phone, date, time, end, "
                    + "building, address, co_visitors, person_first_name.")
    static final class MailMerge implements Callable<Integer> {
        @ParentCommand
        ExportCommand export;

        @Spec
        CommandSpec spec;

        @CommandLine.ArgGroup(exclusive = false, multiplicity = "1")
        Range range;

        @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "The file to write.")
        Path out;

        @Override
        public Integer call() {
            range.check(spec);
            String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".csv")) {
                throw new ParameterException(spec.commandLine(), "--out must name a .csv file, like reminders.csv");
            }
            long started = System.nanoTime();
            try (Workspace ws = export.parent.openWorkspace()) {
                ExportService.Summary s = ws.exports().mailMerge(range.from, range.to, out,
                        export.parent.language());
                System.out.println(export.parent.say("cli.export.wroteMailMerge", s.file(), s.rows(),
                        (System.nanoTime() - started) / 1e9));
            }
            return 0;
        }
    }
}
