package org.visitdesk.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterWriterTest {

    static final LocalDate EXPORTED = LocalDate.of(2026, 12, 1);

    @TempDir
    Path dir;

    List<RosterRow> week() {
        List<RosterRow> rows = new ArrayList<>();
        rows.add(Rows.simple("2026-12-08", "13:30", "West 3B", "Prueba Dos"));
        rows.add(Rows.simple("2026-12-08", "12:10", "West 3C", "Prueba Tres"));
        rows.add(Rows.simple("2026-12-08", "12:10", "West 3A", "Prueba Uno"));
        rows.add(Rows.row("2026-12-10", "16:00", "West 3D", "Prueba Cuatro", "A-999-123-456", "Scheduled", true,
                List.of("VISITOR_DOUBLE_BOOKED", "WEEKLY_LIMIT"), "family emergency", "bring the form"));
        rows.add(Rows.row("2026-12-10", "11:00", "West 3D", "Prueba Cancelada", "A-999-000-009", "Cancelled", false,
                List.of(), "", ""));
        rows.add(Rows.row("2026-12-12", "07:00", "West 3A", "Prueba NoVino", "A-999-000-010", "No show", false,
                List.of(), "", ""));
        return rows;
    }

    Path write(List<RosterRow> rows, boolean notes, boolean inactive) {
        Path out = dir.resolve("roster.xlsx");
        new RosterWriter().write(rows, new RosterWriter.Options(notes, inactive), EXPORTED,
                out);
        return out;
    }

    static List<String> rowTexts(XSSFSheet sheet, int r) {
        List<String> out = new ArrayList<>();
        for (Cell c : sheet.getRow(r)) {
            out.add(c.getCellType() == CellType.STRING ? c.getStringCellValue() : "#");
        }
        return out;
    }

    @Test
    void oneSheetPerDayWithVisitsAfterTheSummaryAndCancelledLeftOut() throws IOException {
        try (XSSFWorkbook wb = Rows.read(write(week(), false, false))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
            assertThat(wb.getSheetName(0)).isEqualTo("Summary");
            assertThat(wb.getSheetName(1)).isEqualTo("2026-12-08");
            assertThat(wb.getSheetName(2)).isEqualTo("2026-12-10");
            XSSFSheet dec10 = wb.getSheet("2026-12-10");
            assertThat(dec10.getLastRowNum()).isEqualTo(2);
            assertThat(dec10.getRow(2).getCell(4).getStringCellValue()).isEqualTo("Prueba Cuatro");
            assertThat(dec10.getRow(0).getCell(0).getStringCellValue())
                    .contains(Rows.ADELANTO, "Thursday", "2026-12-10", "Confidential");
        }
    }

    @Test
    void cancelledDeniedAndNoShowComeBackWhenAskedFor() throws IOException {
        try (XSSFWorkbook wb = Rows.read(write(week(), false, true))) {
            assertThat(wb.getSheet("2026-12-12")).isNotNull();
            XSSFSheet dec10 = wb.getSheet("2026-12-10");
            assertThat(dec10.getLastRowNum()).isEqualTo(3);
            assertThat(dec10.getRow(2).getCell(10).getStringCellValue()).isEqualTo("Cancelled");
        }
    }

    @Test
    void theHeaderRowHasTheTitlesAndNotesOnlyWhenAsked() throws IOException {
        try (XSSFWorkbook wb = Rows.read(write(week(), false, false))) {
            List<String> titles = rowTexts(wb.getSheet("2026-12-08"), RosterWriter.HEADER_ROW);
            assertThat(titles).containsSubsequence("Time", "Housing Unit", "Detainee", "A-Number", "Languages",
                    "Visitors", "Visitor Phones", "Type", "Status", "Conflicts");
            assertThat(titles).doesNotContain("Notes");
            for (Row r : wb.getSheet("2026-12-10")) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.STRING) {
                        assertThat(c.getStringCellValue()).doesNotContain("bring the form");
                    }
                }
            }
        }
        try (XSSFWorkbook wb = Rows.read(write(week(), true, false))) {
            List<String> titles = rowTexts(wb.getSheet("2026-12-10"), RosterWriter.HEADER_ROW);
            assertThat(titles.get(titles.size() - 1)).isEqualTo("Notes");
            assertThat(wb.getSheet("2026-12-10").getRow(2).getCell(titles.size() - 1).getStringCellValue())
                    .isEqualTo("bring the form");
        }
    }

    @Test
    void rowsAreSortedByStartThenHousingUnit() throws IOException {
        try (XSSFWorkbook wb = Rows.read(write(week(), false, false))) {
            XSSFSheet s = wb.getSheet("2026-12-08");
            assertThat(List.of(s.getRow(2).getCell(3).getStringCellValue(), s.getRow(3).getCell(3)
                    .getStringCellValue(), s.getRow(4).getCell(3).getStringCellValue()))
                    .containsExactly("West 3A", "West 3C", "West 3B");
        }
    }

    @Test
    void datesAndTimesAreRealCellsAndANumbersAreText() throws IOException {
        try (XSSFWorkbook wb = Rows.read(write(week(), false, false))) {
            Row r = wb.getSheet("2026-12-10").getRow(2);
            Cell date = r.getCell(0);
            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 10));
            Cell start = r.getCell(1);
            assertThat(start.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(start)).isTrue();
            assertThat(start.getNumericCellValue()).isCloseTo(16.0 / 24, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(start.getCellStyle().getDataFormatString()).isEqualTo("hh:mm");
            assertThat(r.getCell(2).getNumericCellValue()).isCloseTo(17.0 / 24,
                    org.assertj.core.data.Offset.offset(1e-9));
            Cell an = r.getCell(5);
            assertThat(an.getCellType()).isEqualTo(CellType.STRING);
            assertThat(an.getStringCellValue()).isEqualTo("A-999-123-456");
            assertThat(r.getCell(11).getStringCellValue())
                    .isEqualTo("VISITOR_DOUBLE_BOOKED, WEEKLY_LIMIT; kept anyway: family emergency");
            assertThat(r.getCell(7).getStringCellValue()).isEqualTo("Prueba Visitante\nOtra Visitante");
        }
    }

    @Test
    void printsAsItComesOut() throws IOException {
        try (XSSFWorkbook wb = Rows.read(write(week(), false, false))) {
            XSSFSheet s = wb.getSheet("2026-12-08");
            assertThat(s.getPrintSetup().getLandscape()).isTrue();
            assertThat(s.getFitToPage()).isTrue();
            assertThat(s.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(s.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
            CellRangeAddress repeated = s.getRepeatingRows();
            assertThat(repeated.getFirstRow()).isEqualTo(RosterWriter.HEADER_ROW);
            assertThat(repeated.getLastRow()).isEqualTo(RosterWriter.HEADER_ROW);
            assertThat(s.getFooter().getCenter()).isEqualTo("Page &P of &N");
            // the day of the export in ISO, like the body, not a date field the printer's locale writes
            assertThat(s.getFooter().getRight()).isEqualTo("Exported " + EXPORTED).doesNotContain("&D");
            assertThat(wb.getSheet(RosterWriter.SUMMARY).getFooter().getRight()).isEqualTo("Exported " + EXPORTED);
            assertThat(s.getMargin(org.apache.poi.ss.usermodel.Sheet.LeftMargin)).isEqualTo(0.4);
            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
            assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(s.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:L5");
        }
    }

    @Test
    void theSummaryCountsVisitsVisitorsAndConflictsPerDay() throws IOException {
        try (XSSFWorkbook wb = Rows.read(write(week(), false, false))) {
            XSSFSheet s = wb.getSheet("Summary");
            assertThat(rowTexts(s, 3)).startsWith("Date", "Weekday", "Visits", "Visitors", "Visits with conflicts");
            Row dec8 = s.getRow(4);
            assertThat(DateUtil.isCellDateFormatted(dec8.getCell(0))).isTrue();
            assertThat(dec8.getCell(2).getNumericCellValue()).isEqualTo(3);
            // the same two made-up visitors go to every visit
            assertThat(dec8.getCell(3).getNumericCellValue()).isEqualTo(2);
            assertThat(dec8.getCell(4).getNumericCellValue()).isZero();
            Row dec10 = s.getRow(5);
            assertThat(dec10.getCell(2).getNumericCellValue()).isEqualTo(1);
            assertThat(dec10.getCell(4).getNumericCellValue()).isEqualTo(1);
            assertThat(dec10.getCell(5).getNumericCellValue()).isEqualTo(1);
            Row total = s.getRow(6);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Total");
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(4);
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysExactlyThatText() throws IOException {
        List<String> evil = List.of("=HYPERLINK(\"http://example.org\",\"x\")", "+1+2", "-2+3", "@SUM(A1)",
                "\tPrueba Tab", "\nPrueba Salto", "=cmd|' /C calc'!A0");
        List<RosterRow> rows = new ArrayList<>();
        int minute = 0;
        for (String name : evil) {
            rows.add(Rows.row("2026-12-08", String.format("12:%02d", minute++), "West 3A", name, "A-999-000-001",
                    "Scheduled", true, List.of(), "", name));
        }
        try (XSSFWorkbook wb = Rows.read(write(rows, true, false))) {
            XSSFSheet s = wb.getSheet("2026-12-08");
            for (int i = 0; i < evil.size(); i++) {
                for (int col : new int[] {4, 12}) {
                    Cell c = s.getRow(2 + i).getCell(col);
                    assertThat(c.getCellType()).as(evil.get(i)).isEqualTo(CellType.STRING);
                    assertThat(c.getStringCellValue()).isEqualTo(evil.get(i));
                    assertThat(c.getCellStyle().getQuotePrefixed()).isTrue();
                }
            }
            // and plain names carry no quote flag
            assertThat(s.getRow(1).getCell(4).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void noTemporaryFileIsMadeOrLeftBehind() {
        List<RosterRow> many = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            many.add(Rows.simple("2026-12-08", "12:10", "West 3A", "Prueba " + i));
        }
        write(many, false, false);
        assertThat(Rows.filesUnder(dir)).extracting(p -> p.getFileName().toString()).containsExactly("roster.xlsx");
    }

    @Test
    void moreThanAThousandDaysWithVisitsAreWritten() throws IOException {
        // POI refused to write more than 1,000 parts: some 990 day sheets, and the coordinator met "writing failed"
        List<RosterRow> rows = new ArrayList<>();
        LocalDate day = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < 1010; i++) {
            rows.add(Rows.simple(day.plusDays(i).toString(), "12:10", "West 3A", "Prueba " + i));
        }
        RosterWriter.Result r = new RosterWriter().write(rows, new RosterWriter.Options(false, false), EXPORTED,
                dir.resolve("roster.xlsx"));

        assertThat(r.days()).isEqualTo(1010);
        long limit = ZipSecureFile.getMaxFileCount();
        ZipSecureFile.setMaxFileCount(5000);
        try (XSSFWorkbook wb = Rows.read(dir.resolve("roster.xlsx"))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1011);
            assertThat(wb.getSheetName(1010)).isEqualTo(day.plusDays(1009).toString());
            assertThat(wb.getSheetAt(1010).getRow(2).getCell(4).getStringCellValue()).isEqualTo("Prueba 1009");
            assertThat(wb.getSheet(RosterWriter.SUMMARY).getRow(4 + 1010).getCell(2).getNumericCellValue())
                    .isEqualTo(1010);
        } finally {
            ZipSecureFile.setMaxFileCount(limit);
        }
    }

    @Test
    void textIsWrittenExactlyAsGiven() throws IOException {
        List<String> odd = List.of("Prueba & <Uno> \"dos\"", " Prueba espacios ", "Prueba\r\nCRLF",
                "Prueba _x0041_ literal", "Prueba \uD83D\uDE00 emoji", "Prueba O'Neil");
        List<RosterRow> rows = new ArrayList<>();
        int minute = 0;
        for (String name : odd) {
            rows.add(Rows.simple("2026-12-08", String.format("12:%02d", minute++), "West 3A", name));
        }
        try (XSSFWorkbook wb = Rows.read(write(rows, false, false))) {
            XSSFSheet s = wb.getSheet("2026-12-08");
            for (int i = 0; i < odd.size(); i++) {
                assertThat(s.getRow(2 + i).getCell(4).getStringCellValue()).isEqualTo(odd.get(i));
            }
        }
        // more than a cell holds is cut, and the cut marked
        rows = List.of(Rows.row("2026-12-08", "12:00", "West 3A", "Prueba Larga", "A-999-000-001", "Scheduled", true,
                List.of(), "", "n".repeat(40_000)));
        try (XSSFWorkbook wb = Rows.read(write(rows, true, false))) {
            String note = wb.getSheet("2026-12-08").getRow(2).getCell(12).getStringCellValue();
            assertThat(note).hasSize(StreamedBook.MAX_CELL_TEXT).endsWith("n\u2026");
        }
        // characters XML cannot carry become '?', never a broken file
        rows = List.of(Rows.simple("2026-12-08", "12:00", "West 3A", "Prueba\u0001\uD800x"));
        try (XSSFWorkbook wb = Rows.read(write(rows, false, false))) {
            assertThat(wb.getSheet("2026-12-08").getRow(2).getCell(4).getStringCellValue()).isEqualTo("Prueba??x");
        }
    }

    @Test
    void aMissingFolderFailsClearlyAndLeavesNothing() {
        Path out = dir.resolve("nope/roster.xlsx");
        assertThatThrownBy(() -> new RosterWriter().write(week(),
                new RosterWriter.Options(false, false), EXPORTED, out))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("does not exist")
                .satisfies(e -> assertThat(((ExportException) e).kind())
                        .isEqualTo(ExportException.Kind.FOLDER_MISSING));
        assertThat(dir.resolve("nope")).doesNotExist();
        assertThat(Rows.filesUnder(dir)).isEmpty();
    }

    @Test
    void aTargetThatCannotBeReplacedFailsClearlyAndLeavesNoPartFile() throws IOException {
        Path out = dir.resolve("roster.xlsx");
        Files.createDirectories(out.resolve("inside"));
        assertThatThrownBy(() -> write(week(), false, false)).isInstanceOf(ExportException.class)
                .satisfies(e -> assertThat(((ExportException) e).kind())
                        .isEqualTo(ExportException.Kind.NOT_WRITABLE));
        assertThat(Rows.filesUnder(dir)).isEmpty();
    }

    @Test
    void aFailureHalfwayKeepsTheOldFileAndLeavesNoPartFile() throws IOException {
        Path out = dir.resolve("roster.xlsx");
        Files.writeString(out, "old");
        assertThatThrownBy(() -> SafeFile.write(out, o -> {
            o.write(new byte[] {1, 2, 3});
            throw new IOException("disk full");
        })).isInstanceOf(ExportException.class).hasMessageContaining("Nothing was written");
        assertThat(Files.readString(out)).isEqualTo("old");
        assertThat(Rows.filesUnder(dir)).containsExactly(out);
    }

    /** Every sheet's name, print titles, footer, and every cell (value, format, style flags) and row height. */
    static String dump(XSSFWorkbook wb) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            XSSFSheet sheet = wb.getSheetAt(i);
            out.append(sheet.getSheetName()).append(' ').append(sheet.getRepeatingRows()).append(' ')
                    .append(sheet.getFooter().getCenter()).append(sheet.getFooter().getRight())
                    .append(sheet.getPrintSetup().getLandscape()).append('\n');
            for (Row row : sheet) {
                out.append(row.getRowNum()).append(' ').append(row.getHeightInPoints()).append(':');
                for (Cell c : row) {
                    out.append(" | ").append(c.getCellType() == CellType.STRING ? c.getStringCellValue()
                            : String.valueOf(c.getNumericCellValue())).append(' ')
                            .append(c.getCellStyle().getDataFormatString()).append(' ')
                            .append(c.getCellStyle().getWrapText()).append(c.getCellStyle().getQuotePrefixed());
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    @Test
    void writtenADayAtATimeTheRosterIsTheSameAsWrittenWhole() throws IOException {
        List<RosterRow> rows = week();
        rows.add(Rows.simple("2026-12-14", "12:10", "West 3A", "=Prueba Cinco"));
        String whole;
        try (XSSFWorkbook wb = Rows.read(write(rows, true, false))) {
            whole = dump(wb);
        }
        Path out = dir.resolve("batches.xlsx");
        RosterWriter.Result r = new RosterWriter().write(List.of(rows.subList(0, 3),
                rows.subList(3, 6), List.<RosterRow>of(), rows.subList(6, 7)).iterator(),
                new RosterWriter.Options(true, false), EXPORTED, out);

        assertThat(r.visits()).isEqualTo(5);
        assertThat(r.days()).isEqualTo(3);
        try (XSSFWorkbook wb = Rows.read(out)) {
            assertThat(dump(wb)).isEqualTo(whole).contains("Summary", "2026-12-14", "=Prueba Cinco");
        }
    }
}
