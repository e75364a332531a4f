package org.visitdesk.roster;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An xlsx workbook written straight to its output, a sheet at a time, with just what the roster needs: text, date,
 * time and number cells in a fixed set of styles, column widths, row heights, a frozen header, an auto-filter and
 * a print layout.
 *
 * <p>Written by hand, not with POI, because the roster has a sheet per day: POI's workbook model costs some 2 ms
 * of CPU per sheet before a row is written and refuses to write more than 1,000 parts (some 990 days), and its
 * streaming sheets go through temporary files. fastexcel streams as this does but has no quote-prefix style, which
 * keeps text that looks like a formula text when someone edits the cell. Nothing is held but the sheet list, and no
 * temporary file is made: the output is the only place the rows go.
 */
final class StreamedBook {

    /** The cell styles, each with its place in the styles part and a twin flagged "quote prefix". */
    enum Style {
        TITLE("<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"", ""),
        BOLD("<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\""
                + " applyAlignment=\"1\"", "<alignment horizontal=\"left\"/>"),
        HEADER("<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\""
                + " applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\"",
                "<alignment vertical=\"center\" wrapText=\"1\"/>"),
        TEXT("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\"",
                "<alignment vertical=\"top\"/>"),
        WRAP("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\"",
                "<alignment vertical=\"top\" wrapText=\"1\"/>"),
        WARN("<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\""
                + " applyAlignment=\"1\"", "<alignment vertical=\"top\" wrapText=\"1\"/>"),
        DATE("<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\""
                + " applyAlignment=\"1\"", "<alignment horizontal=\"left\" vertical=\"top\"/>"),
        TIME("<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\""
                + " applyAlignment=\"1\"", "<alignment horizontal=\"left\" vertical=\"top\"/>"),
        NUMBER("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\"",
                "<alignment horizontal=\"left\" vertical=\"top\"/>");

        private final String xf;
        private final String alignment;

        Style(String xf, String alignment) {
            this.xf = xf;
            this.alignment = alignment;
        }

        /** The style's index: 0 is the workbook's default, then the styles, then their quote-prefixed twins. */
        int index(boolean quoted) {
            return 1 + ordinal() + (quoted ? values().length : 0);
        }
    }

    /** How a sheet looks and prints: column widths in characters, rows frozen on top, the row repeated on paper. */
    record Layout(int[] widths, int frozenRows, int headerRow, boolean landscape, LocalDate exportedOn) {
    }

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    /** Excel's day number of 1970-01-01 (days since 1899-12-30). */
    private static final long EPOCH_DAY_ZERO = 25_569;
    /** The most characters a cell holds in Excel. */
    static final int MAX_CELL_TEXT = 32_767;
    private static final char[] COLUMNS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray();

    /** A sheet written: its name, its place in the workbook, its filtered range and printed header row. */
    private record Written(String name, int part, String filter, int headerRow) {
    }

    private final ZipOutputStream zip;
    private final Writer out;
    private final List<Written> sheets = new ArrayList<>();
    private String first;
    private Sheet open;
    private boolean inEntry;

