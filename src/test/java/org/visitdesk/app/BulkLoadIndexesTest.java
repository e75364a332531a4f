package org.visitdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Locale;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.visitdesk.storage.Store;
import org.visitdesk.storage.TestStores;

/** A large sample load drops the visit indexes to go faster: they must all be back afterwards, on each engine. */
@ParameterizedClass(name = "{0}")
@EnumSource(Store.Engine.class)
class BulkLoadIndexesTest {

    @Parameter
    Store.Engine engine;

    @TempDir
    Path dir;

    TestStores.Place place;

    @AfterEach
    void drop() {
        if (place != null) {
            place.close();
        }
    }

    private List<String> visitIndexes() throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = engine == Store.Engine.H2
                ? DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("visitdesk"), "visitdesk", "")
                : place.connect()) {
            for (String table : List.of("visit", "visit_visitor")) {
                String name = engine == Store.Engine.H2 ? table.toUpperCase(Locale.ROOT) : table;
                try (ResultSet rs = c.getMetaData().getIndexInfo(null, c.getSchema(), name, false, false)) {
                    while (rs.next()) {
                        String index = rs.getString("INDEX_NAME");
                        if (index != null && index.toLowerCase(Locale.ROOT).startsWith("ix_")) {
                            names.add(index.toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        }
        return names.stream().distinct().sorted().toList();
    }

    @Test
    void everyVisitIndexIsThereAfterALargeLoad() throws Exception {
        Clock clock = Clock.fixed(LocalDate.of(2026, 12, 6).atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault());
        place = TestStores.place(engine, dir);
        try (Workspace ws = TestWorkspaces.open(place, clock)) {
            // nothing loaded yet: the migrations made the indexes
        }
        List<String> fromMigrations = visitIndexes();
        assertThat(fromMigrations).contains("ix_visit_start", "ix_visit_detainee", "ix_visit_facility",
                "ix_visit_detainee_status", "ix_visit_visitor_visitor");
        try (Workspace ws = TestWorkspaces.open(place, clock)) {
            SampleData.Summary s = ws.loadSampleData(new SampleData.Size(2_000, 60, 25_000), 3, f -> { });
            assertThat(s.visits()).isGreaterThan(20_000);
            assertThat(ws.visits().count()).isEqualTo(s.visits());
        }
        assertThat(visitIndexes()).isEqualTo(fromMigrations);
    }
}
