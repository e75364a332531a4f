package org.visitdesk.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds import files in code: CSV text and POI-written workbooks. Fake people only. */
public final class TestFiles {

    /** A formula with the value Excel saved for it. */
    public record Formula(String formula, Object cached) {
    }

    private TestFiles() {
    }

    public static Path csv(Path dir, String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    /** One sheet named "Sheet1". */
    public static Path xlsx(Path dir, String name, List<List<Object>> rows) throws IOException {
        return xlsx(dir, name, new String[] {"Sheet1"}, List.of(rows));
    }

    /** Several sheets. Values: String, Number, Boolean, LocalDate, LocalTime, LocalDateTime, Formula, null. */
    public static Path xlsx(Path dir, String name, String[] sheets, List<List<List<Object>>> content)
            throws IOException {
        Path p = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("m/d/yyyy"));
            CellStyle time = wb.createCellStyle();
            time.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("h:mm AM/PM"));
            for (int s = 0; s < sheets.length; s++) {
                Sheet sheet = wb.createSheet(sheets[s]);
                List<List<Object>> rows = content.get(s);
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    List<Object> values = rows.get(r);
                    for (int c = 0; c < values.size(); c++) {
                        set(row.createCell(c), values.get(c), date, time);
                    }
                }
            }
            wb.write(out);
        }
        return p;
    }

    private static void set(org.apache.poi.ss.usermodel.Cell cell, Object v, CellStyle date, CellStyle time) {
        if (v == null) {
            return;
        }
        if (v instanceof Formula f) {
            cell.setCellFormula(f.formula());
            set(cell, f.cached(), date, time);
        } else if (v instanceof String s) {
            cell.setCellValue(s);
        } else if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (v instanceof Boolean b) {
            cell.setCellValue(b);
        } else if (v instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
        } else if (v instanceof LocalDateTime d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
        } else if (v instanceof LocalTime t) {
            // an Excel time is a fraction of a day
            cell.setCellValue(t.toSecondOfDay() / 86400.0);
            cell.setCellStyle(time);
        } else {
            throw new IllegalArgumentException(String.valueOf(v));
        }
    }

    /** A CSV of n detainees with A-numbers A999000001..., one per row. */
    public static String detaineesCsv(int n) {
        StringBuilder b = new StringBuilder("A-Number,Family Name,Given Name,Date of Birth,Languages\n");
        for (int i = 1; i <= n; i++) {
            b.append(String.format("A999%06d,Prueba,Uno %d,1990-01-02,Spanish; Mam%n", i, i));
        }
        return b.toString();
    }
}
