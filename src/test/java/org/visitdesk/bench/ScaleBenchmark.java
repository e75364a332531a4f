package org.visitdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.visitdesk.app.DetaineeListing;
import org.visitdesk.app.SampleData;
import org.visitdesk.app.SearchQuery;
import org.visitdesk.app.VisitListing;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.DateRange;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.VisitType;

/**
 * Prints the figures of the speed goals on a large sample store (a benchmark, not a test):
 * <pre>
 *   ./mvnw -q test-compile && java -cp "target/classes:target/test-classes:target/lib/*" \
 *       org.visitdesk.bench.ScaleBenchmark /tmp/vd-scale [detainees visitors visits]
 * </pre>
 * The folder is filled with sample data first when it is empty (default 50,000 / 5,000 / 500,000).
 */
public final class ScaleBenchmark {

    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/vd-scale");
        int detainees = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        int visitors = args.length > 2 ? Integer.parseInt(args[2]) : 5_000;
        int visits = args.length > 3 ? Integer.parseInt(args[3]) : 500_000;
        boolean fresh = !Files.exists(dir.resolve("visitdesk.mv.db"));
        if (fresh) {
            long t = System.nanoTime();
            try (Workspace ws = Workspace.open(dir)) {
                ws.loadSampleData(new SampleData.Size(detainees, visitors, visits), 1, f -> { });
            }
            report("sample-data " + detainees + "/" + visitors + "/" + visits + " (with compaction)", t);
        }
        long open = System.nanoTime();
        try (Workspace ws = Workspace.open(dir)) {
            report("open the store", open);
            System.out.printf("store: %,d detainees, %,d visitors, %,d visits%n", ws.detainees().count(),
                    ws.visitors().count(), ws.visits().count());

            List<DetaineeListing> all = time("load the Detainees table (everyone + last visit)", 3,
                    () -> ws.detainees().listAll(Locale.ENGLISH));
            for (String typed : List.of("jose", "hernandez lopez", "999123", "A-999-12", "zzz")) {
                SearchQuery q = SearchQuery.of(typed);
                time("search in the table for \"" + typed + "\" (" + all.size() + " rows)", 20,
                        () -> all.stream().filter(l -> q.test(l.searchKey())).count());
            }
            time("search in the store for \"jose\" (first 200)", 10, () -> ws.detainees().search("jose", 200));

            LocalDate monday = LocalDate.now().with(java.time.DayOfWeek.MONDAY);
            time("load one week for the calendar (visits + conflicts)", 10,
                    () -> ws.schedule().agenda(new DateRange(monday, monday.plusDays(6))).visits().size());
            time("load the Visits table (two weeks)", 10,
                    () -> ws.visits().between(new DateRange(monday, monday.plusDays(13))));

            List<VisitListing> week = ws.visits().between(new DateRange(monday, monday.plusDays(6)));
            Visit sample = week.isEmpty() ? null : week.get(week.size() / 2).visit();
            if (sample != null) {
                Visit proposed = new Visit(0, sample.detaineeId(), sample.facilityId(), sample.start().plusDays(2),
                        sample.end().plusDays(2), sample.visitorIds(), VisitType.SOCIAL, VisitStatus.SCHEDULED, "",
                        "");
                time("check one proposed visit", 50, () -> ws.schedule().check(proposed).notices().size());
                time("find free slots for one person", 5,
                        () -> ws.schedule().freeTimes(sample.detaineeId(), sample.visitorIds(), monday, 10).size());
            }
            time("find conflicts over four weeks", 5,
                    () -> ws.schedule().agenda(new DateRange(monday, monday.plusWeeks(4).minusDays(1))).conflicts()
                            .size());
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf("heap used at the end: %,d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
    }

    private static <T> T time(String what, int rounds, Supplier<T> work) {
        // a few untimed runs first: the figures are for a window that has been open a while, not the first click
        T result = null;
        for (int i = 0; i < Math.min(rounds, 10); i++) {
            result = work.get();
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            result = work.get();
            ms.add((System.nanoTime() - t) / 1e6);
        }
        ms.sort(null);
        System.out.printf("%-70s median %8.2f ms   best %8.2f ms   worst %8.2f ms%n", what,
                ms.get(ms.size() / 2), ms.get(0), ms.get(ms.size() - 1));
        return result;
    }

    private static void report(String what, long startNanos) {
        System.out.printf("%-70s %8.2f s%n", what, (System.nanoTime() - startNanos) / 1e9);
    }

}