    /** A workbook written to {@code stream}, which it does not close. */
    StreamedBook(OutputStream stream) {
        zip = new ZipOutputStream(stream, StandardCharsets.UTF_8);
        // fast rather than smallest: the level fastexcel writes at; a roster compresses well either way
        zip.setLevel(4);
        out = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Names the sheet that comes first in the workbook, whenever it is written. */
    void putFirst(String name) {
        first = name;
    }

    /** Starts the next sheet; the one before must be {@linkplain Sheet#end ended}. */
    Sheet sheet(String name, Layout layout) throws IOException {
        if (open != null) {
            throw new IllegalStateException("a sheet is still open");
        }
        open = new Sheet(name, sheets.size() + 1, layout);
        return open;
    }

    /** Writes the workbook's own parts and ends the zip. */
    void finish() throws IOException {
        if (open != null) {
            throw new IllegalStateException("a sheet is still open");
        }
        List<Written> order = new ArrayList<>(sheets);
        order.sort((a, b) -> Boolean.compare(!a.name().equals(first), !b.name().equals(first)));
        entry("[Content_Types].xml");
        out.write(HEAD + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/styles.xml\" ContentType="
                + "\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        for (Written s : sheets) {
            out.write("<Override PartName=\"/xl/worksheets/sheet" + s.part() + ".xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        out.write("</Types>");
        entry("_rels/.rels");
        out.write(HEAD + "<Relationships xmlns=\"" + PKG_REL + "\"><Relationship Id=\"rId1\" Type=\"" + REL
                + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        entry("xl/_rels/workbook.xml.rels");
        out.write(HEAD + "<Relationships xmlns=\"" + PKG_REL + "\">");
        for (Written s : sheets) {
            out.write("<Relationship Id=\"rId" + s.part() + "\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet"
                    + s.part() + ".xml\"/>");
        }
        out.write("<Relationship Id=\"rIdStyles\" Type=\"" + REL + "/styles\" Target=\"styles.xml\"/></Relationships>");
        entry("xl/workbook.xml");
        out.write(HEAD + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><bookViews><workbookView"
                + " activeTab=\"0\"/></bookViews><sheets>");
        for (int i = 0; i < order.size(); i++) {
            Written s = order.get(i);
            out.write("<sheet name=\"");
            escape(s.name());
            out.write("\" sheetId=\"" + (i + 1) + "\" r:id=\"rId" + s.part() + "\"/>");
        }
        out.write("</sheets><definedNames>");
        for (int i = 0; i < order.size(); i++) {
            Written s = order.get(i);
            String quoted = "'" + s.name().replace("'", "''") + "'!";
            if (s.filter() != null) {
                out.write("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"" + i + "\" hidden=\"1\">");
                escape(quoted + s.filter());
                out.write("</definedName>");
            }
            out.write("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"" + i + "\">");
            escape(quoted + "$" + (s.headerRow() + 1) + ":$" + (s.headerRow() + 1));
            out.write("</definedName>");
        }
        out.write("</definedNames></workbook>");
        entry("xl/styles.xml");
        styles();
        out.flush();
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    private void entry(String name) throws IOException {
        out.flush();
        if (inEntry) {
            zip.closeEntry();
        }
        zip.putNextEntry(new ZipEntry(name));
        inEntry = true;
    }

    private void styles() throws IOException {
        out.write(HEAD + "<styleSheet xmlns=\"" + MAIN + "\"><numFmts count=\"2\">"
                + "<numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/><numFmt numFmtId=\"165\" formatCode=\"hh:mm\"/>"
                + "</numFmts><fonts count=\"3\">"
                // as POI wrote them: the body font in the theme's minor scheme, which programs without Calibri
                // replace by a font of the same widths, so that the estimated row heights hold
                + "<font><sz val=\"11\"/><color indexed=\"8\"/><name val=\"Calibri\"/><family val=\"2\"/>"
                + "<scheme val=\"minor\"/></font><font><name val=\"Calibri\"/><sz val=\"11\"/><b/></font>"
                + "<font><name val=\"Calibri\"/><sz val=\"14\"/><b/></font>"
                + "</fonts><fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill>"
                + "<fill><patternFill patternType=\"gray125\"/></fill><fill><patternFill patternType=\"solid\">"
                + "<fgColor indexed=\"22\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
                + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
                + "<border><left/><right/><top/><bottom style=\"thin\"><color indexed=\"64\"/></bottom><diagonal/>"
                + "</border></borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\""
                + " borderId=\"0\"/></cellStyleXfs><cellXfs count=\"" + (1 + 2 * Style.values().length) + "\">"
                + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>");
        for (boolean quoted : new boolean[] {false, true}) {
            for (Style s : Style.values()) {
                out.write(s.xf + (quoted ? " quotePrefix=\"1\">" : ">") + s.alignment + "</xf>");
            }
        }
        out.write("</cellXfs></styleSheet>");
    }

    /** Writes text as XML character data: markup escaped, characters XML cannot carry replaced by '?'. */
    private void escape(String s) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.write("&amp;");
                case '<' -> out.write("&lt;");
                case '>' -> out.write("&gt;");
                case '"' -> out.write("&quot;");
                // a carriage return would be read back as a line feed
                case '\r' -> out.write("&#13;");
                case '_' -> {
                    // "_x0041_" is how OOXML writes a character, so a literal one is escaped to read back as typed
                    out.write(isEscapeLike(s, i) ? "_x005F_" : "_");
                }
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' || c == '\uFFFE' || c == '\uFFFF') {
                        out.write('?');
                    } else if (Character.isSurrogate(c)) {
                        if (Character.isHighSurrogate(c) && i + 1 < s.length()
                                && Character.isLowSurrogate(s.charAt(i + 1))) {
                            out.write(c);
                            out.write(s.charAt(++i));
                        } else {
                            out.write('?');
                        }
                    } else {
                        out.write(c);
                    }
                }
            }
        }
    }

    private static boolean isEscapeLike(String s, int i) {
        if (i + 6 >= s.length() || s.charAt(i + 1) != 'x' || s.charAt(i + 6) != '_') {
            return false;
        }
        for (int k = i + 2; k < i + 6; k++) {
            if (Character.digit(s.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static String column(int col) {
        return col < COLUMNS.length ? String.valueOf(COLUMNS[col])
                : column(col / COLUMNS.length - 1) + COLUMNS[col % COLUMNS.length];
    }

    /** One sheet being written, top row first. */
    final class Sheet {

        private final String name;
        private final int part;
        private final Layout layout;
        private int row = -1;

        private Sheet(String name, int part, Layout layout) throws IOException {
            this.name = name;
            this.part = part;
            this.layout = layout;
            entry("xl/worksheets/sheet" + part + ".xml");
            out.write(HEAD + "<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheetPr><pageSetUpPr"
                    + " fitToPage=\"1\"/></sheetPr><sheetViews><sheetView workbookViewId=\"0\""
                    + (name.equals(first) ? " tabSelected=\"1\"" : "") + ">");
            if (layout.frozenRows() > 0) {
                String topLeft = "A" + (layout.frozenRows() + 1);
                out.write("<pane ySplit=\"" + layout.frozenRows() + "\" topLeftCell=\"" + topLeft
                        + "\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\""
                        + topLeft + "\" sqref=\"" + topLeft + "\"/>");
            }
            out.write("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><cols>");
            for (int i = 0; i < layout.widths().length; i++) {
                out.write("<col min=\"" + (i + 1) + "\" max=\"" + (i + 1) + "\" width=\"" + layout.widths()[i]
                        + "\" customWidth=\"1\"/>");
            }
            out.write("</cols><sheetData>");
        }

        /** Starts row {@code r} (0-based, after the last), of the given height in points or of the default (0). */
        void row(int r, float heightInPoints) throws IOException {
            if (row >= 0) {
                out.write("</row>");
            }
            row = r;
            out.write("<row r=\"" + (r + 1) + "\"");
            if (heightInPoints > 0) {
                out.write(" ht=\"" + heightInPoints + "\" customHeight=\"1\"");
            }
            out.write('>');
        }

        /**
         * A text cell. Always a string cell, which no spreadsheet evaluates; text that looks like a formula gets
         * the quote-prefixed style too, so that editing the cell in Excel keeps it text.
         */
        void text(int col, String value, Style style) throws IOException {
            String v = value == null ? "" : value;
            if (v.length() > MAX_CELL_TEXT) {
                // more than a cell can hold: Excel would offer to repair the file; the cut is marked
                int end = MAX_CELL_TEXT - 1;
                if (Character.isHighSurrogate(v.charAt(end - 1))) {
                    end--;
                }
                v = v.substring(0, end) + "\u2026";
            }
            cell(col, style.index(Csv.looksLikeFormula(v)));
            out.write(" t=\"inlineStr\"><is><t");
            if (!v.isEmpty() && (Character.isWhitespace(v.charAt(0))
                    || Character.isWhitespace(v.charAt(v.length() - 1)))) {
                out.write(" xml:space=\"preserve\"");
            }
            out.write('>');
            escape(v);
            out.write("</t></is></c>");
        }

        /** A real date cell. */
        void date(int col, LocalDate value, Style style) throws IOException {
            cell(col, style.index(false));
            out.write("><v>" + (value.toEpochDay() + EPOCH_DAY_ZERO) + "</v></c>");
        }

        /** A real time cell: a fraction of a day with a time format. */
        void time(int col, LocalTime value, Style style) throws IOException {
            cell(col, style.index(false));
            out.write("><v>" + value.toSecondOfDay() / 86_400.0 + "</v></c>");
        }

        /** A whole number. */
        void number(int col, long value, Style style) throws IOException {
            cell(col, style.index(false));
            out.write("><v>" + value + "</v></c>");
        }

        private void cell(int col, int style) throws IOException {
            out.write("<c r=\"");
            out.write(column(col));
            out.write(Integer.toString(row + 1));
            out.write("\" s=\"" + style + "\"");
        }

        /** Ends the sheet; with {@code filterColumns} > 0, an auto-filter over the header row and all below it. */
        void end(int filterColumns) throws IOException {
            if (row >= 0) {
                out.write("</row>");
            }
            out.write("</sheetData>");
            String filter = null;
            if (filterColumns > 0) {
                int last = Math.max(row, layout.headerRow());
                filter = "$A$" + (layout.headerRow() + 1) + ":$" + column(filterColumns - 1) + "$" + (last + 1);
                out.write("<autoFilter ref=\"A" + (layout.headerRow() + 1) + ":" + column(filterColumns - 1)
                        + (last + 1) + "\"/>");
            }
            out.write("<pageMargins left=\"0.4\" right=\"0.4\" top=\"0.6\" bottom=\"0.6\" header=\"0.25\""
                    + " footer=\"0.25\"/><pageSetup orientation=\"" + (layout.landscape() ? "landscape" : "portrait")
                    + "\" fitToWidth=\"1\" fitToHeight=\"0\"/><headerFooter><oddFooter>");
            // the day of the export in ISO like every date in the roster, not a date field the printer's locale writes
            escape("&LConfidential&CPage &P of &N&RExported " + layout.exportedOn());
            out.write("</oddFooter></headerFooter></worksheet>");
            sheets.add(new Written(name, part, filter, layout.headerRow()));
            open = null;
        }
    }
}
