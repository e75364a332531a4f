package org.visitdesk.roster;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.visitdesk.roster.StreamedBook.Style;

/**
 * The roster workbook: a Summary sheet, then one sheet per day that has visits, named by its ISO date, ready to
 * print (landscape, one page wide, header row on every page, page x of y). Written as the rows come, straight into
 * the file (see {@link StreamedBook}): memory holds one batch of rows, and no temporary file is made.
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
    private static final int[] SUMMARY_WIDTHS = {12, 12, 8, 9, 20, 12};
    private static final int SUMMARY_HEADER_ROW = 3;
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

    /** Writes the roster of these rows to {@code target}, whole or not at all. */
    public Result write(List<RosterRow> rows, Options options, LocalDate exportedOn, Path target) {
        return write(List.of(rows).iterator(), options, exportedOn, target);
    }

    /**
     * Writes the roster of rows handed over a batch at a time, to {@code target}, whole or not at all, so that
     * memory holds one batch and not the whole roster: the batches come in day order, and no day is in two.
     */
    public Result write(Iterator<List<RosterRow>> batches, Options options, LocalDate exportedOn, Path target) {
        List<DayTotals> days = new ArrayList<>();
        // SafeFile checks the target before anything is read: the rows stream straight into it
        SafeFile.write(target, out -> write(batches, options, exportedOn, out, days));
        return new Result(days.stream().mapToInt(DayTotals::visits).sum(), days.size());
    }

    private static void write(Iterator<List<RosterRow>> batches, Options options, LocalDate exportedOn,
            OutputStream out, List<DayTotals> days) throws IOException {
        StreamedBook book = new StreamedBook(out);
        // first in the workbook, written last: its totals are known once every day is written
        book.putFirst(SUMMARY);
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
        summary(book, days, exportedOn);
        book.finish();
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

    private static void summary(StreamedBook book, List<DayTotals> days, LocalDate exportedOn) throws IOException {
        StreamedBook.Sheet sheet = book.sheet(SUMMARY, new StreamedBook.Layout(SUMMARY_WIDTHS,
                SUMMARY_HEADER_ROW + 1, SUMMARY_HEADER_ROW, false, exportedOn));
        sheet.row(0, 0);
        sheet.text(0, "Visit roster" + range(days) + " \u2014 Confidential", Style.TITLE);
        sheet.row(1, 0);
        sheet.text(0, "Exported " + exportedOn + ". One sheet per day follows. Names and A-numbers: "
                + "keep this file private and delete it when no longer needed.", Style.TEXT);
        sheet.row(SUMMARY_HEADER_ROW, 0);
        List<String> titles = List.of("Date", "Weekday", "Visits", "Visitors", "Visits with conflicts",
                "Kept anyway");
        for (int i = 0; i < titles.size(); i++) {
            sheet.text(i, titles.get(i), Style.HEADER);
        }
        int r = SUMMARY_HEADER_ROW + 1;
        int visits = 0;
        int visitors = 0;
        int conflicts = 0;
        int overrides = 0;
        for (DayTotals day : days) {
            sheet.row(r++, 0);
            sheet.date(0, day.day(), Style.DATE);
            sheet.text(1, day.day().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH), Style.TEXT);
            sheet.number(2, day.visits(), Style.NUMBER);
            sheet.number(3, day.visitors(), Style.NUMBER);
            sheet.number(4, day.withConflicts(), Style.NUMBER);
            sheet.number(5, day.keptAnyway(), Style.NUMBER);
            visits += day.visits();
            visitors += day.visitors();
            conflicts += day.withConflicts();
            overrides += day.keptAnyway();
        }
        sheet.row(r, 0);
        sheet.text(0, "Total", Style.BOLD);
        sheet.number(2, visits, Style.BOLD);
        sheet.number(3, visitors, Style.BOLD);
        sheet.number(4, conflicts, Style.BOLD);
        sheet.number(5, overrides, Style.BOLD);
        sheet.end(0);
    }

    private static String range(List<DayTotals> days) {
        if (days.isEmpty()) {
            return "";
        }
        LocalDate first = days.get(0).day();
        LocalDate last = days.get(days.size() - 1).day();
        return first.equals(last) ? " " + first : " " + first + " to " + last;
    }

    private static void daySheet(StreamedBook book, LocalDate day, List<RosterRow> rows, Options options,
            LocalDate exportedOn) throws IOException {
        int[] widths = WIDTHS;
        if (options.withNotes()) {
            widths = Arrays.copyOf(WIDTHS, WIDTHS.length + 1);
            widths[WIDTHS.length] = NOTES_WIDTH;
        }
        StreamedBook.Sheet sheet = book.sheet(day.toString(),
                new StreamedBook.Layout(widths, HEADER_ROW + 1, HEADER_ROW, true, exportedOn));
        Set<String> facilities = new LinkedHashSet<>();
        for (RosterRow v : rows) {
            if (!v.facility().isBlank()) {
                facilities.add(v.facility());
            }
        }
        sheet.row(0, 0);
        String when = day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                + day.format(DateTimeFormatter.ISO_LOCAL_DATE);
        sheet.text(0, String.join(", ", facilities) + (facilities.isEmpty() ? "" : " \u2014 ") + when
                + " \u2014 " + rows.size() + (rows.size() == 1 ? " visit" : " visits") + " \u2014 Confidential",
                Style.TITLE);
        sheet.row(HEADER_ROW, 0);
        List<String> titles = new ArrayList<>(HEADERS);
        if (options.withNotes()) {
            titles.add("Notes");
        }
        for (int i = 0; i < titles.size(); i++) {
            sheet.text(i, titles.get(i), Style.HEADER);
        }
        int r = HEADER_ROW + 1;
        for (RosterRow v : rows) {
            sheet.row(r++, LINE_HEIGHT * lines(v, options.withNotes()));
            sheet.date(0, v.date(), Style.DATE);
            sheet.time(1, v.start(), Style.TIME);
            sheet.time(2, v.end(), Style.TIME);
            sheet.text(3, v.housingUnit(), Style.WRAP);
            sheet.text(4, v.detainee(), Style.WRAP);
            sheet.text(5, v.aNumber(), Style.TEXT);
            sheet.text(6, String.join(", ", v.languages()), Style.WRAP);
            // one visitor a line, so that each phone stands beside its name
            sheet.text(7, String.join("\n", v.visitorNames()), Style.WRAP);
            sheet.text(8, String.join("\n", v.visitorPhones()), Style.WRAP);
            sheet.text(9, v.type(), Style.TEXT);
            sheet.text(10, v.status(), Style.TEXT);
            sheet.text(11, v.conflictsText(), v.conflictCodes().isEmpty() ? Style.WRAP : Style.WARN);
            if (options.withNotes()) {
                sheet.text(12, v.notes(), Style.WRAP);
            }
        }
        sheet.end(titles.size());
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
}
