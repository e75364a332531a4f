package org.visitdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large sample load drops the visit indexes to go faster: they must all be back afterwards. */
class BulkLoadIndexesTest {

    @TempDir
    Path dir;

    private List<String> visitIndexes() throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("visitdesk"), "visitdesk", "");
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES "
                        + "WHERE TABLE_NAME IN ('VISIT', 'VISIT_VISITOR') AND INDEX_NAME LIKE 'IX_%' ORDER BY 1")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    @Test
    void everyVisitIndexIsThereAfterALargeLoad() throws Exception {
        Clock clock = Clock.fixed(LocalDate.of(2026, 12, 6).atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault());
        try (Workspace ws = Workspace.open(dir, clock)) {
            // nothing loaded yet: the migrations made the indexes
        }
        List<String> fromMigrations = visitIndexes();
        assertThat(fromMigrations).contains("IX_VISIT_START", "IX_VISIT_DETAINEE", "IX_VISIT_FACILITY",
                "IX_VISIT_DETAINEE_STATUS", "IX_VISIT_VISITOR_VISITOR");
        try (Workspace ws = Workspace.open(dir, clock)) {
            SampleData.Summary s = ws.loadSampleData(new SampleData.Size(2_000, 60, 25_000), 3, f -> { });
            assertThat(s.visits()).isGreaterThan(20_000);
            assertThat(ws.visits().count()).isEqualTo(s.visits());
        }
        assertThat(visitIndexes()).isEqualTo(fromMigrations);
    }
}
