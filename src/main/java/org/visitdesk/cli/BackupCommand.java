package org.visitdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.visitdesk.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code visitdesk backup [--out FILE]}: a consistent copy of the records (still encrypted when they are). */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Back up the records, into the data folder's backups/ or to a file (for a USB stick).")
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    VisitDeskCommand parent;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the backup to this file (a .zip).")
    Path out;

    @Override
    public Integer call() {
        if (parent.sharedStore() != null) {
            // said before connecting: the server's own backups (pg_dump) are the way for a shared store
            throw Workspace.sharedBackupProblem();
        }
        try (Workspace ws = parent.openWorkspace()) {
            Path written;
            if (out != null) {
                ws.backupTo(out);
                written = out.toAbsolutePath();
            } else {
                written = ws.backupAutomatic("manual");
            }
            System.out.println(parent.say(ws.encrypted() ? "cli.backup.doneEncrypted" : "cli.backup.done", written));
        }
        return 0;
    }
}
