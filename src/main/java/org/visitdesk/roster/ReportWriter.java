package org.visitdesk.roster;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.visitdesk.domain.AccessReport;
import org.visitdesk.domain.DenialReason;

/**
 * The access report as a workbook a network can hand to a lawyer or attach to a complaint: a Summary sheet of
 * figures, then Denials, Waits, Follow-ups and Lockdowns with one row each. Printable as it comes (landscape, one
 * page wide, header row on every page, page x of y). De-identified, it leaves out names, A-numbers and phones and
 * keeps the person references (P-001) and every number. Notes are never written: they are sensitive.
 */
public final class ReportWriter {

    public static final List<String> SHEETS = List.of("Summary", "Denials", "Waits", "Follow-ups", "Lockdowns");

    /** The Summary's labels, in column A; their values are numbers in column B. */
    public static final String PLANNED = "Visits planned";
    public static final String HAPPENED = "Happened";
    public static final String DENIED = "Denied";
    public static final String NOT_BROUGHT_OUT = "Not brought out";
    public static final String CUT_SHORT = "Cut short";
    public static final String LOCKDOWN = "Lockdown (visits)";
    public static final String NO_SHOWS = "Visitor no-shows";
    public static final String NO_OUTCOME = "No outcome recorded";
    public static final String PEOPLE_VISITED = "People visited";
    public static final String WAITS = "Waits recorded";
    public static final String MEDIAN_WAIT = "Median wait (minutes)";
    public static final String LONGEST_WAIT = "Longest wait (minutes)";
    public static final String LOCKDOWN_DAYS = "Lockdown or closure days";
    /** Followed by the reason's words: {@code Denied: Dress code}. */
    public static final String DENIED_BECAUSE = "Denied: ";

    private static final int HEADER_ROW = 2;

    /** What was written: the rows of the four lists. */
    public record Result(int rows) {
    }

    private final Path tempFolder;

    public ReportWriter(Path tempFolder) {
        this.tempFolder = tempFolder;
    }

    public Result write(AccessReport report, boolean deidentified, LocalDate exportedOn, Path target) {
        SafeFile.check(target);
        int rows;
        try (Book book = Book.open(tempFolder)) {
            summary(book, report, deidentified, exportedOn);
            rows = denials(book, report, report.denials(), deidentified, exportedOn, SHEETS.get(1), true)
                    + denials(book, report, report.waits(), deidentified, exportedOn, SHEETS.get(2), false)
                    + followUps(book, report, deidentified, exportedOn) + lockdowns(book, report, deidentified, exportedOn);
            SafeFile.write(target, book::writeTo);
        }
        return new Result(rows);
    }

    private static String title(AccessReport r, boolean deidentified) {
        return "Visits: access report, " + r.days().first() + " to " + r.days().last() + " \u2014 "
                + (deidentified ? "de-identified (no names, A-numbers or phones)" : "Confidential");
    }

