package org.visitdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.visitdesk.cli.CommandLineTest.assertOneLineFailure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitdesk.ChildJvm;
import org.visitdesk.storage.DetaineeDao;
import org.visitdesk.storage.Store;

/** Passphrase, backup and restore on the real command line. */
class SafetyCommandLineTest {

    static final String PASS = "tres tristes tigres";

    static Map<String, String> env(String passphrase) {
        Map<String, String> env = new HashMap<>();
        env.put("VISITDESK_PASSPHRASE", passphrase);
        return env;
    }

    static long detainees(Path folder, String passphrase) {
        try (Store s = Store.open(folder, passphrase == null ? null : passphrase.toCharArray())) {
            return s.dao(DetaineeDao.class).count();
        }
    }

    @Test
    void aNewStoreIsEncryptedWithThePassphraseAndAWrongOneIsOneLine(@TempDir Path dir) {
        ChildJvm.Result r = ChildJvm.run(env(PASS), "--data-dir", dir.toString(), "sample-data", "--detainees", "4",
                "--visitors", "2", "--visits", "3");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(Store.state(dir)).isEqualTo(Store.State.ENCRYPTED);
        assertThat(detainees(dir, PASS)).isEqualTo(4);

        ChildJvm.Result wrong = ChildJvm.run(env("tres tristes tigras"), "--data-dir", dir.toString(), "backup");
        assertOneLineFailure(wrong, 1);
        assertThat(wrong.err()).contains("passphrase is not right");

        // no variable and no terminal: one line that says what to do
        ChildJvm.Result none = ChildJvm.run(env(null), "--data-dir", dir.toString(), "backup");
        assertOneLineFailure(none, 1);
        assertThat(none.err()).contains("VISITDESK_PASSPHRASE");
        assertThat(Files.exists(dir.resolve("backups"))).isFalse();
    }

    @Test
    void backupThenRestoreRoundTrip(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("data");
        ChildJvm.Result r = ChildJvm.run(env(PASS), "--data-dir", folder.toString(), "sample-data", "--detainees",
                "5", "--visitors", "2", "--visits", "3");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        Path usb = dir.resolve("usb/visitdesk.zip");
        ChildJvm.Result b = ChildJvm.run(env(PASS), "--data-dir", folder.toString(), "backup", "--out", usb.toString());
        assertThat(b.exitCode()).as(b.toString()).isZero();
        assertThat(b.out()).contains("Backed up", "encrypted");
        assertThat(usb).exists();

        // the records change after the backup
        try (Store s = Store.open(folder, PASS.toCharArray())) {
            s.jdbi().useHandle(h -> h.execute("DELETE FROM visit"));
            s.jdbi().useHandle(h -> h.execute("DELETE FROM detainee"));
        }
        assertThat(detainees(folder, PASS)).isZero();

        Path junk = Files.writeString(dir.resolve("junk.zip"), "not a backup");
        ChildJvm.Result bad = ChildJvm.run(env(PASS), "--data-dir", folder.toString(), "restore", junk.toString());
        assertOneLineFailure(bad, 1);
        assertThat(bad.err()).contains("damaged");

        ChildJvm.Result back = ChildJvm.run(env(PASS), "--data-dir", folder.toString(), "restore", usb.toString());
        assertThat(back.exitCode()).as(back.toString()).isZero();
        assertThat(detainees(folder, PASS)).isEqualTo(5);
        // the records replaced were kept
        try (var files = Files.list(folder.resolve("backups"))) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith("-before-restore.zip"));
        }
    }
}
