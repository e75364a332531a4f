package org.visitdesk.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.visitdesk.app.ConflictNotice;
import org.visitdesk.app.ImportFileKind;
import org.visitdesk.app.ImportResult;
import org.visitdesk.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code visitdesk import detainees|visitors|visits|outcomes|requests FILE [--dry-run]}: all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import detainees, visitors, visits, visit outcomes or requests from an .xlsx or UTF-8 .csv "
                + "file. All or nothing: "
                + "a file with any bad row imports nothing, and every bad row is listed.")
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    VisitDeskCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", description = "detainees, visitors, visits, outcomes or requests")
    String kind;

    @Parameters(index = "1", paramLabel = "FILE", description = ".xlsx or .csv (UTF-8)")
    Path file;

    @Option(names = "--dry-run", description = "Check the file and show what would change, without changing anything.")
    boolean dryRun;

    @Option(names = "--sheet", paramLabel = "NAME", description = "The sheet of an .xlsx file (default: the first).")
    String sheet;

    @Override
    public Integer call() {
        Optional<ImportFileKind> k = ImportFileKind.fromWord(kind);
        if (k.isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "Unknown kind '" + kind + "': use detainees, visitors, visits, outcomes or requests.");
        }
        try (Workspace ws = parent.openWorkspace()) {
            ImportResult r = ws.imports().run(file, k.get(), sheet, dryRun, f -> { });
            if (r.problem() != null) {
                System.err.println("visitdesk: " + parent.say("import.nothingImportedFile",
                        r.problem().text(parent.language())));
                return 1;
            }
            if (!r.errors().isEmpty()) {
                for (String line : r.errorLines(parent.language())) {
                    System.err.println(line);
                }
                System.err.println("visitdesk: " + parent.say("import.nothingImported", r.badRows()));
                return 1;
            }
            System.out.println(r.summary(parent.language()));
            if (!r.extraColumns().isEmpty()) {
                System.out.println(parent.say("import.extraColumns", String.join(", ", r.extraColumns())));
            }
            for (ConflictNotice c : r.conflicts()) {
                System.out.println(c.conflict().code() + " (" + c.conflict().severity() + "): "
                        + parent.say(c.message()));
            }
            return 0;
        }
    }
}