    private static void summary(Book book, AccessReport report, boolean deidentified, LocalDate exportedOn) {
        SXSSFSheet s = book.wb.createSheet(SHEETS.get(0));
        s.setColumnWidth(0, 34 * 256);
        s.setColumnWidth(1, 14 * 256);
        s.setColumnWidth(2, 70 * 256);
        book.text(s.createRow(0), 0, title(report, deidentified), book.styles.title);
        Row head = s.createRow(HEADER_ROW);
        book.text(head, 0, "Figure", book.styles.header);
        book.text(head, 1, "Value", book.styles.header);
        book.text(head, 2, "What it counts", book.styles.header);
        AccessReport.Figures f = report.figures();
        List<Object[]> lines = new ArrayList<>();
        lines.add(new Object[] {"From", report.days().first(), "first day of the report"});
        lines.add(new Object[] {"To", report.days().last(), "last day, included"});
        lines.add(new Object[] {PLANNED, f.planned(), "visits of these days that were not cancelled"});
        lines.add(new Object[] {HAPPENED, f.happened(), "outcome: the visit happened"});
        lines.add(new Object[] {DENIED, f.denied(), "outcome: staff denied the visit (reasons below)"});
        lines.add(new Object[] {NOT_BROUGHT_OUT, f.notBroughtOut(), "outcome: the person was not brought out"});
        lines.add(new Object[] {CUT_SHORT, f.cutShort(), "outcome: the visit was cut short"});
        lines.add(new Object[] {LOCKDOWN, f.lockdown(), "outcome: no visit because of a lockdown"});
        lines.add(new Object[] {NO_SHOWS, f.noShows(), "outcome: the visitor did not come"});
        lines.add(new Object[] {NO_OUTCOME, f.noOutcome(), "planned visits with no report yet"});
        lines.add(new Object[] {PEOPLE_VISITED, f.peopleVisited(), "different people seen at a visit"});
        lines.add(new Object[] {WAITS, f.waitsRecorded(), "visits with both an arrival and a seen time"});
        lines.add(new Object[] {MEDIAN_WAIT, minutes(f.medianWait()), "from arrival until the person was seen"});
        lines.add(new Object[] {LONGEST_WAIT, minutes(f.longestWait()), "from arrival until the person was seen"});
        lines.add(new Object[] {LOCKDOWN_DAYS, f.lockdownDays(), "days a facility was closed or a visit met a lockdown"});
        for (DenialReason reason : DenialReason.values()) {
            lines.add(new Object[] {DENIED_BECAUSE + words(reason), f.denialsByReason().getOrDefault(reason, 0),
                "denials for this reason"});
        }
        int r = HEADER_ROW + 1;
        for (Object[] line : lines) {
            Row row = s.createRow(r++);
            book.text(row, 0, (String) line[0], book.styles.label);
            if (line[1] instanceof LocalDate d) {
                book.date(row, 1, d, null);
            } else if (line[1] instanceof Number n) {
                book.number(row, 1, n.doubleValue(), null);
            } else {
                book.text(row, 1, "");
            }
            book.text(row, 2, (String) line[2]);
        }
        Book.printSetup(s, HEADER_ROW, false, exportedOn);
    }

    private static int denials(Book book, AccessReport report, List<AccessReport.VisitRow> rows, boolean deidentified,
            LocalDate exportedOn, String name, boolean withPeopleOfTheVisit) {
        List<String> columns = new ArrayList<>(List.of("Date", "Time", "Facility", "Housing Unit", "Person"));
        List<Integer> widths = new ArrayList<>(List.of(11, 6, 30, 12, 7));
        if (!deidentified) {
            columns.addAll(List.of("Detainee", "A-Number"));
            widths.addAll(List.of(24, 14));
            if (withPeopleOfTheVisit) {
                columns.addAll(List.of("Visitors", "Visitor Phones"));
                widths.addAll(List.of(26, 16));
            }
        }
        columns.addAll(List.of("Outcome", "Denial Reason", "Arrived", "Seen", "Left", "Wait (minutes)"));
        widths.addAll(List.of(15, 14, 8, 8, 8, 9));
        SXSSFSheet s = sheet(book, name, columns, widths, sheetTitle(report, deidentified, name));
        int r = HEADER_ROW + 1;
        for (AccessReport.VisitRow v : rows) {
            Row row = s.createRow(r++);
            int c = 0;
            int lines = 1;
            book.date(row, c++, v.date(), null);
            book.time(row, c++, v.start(), null);
            lines = Math.max(lines, wrapped(book, row, c, v.facility(), widths.get(c++)));
            book.text(row, c++, v.housingUnit());
            book.text(row, c++, v.person());
            if (!deidentified) {
                lines = Math.max(lines, wrapped(book, row, c, v.name(), widths.get(c++)));
                book.text(row, c++, v.aNumber());
                if (withPeopleOfTheVisit) {
                    lines = Math.max(lines, wrapped(book, row, c, v.visitors().replace(", ", "\n"), widths.get(c++)));
                    lines = Math.max(lines, wrapped(book, row, c, v.visitorPhones().replace(", ", "\n"),
                            widths.get(c++)));
                }
            }
            lines = Math.max(lines, wrapped(book, row, c, words(v.outcome()), widths.get(c++)));
            lines = Math.max(lines, wrapped(book, row, c, words(v.reason()), widths.get(c++)));
            book.time(row, c++, v.arrived(), null);
            book.time(row, c++, v.seen(), null);
            book.time(row, c++, v.left(), null);
            Double wait = minutes(v.waitTime().orElse(null));
            if (wait != null) {
                book.number(row, c, wait, null);
            }
            fit(row, lines);
        }
        Book.printSetup(s, HEADER_ROW, true, exportedOn);
        return rows.size();
    }

