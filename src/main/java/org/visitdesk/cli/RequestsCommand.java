package org.visitdesk.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.visitdesk.app.CsvLines;
import org.visitdesk.app.RequestListing;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.Languages;
import org.visitdesk.domain.Request;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code visitdesk requests}: the waiting list, urgent first, then the longest waiting (never who asked or notes). */
@Command(name = "requests", mixinStandardHelpOptions = true,
        description = "List the requests waiting for a visit, urgent first, then the longest waiting.")
final class RequestsCommand implements Callable<Integer> {

    @ParentCommand
    VisitDeskCommand parent;

    @Option(names = "--all", description = "Also the scheduled and closed ones.")
    boolean all;

    @Mixin
    ListFormat listing;

    @Override
    public Integer call() {
        try (Workspace ws = parent.openWorkspace()) {
            List<RequestListing> list = ws.requests().list(all);
            PrintStream out = System.out;
            if (listing.csv()) {
                out.println("id,received,a_number,name,languages,urgency,status,waiting_days");
            }
            for (RequestListing l : list) {
                Request r = l.request();
                String aNumber = l.person() != null ? l.person().aNumber().display()
                        : r.aNumber() == null ? "" : r.aNumber().display();
                String name = l.person() != null ? l.person().fullName() : r.fullName();
                String languages = Languages.join(r.languages().isEmpty() && l.person() != null
                        ? l.person().languages() : r.languages());
                if (listing.csv()) {
                    out.println(CsvLines.of(List.of(Long.toString(r.id()), r.received().toString(), aNumber, name,
                            languages, r.urgency().name(), r.status().name(), Long.toString(l.daysWaiting()))));
                } else {
                    out.printf("%5d  %-8s %s %4d  %-13s %-28s %-20s %-9s%s%n", r.id(), r.urgency(), r.received(),
                            l.daysWaiting(), aNumber, name, languages, r.status(),
                            l.personHasLeft() ? "  " + parent.say("cli.requests.hasLeft") : "");
                }
            }
            if (!listing.csv()) {
                out.println(parent.say("cli.requests.summary", list.size(),
                        list.stream().mapToLong(RequestListing::daysWaiting).max().orElse(0)));
            }
        }
        return 0;
    }
}
