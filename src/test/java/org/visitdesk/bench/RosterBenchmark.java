package org.visitdesk.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.visitdesk.roster.RosterRow;
import org.visitdesk.roster.RosterWriter;

/**
 * Not a test: prints the time and peak heap to write a roster of 100,000 made-up visits, beside writing the same
 * rows as plain CSV. Goal: under 3 s and under 256 MB of heap. Run from the test classpath, for example
 * {@code java -Xmx512m -cp target/classes:target/test-classes:$(cat cp.txt) org.visitdesk.bench.RosterBenchmark}.
 */
public final class RosterBenchmark {

    private RosterBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("visitdesk-bench");
        List<RosterRow> rows = rows(n);
        // a small warm-up, as a running app would have loaded the classes already
        new RosterWriter(dir.resolve("tmp")).write(rows.subList(0, 2000), new RosterWriter.Options(false, false),
                LocalDate.of(2026, 12, 1), dir.resolve("warm.xlsx"));
        System.gc();
        resetPeaks();
        long heapBefore = usedHeap();

        long t0 = System.nanoTime();
        Path xlsx = dir.resolve("roster.xlsx");
        RosterWriter.Result r = new RosterWriter(dir.resolve("tmp")).write(rows,
                new RosterWriter.Options(true, false), LocalDate.of(2026, 12, 1), xlsx);
        double xlsxSeconds = (System.nanoTime() - t0) / 1e9;
        long xlsxPeak = peakHeap();

        System.gc();
        resetPeaks();
        long t1 = System.nanoTime();
        Path csv = dir.resolve("roster.csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("date,start,end,housing_unit,detainee,a_number,languages,visitors,phones,type,status,conflicts,notes\n");
            for (RosterRow row : rows) {
                w.write(String.join(",", row.date().toString(), row.start().toString(), row.end().toString(),
                        q(row.housingUnit()), q(row.detainee()), row.aNumber(), q(String.join("; ", row.languages())),
                        q(String.join("; ", row.visitorNames())), q(String.join("; ", row.visitorPhones())),
                        row.type(), row.status(), q(row.conflictsText()), q(row.notes())));
                w.write('\n');
            }
        }
        double csvSeconds = (System.nanoTime() - t1) / 1e9;
        long csvPeak = peakHeap();

        System.out.printf("rows in memory before writing: %.1f MB of heap%n", heapBefore / 1e6);
        System.out.printf("xlsx roster: %,d visits on %d day sheets in %.2f s, peak heap %.1f MB, file %.1f MB%n",
                r.visits(), r.days(), xlsxSeconds, xlsxPeak / 1e6, Files.size(xlsx) / 1e6);
        System.out.printf("csv        : %,d rows in %.2f s, peak heap %.1f MB, file %.1f MB%n", rows.size(),
                csvSeconds, csvPeak / 1e6, Files.size(csv) / 1e6);
        try (var s = Files.walk(dir.resolve("tmp"))) {
            System.out.printf("temporary files left: %d%n", s.filter(Files::isRegularFile).count());
        }
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static String q(String s) {
        return s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0
                ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    /** A year of made-up visits at Adelanto's windows; names are fake. */
    static List<RosterRow> rows(int n) {
        Random rnd = new Random(7);
        String[] units = {"West 3A", "West 3B", "West 3C", "West 3D", "West 1 Adm Seg"};
        String[] given = {"Prueba", "Ensayo", "Ejemplo", "Muestra"};
        String[] family = {"Uno", "Dos", "Tres", "Cuatro", "Cinco", "Seis"};
        List<RosterRow> rows = new ArrayList<>(n);
        LocalDate first = LocalDate.of(2026, 1, 1);
        for (int i = 0; i < n; i++) {
            LocalDate day = first.plusDays(i % 365);
            LocalTime start = LocalTime.of(7 + rnd.nextInt(9), rnd.nextInt(6) * 10);
            String name = given[rnd.nextInt(given.length)] + " " + family[rnd.nextInt(family.length)] + " " + i;
            String a = String.format("A-999-%03d-%03d", (i / 1000) % 1000, i % 1000);
            rows.add(new RosterRow(day, start, start.plusHours(1), "Adelanto ICE Processing Center",
                    "East: 10400 Rancho Road; West: 10250 Rancho Road; Adelanto, CA 92301",
                    units[rnd.nextInt(units.length)], name, a, List.of("Spanish", "English"),
                    List.of("Visitante " + (i % 40), "Visitante " + ((i + 7) % 40)),
                    List.of("(760) 555-01" + String.format("%02d", i % 40), "(760) 555-0199"), "Social", "Scheduled",
                    true, i % 13 == 0 ? List.of("WEEKLY_LIMIT") : List.of(), "", i % 5 == 0 ? "note " + i : ""));
        }
        return rows;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks since the last reset (an upper bound of the real peak). */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
