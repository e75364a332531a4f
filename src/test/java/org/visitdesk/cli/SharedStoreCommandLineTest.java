package org.visitdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.visitdesk.cli.CommandLineTest.assertOneLineFailure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitdesk.ChildJvm;
import org.visitdesk.storage.DetaineeDao;
import org.visitdesk.storage.Store;
import org.visitdesk.storage.TestStores;

/** {@code --db URL} and VISITDESK_DB on the real command line, against the test PostgreSQL server. */
class SharedStoreCommandLineTest {

    @TempDir
    Path dir;

    TestStores.Place place;

    @BeforeEach
    void place() {
        place = TestStores.place(Store.Engine.POSTGRESQL, dir);
    }

    @AfterEach
    void drop() {
        if (place != null) {
            place.close();
        }
    }

    /** The password as a coordinator gives it (else the driver's .pgpass, which the child inherits). */
    Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        char[] p = place.password();
        env.put("VISITDESK_DB_PASSWORD", p == null ? null : new String(p));
        env.put("VISITDESK_DB", null);
        return env;
    }

    @Test
    void commandsWorkOnTheSharedStoreAndTheDataFolderGetsNoStoreOfItsOwn() {
        Path folder = dir.resolve("data");
        ChildJvm.Result r = ChildJvm.run(env(), "--data-dir", folder.toString(), "--db", place.url(), "sample-data",
                "--detainees", "12", "--visitors", "4", "--visits", "20", "--seed", "5");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).as(r.toString()).isBlank();
        // where they went: the shared store (its address holds no password), not the data folder
        assertThat(r.out()).contains("into " + place.url());
        try (Store s = place.open()) {
            assertThat(s.dao(DetaineeDao.class).count()).isEqualTo(12);
        }
        assertThat(folder.resolve("visitdesk.mv.db")).doesNotExist();

        // the environment variable names it as well as the option
        Map<String, String> env = env();
        env.put("VISITDESK_DB", place.url());
        ChildJvm.Result csv = ChildJvm.run(env, "--data-dir", folder.toString(), "conflicts", "--format", "csv");
        assertThat(csv.exitCode()).as(csv.toString()).isZero();
        assertThat(csv.out()).startsWith("code,severity,date,start,a_number,visitor,visit_ids,message");
        assertThat(folder.resolve("visitdesk.mv.db")).doesNotExist();
    }

    @Test
    void backupAndRestoreSayThatTheServersBackupsAreTheWay() throws Exception {
        Path folder = dir.resolve("data");
        ChildJvm.Result b = ChildJvm.run(env(), "--data-dir", folder.toString(), "--db", place.url(), "backup");
        assertOneLineFailure(b, 1);
        assertThat(b.err()).contains("pg_dump");
        Path zip = Files.writeString(dir.resolve("some.zip"), "not looked at");
        ChildJvm.Result r = ChildJvm.run(env(), "--data-dir", folder.toString(), "--db", place.url(), "restore",
                zip.toString());
        assertOneLineFailure(r, 1);
        assertThat(r.err()).contains("pg_dump");
        assertThat(folder.resolve("backups")).doesNotExist();
    }

    @Test
    void aWrongPasswordIsOneLineWithoutThePassword() {
        Map<String, String> env = env();
        env.put("VISITDESK_DB_PASSWORD", "wrong-horse-battery-42");
        ChildJvm.Result r = ChildJvm.run(env, "--data-dir", dir.resolve("data").toString(), "--db", place.url(),
                "conflicts");
        assertOneLineFailure(r, 1);
        assertThat(r.err()).contains("refused the password").doesNotContain("wrong-horse-battery-42");
        assertThat(r.out()).doesNotContain("wrong-horse-battery-42");

        ChildJvm.Result es = ChildJvm.run(env, "--lang", "es", "--data-dir", dir.resolve("data").toString(), "--db",
                place.url(), "conflicts");
        assertOneLineFailure(es, 1);
        assertThat(es.err()).contains("rechazó la contraseña");
    }

    @Test
    void aPasswordInTheAddressIsRefusedAndNeverEchoed() {
        ChildJvm.Result r = ChildJvm.run(env(), "--data-dir", dir.resolve("data").toString(), "--db",
                TestStores.withParameter(place.url(), "password=hunter2-in-the-url"), "conflicts");
        assertOneLineFailure(r, 1);
        assertThat(r.err()).contains("VISITDESK_DB_PASSWORD").doesNotContain("hunter2-in-the-url");
    }
}
