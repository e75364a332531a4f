package org.visitdesk.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.visitdesk.app.DetaineeListing;
import org.visitdesk.app.FreeTime;
import org.visitdesk.app.ImportFileKind;
import org.visitdesk.app.SampleData;
import org.visitdesk.app.SearchQuery;
import org.visitdesk.app.VisitListing;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.DateRange;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.VisitType;
import org.visitdesk.importing.TestFiles;
import org.visitdesk.roster.RosterRow;
import org.visitdesk.roster.RosterWriter;
import org.visitdesk.storage.BulkDao;
import org.visitdesk.storage.DataFolder;

/**
 * The speed figures of issue 13 in one table, each the median of several runs beside its goal and, where there is
 * one, a baseline measured in the same run: {@code ./mvnw -Pbench verify} (see the README's "Speed"). Not a test:
 * it never fails a build, it prints what it could measure and says what it skipped.
 *
 * <p>System properties: {@code bench.scale} (1 = 50,000 / 5,000 / 500,000 and the sizes; 0.05 to try the
 * harness quickly), {@code bench.dir} (where the store and the last figures are kept), {@code bench.runs} (runs of
 * each in-process figure), {@code bench.warmups} (unmeasured runs before them), {@code bench.starts} (starts of each window figure), {@code bench.jar} (the app's
 * jar, beside its {@code lib/}), {@code bench.image} (the packaged app-image folder), {@code bench.only} (the parts
 * to run, by name, comma-separated: inprocess, roster, rosterstore, import, windows; all when empty).
 */
public final class SpeedBench {

    private static final String MARK = "visitdesk-bench ";

    private final double scale;
    private final int runs;
    private final int starts;
    private final int warmups;
    private final Path dir;
    private final Path store;
    private final Path jar;
    private final Path image;
    private final Set<String> only;
    private final Map<String, Figure> figures = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private String display;
    private Process xvfb;

    /** One line of the table; the value and baseline are medians, in the unit of the figure. */
    private record Figure(String label, String goal, String unit, Double value, Double baseline, String note) {
    }

    private SpeedBench() {
        scale = Double.parseDouble(System.getProperty("bench.scale", "1"));
        runs = Integer.getInteger("bench.runs", 5);
        starts = Integer.getInteger("bench.starts", 3);
        warmups = Integer.getInteger("bench.warmups", 20);
        dir = Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath();
        store = dir.resolve("store-" + scaleName());
        jar = Path.of(System.getProperty("bench.jar", "target/visitdesk.jar")).toAbsolutePath();
        image = Path.of(System.getProperty("bench.image", "target/installer/VisitDesk")).toAbsolutePath();
        only = java.util.Arrays.stream(System.getProperty("bench.only", "").split(",")).map(String::strip)
                .filter(x -> !x.isEmpty()).collect(java.util.stream.Collectors.toSet());
    }

    public static void main(String[] args) {
        SpeedBench b = new SpeedBench();
        try {
            b.run();
        } catch (Throwable e) {
            // a benchmark never fails the build: say what stopped it, and print what was measured
            b.notes.add("stopped early: " + e);
            e.printStackTrace();
        } finally {
            b.stopDisplay();
        }
        b.print();
        System.exit(0);
    }

    private String scaleName() {
        return scale == 1 ? "full" : "x" + scale;
    }

    private int scaled(int n) {
        return Math.max(1, (int) Math.round(n * scale));
    }