    private static int followUps(Book book, AccessReport report, boolean deidentified, LocalDate exportedOn) {
        List<String> columns = new ArrayList<>(List.of("ID", "Kind", "Person"));
        List<Integer> widths = new ArrayList<>(List.of(7, 18, 9));
        if (!deidentified) {
            columns.addAll(List.of("Detainee", "A-Number"));
            widths.addAll(List.of(24, 14));
        }
        columns.addAll(List.of("Visit Date", "Owner", "Due", "Status"));
        widths.addAll(List.of(11, 24, 11, 10));
        SXSSFSheet s = sheet(book, SHEETS.get(3), columns, widths, sheetTitle(report, deidentified, SHEETS.get(3)));
        int r = HEADER_ROW + 1;
        for (AccessReport.FollowUpRow f : report.followUps()) {
            Row row = s.createRow(r++);
            int c = 0;
            book.number(row, c++, f.id(), null);
            book.text(row, c++, words(f.kind()));
            book.text(row, c++, f.person());
            if (!deidentified) {
                fit(row, wrapped(book, row, c, f.name(), widths.get(c++)));
                book.text(row, c++, f.aNumber());
            }
            book.date(row, c++, f.visitDate(), null);
            fit(row, wrapped(book, row, c, f.owner().isEmpty() ? "Coordinator" : deidentified ? "Visitor" : f.owner(),
                    widths.get(c++)));
            book.date(row, c++, f.due(), null);
            book.text(row, c, words(f.status()));
        }
        Book.printSetup(s, HEADER_ROW, true, exportedOn);
        return report.followUps().size();
    }

    private static int lockdowns(Book book, AccessReport report, boolean deidentified, LocalDate exportedOn) {
        SXSSFSheet s = sheet(book, SHEETS.get(4), List.of("Date", "Facility", "Recorded As", "Reason",
                "Visits Marked Lockdown"), List.of(11, 30, 20, 40, 18), sheetTitle(report, deidentified, SHEETS.get(4)));
        int r = HEADER_ROW + 1;
        for (AccessReport.LockdownRow l : report.lockdowns()) {
            Row row = s.createRow(r++);
            book.date(row, 0, l.day(), null);
            book.text(row, 1, l.facility());
            book.text(row, 2, l.closureRecorded() ? "Closed day" : "Reported at a visit");
            fit(row, wrapped(book, row, 3, l.reason(), 40));
            book.number(row, 4, l.visitsMarkedLockdown(), null);
        }
        Book.printSetup(s, HEADER_ROW, true, exportedOn);
        return report.lockdowns().size();
    }

    private static String sheetTitle(AccessReport r, boolean deidentified, String sheet) {
        return sheet + ", " + r.days().first() + " to " + r.days().last()
                + (deidentified ? " \u2014 de-identified" : " \u2014 Confidential");
    }

    private static SXSSFSheet sheet(Book book, String name, List<String> columns, List<Integer> widths,
            String title) {
        SXSSFSheet s = book.wb.createSheet(name);
        book.text(s.createRow(0), 0, title, book.styles.title);
        Row head = s.createRow(HEADER_ROW);
        // two lines: "Wait (minutes)" and "Visits Marked Lockdown" wrap in their narrow columns
        head.setHeightInPoints(30);
        for (int i = 0; i < columns.size(); i++) {
            book.text(head, i, columns.get(i), book.styles.header);
            s.setColumnWidth(i, widths.get(i) * 256);
        }
        s.createFreezePane(0, HEADER_ROW + 1);
        return s;
    }

    /** A wrapping text cell; gives the lines it needs in a column {@code width} characters wide. */
    private static int wrapped(Book book, Row row, int col, String text, int width) {
        book.text(row, col, text, book.styles.wrap);
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            lines += Math.max(1, (line.length() + width - 2) / Math.max(1, width - 1));
        }
        return lines;
    }

    /** Makes a row tall enough for its longest wrapped cell (streamed rows are not measured by the library). */
    private static void fit(Row row, int lines) {
        if (lines > 1) {
            row.setHeightInPoints(Math.max(row.getHeightInPoints(), 13f * Math.min(lines, 10)));
        }
    }

    /** Minutes as a number (a half minute for the median of an even count); null when not known. */
    private static Double minutes(Duration d) {
        return d == null ? null : d.toSeconds() / 60.0;
    }

    private static String words(Enum<?> e) {
        return Labels.of(e);
    }
}
