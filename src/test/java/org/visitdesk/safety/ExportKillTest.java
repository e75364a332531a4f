package org.visitdesk.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitdesk.ChildJvm;
import org.visitdesk.storage.Store;

/**
 * An export killed (SIGKILL) half-way leaves its temporary sheets in {@code tmp/}: they hold nothing readable, and
 * the next open of the records removes them.
 */
class ExportKillTest {

    @TempDir
    Path dir;

    static List<Path> filesIn(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    static Process export(Path folder, Path out) throws Exception {
        return new ProcessBuilder(ChildJvm.command("org.visitdesk.Main", "--data-dir", folder.toString(), "export",
                "all", "--out", out.toString())).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    @Test
    void aKilledExportLeavesNothingReadableAndTheNextOpenClearsIt() throws Exception {
        Path folder = dir.resolve("data");
        ChildJvm.Result r = ChildJvm.run("--data-dir", folder.toString(), "sample-data", "--detainees", "2000",
                "--visitors", "40", "--visits", "300");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        Path tmp = folder.resolve("tmp");
        List<Path> left = List.of();
        for (int attempt = 0; attempt < 3 && left.isEmpty(); attempt++) {
            Process p = export(folder, dir.resolve("all.xlsx"));
            long deadline = System.currentTimeMillis() + 90_000;
            while (p.isAlive() && System.currentTimeMillis() < deadline
                    && filesIn(tmp).stream().noneMatch(f -> f.toFile().length() > 8192)) {
                Thread.sleep(10);
            }
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            left = filesIn(tmp);
        }
        assertThat(left).as("the kill left the export's temporary sheets behind").isNotEmpty();
        for (Path f : left) {
            String raw = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            assertThat(raw).as(f.getFileName().toString()).doesNotContain("A999", "<row", "inlineStr", "Prueba");
        }
        try (Store s = Store.open(folder)) {
            assertThat(filesIn(tmp)).as("emptied when the records open").isEmpty();
        }
    }
}
