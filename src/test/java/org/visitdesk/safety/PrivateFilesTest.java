package org.visitdesk.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitdesk.ChildJvm;
import org.visitdesk.app.Diagnostics;
import org.visitdesk.app.SampleData;
import org.visitdesk.app.Workspace;

/** Every folder and file the app makes in the data folder is the user's alone (POSIX: 700 and 600). */
class PrivateFilesTest {

    static final char[] PASS = "una frase bastante larga".toCharArray();

    @TempDir
    Path dir;

    /** Everything under the folder whose permissions are not private, with what they are. */
    static List<String> notPrivate(Path folder) throws Exception {
        List<String> out = new ArrayList<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.toList()) {
                String perms = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
                String wanted = Files.isDirectory(p) ? "rwx------" : "rw-------";
                if (!perms.equals(wanted)) {
                    out.add(folder.relativize(p) + " " + perms);
                }
            }
        }
        return out;
    }

    static List<String> everything(Path folder) throws Exception {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void everyFileTheAppMakesInTheDataFolderIsPrivate() throws Exception {
        Path data = dir.resolve("data");
        Diagnostics.logTo(data);
        try (Workspace ws = Workspace.open(data, Clock.systemDefaultZone(), PASS)) {
            ws.loadSampleData(new SampleData.Size(20, 5, 30), 3, f -> { });
            ws.dailyBackupIfDue();
            ws.backupTo(data.resolve("by-hand.zip"));
            ws.exports().roster(LocalDate.now().minusWeeks(4), LocalDate.now().plusWeeks(4),
                    data.resolve("roster.xlsx"), true, true);
            // the roster streams straight into its file; visit sheets go through the temporary folder
            ws.exports().sheets(LocalDate.now().minusWeeks(4), LocalDate.now().plusWeeks(4),
                    data.resolve("sheets.xlsx"));
            Diagnostics.logUnexpected(new IllegalStateException("for the log file"));
        }
        Workspace.restore(data, data.resolve("by-hand.zip"), PASS);
        try (Workspace ws = Workspace.open(data, Clock.systemDefaultZone(), PASS)) {
            Workspace changed = ws.changePassphrase(PASS, "otra frase bastante larga".toCharArray());
            changed.close();
        }
        List<String> made = everything(data);
        System.out.println("made: " + made);
        assertThat(made).contains("backups", "logs/visitdesk.log", "visitdesk.key-salt", "visitdesk.mv.db",
                "roster.xlsx", "sheets.xlsx", "by-hand.zip", "tmp");
        assertThat(made).anyMatch(n -> n.endsWith("-before-restore.zip"));
        assertThat(notPrivate(data)).isEmpty();
    }

    @Test
    void filesMadeOpenForOthersBeforeArePrivateAfterTheNextOpen() throws Exception {
        Path data = dir.resolve("cli");
        ChildJvm.Result r = ChildJvm.run("--data-dir", data.toString(), "sample-data", "--detainees", "3",
                "--visitors", "1", "--visits", "2");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(notPrivate(data)).isEmpty();
        // as an older VisitDesk (or a copy by hand) left them
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(data.resolve("visitdesk.mv.db"), PosixFilePermissions.fromString("rw-r--r--"));
        Files.writeString(data.resolve("notes.txt"), "left here");
        Files.setPosixFilePermissions(data.resolve("notes.txt"), PosixFilePermissions.fromString("rw-rw-rw-"));
        assertThat(notPrivate(data)).hasSize(3);
        ChildJvm.Result again = ChildJvm.run("--data-dir", data.toString(), "conflicts");
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(notPrivate(data)).isEmpty();
    }
}
