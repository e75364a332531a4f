package org.visitdesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.visitdesk.app.ProblemException;
import org.visitdesk.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code visitdesk restore FILE}: replaces the records by a backup, keeping the replaced ones as a backup. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Replace the records by a backup. The backup must open with the passphrase first; "
                + "the records replaced are kept in backups/.")
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    VisitDeskCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup file (.zip).")
    Path file;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), "No such backup file: " + file);
        }
        Path folder = parent.dataFolder();
        char[] passphrase = Unlock.fromEnvironment();
        try {
            Workspace.restore(folder, file, passphrase);
        } catch (ProblemException e) {
            if (passphrase != null || !"store.NEEDS_PASSPHRASE".equals(e.key())) {
                throw e;
            }
            Workspace.restore(folder, file, Unlock.ask(parent.say("cli.passphrase.backup")));
        }
        System.out.println(parent.say("cli.restore.done", file.toAbsolutePath(), folder, folder.resolve("backups")));
        return 0;
    }
}
