package org.visitdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitdesk.ChildJvm;
import org.visitdesk.storage.DetaineeDao;
import org.visitdesk.storage.Store;
import org.visitdesk.storage.VisitDao;
import org.visitdesk.storage.VisitorDao;

/** The real command line in a child JVM: exit codes, standard output and standard error as a user sees them. */
class CommandLineTest {

    record Counts(long detainees, long visitors, long visits) {
    }

    static Counts counts(Path folder) {
        try (Store store = Store.open(folder)) {
            return new Counts(store.dao(DetaineeDao.class).count(), store.dao(VisitorDao.class).count(),
                    store.dao(VisitDao.class).count());
        }
    }

    static void assertOneLineFailure(ChildJvm.Result r, int exitCode) {
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(exitCode);
        assertThat(r.errLines()).as(r.toString()).hasSize(1);
        assertThat(r.errLines().get(0)).startsWith("visitdesk: ");
        assertThat(r.err()).as(r.toString()).doesNotContain("\tat ");
    }

    @Test
    void sampleDataLoadsWhatWasAskedThenRefusesToLoadAgain(@TempDir Path dir) {
        ChildJvm.Result r = ChildJvm.run("--data-dir", dir.toString(), "sample-data", "--detainees", "40",
                "--visitors", "9", "--visits", "70", "--seed", "5");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).as(r.toString()).isBlank();
        assertThat(r.out()).contains("40 detainees", "9 visitors");
        assertThat(dir.resolve(Store.NAME + ".mv.db")).exists();
        Counts loaded = counts(dir);
        assertThat(loaded.detainees()).isEqualTo(40);
        assertThat(loaded.visitors()).isEqualTo(9);
        assertThat(loaded.visits()).isGreaterThanOrEqualTo(70);

        ChildJvm.Result again = ChildJvm.run("--data-dir", dir.toString(), "sample-data", "--detainees", "3",
                "--visitors", "2", "--visits", "5");
        assertOneLineFailure(again, 1);
        assertThat(again.err()).contains("not empty");
        assertThat(counts(dir)).isEqualTo(loaded);
    }

    @Test
    void versionPrintsTheName(@TempDir Path dir) {
        ChildJvm.Result r = ChildJvm.run("--data-dir", dir.toString(), "--version");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out().strip()).isEqualTo("VisitDesk " + Version.current());
        assertThat(r.err()).isBlank();
    }

    @Test
    void helpListsTheCommands(@TempDir Path dir) {
        ChildJvm.Result r = ChildJvm.run("--data-dir", dir.toString(), "--help");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Usage:", "visitdesk", "sample-data", "--data-dir", "--version");
        assertThat(r.err()).isBlank();
        // asking for help opens no store
        assertThat(dir.resolve(Store.NAME + ".mv.db")).doesNotExist();
    }

    @Test
    void anUnknownCommandIsWrongUsage(@TempDir Path dir) {
        ChildJvm.Result r = ChildJvm.run("--data-dir", dir.toString(), "frobnicate");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.errLines()).as(r.toString()).isNotEmpty();
        assertThat(r.errLines().get(0)).contains("frobnicate");
        assertThat(r.err()).doesNotContain("\tat ");
        assertThat(dir.resolve(Store.NAME + ".mv.db")).doesNotExist();
    }

    @Test
    void anUnknownOptionIsWrongUsage(@TempDir Path dir) {
        ChildJvm.Result r = ChildJvm.run("--data-dir", dir.toString(), "sample-data", "--people", "3");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.errLines().get(0)).contains("--people");
        assertThat(r.err()).doesNotContain("\tat ");
    }

    @Test
    void aNegativeSizeIsWrongUsageWithAClearFirstLine(@TempDir Path dir) {
        ChildJvm.Result r = ChildJvm.run("--data-dir", dir.toString(), "sample-data", "--detainees", "-5");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.errLines()).as(r.toString()).isNotEmpty();
        assertThat(r.errLines().get(0)).containsIgnoringCase("positive");
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(counts(dir)).isEqualTo(new Counts(0, 0, 0));
    }

    @Test
    void visitdeskHomeSetsTheFolder(@TempDir Path dir) {
        Path home = dir.resolve("from-env");
        ChildJvm.Result r = ChildJvm.run(Map.of("VISITDESK_HOME", home.toString()), "sample-data", "--detainees",
                "2", "--visitors", "1", "--visits", "3");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains(home.toString());
        assertThat(home.resolve(Store.NAME + ".mv.db")).exists();
        assertThat(counts(home).detainees()).isEqualTo(2);
    }

    @Test
    void theDataDirOptionWinsOverVisitdeskHome(@TempDir Path dir) {
        Path home = dir.resolve("from-env");
        Path option = dir.resolve("from-option");
        ChildJvm.Result r = ChildJvm.run(Map.of("VISITDESK_HOME", home.toString()), "--data-dir", option.toString(),
                "sample-data", "--detainees", "1", "--visitors", "1", "--visits", "0");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(option.resolve(Store.NAME + ".mv.db")).exists();
        assertThat(home).doesNotExist();
    }
}
