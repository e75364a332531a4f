package org.visitdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.visitdesk.app.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code visitdesk} command: with no subcommand it opens the window. */
@Command(name = "visitdesk", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Plan volunteer visits to people in immigration detention.",
        subcommands = {SampleDataCommand.class, ConflictsCommand.class, ImportCommand.class, ExportCommand.class,
            BackupCommand.class, RestoreCommand.class})
public final class VisitDeskCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder of the records (default: VISITDESK_HOME, else the per-user data folder).")
    String dataDir;

    @Option(names = "--debug", description = "Print the full details of an error.")
    boolean debug;

    private final Consumer<Path> openWindow;

    public VisitDeskCommand(Consumer<Path> openWindow) {
        this.openWindow = openWindow;
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** The command's model, for usage errors. */
    picocli.CommandLine.Model.CommandSpec spec() {
        return spec;
    }

    /** Opens the records of the data folder these options name, asking for the passphrase when they need one. */
    Workspace openWorkspace() {
        return Unlock.open(dataFolder());
    }

    /** The data folder these options name. */
    Path dataFolder() {
        return Workspace.chooseFolder(dataDir);
    }

    @Override
    public Integer call() {
        openWindow.accept(dataFolder());
        return 0;
    }

    /** Builds the command line with one-line errors: exit 1 on failure, 2 on wrong usage. */
    public static CommandLine commandLine(Consumer<Path> openWindow) {
        VisitDeskCommand top = new VisitDeskCommand(openWindow);
        CommandLine cl = new CommandLine(top);
        cl.setExecutionStrategy(parseResult -> {
            if (top.debug) {
                // libraries' log lines reach standard error too (their messages still withheld)
                System.setProperty(org.visitdesk.app.LogLines.DEBUG_PROPERTY, "true");
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            cmd.getErr().println(Failures.oneLine(ex));
            if (top.debug) {
                ex.printStackTrace(cmd.getErr());
            }
            return 1;
        });
        return cl;
    }
}