    private void run() throws Exception {
        Files.createDirectories(dir);
        System.out.printf("VisitDesk speed: scale %s, %d runs in process, %d starts of each window; %d cores, load"
                + " average %.1f%n", scaleName(), runs, starts, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        makeStore();
        step("inprocess", this::inProcess);
        step("roster", this::roster);
        step("rosterstore", this::rosterFromStore);
        step("import", this::importing);
        step("windows", this::windows);
    }

    /** One part of the run, when {@code bench.only} names it (or is not given); a part that fails is noted. */
    private void step(String name, Step step) {
        if (!only.isEmpty() && !only.contains(name)) {
            return;
        }
        try {
            step.run();
        } catch (Exception | Error e) {
            // the parts after it still run: one broken figure must not hide the others
            notes.add(name + " stopped: " + e);
            e.printStackTrace();
        }
    }

    /** A part of the run. */
    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    // ---------------------------------------------------------------- the sample store

    /** Makes the sample store once; again only when the schema, the generator or the size changed. */
    private void makeStore() throws Exception {
        SampleData.Size size = new SampleData.Size(scaled(50_000), scaled(5_000), scaled(500_000));
        String stamp = storeStamp(size);
        Path stampFile = store.resolve("bench-store.properties");
        Properties kept = load(stampFile);
        String label = String.format("make the sample store %,d / %,d / %,d", size.detainees(), size.visitors(),
                size.visits());
        if (stamp.equals(kept.getProperty("stamp")) && Files.exists(store.resolve("visitdesk.mv.db"))) {
            double s = Double.parseDouble(kept.getProperty("seconds"));
            figures.put("sample", new Figure(label, "≤ 60 s", "s", s, null,
                    "kept from " + kept.getProperty("made") + " (made once)"));
            return;
        }
        deleteTree(store);
        Files.createDirectories(store);
        System.out.println("making the sample store (once; kept in " + store + ")...");
        long t = System.nanoTime();
        try (Workspace ws = Workspace.open(store)) {
            ws.loadSampleData(size, 1, f -> { });
        }
        double s = (System.nanoTime() - t) / 1e9;
        Properties p = new Properties();
        p.setProperty("stamp", stamp);
        p.setProperty("seconds", Double.toString(s));
        p.setProperty("made", LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 16));
        save(p, stampFile);
        figures.put("sample", new Figure(label, "≤ 60 s", "s", s, null, "made in this run (one run)"));
    }

