package org.visitdesk.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.visitdesk.app.CsvLines;
import org.visitdesk.app.UnvisitedListing;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.Detainee;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code visitdesk unvisited}: the people held on a day, the one who most needs a visitor first. */
@Command(name = "unvisited", mixinStandardHelpOptions = true,
        description = "List the people held on a day, those nobody has visited first: nothing planned before "
                + "something planned, never visited before visited, then the longest since a visit that happened.")
final class UnvisitedCommand implements Callable<Integer> {


    @ParentCommand
    VisitDeskCommand parent;

    @Option(names = "--as-of", paramLabel = "DATE", converter = ExportCommand.DateConverter.class,
            description = "The day (default: today).")
    LocalDate asOf;

    @Mixin
    ListFormat listing;

    @Override
    public Integer call() {
        try (Workspace ws = parent.openWorkspace()) {
            LocalDate day = asOf == null ? LocalDate.now(ws.clock()) : asOf;
            List<UnvisitedListing> list = ws.reports().unvisited(day);
            PrintStream out = System.out;
            if (listing.csv()) {
                out.println("rank,a_number,name,housing_unit,languages,last_visit,days_since_visit,next_visit,"
                        + "open_followups");
            }
            for (UnvisitedListing l : list) {
                Detainee d = l.person();
                String last = l.lastVisit() == null ? "" : l.lastVisit().toString();
                String days = l.daysSinceVisit() == null ? "" : l.daysSinceVisit().toString();
                String next = l.nextVisit() == null ? "" : l.nextVisit().toString();
                if (listing.csv()) {
                    out.println(CsvLines.of(List.of(Integer.toString(l.rank()), d.aNumber().display(), d.fullName(),
                            d.housingUnit(), String.join("; ", d.languages()), last, days, next,
                            Integer.toString(l.openFollowUps()))));
                } else {
                    out.printf("%3d  %-13s %-28s %-12s last %-10s %5s  next %-10s  follow-ups %d%n", l.rank(),
                            d.aNumber().display(), d.fullName(), d.housingUnit(),
                            last.isEmpty() ? parent.say("cli.unvisited.never") : last, days.isEmpty() ? "" : days + "d",
                            next.isEmpty() ? parent.say("cli.unvisited.none") : next, l.openFollowUps());
                }
            }
            if (!listing.csv()) {
                long nothingPlanned = list.stream().filter(l -> l.nextVisit() == null).count();
                long never = list.stream().filter(l -> l.lastVisit() == null).count();
                out.println(parent.say("cli.unvisited.summary", list.size(), day, nothingPlanned, never));
            }
        }
        return 0;
    }
}
