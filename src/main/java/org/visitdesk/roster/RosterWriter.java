package org.visitdesk.roster;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * The roster workbook: a Summary sheet, then one sheet per day that has visits, named by its ISO date, ready to
 * print (landscape, one page wide, header row on every page, page x of y).
 */
public final class RosterWriter {

    /** The sheet that comes first. */
    public static final String SUMMARY = "Summary";

    /** Column titles, in order; {@code Notes} is added at the end only when asked for. */
    public static final List<String> HEADERS = List.of("Date", "Time", "Until", "Housing Unit", "Detainee",
            "A-Number", "Languages", "Visitors", "Visitor Phones", "Type", "Status", "Conflicts");

    /** The title in the first row, the header in the second: the rows to repeat and freeze. */
    public static final int HEADER_ROW = 1;

    private static final int[] WIDTHS = {11, 7, 7, 14, 24, 15, 16, 28, 18, 11, 11, 30};
    private static final int NOTES_WIDTH = 40;
    private static final float LINE_HEIGHT = 14.5f;
    private static final Comparator<RosterRow> ORDER = Comparator.comparing(RosterRow::date)
            .thenComparing(RosterRow::start).thenComparing(RosterRow::housingUnit, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(RosterRow::detainee, String.CASE_INSENSITIVE_ORDER);

    /** What to put in. */
    public record Options(boolean withNotes, boolean includeInactive) {
    }

    /** What was written. */
    public record Result(int visits, int days) {
    }

    private final Path tempFolder;

    /** A writer whose temporary files go into {@code tempFolder} (inside the data folder). */
    public RosterWriter(Path tempFolder) {
        this.tempFolder = tempFolder;
    }

    /** Writes the roster of these rows to {@code target}, whole or not at all. */
    public Result write(List<RosterRow> rows, Options options, LocalDate exportedOn, Path target) {
        return write(List.of(rows).iterator(), options, exportedOn, target);
    }

    /**
     * Writes the roster of rows handed over a batch at a time, to {@code target}, whole or not at all, so that
     * memory holds one batch and not the whole roster: the batches come in day order, and no day is in two.
     */
    public Result write(Iterator<List<RosterRow>> batches, Options options, LocalDate exportedOn, Path target) {
        SafeFile.check(target);
        List<DayTotals> days = new ArrayList<>();
        try (Book book = Book.open(tempFolder)) {
            // first in the workbook, filled last: its totals are known once every day is written
            SXSSFSheet summary = book.wb.createSheet(SUMMARY);
            while (batches.hasNext()) {
                List<RosterRow> kept = new ArrayList<>();
                for (RosterRow r : batches.next()) {
                    if (r.active() || options.includeInactive()) {
                        kept.add(r);
                    }
                }
                kept.sort(ORDER);
                Map<LocalDate, List<RosterRow>> byDay = new TreeMap<>();
                for (RosterRow r : kept) {
                    byDay.computeIfAbsent(r.date(), d -> new ArrayList<>()).add(r);
                }
                for (Map.Entry<LocalDate, List<RosterRow>> day : byDay.entrySet()) {
                    daySheet(book, day.getKey(), day.getValue(), options, exportedOn);
                    days.add(DayTotals.of(day.getKey(), day.getValue()));
                }
            }
            summary(book, summary, days, exportedOn);
            SafeFile.write(target, book::writeTo);
        }
        return new Result(days.stream().mapToInt(DayTotals::visits).sum(), days.size());
    }

    /** What the Summary sheet says of one day. */
    private record DayTotals(LocalDate day, int visits, int visitors, int withConflicts, int keptAnyway) {

        static DayTotals of(LocalDate day, List<RosterRow> rows) {
            Set<String> people = new LinkedHashSet<>();
            int c = 0;
            int o = 0;
            for (RosterRow v : rows) {
                for (int i = 0; i < v.visitorNames().size(); i++) {
                    String phone = i < v.visitorPhones().size() ? v.visitorPhones().get(i) : "";
                    people.add(v.visitorNames().get(i) + "\u0000" + phone);
                }
                if (!v.conflictCodes().isEmpty()) {
                    c++;
                }
                if (!v.overrideReason().isBlank()) {
                    o++;
                }
            }
            return new DayTotals(day, rows.size(), people.size(), c, o);
        }
    }

    private static void summary(Book book, SXSSFSheet sheet, List<DayTotals> days, LocalDate exportedOn) {
        Styles st = book.styles;
        int r = 0;
        Row title = sheet.createRow(r++);
        book.text(title, 0, "Visit roster" + range(days) + " \u2014 Confidential", st.title);
        Row note = sheet.createRow(r++);
        book.text(note, 0, "Exported " + exportedOn + ". One sheet per day follows. Names and A-numbers: "
                + "keep this file private and delete it when no longer needed.");
        r++;
        Row head = sheet.createRow(r++);
        List<String> titles = List.of("Date", "Weekday", "Visits", "Visitors", "Visits with conflicts",
                "Kept anyway");
        for (int i = 0; i < titles.size(); i++) {
            book.text(head, i, titles.get(i), st.header);
        }
        int headerRow = r - 1;
        int visits = 0;
        int visitors = 0;
        int conflicts = 0;
        int overrides = 0;
        for (DayTotals day : days) {
            Row row = sheet.createRow(r++);
            book.date(row, 0, day.day(), null);
            book.text(row, 1, day.day().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
            book.number(row, 2, day.visits(), null);
            book.number(row, 3, day.visitors(), null);
            book.number(row, 4, day.withConflicts(), null);
            book.number(row, 5, day.keptAnyway(), null);
            visits += day.visits();
            visitors += day.visitors();
            conflicts += day.withConflicts();
            overrides += day.keptAnyway();
        }
        Row total = sheet.createRow(r++);
        book.text(total, 0, "Total", st.bold);
        book.number(total, 2, visits, st.bold);
        book.number(total, 3, visitors, st.bold);
        book.number(total, 4, conflicts, st.bold);
        book.number(total, 5, overrides, st.bold);
        int[] widths = {12, 12, 8, 9, 20, 12};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, headerRow + 1);
        printSetup(sheet, headerRow, false, exportedOn);
    }

    private static String range(List<DayTotals> days) {
        if (days.isEmpty()) {
            return "";
        }
        LocalDate first = days.get(0).day();
        LocalDate last = days.get(days.size() - 1).day();
        return first.equals(last) ? " " + first : " " + first + " to " + last;
    }

    private static void daySheet(Book book, LocalDate day, List<RosterRow> rows, Options options,
            LocalDate exportedOn) {
        SXSSFSheet sheet = book.wb.createSheet(day.toString());
        Styles st = book.styles;
        Set<String> facilities = new LinkedHashSet<>();
        for (RosterRow v : rows) {
            if (!v.facility().isBlank()) {
                facilities.add(v.facility());
            }
        }
        Row title = sheet.createRow(0);
        String when = day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                + day.format(DateTimeFormatter.ISO_LOCAL_DATE);
        book.text(title, 0, String.join(", ", facilities) + (facilities.isEmpty() ? "" : " \u2014 ") + when
                + " \u2014 " + rows.size() + (rows.size() == 1 ? " visit" : " visits") + " \u2014 Confidential",
                st.title);
        Row head = sheet.createRow(HEADER_ROW);
        List<String> titles = new ArrayList<>(HEADERS);
        if (options.withNotes()) {
            titles.add("Notes");
        }
        for (int i = 0; i < titles.size(); i++) {
            book.text(head, i, titles.get(i), st.header);
        }
        int r = HEADER_ROW + 1;
        for (RosterRow v : rows) {
            Row row = sheet.createRow(r++);
            book.date(row, 0, v.date(), null);
            book.time(row, 1, v.start(), null);
            book.time(row, 2, v.end(), null);
            book.text(row, 3, v.housingUnit(), st.wrap);
            book.text(row, 4, v.detainee(), st.wrap);
            book.text(row, 5, v.aNumber());
            book.text(row, 6, String.join(", ", v.languages()), st.wrap);
            // one visitor a line, so that each phone stands beside its name
            book.text(row, 7, String.join("\n", v.visitorNames()), st.wrap);
            book.text(row, 8, String.join("\n", v.visitorPhones()), st.wrap);
            book.text(row, 9, v.type());
            book.text(row, 10, v.status());
            book.text(row, 11, v.conflictsText(), v.conflictCodes().isEmpty() ? st.wrap : st.warn);
            if (options.withNotes()) {
                book.text(row, 12, v.notes(), st.wrap);
            }
            row.setHeightInPoints(LINE_HEIGHT * lines(v, options.withNotes()));
        }
        for (int i = 0; i < WIDTHS.length; i++) {
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        if (options.withNotes()) {
            sheet.setColumnWidth(12, NOTES_WIDTH * 256);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, r - 1, 0, titles.size() - 1));
        printSetup(sheet, HEADER_ROW, true, exportedOn);
        try {
            // a day is done: send its rows to the temporary file, so that memory holds one day at most
            sheet.flushRows();
        } catch (IOException e) {
            throw new ExportException(ExportException.Kind.FAILED,
                    "writing a temporary file failed (" + e.getClass().getSimpleName() + "). Nothing was written.", e);
        }
    }

    /**
     * How many lines the tallest wrapped cell of the row needs. A streamed sheet cannot measure text, and
     * spreadsheet programs do not always grow rows when they open a file, so the height is set from an estimate.
     */
    static int lines(RosterRow v, boolean withNotes) {
        int most = Math.max(lines(v.housingUnit(), 3), lines(v.detainee(), 4));
        most = Math.max(most, lines(String.join(", ", v.languages()), 6));
        most = Math.max(most, lines(String.join("\n", v.visitorNames()), 7));
        most = Math.max(most, lines(String.join("\n", v.visitorPhones()), 8));
        most = Math.max(most, lines(v.conflictsText(), 11));
        if (withNotes) {
            most = Math.max(most, lines(v.notes(), 12));
        }
        return Math.min(most, 15);
    }

    /** Lines a text needs in a wrapped column (reading the values, not the cells: cell styles are slow to ask). */
    private static int lines(String text, int column) {
        int width = Math.max(1, (column < WIDTHS.length ? WIDTHS[column] : NOTES_WIDTH) - 1);
        int n = 0;
        int from = 0;
        while (true) {
            int nl = text.indexOf('\n', from);
            int len = (nl < 0 ? text.length() : nl) - from;
            n += Math.max(1, (len + width - 1) / width);
            if (nl < 0) {
                return n;
            }
            from = nl + 1;
        }
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
}