    /** What the store depends on: the migrations, the generator's classes and the size. */
    private static String storeStamp(SampleData.Size size) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        md.update(size.toString().getBytes(StandardCharsets.UTF_8));
        Path migrations = Path.of(SampleData.class.getResource("/org/visitdesk/db/migration").toURI());
        try (var files = Files.list(migrations)) {
            for (Path f : files.sorted().toList()) {
                md.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                md.update(Files.readAllBytes(f));
            }
        }
        // the generator: SampleData and its nested classes, and the bulk inserts it writes with
        Path app = Path.of(SampleData.class.getResource("SampleData.class").toURI()).getParent();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(app, "SampleData*.class")) {
            List<Path> generator = new ArrayList<>();
            ds.forEach(generator::add);
            generator.add(Path.of(BulkDao.class.getResource("BulkDao.class").toURI()));
            generator.sort(null);
            for (Path f : generator) {
                md.update(Files.readAllBytes(f));
            }
        }
        return HexFormat.of().formatHex(md.digest()).substring(0, 16);
    }

    // ---------------------------------------------------------------- figures inside one process

    private void inProcess() {
        try (Workspace ws = Workspace.open(store)) {
            LocalDate monday = LocalDate.now().with(DayOfWeek.MONDAY);
            DateRange week = new DateRange(monday, monday.plusDays(6));
            figures.put("week", new Figure("load one calendar week (visits + conflicts)", "≤ 20 ms", "ms",
                    median(() -> ws.schedule().agenda(week).visits().size()), null, null));

            List<VisitListing> shown = ws.visits().between(week);
            Visit sample = shown.isEmpty() ? null : shown.get(shown.size() / 2).visit();
            if (sample != null) {
                Visit proposed = new Visit(0, sample.detaineeId(), sample.facilityId(), sample.start().plusDays(2),
                        sample.end().plusDays(2), sample.visitorIds(), VisitType.SOCIAL, VisitStatus.SCHEDULED, "",
                        "");
                figures.put("check", new Figure("check one proposed visit", "≤ 2 ms", "ms",
                        median(() -> ws.schedule().check(proposed).notices().size()), null, null));
            } else {
                notes.add("no visit in this week: no check of a proposed visit");
            }
            figures.put("conflicts", new Figure("conflicts over four weeks", "≤ 200 ms", "ms",
                    median(() -> ws.schedule().agenda(new DateRange(monday, monday.plusWeeks(4).minusDays(1)))
                            .conflicts().size()), null, null));
            search(ws);
            LocalDate today = LocalDate.now();
            drag(ws, ws.visits().between(new DateRange(today, today.plusDays(13))), monday);
        }
    }

    /** Typing a name letter by letter in the Detainees page: each keystroke filters the whole list. */
    private void search(Workspace ws) {
        List<DetaineeListing> all = ws.detainees().listAll(Locale.ENGLISH);
        String typed = "hernandez";
        List<Double> perKey = new ArrayList<>();
        for (int r = 0; r < runs + 2; r++) {
            for (int i = 1; i <= typed.length(); i++) {
                SearchQuery q = SearchQuery.of(typed.substring(0, i));
                long t = System.nanoTime();
                long n = all.stream().filter(l -> q.test(l.searchKey())).count();
                double ms = (System.nanoTime() - t) / 1e6;
                if (r >= 2 && n >= 0) {
                    perKey.add(ms);
                }
            }
        }
        figures.put("search", new Figure(String.format("detainee search as you type (%,d people)", all.size()),
                "≤ 20 ms", "ms", med(perKey), null, "per keystroke of \"" + typed + "\""));
    }

    /** Drops visits of the coming days on a free time and back: the time of the move's database work. */
    private void drag(Workspace ws, List<VisitListing> shown, LocalDate monday) {
        List<Double> ms = new ArrayList<>();
        // visits still to come (those of the days gone by are done): the ones a coordinator drags
        List<Visit> movable = shown.stream().map(VisitListing::visit)
                .filter(v -> v.detaineeId() != 0 && v.status() == VisitStatus.SCHEDULED
                        && v.start().isAfter(LocalDateTime.now()))
                .limit(runs * 10L).toList();
        for (Visit v : movable) {
            if (ms.size() >= runs + 2) {
                break;
            }
            List<FreeTime> free = ws.schedule().freeTimes(v.detaineeId(), v.visitorIds(), monday.plusWeeks(1), 1);
            if (free.isEmpty()) {
                continue;
            }
            long t = System.nanoTime();
            ws.schedule().move(v.id(), free.get(0).start(), free.get(0).end(), null);
            ms.add((System.nanoTime() - t) / 1e6);
            // put it back where it was, so that the store stays the same between runs
            ws.schedule().move(v.id(), v.start(), v.end(), v.overrideReason().isEmpty() ? null : v.overrideReason());
        }
        if (ms.size() > 2) {
            ms = ms.subList(2, ms.size());
        }
        if (ms.isEmpty()) {
            notes.add("no visit of the coming two weeks could be dropped on a free time: no drag figure");
            return;
        }
        figures.put("drag", new Figure("drag a visit to a free time, drop to saved (database)", "≤ 30 ms", "ms",
                med(ms), null, ms.size() + " moves"));
    }

    // ---------------------------------------------------------------- roster

    private void roster() throws IOException {
        int n = scaled(100_000);
        Path tmp = Files.createTempDirectory("visitdesk-bench");
        try {
            List<RosterRow> rows = rosterRows(n);
            LocalDate on = LocalDate.of(2026, 12, 1);
            // a small warm-up of both, as a running app would have loaded the classes already
            new RosterWriter().write(rows.subList(0, Math.min(2000, n)),
                    new RosterWriter.Options(false, false), on, tmp.resolve("warm.xlsx"));
            BiConsumer<List<RosterRow>, Path> fast = fastexcel();
            fast.accept(rows.subList(0, Math.min(2000, n)), tmp.resolve("warm-fast.xlsx"));
            List<Double> ours = new ArrayList<>();
            List<Double> theirs = new ArrayList<>();
            List<Double> ourHeap = new ArrayList<>();
            List<Double> theirHeap = new ArrayList<>();
            for (int r = 0; r < Math.max(1, Math.min(runs, 3)); r++) {
                Path a = tmp.resolve("roster-" + r + ".xlsx");
                double[] m = measure(() -> new RosterWriter().write(rows,
                        new RosterWriter.Options(true, false), on, a));
                ours.add(m[0]);
                ourHeap.add(m[1]);
                Path b = tmp.resolve("fast-" + r + ".xlsx");
                double[] f = measure(() -> {
                    fast.accept(rows, b);
                    return b;
                });
                theirs.add(f[0]);
                theirHeap.add(f[1]);
                Files.deleteIfExists(a);
                Files.deleteIfExists(b);
            }
            String what = String.format("roster of %,d visits", n);
            figures.put("roster", new Figure(what + ": time (baseline: fastexcel)", "≤ 1.5 × fastexcel", "ms",
                    med(ours), med(theirs), null));
            figures.put("rosterHeap", new Figure(what + ": peak heap (baseline: fastexcel)", "≤ 128 MB", "MB",
                    med(ourHeap), med(theirHeap), "left after full collections; the rows given are not counted"));
        } finally {
            deleteTree(tmp);
        }
    }

    /**
     * The roster as the app makes it: about {@code n} visits read from the sample store (the days up to today that
     * hold them) and written, conflicts and all; the baseline is fastexcel writing as many made-up rows, held in
     * memory.
     */
    private void rosterFromStore() throws IOException {
        int n = scaled(100_000);
        Path tmp = Files.createTempDirectory("visitdesk-bench");
        try (Workspace ws = Workspace.open(store)) {
            LocalDate today = LocalDate.now();
            DateRange week = DateRange.isoWeekOf(today.minusWeeks(1));
            double perDay = Math.max(1, ws.visits().between(week).size() / 7.0);
            LocalDate from = today.minusDays((long) Math.ceil(n / perDay) - 1);
            BiConsumer<List<RosterRow>, Path> fast = fastexcel();
            ws.exports().roster(today.minusDays(6), today, tmp.resolve("warm.xlsx"), true, false);
            List<Double> ours = new ArrayList<>();
            List<Double> ourHeap = new ArrayList<>();
            List<Double> theirs = new ArrayList<>();
            List<Double> theirHeap = new ArrayList<>();
            int[] written = new int[1];
            for (int r = 0; r < Math.max(1, Math.min(runs, 3)); r++) {
                Path a = tmp.resolve("roster-" + r + ".xlsx");
                double[] m = measure(() -> {
                    written[0] = ws.exports().roster(from, today, a, true, false).rows();
                    return a;
                });
                ours.add(m[0]);
                ourHeap.add(m[1]);
                Path b = tmp.resolve("fast-" + r + ".xlsx");
                List<RosterRow> rows = rosterRows(written[0]);
                double[] f = measure(() -> {
                    fast.accept(rows, b);
                    return b;
                });
                theirs.add(f[0]);
                theirHeap.add(f[1]);
                Files.deleteIfExists(a);
                Files.deleteIfExists(b);
            }
            String what = String.format("roster of %,d visits from the store", written[0]);
            figures.put("rosterStore", new Figure(what + ": time (baseline: fastexcel, rows in memory)",
                    "≤ 1.5 × fastexcel", "ms", med(ours), med(theirs), "read, checked and written"));
            figures.put("rosterStoreHeap", new Figure(what + ": peak heap (baseline: fastexcel)", "≤ 128 MB", "MB",
                    med(ourHeap), med(theirHeap), "left after full collections, the store's cache included"));
        } finally {
            deleteTree(tmp);
        }
    }

    /** A year of made-up visits at Adelanto's windows; names are fake. */
    static List<RosterRow> rosterRows(int n) {
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

    /** The roster's baseline, compiled only in the bench profile, which alone has fastexcel. */
    @SuppressWarnings("unchecked")
    private static BiConsumer<List<RosterRow>, Path> fastexcel() {
        try {
            return (BiConsumer<List<RosterRow>, Path>) Class.forName("org.visitdesk.bench.FastexcelRoster")
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("run with -Pbench: fastexcel is a dependency of that profile only", e);
        }
    }

    /**
     * Milliseconds of the work, and in MB the most heap it held: a second run of it, during which a thread makes a
     * full collection every quarter of a second and reads what is left, less what was left before. (The heap
     * pools' own peaks count garbage not yet collected, which a large heap lets pile up; the collections slow this
     * second run, so its time is not the one given.)
     */
    private static double[] measure(Supplier<?> work) {
        System.gc();
        long t = System.nanoTime();
        work.get();
        double ms = (System.nanoTime() - t) / 1e6;
        System.gc();
        long before = heapUsed();
        AtomicLong peak = new AtomicLong(before);
        AtomicBoolean done = new AtomicBoolean();
        Thread sampler = new Thread(() -> {
            while (!done.get()) {
                System.gc();
                peak.accumulateAndGet(heapUsed(), Math::max);
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-heap");
        sampler.setDaemon(true);
        sampler.start();
        work.get();
        done.set(true);
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new double[] {ms, Math.max(0, peak.get() - before) / 1e6};
    }

    private static long heapUsed() {
        long used = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                used += p.getUsage().getUsed();
            }
        }
        return used;
    }

    // ---------------------------------------------------------------- import

    private void importing() throws Exception {
        int n = scaled(10_000);
        Path tmp = Files.createTempDirectory("visitdesk-bench");
        try {
            List<List<Object>> rows = new ArrayList<>(n + 1);
            rows.add(List.of("A-Number", "Family Name", "Given Name", "Date of Birth", "Country of Birth",
                    "Languages", "Gender", "Facility", "Housing Unit", "Status", "Notes"));
            for (int i = 1; i <= n; i++) {
                rows.add(List.of(String.format("A999%06d", i), "Prueba", "Uno " + i, LocalDate.of(1970 + i % 40,
                        1 + i % 12, 1 + i % 28), "Guatemala", "Spanish; Mam", "F", "Adelanto ICE Processing Center",
                        "West 3A", "detained", "bench row " + i));
            }
            Path file = TestFiles.xlsx(tmp, "detainees.xlsx", rows);
            List<Double> s = new ArrayList<>();
            for (int r = 0; r < Math.max(1, Math.min(runs, 3)); r++) {
                Path data = tmp.resolve("data-" + r);
                try (Workspace ws = Workspace.open(data)) {
                    long t = System.nanoTime();
                    ws.imports().run(file, ImportFileKind.DETAINEES, null, false, f -> { });
                    s.add((System.nanoTime() - t) / 1e9);
                }
                deleteTree(data);
            }
            figures.put("import", new Figure(String.format("import %,d detainees from xlsx (empty store)", n),
                    "≤ 2 s", "s", med(s), null, null));
        } finally {
            deleteTree(tmp);
        }
    }

    // ---------------------------------------------------------------- windows

    private void windows() throws Exception {
        if (!Files.exists(jar)) {
            notes.add("no " + jar + ": no window figures (./mvnw -Pbench verify builds it)");
            return;
        }
        startDisplay();
        Path bare = bareJar();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        List<Double> bareJar = starts("bare window, java -jar", List.of(java, "-jar", bare.toString()));
        List<Double> appFrame = new ArrayList<>();
        List<Double> dueWeek = new ArrayList<>();
        List<Double> keptWeek = new ArrayList<>();
        List<Double> keptOpen = new ArrayList<>();
        // started as a coordinator starts it, without arguments, on the data folder VISITDESK_HOME names
        List<String> app = List.of(java, "-Dvisitdesk.bench=true", "-jar", jar.toString());
        Map<String, String> home = Map.of(DataFolder.ENV, store.toString());
        for (int i = 0; i < starts; i++) {
            removeTodaysDaily();
            double[] due = start("app, daily backup due", app, home);
            if (due != null) {
                appFrame.add(due[0]);
                dueWeek.add(due[1] - due[0]);
            }
        }
        for (int i = 0; i < starts; i++) {
            ensureTodaysDaily();
            double[] kept = start("app, no backup due", app, home);
            if (kept != null) {
                appFrame.add(kept[0]);
                keptWeek.add(kept[1] - kept[0]);
                keptOpen.add(kept[2] - kept[0]);
            }
        }
        figures.put("frameJar", new Figure("start to first frame, java -jar (baseline: bare JavaFX window)",
                "≤ 2 × bare", "ms", med(appFrame), med(bareJar), null));
        figures.put("weekKept", new Figure("start to a usable week, no backup due (after the frame)",
                "≤ 2000 ms", "ms", med(keptWeek), null, null));
        figures.put("weekOpen", new Figure("of which: the records opened (after the frame, no backup due)", "(a share)",
                "ms", med(keptOpen), null, "then the calendar page and its first week"));
        figures.put("weekDue", new Figure("start to a usable week, daily backup due (after the frame)",
                "≤ 2000 ms", "ms", med(dueWeek), null, null));

        Path launcher = image.resolve("bin").resolve("VisitDesk");
        Path runtimeJava = image.resolve("lib").resolve("runtime").resolve("bin").resolve("java");
        if (!Files.isExecutable(launcher) || !Files.isExecutable(runtimeJava)) {
            notes.add("no packaged app-image at " + image + " (installer/build.sh makes it): no figure for it");
            return;
        }
        List<Double> bareImage = starts("bare window, the app-image's runtime",
                List.of(runtimeJava.toString(), "-jar", bare.toString()));
        List<Double> imageFrame = new ArrayList<>();
        List<Double> imageWeek = new ArrayList<>();
        ensureTodaysDaily();
        for (int i = 0; i < starts; i++) {
            double[] t = start("app-image", List.of(launcher.toString()),
                    Map.of("JAVA_TOOL_OPTIONS", "-Dvisitdesk.bench=true", DataFolder.ENV, store.toString()));
            if (t != null) {
                imageFrame.add(t[0]);
                imageWeek.add(t[1] - t[0]);
            }
        }
        figures.put("frameImage", new Figure("start to first frame, app-image (baseline: bare window, same runtime)",
                "≤ 1.3 × bare", "ms", med(imageFrame), med(bareImage), null));
        figures.put("weekImage", new Figure("start to a usable week, app-image, no backup due (after the frame)",
                "≤ 2000 ms", "ms", med(imageWeek), null, null));
    }

    private List<Double> starts(String what, List<String> command) throws Exception {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < starts; i++) {
            double[] t = start(what, command, Map.of());
            if (t != null) {
                out.add(t[0]);
            }
        }
        return out;
    }

    /**
     * Starts a program and reads its marks: milliseconds from the start to its first frame, and to its usable
     * week (NaN when it has none); null when it did not show a frame in time.
     */
    private double[] start(String what, List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        if (display != null) {
            pb.environment().put("DISPLAY", display);
        }
        long t0 = System.currentTimeMillis();
        Process p = pb.start();
        double frame = Double.NaN;
        double open = Double.NaN;
        double week = Double.NaN;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith(MARK + "frame ")) {
                    frame = Long.parseLong(line.substring(MARK.length() + 6).trim()) - t0;
                } else if (line.startsWith(MARK + "open ")) {
                    open = Long.parseLong(line.substring(MARK.length() + 5).trim()) - t0;
                } else if (line.startsWith(MARK + "week ")) {
                    week = Long.parseLong(line.substring(MARK.length() + 5).trim()) - t0;
                }
            }
        }
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
        }
        if (Double.isNaN(frame)) {
            notes.add(what + ": no first frame (exit " + p.exitValue() + ")");
            return null;
        }
        System.out.printf("  %-38s frame %6.0f ms   records open %6.0f ms   week %6.0f ms%n", what, frame, open,
                week);
        return new double[] {frame, week, open};
    }

    /** A jar beside the app's {@code lib/} that starts the bare window, as {@code java -jar} starts the app. */
    private Path bareJar() throws IOException {
        Path lib = jar.resolveSibling("lib");
        StringBuilder cp = new StringBuilder();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(lib, "javafx-*.jar")) {
            for (Path f : ds) {
                cp.append("lib/").append(f.getFileName()).append(' ');
            }
        }
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, BareWindow.class.getName());
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, cp.toString().trim());
        Path out = jar.resolveSibling("bench-bare-window.jar");
        try (JarOutputStream j = new JarOutputStream(Files.newOutputStream(out), m)) {
            for (Class<?> c : List.of(BareWindow.class, BareWindow.Shown.class)) {
                String name = c.getName().replace('.', '/') + ".class";
                j.putNextEntry(new JarEntry(name));
                try (InputStream in = c.getClassLoader().getResourceAsStream(name)) {
                    in.transferTo(j);
                }
                j.closeEntry();
            }
        }
        return out;
    }

    private void removeTodaysDaily() throws IOException {
        String day = "visitdesk-" + LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE);
        Path backups = store.resolve("backups");
        if (!Files.isDirectory(backups)) {
            return;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(backups, day + "*-daily.zip")) {
            for (Path f : ds) {
                Files.delete(f);
            }
        }
    }

    private void ensureTodaysDaily() {
        try (Workspace ws = Workspace.open(store)) {
            ws.dailyBackupIfDue();
        }
    }

    /** Starts Xvfb on a free display number when there is no display. */
    private void startDisplay() throws Exception {
        display = System.getenv("DISPLAY");
        if (display != null && !display.isBlank()) {
            return;
        }
        for (int n = 91; n < 120; n++) {
            if (Files.exists(Path.of("/tmp/.X11-unix/X" + n)) || Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                continue;
            }
            Process x = new ProcessBuilder("Xvfb", ":" + n, "-screen", "0", "1440x900x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            for (int i = 0; i < 50 && x.isAlive() && !Files.exists(Path.of("/tmp/.X11-unix/X" + n)); i++) {
                Thread.sleep(100);
            }
            if (x.isAlive()) {
                xvfb = x;
                display = ":" + n;
                System.out.println("no DISPLAY: the windows open on Xvfb " + display);
                return;
            }
        }
        throw new IllegalStateException("no DISPLAY and Xvfb could not start");
    }

    private void stopDisplay() {
        if (xvfb != null) {
            xvfb.destroy();
        }
    }

    // ---------------------------------------------------------------- the table

    private void print() {
        Path lastFile = dir.resolve("last-" + scaleName() + ".properties");
        Properties last = load(lastFile);
        Properties now = new Properties();
        StringBuilder t = new StringBuilder();
        t.append(String.format("%n| figure | goal | this run | baseline, same run | ratio | previous run |%n"));
        t.append("|---|---|---|---|---|---|\n");
        for (Map.Entry<String, Figure> e : figures.entrySet()) {
            Figure f = e.getValue();
            String value = fmt(f.value(), f.unit());
            String base = f.baseline() == null ? "" : fmt(f.baseline(), f.unit());
            String ratio = f.baseline() == null || f.value() == null || f.baseline() == 0 || f.value().isNaN()
                    ? "" : String.format("%.2f ×", f.value() / f.baseline());
            String before = last.getProperty(e.getKey(), "");
            if (f.value() != null && !f.value().isNaN()) {
                now.setProperty(e.getKey(), value + (ratio.isEmpty() ? "" : " (" + ratio + ")"));
            }
            t.append(String.format("| %s | %s | %s | %s | %s | %s |%n", f.label(), f.goal(),
                    value + (f.note() == null ? "" : " (" + f.note() + ")"), base, ratio, before));
        }
        System.out.print(t);
        String when = last.getProperty("when");
        System.out.printf("%nscale %s; medians; previous run: %s%n", scaleName(), when == null ? "none" : when);
        notes.forEach(n -> System.out.println("note: " + n));
        now.setProperty("when", LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 16));
        if (!figures.isEmpty()) {
            try {
                Files.createDirectories(dir);
                save(now, lastFile);
            } catch (IOException e) {
                System.out.println("note: the figures could not be kept for the next run: " + e.getMessage());
            }
        }
    }

    private static String fmt(Double v, String unit) {
        if (v == null || v.isNaN()) {
            return "-";
        }
        return switch (unit) {
            case "s" -> String.format("%.2f s", v);
            case "MB" -> String.format("%.0f MB", v);
            default -> v < 10 ? String.format("%.2f ms", v) : String.format("%.0f ms", v);
        };
    }

    // ---------------------------------------------------------------- small helpers

    /** The median of {@code runs} timed runs in milliseconds, after two untimed ones (a window open a while). */
    /**
     * The median of {@code runs} runs after {@code bench.warmups} (default 20) unmeasured ones: a coordinator meets
     * these steps in an app that has been in use for a while, its code compiled, not in a JVM just started (the
     * start-up figures measure that).
     */
    private double median(Supplier<?> work) {
        for (int i = 0; i < warmups; i++) {
            work.get();
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.get();
            ms.add((System.nanoTime() - t) / 1e6);
        }
        return med(ms);
    }

    private static Double med(List<Double> xs) {
        if (xs.isEmpty()) {
            return Double.NaN;
        }
        List<Double> s = new ArrayList<>(xs);
        s.sort(null);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    private static Properties load(Path file) {
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                // no previous figures
            }
        }
        return p;
    }

    private static void save(Properties p, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(w, "VisitDesk speed figures (SpeedBench)");
        }
    }

    private static void deleteTree(Path d) {
        if (!Files.exists(d)) {
            return;
        }
        try (var walk = Files.walk(d)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder
        }
    }
}
