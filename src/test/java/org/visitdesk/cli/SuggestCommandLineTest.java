package org.visitdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitdesk.ChildJvm;
import org.visitdesk.importing.TestFiles;

/**
 * {@code visitdesk suggest} on a store built by the test: people and visitors with availability imported (a bad
 * availability first, which imports nothing), then the ranked list as text and csv, and the wrong A-numbers.
 */
class SuggestCommandLineTest {

    /** A Thursday to come: West 3A takes visits 12:10-13:10. */
    static final LocalDate THU = LocalDate.now().plusWeeks(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));

    static final String VISITORS = "Family Name,Given Name,Email,Languages,Orientation Date,ID Checked,Available,"
            + "Visits per Month,Away From,Away To,Family Of\n";

    @Test
    void importVisitorsWithAvailabilityThenSuggest(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Path people = TestFiles.csv(dir, "d.csv", "A-Number,Family Name,Given Name,Languages,Gender,Facility,"
                + "Housing Unit\n"
                + "A999000001,Prueba,Lan,Vietnamese,F,Adelanto ICE Processing Center,West 3A\n");
        AfterTheVisitCommandLineTest.ok(data, "import", "detainees", people.toString());

        Path bad = TestFiles.csv(dir, "bad.csv", VISITORS
                + "Uno,Prueba,uno@example.org,Vietnamese,2025-01-01,yes,Tue 17:00-12:00,2,,,\n"
                + "Dos,Prueba,dos@example.org,Vietnamese,2025-01-01,yes,Funday 10-11,2,,,\n");
        ChildJvm.Result refused = AfterTheVisitCommandLineTest.run(data, "import", "visitors", bad.toString());
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.errLines()).as(refused.toString()).contains(
                "row 2, column G (Available): \"Tue 17:00-12:00\" ends before it starts: write the earlier time "
                        + "first, like Tue 12:00-17:00.",
                "row 3, column G (Available): \"Funday\" is not a day of the week: write Mon, Tue, Wed, Thu, Fri, "
                        + "Sat or Sun (or the whole name), like Tue 12:00-17:00.");

        Path good = TestFiles.csv(dir, "v.csv", VISITORS
                + "Libre,Prueba,libre@example.org,Vietnamese,2025-01-01,yes,Thu 12:00-17:00,2,,,\n"
                + "Sabado,Prueba,sabado@example.org,Vietnamese,2025-01-01,yes,Sat 07:00-12:00,2,,,\n"
                + "Ingles,Prueba,ingles@example.org,English,2025-01-01,yes,Thu 12:00-17:00,2,,,\n"
                + "Familia,Prueba,familia@example.org,Vietnamese,2025-01-01,yes,Thu 12:00-17:00,2,,,A-999-000-001\n"
                + "Fuera,Prueba,fuera@example.org,Vietnamese,2025-01-01,yes,Thu 12:00-17:00,2," + THU.minusDays(1)
                + "," + THU.plusDays(1) + ",\n"
                + "Nuevo,Prueba,nuevo@example.org,Vietnamese,,no,Thu 12:00-17:00,2,,,\n");
        AfterTheVisitCommandLineTest.ok(data, "import", "visitors", good.toString());

        ChildJvm.Result csv = AfterTheVisitCommandLineTest.ok(data, "suggest", "A-999-000-001", "--on",
                THU.toString(), "--format", "csv");
        assertThat(csv.out().lines().toList()).containsExactly(
                "rank,visitor,email,reasons",
                "1,Prueba Libre,libre@example.org,LANGUAGE;AVAILABLE;UNDER_COMMITMENT",
                "2,Prueba Fuera,fuera@example.org,LANGUAGE;NOT_AVAILABLE;UNDER_COMMITMENT",
                "3,Prueba Sabado,sabado@example.org,LANGUAGE;NOT_AVAILABLE;UNDER_COMMITMENT",
                "4,Prueba Ingles,ingles@example.org,NO_COMMON_LANGUAGE;AVAILABLE;UNDER_COMMITMENT");

        ChildJvm.Result text = AfterTheVisitCommandLineTest.ok(data, "suggest", "A999000001", "--on",
                THU.toString());
        assertThat(text.out().lines().toList().get(0)).isEqualTo("Suggested visitors for A-999-000-001 (Lan Prueba, West 3A) on "
                + "Thursday " + THU + ":");
        assertThat(text.out().lines().toList().get(1)).contains("Prueba Libre", "speaks Vietnamese; free Thursdays 12:00–17:00; "
                + "0 of 2 visits this month");
        assertThat(text.out().lines().toList().get(3)).contains("Prueba Sabado", "not free Thursdays");
        assertThat(String.join("\n", text.out().lines().toList())).doesNotContain("Familia", "Nuevo");

        ChildJvm.Result spanish = AfterTheVisitCommandLineTest.ok(data, "--lang", "es", "suggest", "A999000001",
                "--on", THU.toString());
        assertThat(spanish.out().lines().toList().get(1)).contains("habla Vietnamese; libre los jueves de 12:00 a 17:00");

        ChildJvm.Result unknown = AfterTheVisitCommandLineTest.run(data, "suggest", "A999000777");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.errLines()).containsExactly("visitdesk: No person with this A-number is in the records. "
                + "Check the number, or add or import the person first.");
        assertThat(AfterTheVisitCommandLineTest.run(data, "suggest", "A12").exitCode()).isEqualTo(2);
    }
}
