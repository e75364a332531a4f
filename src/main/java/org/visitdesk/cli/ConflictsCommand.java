package org.visitdesk.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.visitdesk.app.ConflictNotice;
import org.visitdesk.app.CsvLines;
import org.visitdesk.app.ScheduleService;
import org.visitdesk.app.VisitListing;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.Conflict;
import org.visitdesk.domain.DateRange;
import org.visitdesk.domain.Visitor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code visitdesk conflicts}: every rule broken in a range of days, as text or CSV. */
@Command(name = "conflicts", mixinStandardHelpOptions = true,
        description = "List the conflicts of the visits in a range of days (default: today and the next four weeks).")
final class ConflictsCommand implements Callable<Integer> {


    @ParentCommand
    VisitDeskCommand parent;

    @Option(names = "--from", paramLabel = "DATE", description = "First day, ISO (default: today).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day, ISO (default: four weeks after the first).")
    LocalDate to;

    @Mixin
    ListFormat listing;

    @Override
    public Integer call() {
        LocalDate first = from == null ? LocalDate.now() : from;
        LocalDate last = to == null ? first.plusWeeks(4).minusDays(1) : to;
        if (last.isBefore(first)) {
            throw new picocli.CommandLine.ParameterException(parent.spec().commandLine(),
                    "--to is before --from: give the first day first.");
        }
        try (Workspace ws = parent.openWorkspace()) {
            ScheduleService.Agenda agenda = ws.schedule().agenda(new DateRange(first, last));
            Map<Long, VisitListing> byVisit = new HashMap<>();
            Map<Long, Visitor> visitors = new HashMap<>();
            for (VisitListing l : agenda.visits()) {
                byVisit.put(l.visit().id(), l);
                l.visitors().forEach(v -> visitors.put(v.id(), v));
            }
            PrintStream out = System.out;
            if (listing.csv()) {
                out.println("code,severity,date,start,a_number,visitor,visit_ids,message");
            }
            for (ConflictNotice n : agenda.conflicts()) {
                Conflict c = n.conflict();
                VisitListing first0 = c.visitIds().stream().map(byVisit::get).filter(Objects::nonNull)
                        .findFirst().orElse(null);
                String aNumber = first0 == null || first0.detainee() == null ? ""
                        : first0.detainee().aNumber().display();
                Visitor v = c.visitorId() == null ? null : visitors.get(c.visitorId());
                if (v == null && c.visitorId() != null) {
                    v = ws.visitors().byId(c.visitorId()).orElse(null);
                }
                String visitor = v == null ? "" : v.email().isEmpty() ? v.fullName() : v.email();
                String ids = c.visitIds().stream().map(String::valueOf).collect(Collectors.joining(";"));
                if (listing.csv()) {
                    out.println(CsvLines.of(List.of(c.code().name(), c.severity().name(),
                            c.at().toLocalDate().toString(), c.at().toLocalTime().toString(), aNumber, visitor,
                            ids, parent.say(n.message()))));
                } else {
                    out.printf("%s %s  %-7s %-22s %s  %s%n", c.at().toLocalDate(), c.at().toLocalTime(),
                            c.severity(), c.code(), aNumber, parent.say(n.message()));
                }
            }
            if (!listing.csv()) {
                long errors = agenda.conflicts().stream().filter(ConflictNotice::isError).count();
                out.println(parent.say("cli.conflicts.summary", agenda.conflicts().size(), errors,
                        agenda.conflicts().size() - errors, first, last));
            }
        }
        return 0;
    }
}
