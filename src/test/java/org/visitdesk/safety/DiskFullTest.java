package org.visitdesk.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitdesk.ChildJvm;
import org.visitdesk.app.ProblemException;
import org.visitdesk.storage.DetaineeDao;
import org.visitdesk.storage.DiskFull;
import org.visitdesk.storage.Store;

/**
 * A full disk is told as such, with what to do, and nothing is lost. The command line is run on a real small
 * file system (a 6 MB tmpfs, which needs root: the test is skipped where it cannot be mounted); how the failure
 * is recognised is checked everywhere.
 */
class DiskFullTest {

    @TempDir
    Path dir;

    private Path mounted;

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            new ProcessBuilder("umount", mounted.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void theWordsOfAFullDiskAreFoundWhereverTheyAreWrapped() {
        IOException os = new IOException("No space left on device");
        SQLException h2 = new SQLException("IO Exception: \"Writing to nio:/data/visitdesk.mv.db failed\"",
                "HY000", 90028, new IllegalStateException("Writing failed [2.5.252/1]", os));
        assertThat(DiskFull.isCause(new RuntimeException("unable to execute", h2))).isTrue();
        assertThat(DiskFull.isCause(new FileSystemException("/data/backups/x.zip", null, "No space left on device")))
                .isTrue();
        assertThat(DiskFull.isCause(new IOException("There is not enough space on the disk"))).isTrue();
        assertThat(DiskFull.isCause(new IOException("Permission denied"))).isFalse();
        ProblemException said = ProblemException.behind(new RuntimeException(h2));
        assertThat(said).isNotNull();
        assertThat(said.key()).isEqualTo("store.DISK_FULL");
        assertThat(said.getMessage()).contains("disk is full", "Nothing was lost", "free some space");
        assertThat(ProblemException.behind(new IllegalStateException("a bug"))).isNull();
    }

    @Test
    void onAFullDiskImportBackupAndRestoreSaySoAndNothingIsLost() throws Exception {
        Path small = dir.resolve("small");
        Files.createDirectories(small);
        int rc;
        try {
            rc = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", small.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (IOException e) {
            rc = -1;
        }
        Assumptions.assumeTrue(rc == 0, "a tmpfs can be mounted here (root)");
        mounted = small;
        Path data = small.resolve("data");
        ChildJvm.Result r = ChildJvm.run("--data-dir", data.toString(), "sample-data", "--detainees", "60",
                "--visitors", "5", "--visits", "40");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        Path good = small.resolve("good.zip");
        assertThat(ChildJvm.run("--data-dir", data.toString(), "backup", "--out", good.toString()).exitCode()).isZero();
        long before = count(data);

        StringBuilder csv = new StringBuilder("A-Number,Family Name,Given Name,Notes\n");
        for (int i = 0; i < 3000; i++) {
            csv.append(String.format("A99910%04d,Prueba,Uno %d,%s%n", i, i, "n".repeat(3000)));
        }
        Path big = Files.writeString(dir.resolve("big.csv"), csv);
        Path filler = small.resolve("filler");
        try {
            Files.write(filler, new byte[8 << 20]);
        } catch (IOException e) {
            // the disk is full now: what was wanted
        }

        ChildJvm.Result imported = ChildJvm.run(Map.of(), "--data-dir", data.toString(), "import", "detainees",
                big.toString());
        assertDiskFull(imported);
        ChildJvm.Result backedUp = ChildJvm.run("--data-dir", data.toString(), "backup");
        assertDiskFull(backedUp);
        ChildJvm.Result restored = ChildJvm.run("--data-dir", data.toString(), "restore", good.toString());
        assertDiskFull(restored);
        assertThat(restored.err()).doesNotContain("damaged");

        Files.delete(filler);
        assertThat(count(data)).as("nothing was lost").isEqualTo(before);
        ChildJvm.Result again = ChildJvm.run("--data-dir", data.toString(), "restore", good.toString());
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(count(data)).isEqualTo(before);
    }

    static void assertDiskFull(ChildJvm.Result r) {
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.errLines()).as(r.toString()).singleElement().satisfies(l -> assertThat(l)
                .startsWith("visitdesk: The disk is full. Nothing was lost"));
    }

    static long count(Path data) {
        try (Store s = Store.open(data)) {
            return s.dao(DetaineeDao.class).count();
        }
    }
}
