package org.visitdesk.roster;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.poifs.crypt.temp.SheetDataWriterWithDecorator;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * A streaming workbook whose temporary files live in a folder of ours and are encrypted (AES, with a key that
 * exists only in memory): a crash during an export leaves nothing readable behind. With the cell writers every
 * export uses. Text always goes into string cells: never a formula, whatever it starts with.
 */
final class Book implements AutoCloseable {

    /** Rows kept in memory per sheet; older rows go to the (compressed) temporary file. */
    static final int WINDOW = 200;

    private static final Object TEMP_LOCK = new Object();

    final SXSSFWorkbook wb;
    final Styles styles;
    private final Map<CellStyle, CellStyle> quoted = new HashMap<>();

    private Book(SXSSFWorkbook wb) {
        this.wb = wb;
        this.styles = new Styles(wb);
    }

    /** Opens a workbook whose temporary files go into {@code tempFolder} (created if needed). */
    static Book open(Path tempFolder) {
        try {
            Files.createDirectories(tempFolder);
        } catch (IOException e) {
            throw new ExportException(ExportException.Kind.FAILED,
                    "cannot create the temporary folder " + tempFolder + ". Nothing was written.", e);
        }
        synchronized (TEMP_LOCK) {
            // POI's strategy is global: set it to our folder for this workbook's temporary files
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(tempFolder.toFile()));
            return new Book(new EncryptedTemp());
        }
    }

    /**
     * SXSSF whose sheet data goes to its temporary file through AES (POI's {@link SheetDataWriterWithDecorator},
     * a fresh random key per sheet, kept in memory), and whose workbook skeleton is assembled in memory instead
     * of in a temporary file of its own. Strings are written inline: no shared-strings table in memory either.
     */
    private static final class EncryptedTemp extends SXSSFWorkbook {
        EncryptedTemp() {
            // not compressed: encrypted data does not compress, and deflating twice is slow
            super(null, WINDOW, false, false);
        }

        @Override
        protected SheetDataWriter createSheetDataWriter() throws IOException {
            return new SheetDataWriterWithDecorator();
        }

        @Override
        public void write(OutputStream stream) throws IOException {
            writeAvoidingTempFiles(stream);
        }
    }

    /** Writes the workbook to the stream. */
    void writeTo(OutputStream out) throws IOException {
        wb.write(out);
    }

    /** True when Excel would read this text as the start of a formula or a command (CSV/DDE injection). */
    static boolean looksLikeFormula(String s) {
        return Csv.looksLikeFormula(s);
    }

    /**
     * A text cell. POI writes it as a string cell, which no spreadsheet evaluates; text that looks like a formula
     * also gets the hidden "quote prefix" flag, so that editing the cell in Excel keeps it text.
     */
    Cell text(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        String v = value == null ? "" : value;
        c.setCellValue(v);
        CellStyle s = style == null ? styles.text : style;
        if (looksLikeFormula(v)) {
            s = quoted.computeIfAbsent(s, base -> {
                CellStyle q = wb.createCellStyle();
                q.cloneStyleFrom(base);
                q.setQuotePrefixed(true);
                return q;
            });
        }
        c.setCellStyle(s);
        return c;
    }

    Cell text(Row row, int col, String value) {
        return text(row, col, value, null);
    }

    /** A real date cell. */
    Cell date(Row row, int col, LocalDate value, CellStyle style) {
        Cell c = row.createCell(col);
        if (value != null) {
            c.setCellValue(value);
        }
        c.setCellStyle(style == null ? styles.date : style);
        return c;
    }

    /** A real time cell: a fraction of a day with a time format. */
    Cell time(Row row, int col, LocalTime value, CellStyle style) {
        Cell c = row.createCell(col);
        if (value != null) {
            c.setCellValue(value.toSecondOfDay() / 86_400.0);
        }
        c.setCellStyle(style == null ? styles.time : style);
        return c;
    }

    Cell number(Row row, int col, double value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style == null ? styles.number : style);
        return c;
    }

    /**
     * Landscape (or not), one page wide, the header row on every page, margins, and a footer with page x of y and
     * the day of the export, written as ISO like every date in the roster (a printed date field would follow the
     * printer's locale: 12/01/2026).
     */
    static void printSetup(Sheet sheet, int headerRow, boolean landscape, LocalDate exportedOn) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(landscape);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        sheet.setMargin(Sheet.HeaderMargin, 0.25);
        sheet.setMargin(Sheet.FooterMargin, 0.25);
        sheet.setHorizontallyCenter(false);
        sheet.getFooter().setLeft("Confidential");
        sheet.getFooter().setCenter("Page &P of &N");
        sheet.getFooter().setRight("Exported " + exportedOn.format(DateTimeFormatter.ISO_LOCAL_DATE));
    }

    /** Deletes the temporary files (SXSSFWorkbook.close() disposes of them). */
    @Override
    public void close() {
        try {
            // rows still in memory (a write that never happened) go to the temporary files first, so that
            // closing finds every sheet flushed and can delete the files without complaint
            for (Sheet s : wb) {
                ((SXSSFSheet) s).flushRows();
            }
        } catch (IOException | RuntimeException ignored) {
            // already written and closed: nothing left in memory
        }
        try {
            wb.close();
        } catch (IOException ignored) {
            wb.dispose();
        }
    }
}
