package org.visitdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitdesk.app.ImportFileKind;
import org.visitdesk.roster.RosterWriter;

/**
 * Exports on a real store say which visits will be refused: the roster's Conflicts column in words (in the
 * language asked for), visit sheets without those visits unless asked, and the list of them either way.
 */
public class ExportTruthTest {

    static final ZoneId LA = ZoneId.of("America/Los_Angeles");
    static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2026, 3, 1, 9, 0, 0, 0, LA).toInstant(), LA);
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    static final Locale ES = Locale.forLanguageTag("es");

    @TempDir
    Path dir;
    Workspace ws;

    @BeforeEach
    void open() throws IOException {
        ws = Workspace.open(dir.resolve("data"), CLOCK);
        // Uno is held; Dos was released on Monday; Nueva has neither orientation nor an ID check
        load("d.csv", ImportFileKind.DETAINEES, "A-Number,Family Name,Given Name,Facility,Housing Unit,Languages,Status,"
                + "Status Date\n"
                + "A999000001,Prueba,Uno,Adelanto ICE Processing Center,West 3B,Spanish,,\n"
                + "A999000002,Prueba,Dos,Adelanto ICE Processing Center,West 3B,Spanish,released,2026-03-02\n");
        load("v.csv", ImportFileKind.VISITORS, "Family Name,Given Name,Email,Orientation Date,ID Checked,Languages\n"
                + "Visita,Una,una@example.org,2025-01-01,yes,Spanish\n"
                + "Visita,Otra,otra@example.org,2025-01-01,yes,Spanish\n"
                + "Visita,Nueva,nueva@example.org,,no,Spanish\n");
        // West 3B: Tuesdays and Thursdays 13:30-14:30
        load("visits.csv", ImportFileKind.VISITS, "A-Number,Date,Start,Visitors\n"
                + "A999000001,2026-03-03,13:30,una@example.org\n"
                + "A999000002,2026-03-03,13:30,otra@example.org\n"
                + "A999000001,2026-03-05,13:30,nueva@example.org\n");
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private void load(String name, ImportFileKind kind, String csv) throws IOException {
        Path f = Files.writeString(dir.resolve(name), csv);
        ImportResult r = ws.imports().run(f, kind, null, false, null);
        assertThat(r.isValid()).as(r.errorLines(Locale.ENGLISH).toString()).isTrue();
    }

    static List<String> column(XSSFSheet sheet, int col) {
        DataFormatter f = new DataFormatter();
        List<String> out = new ArrayList<>();
        for (int r = RosterWriter.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            out.add(row == null ? "" : f.formatCellValue(row.getCell(col)));
        }
        return out;
    }

    @Test
    void theRosterSaysInWordsWhatIsWrongInTheLanguageAsked() throws IOException {
        int conflicts = RosterWriter.HEADERS.indexOf("Conflicts");
        int aNumber = RosterWriter.HEADERS.indexOf("A-Number");
        for (Locale language : List.of(Locale.ENGLISH, ES)) {
            Path out = dir.resolve("roster-" + language + ".xlsx");
            ExportService.Summary s = ws.exports().roster(MONDAY, MONDAY.plusDays(6), out, false, false, false,
                    language);
            assertThat(s.rows()).isEqualTo(3);
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
                XSSFSheet tuesday = wb.getSheet("2026-03-03");
                List<String> people = column(tuesday, aNumber);
                List<String> said = column(tuesday, conflicts);
                String dos = said.get(people.indexOf("A-999-000-002"));
                String uno = said.get(people.indexOf("A-999-000-001"));
                String thursday = column(wb.getSheet("2026-03-05"), conflicts).get(0);
                if (language == ES) {
                    assertThat(dos).isEqualTo("Ya no está detenida (DETAINEE_NOT_HELD)");
                    assertThat(thursday).isEqualTo("Visitante sin autorización (VISITOR_NOT_CLEARED)");
                } else {
                    assertThat(dos).isEqualTo("No longer detained (DETAINEE_NOT_HELD)");
                    assertThat(thursday).isEqualTo("Visitor not cleared (VISITOR_NOT_CLEARED)");
                }
                assertThat(uno).isEmpty();
                assertThat(tuesday.getFooter().getRight()).isEqualTo("Exported 2026-03-01");
            }
        }
    }

    @Test
    void visitSheetsLeaveOutTheVisitsThatWillBeRefusedAndSaySo() throws IOException {
        Path out = dir.resolve("sheets.xlsx");
        ExportService.Summary s = ws.exports().sheets(MONDAY, MONDAY.plusDays(6), out);
        assertThat(s.rows()).isEqualTo(1);
        assertThat(s.leftOut()).isTrue();
        assertThat(s.breaking()).extracting(ExportService.RuleBreak::aNumber, ExportService.RuleBreak::day,
                ExportService.RuleBreak::start).containsExactly(
                org.assertj.core.groups.Tuple.tuple("A-999-000-002", LocalDate.of(2026, 3, 3), LocalTime.of(13, 30)),
                org.assertj.core.groups.Tuple.tuple("A-999-000-001", LocalDate.of(2026, 3, 5), LocalTime.of(13, 30)));
        assertThat(s.breaking().get(0).rules()).containsExactly("No longer detained");
        assertThat(text(out)).contains("A-999-000-001").doesNotContain("A-999-000-002").doesNotContain("Nueva");

        Path all = dir.resolve("all-sheets.xlsx");
        ExportService.Summary kept = ws.exports().sheets(MONDAY, MONDAY.plusDays(6), all, true, ES);
        assertThat(kept.rows()).isEqualTo(3);
        assertThat(kept.leftOut()).isFalse();
        assertThat(kept.breaking().get(0).rules()).containsExactly("Ya no está detenida");
        assertThat(text(all)).contains("A-999-000-002", "Nueva");

        assertThat(ws.exports().breaking(MONDAY, MONDAY.plusDays(6), Locale.ENGLISH)).hasSize(2);
        ExportService.Summary roster = ws.exports().roster(MONDAY, MONDAY.plusDays(6), dir.resolve("r.xlsx"), false,
                false, true, Locale.ENGLISH);
        assertThat(roster.rows()).as("a roster may leave them out too").isEqualTo(1);
    }

    /** Every cell's text of every sheet. */
    public static String text(Path file) throws IOException {
        DataFormatter f = new DataFormatter();
        StringBuilder b = new StringBuilder();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            wb.forEach(sheet -> sheet.forEach(row -> row.forEach(c -> b.append(f.formatCellValue(c)).append('\n'))));
        }
        return b.toString();
    }
}
