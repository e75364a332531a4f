package org.visitdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitdesk.ChildJvm;

/** {@code visitdesk export} in a child JVM, on made-up sample data. */
class ExportCommandTest {

    @TempDir
    static Path shared;

    static Path data;

    @BeforeAll
    static void sampleData() {
        data = shared.resolve("data");
        ChildJvm.Result r = ChildJvm.run("--data-dir", data.toString(), "sample-data", "--detainees", "30",
                "--visitors", "8", "--visits", "60", "--seed", "3");
        assertThat(r.exitCode()).as(r.toString()).isZero();
    }

    static long files(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void rosterSheetsAndAllWriteFilesThatOpen(@TempDir Path out) throws IOException {
        Path roster = out.resolve("roster.xlsx");
        ChildJvm.Result r = ChildJvm.run("--data-dir", data.toString(), "export", "roster", "--from", "2000-01-01",
                "--to", "2100-12-31", "--out", roster.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).as(r.toString()).isBlank();
        assertThat(r.out()).contains("Wrote", "roster.xlsx", "visits");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(roster))) {
            assertThat(wb.getSheetName(0)).isEqualTo("Summary");
            assertThat(wb.getNumberOfSheets()).isGreaterThan(1);
            assertThat(wb.getSheetName(1)).matches("\\d{4}-\\d{2}-\\d{2}");
        }

        Path sheets = out.resolve("sheets.xlsx");
        r = ChildJvm.run("--data-dir", data.toString(), "export", "sheets", "--from", "2000-01-01", "--to",
                "2100-12-31", "--out", sheets.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(sheets))) {
            assertThat(wb.getSheetAt(0).getRowBreaks().length).isGreaterThan(0);
        }

        Path all = out.resolve("all.xlsx");
        r = ChildJvm.run("--data-dir", data.toString(), "export", "all", "--out", all.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(all))) {
            assertThat(wb.getSheet("Detainees").getLastRowNum()).isEqualTo(30);
            assertThat(wb.getSheet("Visitors").getLastRowNum()).isEqualTo(8);
        }
        assertThat(files(data.resolve("tmp"))).isZero();
        assertThat(files(out)).isEqualTo(3);
    }

    @Test
    void aBadDateIsWrongUsage(@TempDir Path out) throws IOException {
        ChildJvm.Result r = ChildJvm.run("--data-dir", data.toString(), "export", "roster", "--from", "2026-13-01",
                "--to", "2026-12-31", "--out", out.resolve("r.xlsx").toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.errLines().get(0)).contains("2026-13-01", "not a date");
        assertThat(r.err()).doesNotContain("\tat ");

        r = ChildJvm.run("--data-dir", data.toString(), "export", "sheets", "--from", "2026-12-31",
                "--to", "2026-12-01", "--out", out.resolve("r.xlsx").toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.errLines().get(0)).contains("before");
        assertThat(files(out)).isZero();
    }

    @Test
    void aMissingFolderIsOneLineAndLeavesNothing(@TempDir Path out) throws IOException {
        ChildJvm.Result r = ChildJvm.run("--data-dir", data.toString(), "export", "roster", "--from", "2026-01-01",
                "--to", "2026-12-31", "--out", out.resolve("missing/r.xlsx").toString());
        CommandLineTest.assertOneLineFailure(r, 1);
        assertThat(r.err()).contains("does not exist");
        assertThat(out.resolve("missing")).doesNotExist();
        assertThat(files(out)).isZero();
    }

    @Test
    void visitSheetsLeaveOutVisitsThatBreakARuleUnlessAskedAndSayWhich(@TempDir Path dir) throws IOException {
        Path store = dir.resolve("data");
        Path people = org.visitdesk.importing.TestFiles.csv(dir, "d.csv", "A-Number,Family Name,Given Name,Facility,"
                + "Housing Unit,Status,Status Date\n"
                + "A999000001,Prueba,Uno,Adelanto ICE Processing Center,West 3B,,\n"
                + "A999000002,Prueba,Dos,Adelanto ICE Processing Center,West 3B,released,2030-03-04\n");
        Path volunteers = org.visitdesk.importing.TestFiles.csv(dir, "v.csv", "Family Name,Given Name,Email,"
                + "Orientation Date,ID Checked\n"
                + "Visita,Una,una@example.org,2025-01-01,yes\nVisita,Otra,otra@example.org,2025-01-01,yes\n");
        // Tuesday 5 March 2030, West 3B 13:30-14:30; Dos is released the day before
        Path visits = org.visitdesk.importing.TestFiles.csv(dir, "visits.csv", "A-Number,Date,Start,Visitors\n"
                + "A999000001,2030-03-05,13:30,una@example.org\n"
                + "A999000002,2030-03-05,13:30,otra@example.org\n");
        for (String[] a : new String[][] {{"detainees", people.toString()}, {"visitors", volunteers.toString()},
            {"visits", visits.toString()}}) {
            ChildJvm.Result r = ChildJvm.run("--data-dir", store.toString(), "import", a[0], a[1]);
            assertThat(r.exitCode()).as(r.toString()).isZero();
        }
        Path sheets = dir.resolve("sheets.xlsx");
        ChildJvm.Result r = ChildJvm.run("--data-dir", store.toString(), "export", "sheets", "--from", "2030-03-04",
                "--to", "2030-03-10", "--out", sheets.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("(1 visit, 1 sheet)",
                "Left out 1 visit that breaks a rule and would be refused as planned:",
                "2030-03-05 13:30  A-999-000-002  No longer detained");
        assertThat(org.visitdesk.app.ExportTruthTest.text(sheets)).doesNotContain("A-999-000-002");

        Path all = dir.resolve("all-sheets.xlsx");
        r = ChildJvm.run("--data-dir", store.toString(), "export", "sheets", "--from", "2030-03-04", "--to",
                "2030-03-10", "--out", all.toString(), "--include-conflicting");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("(2 visits, 1 sheet)", "1 visit in the file breaks a rule")
                .doesNotContain("Left out");
        assertThat(org.visitdesk.app.ExportTruthTest.text(all)).contains("A-999-000-002");

        Path roster = dir.resolve("roster.xlsx");
        r = ChildJvm.run("--data-dir", store.toString(), "export", "roster", "--from", "2030-03-04", "--to",
                "2030-03-10", "--out", roster.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(org.visitdesk.app.ExportTruthTest.text(roster)).contains("No longer detained (DETAINEE_NOT_HELD)");
    }
}
