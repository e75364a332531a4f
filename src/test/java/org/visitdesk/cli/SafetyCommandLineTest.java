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

    @Test
    void aRestoreThatChangesTheProtectionNeedsItsOptionAndAnotherPassphraseIsNamed(@TempDir Path dir) throws Exception {
        Path plain = dir.resolve("plain");
        Path usb = dir.resolve("plain.zip");
        ChildJvm.Result r = ChildJvm.run(env(null), "--data-dir", plain.toString(), "sample-data", "--detainees", "3",
                "--visitors", "1", "--visits", "0");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(ChildJvm.run(env(null), "--data-dir", plain.toString(), "backup", "--out", usb.toString())
                .exitCode()).isZero();

        Path protectedFolder = dir.resolve("protected");
        r = ChildJvm.run(env(PASS), "--data-dir", protectedFolder.toString(), "sample-data", "--detainees", "5",
                "--visitors", "1", "--visits", "0");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        Path protectedUsb = dir.resolve("protected.zip");
        assertThat(ChildJvm.run(env(PASS), "--data-dir", protectedFolder.toString(), "backup", "--out",
                protectedUsb.toString()).exitCode()).isZero();

        // the plain backup over the protected records: refused unless asked for by name
        ChildJvm.Result refused = ChildJvm.run(env(PASS), "--data-dir", protectedFolder.toString(), "restore",
                usb.toString());
        assertOneLineFailure(refused, 1);
        assertThat(refused.err()).contains("no passphrase", "--allow-unencrypted", "Nothing was changed");
        assertThat(Store.state(protectedFolder)).isEqualTo(Store.State.ENCRYPTED);
        assertThat(detainees(protectedFolder, PASS)).isEqualTo(5);

        // the protected backup over the plain records, with another passphrase in the environment
        ChildJvm.Result other = ChildJvm.run(env("not the one it was made with"), "--data-dir", plain.toString(),
                "restore", "--allow-encrypted", protectedUsb.toString());
        assertOneLineFailure(other, 1);
        assertThat(other.err()).contains("made with another", "passphrase");
        assertThat(Store.state(plain)).isEqualTo(Store.State.PLAIN);

        ChildJvm.Result withoutOption = ChildJvm.run(env(PASS), "--data-dir", plain.toString(), "restore",
                protectedUsb.toString());
        assertOneLineFailure(withoutOption, 1);
        assertThat(withoutOption.err()).contains("--allow-encrypted");

        ChildJvm.Result accepted = ChildJvm.run(env(null), "--data-dir", protectedFolder.toString(), "restore",
                "--allow-unencrypted", usb.toString());
        assertThat(accepted.exitCode()).as(accepted.toString()).isZero();
        assertThat(Store.state(protectedFolder)).isEqualTo(Store.State.PLAIN);
        assertThat(detainees(protectedFolder, null)).isEqualTo(3);
    }

    @Test
    void aPassphraseSetForRecordsThatHaveNoneIsSaidToChangeNothing(@TempDir Path dir) {
        ChildJvm.Result r = ChildJvm.run(env(null), "--data-dir", dir.toString(), "sample-data", "--detainees", "2",
                "--visitors", "1", "--visits", "0");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        ChildJvm.Result again = ChildJvm.run(env(PASS), "--data-dir", dir.toString(), "conflicts");
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.errLines()).singleElement().satisfies(l -> assertThat(l)
                .contains("VISITDESK_PASSPHRASE", "no passphrase", "Protect with a passphrase"));
        assertThat(Store.state(dir)).isEqualTo(Store.State.PLAIN);
    }
}
