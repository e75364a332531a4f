package org.visitdesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.visitdesk.app.ProblemException;
import org.visitdesk.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code visitdesk restore FILE}: replaces the records by a backup, keeping the replaced ones as a backup. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Replace the records by a backup. The backup is checked first (it must be a VisitDesk backup "
                + "and open with its passphrase); the records replaced are kept in backups/.")
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    VisitDeskCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup file (.zip).")
    Path file;

    @Option(names = "--allow-unencrypted",
            description = "Accept that the records lose their passphrase: the backup has none.")
    boolean allowUnencrypted;

    @Option(names = "--allow-encrypted",
            description = "Accept that the records, which have no passphrase, need the backup's passphrase after.")
    boolean allowEncrypted;

    @Override
    public Integer call() {
        if (parent.sharedStore() != null) {
            // a shared store is restored by its server (pg_restore), never over by a file of one computer
            throw Workspace.sharedBackupProblem();
        }
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), "No such backup file: " + file);
        }
        Path folder = parent.dataFolder();
        Set<Workspace.ProtectionChange> accepted = EnumSet.noneOf(Workspace.ProtectionChange.class);
        if (allowUnencrypted) {
            accepted.add(Workspace.ProtectionChange.UNPROTECTS);
        }
        if (allowEncrypted) {
            accepted.add(Workspace.ProtectionChange.PROTECTS);
        }
        char[] passphrase = Unlock.fromEnvironment();
        try {
            Workspace.restore(folder, file, passphrase, accepted);
        } catch (ProblemException e) {
            boolean none = passphrase == null && "store.NEEDS_PASSPHRASE".equals(e.key());
            boolean other = "store.BACKUP_OTHER_PASSPHRASE".equals(e.key()) && System.console() != null;
            if (!none && !other) {
                throw e;
            }
            Unlock.clear(passphrase);
            passphrase = Unlock.ask(parent.say("cli.passphrase.backup"));
            Workspace.restore(folder, file, passphrase, accepted);
        } finally {
            Unlock.clear(passphrase);
        }
        System.out.println(parent.say("cli.restore.done", file.toAbsolutePath(), folder, folder.resolve("backups")));
        return 0;
    }
}
