package org.visitdesk.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
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
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

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
        return withPackage(file, (reader, pkg) -> {
            List<String> names = new ArrayList<>();
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    names.add(it.getSheetName());
                }
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
            return withPackage(file, (reader, pkg) -> xlsxRows(reader, pkg, sheet));
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

    private interface PackageWork<T> {
        T apply(XSSFReader reader, OPCPackage pkg) throws ImportFailure, IOException, SAXException,
                OpenXML4JException;
    }

    /** Opens the package read-only through POI's zip-bomb-checking zip reader; never writes it back. */
    private static <T> T withPackage(Path file, PackageWork<T> work) throws ImportFailure {
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            return work.apply(new XSSFReader(pkg), pkg);
        } catch (ImportFailure e) {
            throw e;
        } catch (TooManyRows e) {
            throw new ImportFailure("import.file.tooManyRows", MAX_ROWS);
        } catch (NotOfficeXmlFileException e) {
            throw new ImportFailure(e, "import.file.notSpreadsheet");
        } catch (IOException | SAXException | OpenXML4JException
                | RuntimeException | StackOverflowError e) {
            throw poiFailure(e);
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
    }

    private static final class TooManyRows extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyRows() {
            super(null, null, false, false);
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

    /** The day after 9999-12-31, the last date Excel has. */
    private static final double LAST_EXCEL_DAY = 2_958_466;

    /** Marks a date cell's raw value in the text the sheet handler passes on. */
    private static final String DATE_MARK = "\u0000date:";

    /**
     * Streams the sheet's XML (no workbook model: fast and lean for 10,000 rows). Cells come as the cached values
     * Excel saved; formulas are never evaluated. Date cells are told apart by their number format.
     */
    private static List<Table.Row> xlsxRows(XSSFReader reader, OPCPackage pkg, String sheetName) throws ImportFailure, IOException,
            SAXException, OpenXML4JException {
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
        InputStream sheet = null;
        while (it.hasNext()) {
            InputStream in = it.next();
            if (sheetName == null || sheetName.isBlank() || sheetName.equals(it.getSheetName())) {
                sheet = in;
                break;
            }
            in.close();
        }
        if (sheet == null) {
            if (sheetName == null || sheetName.isBlank()) {
                throw new ImportFailure("import.file.corrupt");
            }
            throw new ImportFailure("import.file.noSuchSheet", sheetName);
        }
        List<Table.Row> out = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT) {
            @Override
            public String formatRawCellContents(double value, int formatIndex, String formatString) {
                // a date cell outside Excel's own dates (1e308, say) is read as the number it holds, and refused
                if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)
                        && value < LAST_EXCEL_DAY) {
                    return DATE_MARK + value;
                }
                return number(value);
            }
        };
        XSSFSheetXMLHandler.SheetContentsHandler rows = new XSSFSheetXMLHandler.SheetContentsHandler() {
            private List<Cell> cells;
            private int number;

            @Override
            public void startRow(int rowNum) {
                cells = new ArrayList<>();
                number = rowNum + 1;
            }

            @Override
            public void endRow(int rowNum) {
                Table.Row row = new Table.Row(number, cells);
                if (!row.isBlank()) {
                    if (out.size() >= MAX_ROWS) {
                        throw new TooManyRows();
                    }
                    out.add(row);
                }
            }

            @Override
            public void cell(String ref, String value, XSSFComment comment) {
                int col = ref == null ? cells.size() : new CellReference(ref).getCol();
                if (col < 0 || col >= MAX_COLUMNS) {
                    return;
                }
                while (cells.size() < col) {
                    cells.add(Cell.BLANK);
                }
                if (cells.size() == col) {
                    cells.add(toCell(value));
                }
            }
        };
        try (InputStream in = sheet) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                    new ReadOnlySharedStringsTable(pkg), rows, formatter, false));
            parser.parse(new InputSource(in));
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException(e);
        }
        return out;
    }

    private static Cell toCell(String value) {
        if (value == null || value.isEmpty()) {
            return Cell.BLANK;
        }
        if (value.startsWith(DATE_MARK)) {
            double d = Double.parseDouble(value.substring(DATE_MARK.length()));
            LocalDateTime t = DateUtil.getLocalDateTime(d, false, true);
            return new Cell(t.toString(), t, null, false);
        }
        if (value.startsWith("ERROR:#")) {
            // the handler's form of an error value such as #REF! or #N/A
            return new Cell("#ERROR", null, null, true);
        }
        return Cell.text(value);
    }

    /** A number as people typed it: {@code 123456789}, not {@code 1.23456789E8}; NaN stays NaN (never blank). */
    static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d) || Math.abs(d) >= 1e15) {
            return Double.toString(d);
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
        } catch (IOException | RuntimeException e) {
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
