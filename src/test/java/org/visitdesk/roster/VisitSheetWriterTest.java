package org.visitdesk.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VisitSheetWriterTest {

    @TempDir
    Path dir;

    List<RosterRow> visits() {
        List<RosterRow> rows = new ArrayList<>();
        rows.add(Rows.row("2026-12-08", "12:10", "West 3A", "Prueba Uno", "A-999-111-222", "Scheduled", true,
                List.of("WEEKLY_LIMIT"), "reason not for visitors", "secret note"));
        rows.add(Rows.row("2026-12-08", "13:30", "East 2", "Prueba Dos", "A-999-333-444", "Confirmed", true,
                List.of(), "", "another secret note"));
        rows.add(Rows.row("2026-12-10", "16:00", "West 3D", "Prueba Tres", "A-999-555-666", "Scheduled", true,
                List.of(), "", ""));
        rows.add(Rows.row("2026-12-10", "11:00", "West 3D", "Prueba Cancelada", "A-999-000-009", "Cancelled", false,
                List.of(), "", ""));
        return rows;
    }

    XSSFWorkbook write(List<RosterRow> rows) {
        Path out = dir.resolve("sheets.xlsx");
        VisitSheetWriter.Result r = new VisitSheetWriter(dir.resolve("tmp")).write(rows, out);
        assertThat(r.visits()).isEqualTo((int) rows.stream().filter(RosterRow::active).count());
        return Rows.read(out);
    }

    static String allText(XSSFSheet s) {
        StringBuilder b = new StringBuilder();
        for (Row r : s) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING) {
                    b.append(c.getStringCellValue()).append('\n');
                }
            }
        }
        return b.toString();
    }

    @Test
    void onePagePerVisitWithPageBreaksBetween() throws IOException {
        try (XSSFWorkbook wb = write(visits())) {
            XSSFSheet s = wb.getSheet(VisitSheetWriter.SHEET);
            assertThat(s.getRowBreaks()).hasSize(2);
            assertThat(s.getPrintSetup().getLandscape()).isFalse();
            // Excel ignores manual page breaks on a sheet scaled to fit
            assertThat(s.getFitToPage()).isFalse();
            assertThat(s.getFooter().getRight()).isEqualTo("Page &P of &N");
            // each page starts with its title, right after the previous break
            int[] breaks = s.getRowBreaks();
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).startsWith("Visit sheet");
            for (int b : breaks) {
                assertThat(s.getRow(b + 1).getCell(0).getStringCellValue()).startsWith("Visit sheet");
            }
            assertThat(allText(s)).doesNotContain("Prueba Cancelada");
        }
    }

    @Test
    void aPageHasWhatTheFrontDeskAsksForAndTheBuildingToDriveTo() throws IOException {
        try (XSSFWorkbook wb = write(visits())) {
            XSSFSheet s = wb.getSheet(VisitSheetWriter.SHEET);
            // the boxes keep their words on one line with no-break spaces
            String text = allText(s).replace('\u00a0', ' ');
            assertThat(text).contains("Prueba Uno", "A-999-111-222", "West 3A", "Spanish, English",
                    "Prueba Visitante", "(760) 555-0101", "Government photo ID", "Dress code", "phone, paper, pen",
                    "After the visit", "Commissary", "Books/letters", "Attorney", "Family contact", "Not brought out",
                    "Dress code", "Seen  ____:____", "Never write asylum claims",
                    "Release support", "Arrive at least");
            assertThat(text).contains("West building, 10250 Rancho Road, Adelanto, CA 92301",
                    "East building, 10400 Rancho Road, Adelanto, CA 92301");
            boolean realDate = false;
            for (Row r : s) {
                Cell c = r.getCell(1);
                if (c != null && c.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(c)
                        && c.getLocalDateTimeCellValue().toLocalDate().equals(LocalDate.of(2026, 12, 8))) {
                    realDate = true;
                }
            }
            assertThat(realDate).as("the date is a real date cell").isTrue();
        }
    }

    @Test
    void aPageLeavesOutNotesBirthDatesAndHistory() throws IOException {
        try (XSSFWorkbook wb = write(visits())) {
            String text = allText(wb.getSheet(VisitSheetWriter.SHEET));
            assertThat(text).as("the pages are there").contains("Prueba Uno", "Prueba Dos", "A-999-111-222");
            assertThat(text).doesNotContain("secret note", "reason not for visitors", "WEEKLY_LIMIT", "Birth",
                    "Scheduled", "Confirmed");
        }
    }

    @Test
    void formulaLookingNamesStayText() throws IOException {
        RosterRow evil = new RosterRow(LocalDate.of(2026, 12, 8), LocalTime.of(12, 10), LocalTime.of(13, 10),
                Rows.ADELANTO, Rows.ADDRESS, "West 3A", "=1+1 Prueba", "A-999-000-001", List.of("-Spanish"),
                List.of("@Prueba Visitante"), List.of("+1 760 555 0101"), "Social", "Scheduled", true, List.of(), "",
                "");
        try (XSSFWorkbook wb = write(List.of(evil))) {
            String text = allText(wb.getSheet(VisitSheetWriter.SHEET));
            assertThat(text).contains("=1+1 Prueba", "-Spanish", "@Prueba Visitante");
        }
        assertThat(Rows.filesUnder(dir.resolve("tmp"))).isEmpty();
    }
}
