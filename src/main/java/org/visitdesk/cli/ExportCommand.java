package org.visitdesk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
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

/** {@code visitdesk export roster|sheets|all}: Excel files to print or to take elsewhere. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write Excel files: the roster, visit sheets, or all the records.",
        subcommands = {ExportCommand.Roster.class, ExportCommand.Sheets.class, ExportCommand.All.class})
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    VisitDeskCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "say what to export: roster, sheets or all");
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
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (!name.endsWith(".xlsx")) {
            throw new ParameterException(spec.commandLine(), "--out must name an .xlsx file, like roster.xlsx");
        }
    }

    /** Checks the target, opens the records, writes, and says what was written. */
    static int write(ExportCommand export, CommandSpec spec, Path out, String what,
            java.util.function.Function<ExportService, ExportService.Summary> job) {
        checkOut(spec, out);
        long started = System.nanoTime();
        try (Workspace ws = export.parent.openWorkspace()) {
            report(what, job.apply(ws.exports()), started);
        }
        return 0;
    }

    static void report(String what, ExportService.Summary s, long started) {
        System.out.printf("Wrote %s (%,d %s, %d %s) in %.1f s%n", s.file(), s.rows(),
                s.rows() == 1 ? what.substring(0, what.length() - 1) : what, s.sheets(),
                s.sheets() == 1 ? "sheet" : "sheets", (System.nanoTime() - started) / 1e9);
        List<ExportService.RuleBreak> breaking = s.breaking();
        if (breaking.isEmpty()) {
            return;
        }
        String visits = breaking.size() == 1 ? "1 visit" : breaking.size() + " visits";
        System.out.println(s.leftOut()
                ? "Left out " + visits + " that " + (breaking.size() == 1 ? "breaks" : "break")
                        + " a rule and would be refused as planned:"
                : visits + " in the file " + (breaking.size() == 1 ? "breaks" : "break")
                        + " a rule and would be refused as planned:");
        for (ExportService.RuleBreak b : breaking) {
            System.out.printf("  %s %s  %s  %s%n", b.day(), b.start(), b.aNumber(), String.join(", ", b.rules()));
        }
    }

    /** The language of the words in the files (the Conflicts column); the command line speaks English. */
    static Locale language() {
        return Locale.ENGLISH;
    }

    @Command(name = "roster", mixinStandardHelpOptions = true,
            description = "The roster: one sheet per day with visits, ready to print.")
    static final class Roster implements Callable<Integer> {
        @ParentCommand
        ExportCommand export;

        @Spec
        CommandSpec spec;

        @CommandLine.ArgGroup(exclusive = false, multiplicity = "1")
        Range range;

        @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "The file to write.")
        Path out;

        @Option(names = "--with-notes", description = "Add the visits' notes.")
        boolean withNotes;

        @Option(names = "--include-cancelled", description = "Keep cancelled, denied and no-show visits.")
        boolean includeCancelled;

        @Option(names = "--leave-out-conflicting",
                description = "Leave out the visits that break a rule (they would be refused as planned).")
        boolean leaveOutConflicting;

        @Override
        public Integer call() {
            range.check(spec);
            return write(export, spec, out, "visits", e -> e.roster(range.from, range.to, out, withNotes,
                    includeCancelled, leaveOutConflicting, language()));
        }
    }

    @Command(name = "sheets", mixinStandardHelpOptions = true,
            description = "Visit sheets: one printed page per visit, to take in the car.")
    static final class Sheets implements Callable<Integer> {
        @ParentCommand
        ExportCommand export;

        @Spec
        CommandSpec spec;

        @CommandLine.ArgGroup(exclusive = false, multiplicity = "1")
        Range range;

        @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "The file to write.")
        Path out;

        @Option(names = "--include-conflicting", description = "Print sheets also for the visits that break a rule "
                + "(left out by default: they would be refused as planned).")
        boolean includeConflicting;

        @Override
        public Integer call() {
            range.check(spec);
            return write(export, spec, out, "visits",
                    e -> e.sheets(range.from, range.to, out, includeConflicting, language()));
        }
    }

    @Command(name = "all", mixinStandardHelpOptions = true,
            description = "All the records, in sheets that can be imported again.")
    static final class All implements Callable<Integer> {
        @ParentCommand
        ExportCommand export;

        @Spec
        CommandSpec spec;

        @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "The file to write.")
        Path out;

        @Override
        public Integer call() {
            return write(export, spec, out, "records", e -> e.all(out));
        }
    }
}
