package org.visitdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitdesk.ChildJvm;
import org.visitdesk.importing.TestFiles;

/**
 * After the visit on the command line, on a small store built by the test: import outcomes (a bad file first),
 * then {@code unvisited}, {@code followups} and {@code export report}, read back with POI.
 */
class AfterTheVisitCommandLineTest {

    /** A Saturday at least a week ago: its visits are in the past whatever day the test runs. */
    static final LocalDate DAY = LocalDate.now().minusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
    static final LocalDate LATER = LocalDate.now().plusWeeks(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));

    static ChildJvm.Result run(Path data, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return ChildJvm.run(all);
    }

    static ChildJvm.Result ok(Path data, String... args) {
        ChildJvm.Result r = run(data, args);
        assertThat(r.exitCode()).as(r.toString()).isZero();
        return r;
    }

    @Test
    void importOutcomesThenUnvisitedFollowUpsAndTheReport(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Path people = TestFiles.csv(dir, "d.csv", "A-Number,Family Name,Given Name,Languages,Facility,Housing Unit\n"
                + "A999000001,Prueba,Uno,Spanish,Adelanto ICE Processing Center,West 3A\n"
                + "A999000002,Prueba,Dos,Mam,Adelanto ICE Processing Center,West 3B\n"
                + "A999000003,Prueba,Tres,Spanish,Adelanto ICE Processing Center,West 3C\n"
                + "A999000004,Prueba,Cuatro,K'iche',Adelanto ICE Processing Center,West 3D\n");
        Path volunteers = TestFiles.csv(dir, "v.csv", "Family Name,Given Name,Email,Phone,Orientation Date,ID Checked\n"
                + "Visita,Una,una@example.org,555-0101,2025-01-01,yes\n");
        Path visits = TestFiles.csv(dir, "visits.csv", "A-Number,Date,Start,Visitors\n"
                + "A999000001," + DAY + ",07:00,una@example.org\n"
                + "A999000002," + DAY + ",08:10,una@example.org\n"
                + "A999000003," + DAY + ",09:30,una@example.org\n"
                + "A999000003," + LATER + ",09:30,una@example.org\n");
        ok(data, "import", "detainees", people.toString());
        ok(data, "import", "visitors", volunteers.toString());
        ok(data, "import", "visits", visits.toString());

        String header = "A-Number,Date,Start,Outcome,Arrived,Seen,Left,Denial Reason,Needs,Note\n";
        Path bad = TestFiles.csv(dir, "bad.csv", header
                + "A999000001," + DAY + ",07:00,HAPPENED,08:00,07:40,09:00,,Commissary,\n"
                + "A999000002," + DAY + ",08:10,Denied,07:00,,09:15,,,\n"
                + "A999000003," + DAY + ",09:30,happened,,,,,stamps,\n"
                + "A999000004," + DAY + ",11:00,happened,,,,,,\n");
        ChildJvm.Result refused = run(data, "import", "outcomes", bad.toString());
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.errLines()).as(refused.toString()).containsExactly(
                "row 2, column F (Seen): The person cannot be seen before the visitor arrived: check the two times.",
                "row 3, column H (Denial Reason): A denial needs a reason: choose why staff denied the visit.",
                "row 4, column I (Needs): “stamps” is not a need: use commissary, phone, books/letters, attorney, bond, "
                        + "court, medical, family contact, release support or other, separated by ;.",
                "row 5, column C (Start): A-999-000-004 has no visit on " + DAY + " at 11:00. Check the date and "
                        + "start, or plan the visit first.",
                "visitdesk: 4 rows have errors, so nothing was imported. Fix these cells and import the file again.");
        assertThat(refused.err()).doesNotContain("\tat ");
        ChildJvm.Result none = ok(data, "followups", "--all", "--format", "csv");
        assertThat(lines(none)).containsExactly("id,a_number,kind,owner,due,status,visit_id");

        Path good = TestFiles.csv(dir, "reports.csv", header
                + "A999000001," + DAY + ",07:00,HAPPENED,06:10,07:40,08:00,,Commissary; Attorney,needs stamps\n"
                + "A999000002," + DAY + ",08:10,Denied,07:00,,09:15,dress code,,\n"
                + "A999000003," + DAY + ",09:30,visitor no-show,,,,,,\n");
        ChildJvm.Result dry = ok(data, "import", "outcomes", good.toString(), "--dry-run");
        assertThat(dry.out()).contains("Dry run, nothing was changed. Outcomes: 3 would be created");
        ChildJvm.Result imported = ok(data, "import", "outcomes", good.toString());
        assertThat(imported.out()).contains("Outcomes: 3 created, 0 updated, 0 unchanged");
        assertThat(imported.out() + imported.err()).doesNotContain("needs stamps");
        ChildJvm.Result again = ok(data, "import", "outcomes", good.toString());
        assertThat(again.out()).contains("Outcomes: 0 created, 1 updated, 2 unchanged");

        ChildJvm.Result unvisited = ok(data, "unvisited", "--format", "csv");
        assertThat(lines(unvisited)).hasSize(5);
        assertThat(lines(unvisited).get(0))
                .isEqualTo("rank,a_number,name,housing_unit,languages,last_visit,days_since_visit,next_visit,open_followups");
        // nothing planned: never visited (a denial does not count) before visited; Tres has a visit planned
        assertThat(lines(unvisited).subList(1, 5)).extracting(l -> l.split(",")[1]).containsExactly(
                "A-999-000-002", "A-999-000-004", "A-999-000-001", "A-999-000-003");
        long days = java.time.temporal.ChronoUnit.DAYS.between(DAY, LocalDate.now());
        assertThat(lines(unvisited).get(3)).isEqualTo("3,A-999-000-001,Uno Prueba,West 3A,Spanish," + DAY + ","
                + days + ",,2");
        assertThat(lines(unvisited).get(4)).endsWith("," + LATER + ",0");
        ChildJvm.Result text = ok(data, "unvisited", "--as-of", DAY.minusDays(1).toString());
        assertThat(lines(text).get(lines(text).size() - 1))
                .isEqualTo("4 people are held on " + DAY.minusDays(1) + ": 3 with no visit planned, 4 never visited.");

        ChildJvm.Result followups = ok(data, "followups", "--format", "csv");
        assertThat(lines(followups)).hasSize(3);
        assertThat(lines(followups).get(0)).isEqualTo("id,a_number,kind,owner,due,status,visit_id");
        assertThat(lines(followups).subList(1, 3)).extracting(l -> l.replaceFirst("^\\d+,", ""))
                .allMatch(l -> l.matches("A-999-000-001,(COMMISSARY|ATTORNEY),," + LocalDate.now().plusDays(7)
                        + ",OPEN,\\d+"));
        ChildJvm.Result followText = ok(data, "--lang", "es", "followups");
        assertThat(followText.out()).contains("2 seguimientos, ninguno vencido.").contains("Coordinación");

        Path report = dir.resolve("report.xlsx");
        ChildJvm.Result exported = ok(data, "export", "report", "--from", DAY.toString(), "--to", DAY.toString(),
                "--out", report.toString());
        assertThat(exported.out()).contains("Wrote " + report);
        Path plain = dir.resolve("plain.xlsx");
        ok(data, "export", "report", "--from", DAY.minusDays(6).toString(), "--to", DAY.toString(), "--out",
                plain.toString(), "--deidentified");
        try (XSSFWorkbook wb = new XSSFWorkbook(report.toFile());
                XSSFWorkbook de = new XSSFWorkbook(plain.toFile())) {
            for (XSSFWorkbook w : List.of(wb, de)) {
                assertThat(sheetNames(w)).containsExactly("Summary", "Denials", "Waits", "Follow-ups", "Lockdowns");
                Map<String, Double> s = summary(w.getSheet("Summary"));
                assertThat(s).containsEntry("Visits planned", 3.0).containsEntry("Happened", 1.0)
                        .containsEntry("Denied", 1.0).containsEntry("Not brought out", 0.0)
                        .containsEntry("Cut short", 0.0).containsEntry("Visitor no-shows", 1.0)
                        .containsEntry("People visited", 1.0).containsEntry("Median wait (minutes)", 90.0)
                        .containsEntry("Longest wait (minutes)", 90.0).containsEntry("Denied: Dress code", 1.0)
                        .containsEntry("Denied: ID", 0.0).containsEntry("Lockdown or closure days", 0.0);
                assertThat(w.getSheet("Denials").getLastRowNum()).isEqualTo(3);
                assertThat(w.getSheet("Follow-ups").getLastRowNum()).isEqualTo(4);
            }
            assertThat(text(wb)).contains("A-999-000-002", "Dos Prueba", "555-0101").doesNotContain("needs stamps");
            assertThat(text(de)).doesNotContain("A-999-000-00", "Prueba", "555-0101", "Una", "needs stamps")
                    .contains("P-002", "Dress code");
        }
    }

    @Test
    void aFileThatCannotNameItsVisitsIsOneLine(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("data");
        Path f = TestFiles.csv(dir, "o.csv", "A-Number,Outcome\nA999000001,HAPPENED\n");
        ChildJvm.Result r = run(data, "import", "outcomes", f.toString());
        CommandLineTest.assertOneLineFailure(r, 1);
        assertThat(r.err()).contains("Visit ID / A-Number + Date + Start");
        ChildJvm.Result usage = run(data, "unvisited", "--as-of", "next week");
        assertThat(usage.exitCode()).as(usage.toString()).isEqualTo(2);
    }

    static List<String> lines(ChildJvm.Result r) {
        return r.out().lines().toList();
    }

    static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> out = new java.util.ArrayList<>();
        wb.forEach(s -> out.add(s.getSheetName()));
        return out;
    }

    static Map<String, Double> summary(Sheet s) {
        Map<String, Double> out = new HashMap<>();
        for (Row r : s) {
            Cell label = r.getCell(0);
            Cell value = r.getCell(1);
            if (label != null && value != null && value.getCellType() == CellType.NUMERIC) {
                out.put(label.getStringCellValue(), value.getNumericCellValue());
            }
        }
        return out;
    }

    static String text(XSSFWorkbook wb) {
        StringBuilder b = new StringBuilder();
        wb.forEach(s -> s.forEach(r -> r.forEach(c -> {
            if (c.getCellType() == CellType.STRING) {
                b.append(c.getStringCellValue()).append('\n');
            }
        })));
        return b.toString();
    }
}
