package org.visitdesk.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.visitdesk.app.CsvLines;
import org.visitdesk.app.FollowUpListing;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.FollowUp;
import org.visitdesk.domain.Visitor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code visitdesk followups}: the open follow-ups, the longest overdue first (never their notes). */
@Command(name = "followups", mixinStandardHelpOptions = true,
        description = "List the open follow-ups, the longest overdue first.")
final class FollowUpsCommand implements Callable<Integer> {


    @ParentCommand
    VisitDeskCommand parent;

    @Option(names = "--all", description = "Also the done and dropped ones, after the open ones.")
    boolean all;

    @Mixin
    ListFormat listing;

    @Override
    public Integer call() {
        try (Workspace ws = parent.openWorkspace()) {
            List<FollowUpListing> list = ws.followUps().list(all);
            PrintStream out = System.out;
            if (listing.csv()) {
                out.println("id,a_number,kind,owner,due,status,visit_id");
            }
            for (FollowUpListing l : list) {
                FollowUp f = l.followUp();
                String aNumber = l.detainee() == null ? "" : l.detainee().aNumber().display();
                String owner = owner(l.owner());
                String visit = f.visitId() == null ? "" : f.visitId().toString();
                if (listing.csv()) {
                    out.println(CsvLines.of(List.of(Long.toString(f.id()), aNumber, f.kind().name(), owner,
                            f.due().toString(), f.status().name(), visit)));
                } else {
                    out.printf("%5d  %s %-13s %-16s %-10s %-8s %s%n", f.id(), l.overdue() ? "!" : " ", aNumber,
                            f.kind(), f.due(), f.status(), owner.isEmpty() ? parent.say("followUp.coordinator")
                                    : owner);
                }
            }
            if (!listing.csv()) {
                out.println(parent.say("cli.followups.summary", list.size(),
                        list.stream().filter(FollowUpListing::overdue).count()));
            }
        }
        return 0;
    }

    /** The owner as the other commands name a visitor: email, else full name; blank for the coordinator. */
    private static String owner(Visitor v) {
        return v == null ? "" : v.email().isEmpty() ? v.fullName() : v.email();
    }
}
