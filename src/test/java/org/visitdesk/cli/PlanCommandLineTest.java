package org.visitdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitdesk.ChildJvm;
import org.visitdesk.app.VisitListing;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.DateRange;
import org.visitdesk.importing.TestFiles;

/**
 * {@code visitdesk plan} on a store built by the test: a clean visit is saved, a double booking of the same
 * visitor is refused (exit 1, the rule named, nothing saved) until {@code --override} gives a reason, and names
 * that match nobody are each said.
 */
class PlanCommandLineTest {

    @Test
    void planChecksTheRulesAndRefusesADoubleBookingWithoutAReason(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Path people = TestFiles.csv(dir, "d.csv", "A-Number,Family Name,Given Name,Languages,Gender,Facility,"
                + "Housing Unit\n"
                + "A999000001,Prueba,Uno,Vietnamese,F,Adelanto ICE Processing Center,West 3A\n"
                + "A999000002,Prueba,Dos,Vietnamese,F,Adelanto ICE Processing Center,West 3A\n");
        AfterTheVisitCommandLineTest.ok(data, "import", "detainees", people.toString());
        Path visitors = TestFiles.csv(dir, "v.csv", SuggestCommandLineTest.VISITORS
                + "Libre,Prueba,libre@example.org,Vietnamese,2025-01-01,yes,Thu 12:00-17:00,4,,,\n");
        AfterTheVisitCommandLineTest.ok(data, "import", "visitors", visitors.toString());
        String thu = SuggestCommandLineTest.THU.toString();

        ChildJvm.Result first = AfterTheVisitCommandLineTest.ok(data, "plan", "A-999-000-001", "--date", thu,
                "--start", "12:10", "--end", "13:10", "--visitor", "LIBRE@example.org");
        assertThat(first.out()).as(first.toString()).contains(": A-999-000-001 on " + thu
                + " from 12:10 to 13:10 with 1 visitor.");

        ChildJvm.Result twice = AfterTheVisitCommandLineTest.run(data, "plan", "A999000002", "--date", thu,
                "--start", "12:10", "--visitor", "libre@example.org");
        assertThat(twice.exitCode()).as(twice.toString()).isEqualTo(1);
        assertThat(twice.errLines().get(0)).isEqualTo("visitdesk: The visit is not saved: it breaks a rule that "
                + "blocks.");
        assertThat(twice.err()).contains("Prueba Libre", "--override \"REASON\"");
        assertThat(visits(data)).hasSize(1);

        ChildJvm.Result unknown = AfterTheVisitCommandLineTest.run(data, "plan", "A999000777", "--date", thu,
                "--start", "12:10", "--visitor", "nadie@example.org");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.errLines()).containsExactly(
                "visitdesk: No person with A-number A-999-000-777 is in the records. Check the number, or add or "
                        + "import the person first.",
                "visitdesk: No visitor has the email nadie@example.org. Check the address, or add the visitor first.",
                "visitdesk: Nothing was saved.");
        assertThat(AfterTheVisitCommandLineTest.run(data, "plan", "A999000002", "--date", thu, "--start",
                "noon").exitCode()).isEqualTo(2);
        assertThat(visits(data)).hasSize(1);

        ChildJvm.Result overridden = AfterTheVisitCommandLineTest.ok(data, "plan", "A999000002", "--date", thu,
                "--start", "12:10", "--visitor", "libre@example.org", "--override", "both asked for her");
        assertThat(overridden.out()).contains("Saved despite:", "Prueba Libre");
        List<VisitListing> saved = visits(data);
        assertThat(saved).hasSize(2);
        assertThat(saved).allSatisfy(l -> assertThat(l.visit().end().toLocalTime()).isEqualTo(LocalTime.of(13, 10)));
        assertThat(saved).extracting(l -> l.visit().overrideReason()).containsExactlyInAnyOrder("",
                "both asked for her");
    }

    private static List<VisitListing> visits(Path data) {
        try (Workspace ws = Workspace.open(data, Clock.systemDefaultZone())) {
            return ws.visits().between(new DateRange(SuggestCommandLineTest.THU, SuggestCommandLineTest.THU));
        }
    }
}
