package org.visitdesk.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.visitdesk.app.ConflictNotice;
import org.visitdesk.app.ImportResult;
import org.visitdesk.app.Messages;
import org.visitdesk.app.Workspace;
import org.visitdesk.importing.ImportKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code visitdesk import detainees|visitors|visits FILE [--dry-run]}: all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import detainees, visitors or visits from an .xlsx or UTF-8 .csv file. All or nothing: "
                + "a file with any bad row imports nothing, and every bad row is listed.")
final class ImportCommand implements Callable<Integer> {

    private static final Locale ENGLISH = Locale.ENGLISH;

    @ParentCommand
    VisitDeskCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", description = "detainees, visitors or visits")
    String kind;

    @Parameters(index = "1", paramLabel = "FILE", description = ".xlsx or .csv (UTF-8)")
    Path file;

    @Option(names = "--dry-run", description = "Check the file and show what would change, without changing anything.")
    boolean dryRun;

    @Option(names = "--sheet", paramLabel = "NAME", description = "The sheet of an .xlsx file (default: the first).")
    String sheet;

    @Override
    public Integer call() {
        Optional<ImportKind> k = ImportKind.fromWord(kind);
        if (k.isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "Unknown kind '" + kind + "': use detainees, visitors or visits.");
        }
        try (Workspace ws = parent.openWorkspace()) {
            ImportResult r = ws.imports().run(file, k.get(), sheet, dryRun, f -> { });
            if (r.problem() != null) {
                System.err.println("visitdesk: " + r.problem().text(ENGLISH) + " Nothing was imported.");
                return 1;
            }
            if (!r.errors().isEmpty()) {
                for (String line : r.errorLines(ENGLISH)) {
                    System.err.println(line);
                }
                System.err.println("visitdesk: " + Messages.in(ENGLISH, "import.nothingImported",
                        r.errors().stream().map(e -> e.row()).distinct().count()));
                return 1;
            }
            System.out.println(r.summary(ENGLISH));
            if (!r.extraColumns().isEmpty()) {
                System.out.println(Messages.in(ENGLISH, "import.extraColumns", String.join(", ", r.extraColumns())));
            }
            for (ConflictNotice c : r.conflicts()) {
                System.out.println(c.conflict().code() + " (" + c.conflict().severity() + "): " + c.message());
            }
            return 0;
        }
    }
}
