package org.visitdesk.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.visitdesk.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code visitdesk copy-to URL}: the data folder's records into a new, empty shared store. */
@Command(name = "copy-to", mixinStandardHelpOptions = true,
        description = "Copy the records of the data folder into an empty shared store (PostgreSQL), keeping "
                + "everything as it is; then open it with --db URL or in the window. The password comes from "
                + "VISITDESK_DB_PASSWORD or ~/.pgpass. A shared store that holds records already is refused.")
final class CopyToCommand implements Callable<Integer> {

    @ParentCommand
    VisitDeskCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "URL",
            description = "The shared store: jdbc:postgresql://HOST:5432/DB?user=USER")
    String url;

    @Override
    public Integer call() {
        if (parent.db != null) {
            // the records copied are always the data folder's own; --db would name two stores at once
            throw new ParameterException(spec.commandLine(), parent.say("cli.copyTo.noDb"));
        }
        try (Workspace ws = Unlock.open(parent.dataFolder(), parent.language())) {
            System.out.println(parent.say("cli.copyTo.start", ws.folder(), url));
            List<Workspace.CopiedTable> copied = ws.copyTo(url.strip(),
                    (table, rows) -> System.out.println(parent.say("cli.copyTo.table", table, rows)));
            System.out.println(parent.say("cli.copyTo.counted"));
            for (Workspace.CopiedTable t : copied) {
                System.out.println(parent.say("cli.copyTo.count", t.table(), t.here(), t.there()));
            }
            long all = copied.stream().mapToLong(Workspace.CopiedTable::there).sum();
            System.out.println(parent.say("cli.copyTo.done", copied.size(), all, url.strip()));
        }
        return 0;
    }
}
