package org.visitdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.visitdesk.app.ImportFileKind;
import org.visitdesk.app.ImportResult;
import org.visitdesk.app.Workspace;
import org.visitdesk.importing.TestFiles;

/**
 * Prints how long importing 10,000 detainees from an xlsx file takes, into an empty store and then again (all
 * unchanged). Not a unit test: run it with
 * {@code java -cp target/classes:target/test-classes:$(deps) org.visitdesk.bench.ImportBenchmark}.
 */
public final class ImportBenchmark {

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Files.createTempDirectory("visitdesk-bench");
        List<List<Object>> rows = new ArrayList<>(n + 1);
        rows.add(List.of("A-Number", "Family Name", "Given Name", "Date of Birth", "Country of Birth", "Languages",
                "Gender", "Facility", "Housing Unit", "Status", "Notes"));
        for (int i = 1; i <= n; i++) {
            rows.add(List.of(String.format("A999%06d", i), "Prueba", "Uno " + i, LocalDate.of(1970 + i % 40, 1 + i % 12,
                    1 + i % 28), "Guatemala", "Spanish; Mam", "F", "Adelanto ICE Processing Center", "West 3A",
                    "detained", "bench row " + i));
        }
        Path file = TestFiles.xlsx(dir, "detainees.xlsx", rows);
        System.out.printf("file: %,d rows, %,d bytes; load average %.1f on %d cores%n", n, Files.size(file),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        try (Workspace ws = Workspace.open(dir.resolve("data"))) {
            for (String round : List.of("into an empty store", "again (all unchanged)")) {
                long t0 = System.nanoTime();
                long cpu0 = THREADS.getCurrentThreadCpuTime();
                double[] last = {0};
                ImportResult r = ws.imports().run(file, ImportFileKind.DETAINEES, null, false, f -> last[0] = f);
                double s = (System.nanoTime() - t0) / 1e9;
                double cpu = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9;
                System.out.printf("import %,d detainees from xlsx %s: %.2f s wall, %.2f s CPU of this thread (created %,d, updated %,d, unchanged %,d,"
                        + " errors %d, progress reached %.0f%%)%n", n, round, s, cpu, r.created(), r.updated(),
                        r.unchanged(), r.errors().size(), last[0] * 100);
            }
        }
    }
}
