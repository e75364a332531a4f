package org.visitdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.visitdesk.cli.CommandLineTest.assertOneLineFailure;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.time.LocalDate;
import org.visitdesk.ChildJvm;
import org.visitdesk.app.OutcomeService;
import org.visitdesk.app.VisitListing;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.FollowUpKind;
import org.visitdesk.domain.Outcome;
import org.visitdesk.domain.OutcomeCode;
import org.visitdesk.storage.DetaineeDao;
import org.visitdesk.storage.Store;
import org.visitdesk.storage.TestStores;

/** {@code visitdesk copy-to URL} on the real command line, into a fresh schema of the test PostgreSQL server. */
class CopyToCommandLineTest {

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

    Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        char[] p = place.password();
        env.put("VISITDESK_DB_PASSWORD", p == null ? null : new String(p));
        env.put("VISITDESK_DB", null);
        env.put("VISITDESK_PASSPHRASE", null);
        return env;
    }

    ChildJvm.Result run(String... args) {
        ChildJvm.Result r = ChildJvm.run(env(), args);
        assertThat(r.exitCode()).as(r.toString()).isZero();
        return r;
    }

    @Test
    void aCopiedStoreOpensWithDbAndShowsTheSameRecords() throws SQLException {
        String folder = dir.resolve("data").toString();
        run("--data-dir", folder, "sample-data", "--detainees", "30", "--visitors", "8", "--visits", "60",
                "--seed", "3");
        // what sample data has none of: outcomes and the follow-ups they ask for
        try (Workspace ws = Workspace.open(dir.resolve("data"))) {
            List<VisitListing> due = ws.outcomes().reportsDue(LocalDate.now().minusWeeks(8));
            assertThat(due).hasSizeGreaterThan(2);
            for (VisitListing v : due.subList(0, 2)) {
                ws.outcomes().record(new Outcome(v.visit().id(), OutcomeCode.HAPPENED, null, null, null, null, ""),
                        List.of(new OutcomeService.Need(FollowUpKind.PHONE, null, LocalDate.now().plusDays(3), "")));
            }
        }

        ChildJvm.Result copy = run("--data-dir", folder, "copy-to", place.url());
        assertThat(copy.err()).as(copy.toString()).isBlank();
        // progress table by table, then the counts checked on both sides
        assertThat(copy.out()).contains("  copying detainee: 30 rows", "  copying visitor: 8 rows",
                "  copying facility: 1 row", "  detainee: 30 here, 30 there", "  visitor: 8 here, 8 there",
                "  visiting_window: 22 here, 22 there", "every count agrees");
        assertThat(copy.out()).containsPattern("  visit: (\\d+) here, \\1 there");
        assertThat(copy.out()).contains("  outcome: 2 here, 2 there", "  follow_up: 2 here, 2 there");
        try (Store s = place.open()) {
            assertThat(s.dao(DetaineeDao.class).count()).isEqualTo(30);
        }

        for (List<String> command : List.of(List.of("conflicts", "--format", "csv"),
                List.of("requests", "--all", "--format", "csv"),
                List.of("followups", "--all", "--format", "csv"),
                List.of("unvisited", "--as-of", "2026-06-01", "--format", "csv"))) {
            ChildJvm.Result here = run(concat(List.of("--data-dir", folder), command));
            ChildJvm.Result there = run(concat(List.of("--data-dir", folder, "--db", place.url()), command));
            assertThat(there.out()).as(String.join(" ", command)).isEqualTo(here.out());
            assertThat(here.out().lines().count()).as(String.join(" ", command)).isGreaterThan(1);
        }

        // the ids the shared store hands out next come after the copied ones
        try (Connection c = place.connect(); Statement st = c.createStatement()) {
            long max = single(st, "SELECT MAX(id) FROM detainee");
            long next = single(st, "INSERT INTO detainee (a_number, family_name, given_name, status, search_key) "
                    + "VALUES ('A000000001', 'Testperson', 'Nobody', 'DETAINED', 'testperson nobody') RETURNING id");
            assertThat(next).isGreaterThan(max);
        }

        // backups of a shared store are the server's, but everything still comes out into a workbook
        Path all = dir.resolve("all.xlsx");
        run("--data-dir", folder, "--db", place.url(), "export", "all", "--out", all.toString());
        assertThat(all).isNotEmptyFile();
    }

    @Test
    void aSharedStoreThatHoldsRecordsIsRefusedAndLeftAsItWas() {
        String folder = dir.resolve("data").toString();
        run("--data-dir", folder, "--db", place.url(), "sample-data", "--detainees", "5", "--visitors", "2",
                "--visits", "4", "--seed", "9");
        run("--data-dir", folder, "sample-data", "--detainees", "7", "--visitors", "3", "--visits", "6");

        ChildJvm.Result r = ChildJvm.run(env(), "--data-dir", folder, "copy-to", place.url());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("already holds records").contains("Nothing was changed");
        try (Store s = place.open()) {
            assertThat(s.dao(DetaineeDao.class).count()).isEqualTo(5);
        }

        ChildJvm.Result es = ChildJvm.run(env(), "--lang", "es", "--data-dir", folder, "copy-to", place.url());
        assertOneLineFailure(es, 1);
        assertThat(es.err()).contains("ya tiene registros");

        // the records copied are always the data folder's: naming a second store is wrong usage
        ChildJvm.Result both = ChildJvm.run(env(), "--data-dir", folder, "--db", place.url(), "copy-to", place.url());
        assertThat(both.exitCode()).as(both.toString()).isEqualTo(2);
    }

    private static String[] concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toArray(String[]::new);
    }

    private static long single(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
