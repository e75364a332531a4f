package org.visitdesk.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitdesk.app.ImportFileKind;
import org.visitdesk.app.ImportResult;
import org.visitdesk.app.Workspace;

/**
 * Hundreds of randomly damaged copies of a valid xlsx and a valid CSV: bytes flipped, cut short, zip entries
 * removed. None crashes, none hangs, and none changes the store unless the damaged file is still fully valid.
 */
class CorruptFilesTest {

    static final int COPIES_EACH = 300;

    @TempDir
    Path dir;
    Workspace ws;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("data"), ImportServiceTest.CLOCK);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void damagedXlsxAndCsvNeverCrashHangOrChangeTheStore() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("A-Number", "Family Name", "Given Name", "Date of Birth", "Languages", "Status"));
        for (int i = 1; i <= 8; i++) {
            rows.add(List.of("A99900010" + i, "Prueba", "Uno " + i, LocalDate.of(1990, 1, i), "Spanish", "detained"));
        }
        byte[] xlsx = Files.readAllBytes(TestFiles.xlsx(dir, "valid.xlsx", rows));
        byte[] csv = TestFiles.detaineesCsv(8).replace("A999", "A998").getBytes(StandardCharsets.UTF_8);
        List<BrokenFilesTest.Entry> entries = BrokenFilesTest.entries(xlsx);
        Random random = new Random(20260301);
        int[] outcomes = new int[3];
        java.io.PrintStream realErr = System.err;
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        try {
        for (int i = 0; i < 2 * COPIES_EACH; i++) {
            boolean isXlsx = i % 2 == 0;
            byte[] damaged = damage(isXlsx ? xlsx : csv, isXlsx ? entries : null, random);
            Path f = dir.resolve("damaged-" + i + (isXlsx ? ".xlsx" : ".csv"));
            Files.write(f, damaged);
            String before = ImportServiceTest.snapshot(ws);
            ImportResult r = assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> ws.imports().run(f, ImportFileKind.DETAINEES, null, false, null), "copy " + i);
            assertThat(r).as("copy " + i).isNotNull();
            if (r.problem() != null) {
                outcomes[0]++;
            } else if (!r.errors().isEmpty()) {
                outcomes[1]++;
            } else {
                outcomes[2]++;
            }
            if (!r.isValid()) {
                assertThat(ImportServiceTest.snapshot(ws)).as("copy " + i + " changed the store").isEqualTo(before);
            }
            Files.delete(f);
            String said = err.toString(StandardCharsets.UTF_8);
            assertThat(said).as("copy %d printed a stack trace", i).doesNotContain("\tat ", "Exception", "    at ");
            assertThat(said).as("copy %d printed a cell value", i).doesNotContain("Prueba", "A99900010", "A998");
        }
        } finally {
            System.setErr(realErr);
        }
        System.out.printf("damaged copies: %d refused as files, %d with row errors, %d still valid%n", outcomes[0],
                outcomes[1], outcomes[2]);
        // the loop must exercise the refusals, not only pass valid files through
        assertThat(outcomes[0]).isGreaterThan(COPIES_EACH / 2);
    }

    static byte[] damage(byte[] original, List<BrokenFilesTest.Entry> entries, Random random) throws Exception {
        int how = random.nextInt(entries == null ? 3 : 4);
        switch (how) {
            case 0: {
                byte[] b = original.clone();
                int flips = 1 + random.nextInt(8);
                for (int k = 0; k < flips; k++) {
                    b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
                }
                return b;
            }
            case 1:
                return Arrays.copyOf(original, random.nextInt(original.length));
            case 2: {
                byte[] b = original.clone();
                int at = random.nextInt(b.length);
                int len = Math.min(b.length - at, 1 + random.nextInt(64));
                for (int k = 0; k < len; k++) {
                    b[at + k] = (byte) random.nextInt(256);
                }
                return b;
            }
            default: {
                List<BrokenFilesTest.Entry> kept = new ArrayList<>(entries);
                kept.remove(random.nextInt(kept.size()));
                return BrokenFilesTest.zip(kept);
            }
        }
    }
}
