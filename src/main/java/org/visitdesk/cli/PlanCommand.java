package org.visitdesk.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.visitdesk.app.ConflictNotice;
import org.visitdesk.app.VisitChange;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.FieldError;
import org.visitdesk.domain.Visit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code visitdesk plan}: saves one visit through the same rules as the calendar. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Plan one visit for a person at their facility, checked by the same rules as the calendar. "
                + "A visit that breaks a rule that blocks is not saved (exit 1, the problems listed) unless "
                + "--override gives the reason; warnings are printed and do not block.")
final class PlanCommand implements Callable<Integer> {

    @ParentCommand
    VisitDeskCommand parent;

    @Parameters(index = "0", paramLabel = "A-NUMBER", converter = SuggestCommand.ANumberConverter.class,
            description = "The person's A-number (like A-123-456-789).")
    ANumber aNumber;

    @Option(names = "--date", required = true, paramLabel = "DATE", converter = ExportCommand.DateConverter.class,
            description = "The day of the visit (like 2026-12-08).")
    LocalDate date;

    @Option(names = "--start", required = true, paramLabel = "TIME", converter = TimeConverter.class,
            description = "When it starts (like 13:30).")
    LocalTime start;

    @Option(names = "--end", paramLabel = "TIME", converter = TimeConverter.class,
            description = "When it ends (default: one hour after the start).")
    LocalTime end;

    @Option(names = "--visitor", paramLabel = "EMAIL",
            description = "A visitor, by email; repeat for each visitor.")
    List<String> visitors = new ArrayList<>();

    @Option(names = "--override", paramLabel = "REASON",
            description = "Save it although it breaks a rule that blocks; the reason is kept with the visit.")
    String override;

    @Override
    public Integer call() {
        LocalDateTime from = date.atTime(start);
        LocalDateTime to = date.atTime(end == null ? start.plusHours(1) : end);
        if (end == null && start.plusHours(1).isBefore(start)) {
            // one hour after a late start is the next day: a visit ends on its own day
            to = date.atTime(LocalTime.MAX.withSecond(0).withNano(0));
        }
        try (Workspace ws = parent.openWorkspace()) {
            VisitChange change = ws.schedule().planFor(aNumber, from, to, visitors, override);
            PrintStream out = System.out;
            PrintStream err = System.err;
            switch (change.kind()) {
                case REFUSED -> {
                    for (FieldError e : change.errors()) {
                        err.println("visitdesk: " + parent.say(e.messageKey(), e.args().toArray()));
                    }
                    err.println("visitdesk: " + parent.say("cli.plan.notSaved"));
                    return 1;
                }
                case NEEDS_DECISION -> {
                    err.println("visitdesk: " + parent.say("cli.plan.breaks", change.errorConflicts().size()));
                    for (ConflictNotice n : change.errorConflicts()) {
                        err.println("  " + parent.say(n.message()));
                    }
                    for (FieldError e : change.errors()) {
                        err.println("  " + parent.say(e.messageKey(), e.args().toArray()));
                    }
                    err.println("visitdesk: " + parent.say("cli.plan.override"));
                    return 1;
                }
                default -> {
                    Visit saved = change.saved();
                    out.println(parent.say("cli.plan.saved", Long.toString(saved.id()), aNumber.display(),
                            saved.day().toString(), saved.start().toLocalTime().toString(),
                            saved.end().toLocalTime().toString(), saved.visitorIds().size()));
                    for (ConflictNotice n : change.conflicts()) {
                        out.println("  " + parent.say(n.isError() ? "cli.plan.overridden" : "cli.plan.warning")
                                + " " + parent.say(n.message()));
                    }
                    return 0;
                }
            }
        }
    }

    /** Reads a time of day such as 9:30 or 13:00; anything else is wrong usage. */
    static final class TimeConverter implements ITypeConverter<LocalTime> {
        @Override
        public LocalTime convert(String value) {
            String v = value.strip();
            try {
                return LocalTime.parse(v.length() == 4 && v.charAt(1) == ':' ? "0" + v : v);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a time; write it like 13:30");
            }
        }
    }
}
