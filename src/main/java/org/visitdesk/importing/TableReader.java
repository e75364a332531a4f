package org.visitdesk.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the rows of an .xlsx sheet (through POI, with its zip-bomb and size limits left on; formulas are read as
 * their cached values, never evaluated) or of a UTF-8 .csv file (through Commons CSV, comma, semicolon or tab).
 * Anything wrong with the file as a whole becomes an {@link ImportFailure} with one clear sentence.
 */
public final class TableReader {

    /** Files above this size are refused before reading: no coordinator's list is this big. */
    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    /** Rows above this count are refused. */
    public static final int MAX_ROWS = 200_000;
    /** Columns beyond this are not read. */
    public static final int MAX_COLUMNS = 200;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private TableReader() {
    }

    /** The sheet names of an xlsx file (one name, "", for a CSV file). */
    public static List<String> sheetNames(Path file) throws ImportFailure {
        byte[] head = head(file);
        if (!startsWith(head, ZIP)) {
            checkNotOther(head);
            return List.of("");
        }
        return withWorkbook(file, wb -> {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                names.add(wb.getSheetName(i));
            }
            if (names.isEmpty()) {
                throw new ImportFailure("import.file.corrupt");
            }
            return names;
        });
    }

    /** All non-blank rows of a sheet (the first sheet when {@code sheet} is null or blank), or of a CSV file. */
    public static List<Table.Row> rows(Path file, String sheet) throws ImportFailure {
        byte[] head = head(file);
        if (startsWith(head, ZIP)) {
            return withWorkbook(file, wb -> xlsxRows(wb, sheet));
        }
        checkNotOther(head);
        return csvRows(readAll(file));
    }

    private static byte[] head(Path file) throws ImportFailure {
        try {
            if (!Files.isRegularFile(file)) {
                throw new ImportFailure("import.file.missing");
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new ImportFailure("import.file.empty");
            }
            if (size > MAX_FILE_BYTES) {
                throw new ImportFailure("import.file.tooLarge", MAX_FILE_BYTES / (1024 * 1024));
            }
            try (InputStream in = Files.newInputStream(file)) {
                return in.readNBytes(8);
            }
        } catch (NoSuchFileException e) {
            throw new ImportFailure(e, "import.file.missing");
        } catch (IOException e) {
            throw new ImportFailure(e, "import.file.unreadable");
        }
    }

    private static void checkNotOther(byte[] head) throws ImportFailure {
        if (startsWith(head, OLE2)) {
            throw new ImportFailure("import.file.oldExcel");
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private interface WorkbookWork<T> {
        T apply(XSSFWorkbook wb) throws ImportFailure;
    }

    private static <T> T withWorkbook(Path file, WorkbookWork<T> work) throws ImportFailure {
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            try (XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
                return work.apply(wb);
            }
        } catch (ImportFailure e) {
            throw e;
        } catch (NotOfficeXmlFileException e) {
            throw new ImportFailure(e, "import.file.notSpreadsheet");
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException | RuntimeException
                | StackOverflowError e) {
            throw poiFailure(e);
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
    }

    /** POI's failures, told apart: a zip bomb, a zip that is no workbook, or a damaged file. */
    static ImportFailure poiFailure(Throwable e) {
        if (Boolean.getBoolean("visitdesk.import.debug")) {
            e.printStackTrace();
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("zip bomb")) {
                return new ImportFailure(e, "import.file.zipBomb");
            }
            if (t instanceof NotOfficeXmlFileException || m.contains("no valid entries or contents found")
                    || m.contains("content_types") || m.contains("content type part")) {
                return new ImportFailure(e, "import.file.notSpreadsheet");
            }
        }
        return new ImportFailure(e, "import.file.corrupt");
    }

    private static List<Table.Row> xlsxRows(XSSFWorkbook wb, String sheetName) throws ImportFailure {
        Sheet sheet;
        if (sheetName == null || sheetName.isBlank()) {
            if (wb.getNumberOfSheets() == 0) {
                throw new ImportFailure("import.file.corrupt");
            }
            sheet = wb.getSheetAt(0);
        } else {
            sheet = wb.getSheet(sheetName);
            if (sheet == null) {
                throw new ImportFailure("import.file.noSuchSheet", sheetName);
            }
        }
        List<Table.Row> out = new ArrayList<>();
        for (org.apache.poi.ss.usermodel.Row r : sheet) {
            if (out.size() >= MAX_ROWS) {
                throw new ImportFailure("import.file.tooManyRows", MAX_ROWS);
            }
            int last = Math.min(r.getLastCellNum(), MAX_COLUMNS);
            List<Cell> cells = new ArrayList<>(Math.max(last, 0));
            for (int c = 0; c < last; c++) {
                cells.add(cell(r.getCell(c)));
            }
            Table.Row row = new Table.Row(r.getRowNum() + 1, cells);
            if (!row.isBlank()) {
                out.add(row);
            }
        }
        return out;
    }

    private static Cell cell(org.apache.poi.ss.usermodel.Cell c) {
        if (c == null) {
            return Cell.BLANK;
        }
        CellType type = c.getCellType();
        if (type == CellType.FORMULA) {
            // the value Excel saved with the file: never evaluated here
            type = c.getCachedFormulaResultType();
        }
        switch (type) {
            case STRING:
                return Cell.text(c.getRichStringCellValue().getString());
            case NUMERIC: {
                double d = c.getNumericCellValue();
                if (DateUtil.isCellDateFormatted(c) && DateUtil.isValidExcelDate(d)) {
                    LocalDateTime t = DateUtil.getLocalDateTime(d, false, true);
                    return new Cell(t.toString(), t, null, false);
                }
                return Cell.text(number(d));
            }
            case BOOLEAN: {
                boolean b = c.getBooleanCellValue();
                return new Cell(b ? "TRUE" : "FALSE", null, b, false);
            }
            case ERROR:
                return new Cell("#ERROR", null, null, true);
            default:
                return Cell.BLANK;
        }
    }

    /** A number as people typed it: {@code 123456789}, not {@code 1.23456789E8}. */
    static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static byte[] readAll(Path file) throws ImportFailure {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportFailure(e, "import.file.unreadable");
        }
    }

    /** The rows of a CSV file: UTF-8 with or without BOM; the separator is guessed from the first line. */
    static List<Table.Row> csvRows(byte[] bytes) throws ImportFailure {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            throw new ImportFailure("import.file.notUtf8");
        }
        int controls = 0;
        for (int i = start; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new ImportFailure("import.file.notSpreadsheet");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t') {
                controls++;
            }
        }
        if (controls > 0 && controls * 100L > bytes.length - start) {
            throw new ImportFailure("import.file.notSpreadsheet");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportFailure(e, "import.file.notUtf8");
        }
        if (text.isBlank()) {
            throw new ImportFailure("import.file.empty");
        }
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(guessDelimiter(text))
                .setIgnoreEmptyLines(false)
                .setTrim(true)
                .get();
        List<Table.Row> out = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord rec : parser) {
                if (out.size() >= MAX_ROWS) {
                    throw new ImportFailure("import.file.tooManyRows", MAX_ROWS);
                }
                List<Cell> cells = new ArrayList<>(rec.size());
                for (int i = 0; i < rec.size() && i < MAX_COLUMNS; i++) {
                    cells.add(Cell.text(rec.get(i)));
                }
                // a spreadsheet shows one row per record, even when a quoted cell holds line breaks
                Table.Row row = new Table.Row((int) rec.getRecordNumber(), cells);
                if (!row.isBlank()) {
                    out.add(row);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ImportFailure(e, "import.file.csvBroken", out.isEmpty() ? 1 : out.get(out.size() - 1).number() + 1);
        }
        return out;
    }

    /** Comma, semicolon or tab: whichever appears most in the first line, outside quotes. */
    static char guessDelimiter(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                comma++;
            } else if (!quoted && c == ';') {
                semicolon++;
            } else if (!quoted && c == '\t') {
                tab++;
            }
        }
        if (tab > comma && tab > semicolon) {
            return '\t';
        }
        return semicolon > comma ? ';' : ',';
    }
}
