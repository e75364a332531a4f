package org.visitdesk.roster;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.visitdesk.domain.DenialReason;
import org.visitdesk.domain.FollowUpKind;
import org.visitdesk.domain.OutcomeCode;

/**
 * Visit sheets: one printed page per visit, for the volunteer to take in the car. Only what the front desk asks
 * for and what the visit needs: never the notes, the date of birth or the status history.
 */
public final class VisitSheetWriter {

    /** The one sheet's name. */
    public static final String SHEET = "Visit sheets";

    /** What was written. */
    public record Result(int visits) {
    }

    static final List<String> CHECKLIST = List.of(
            "Government photo ID (driver license, passport or state ID); visitors under 18 come with an adult",
            "Dress code: modest clothes; no uniforms, no khaki or orange, no revealing clothing",
            "Leave phone, paper, pen and bag in the car: nothing goes inside, and notes are not allowed",
            "Know the full name and A-number: the front desk asks for them");

    /** The warning beside the note: what must never be written down about the person. */
    static final String NOTE_WARNING = "Short note for the follow-ups only. Never write asylum claims, criminal "
            + "history, or health details beyond what a follow-up needs.";

    private static final String BOX = "\u2610 ";
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");
    private static final Comparator<RosterRow> ORDER = Comparator.comparing(RosterRow::date)
            .thenComparing(RosterRow::start).thenComparing(RosterRow::housingUnit, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(RosterRow::detainee, String.CASE_INSENSITIVE_ORDER);

    private final Path tempFolder;

    public VisitSheetWriter(Path tempFolder) {
        this.tempFolder = tempFolder;
    }

    /** Writes one page per active visit (cancelled, denied and no-show visits get none). */
    public Result write(List<RosterRow> rows, Path target) {
        List<RosterRow> kept = new ArrayList<>();
        for (RosterRow r : rows) {
            if (r.active()) {
                kept.add(r);
            }
        }
        kept.sort(ORDER);
        SafeFile.check(target);
        try (Book book = Book.open(tempFolder)) {
            SXSSFSheet sheet = book.wb.createSheet(SHEET);
            // about 74 characters across: fits a Letter or A4 page in portrait at 100 %, which matters because
            // Excel ignores manual page breaks when a sheet is scaled to fit
            sheet.setColumnWidth(0, 20 * 256);
            sheet.setColumnWidth(1, 11 * 256);
            sheet.setColumnWidth(2, 43 * 256);
            int r = 0;
            for (int i = 0; i < kept.size(); i++) {
                r = page(book, sheet, r, kept.get(i));
                if (i < kept.size() - 1) {
                    sheet.setRowBreak(r - 1);
                }
            }
            if (kept.isEmpty()) {
                book.text(sheet.createRow(0), 0, "No visits in this range.", book.styles.title);
            }
            printSetup(sheet);
            SafeFile.write(target, book::writeTo);
        }
        return new Result(kept.size());
    }

    /** Writes one visit from row {@code r}; returns the next free row. */
    private static int page(Book book, SXSSFSheet sheet, int r, RosterRow v) {
        Styles st = book.styles;
        Row title = sheet.createRow(r++);
        title.setHeightInPoints(22);
        book.text(title, 0, "Visit sheet \u2014 Confidential", st.title);
        r++;
        r = line(book, sheet, r, "Facility", v.facility(), st.bold);
        r = line(book, sheet, r, "Drive to", Buildings.addressFor(v.facilityAddress(), v.housingUnit()), st.wrap);
        Row date = sheet.createRow(r);
        book.text(date, 0, "Date", st.label);
        book.date(date, 1, v.date(), st.longDate);
        merge(sheet, r++);
        Row time = sheet.createRow(r++);
        book.text(time, 0, "Time", st.label);
        book.time(time, 1, v.start(), null);
        book.text(time, 2, "until " + v.end().format(HM));
        r = line(book, sheet, r, "", "Arrive at least 45 minutes early: the ID check and security take time, and "
                + "waits can be long. Be patient and polite with staff.", st.wrap);
        r++;
        r = line(book, sheet, r, "Housing unit", v.housingUnit(), st.bold);
        Row who = sheet.createRow(r);
        who.setHeightInPoints(20);
        book.text(who, 0, "Person you visit", st.label);
        book.text(who, 1, v.detainee(), st.big);
        merge(sheet, r++);
        Row an = sheet.createRow(r);
        an.setHeightInPoints(20);
        book.text(an, 0, "A-Number", st.label);
        book.text(an, 1, v.aNumber(), st.big);
        merge(sheet, r++);
        r = line(book, sheet, r, "Languages", String.join(", ", v.languages()), st.wrap);
        r = line(book, sheet, r, "Type of visit", v.type(), null);
        for (int i = 0; i < Math.max(1, v.visitorNames().size()); i++) {
            String name = i < v.visitorNames().size() ? v.visitorNames().get(i) : "";
            String phone = i < v.visitorPhones().size() ? v.visitorPhones().get(i) : "";
            Row row = sheet.createRow(r);
            book.text(row, 0, i == 0 ? "Visitors" : "", st.label);
            book.text(row, 1, name + (phone.isBlank() ? "" : "   \u260E " + phone), st.bold);
            book.text(row, 2, "", st.bold);
            merge(sheet, r++);
        }
        r++;
        r = line(book, sheet, r, "Before you go in", "", st.label);
        for (String item : CHECKLIST) {
            r = line(book, sheet, r, "", BOX + item, st.wrap);
        }
        r++;
        Row after = sheet.createRow(r++);
        book.text(after, 0, "After the visit (fill in by hand, outside; the coordinator types in the same boxes)",
                st.bold);
        r = boxed(book, sheet, r, "Outcome (tick one):  " + boxes(OutcomeCode.values()), 2);
        r = boxed(book, sheet, r, "If denied, why:  " + boxes(DenialReason.values()), 2);
        r = boxed(book, sheet, r, "Arrived  ____:____      Seen  ____:____      Left  ____:____      (24-hour times)",
                1);
        r = boxed(book, sheet, r, "Needs:  " + boxes(FollowUpKind.values()), 2);
        r = boxed(book, sheet, r, "Note: " + NOTE_WARNING, 3);
        return r;
    }

    /** One box per value, with the words {@code import outcomes} reads back. */
    static String boxes(Enum<?>[] values) {
        StringBuilder b = new StringBuilder();
        for (Enum<?> v : values) {
            // no-break spaces: a line may wrap between two boxes, never between a box and its words
            b.append(BOX.strip()).append('\u00a0').append(Labels.of(v).replace(' ', '\u00a0')).append("   ");
        }
        return b.toString().strip();
    }

    /** A label in column A and a value across B and C. */
    private static int line(Book book, SXSSFSheet sheet, int r, String label, String value,
            CellStyle style) {
        Row row = sheet.createRow(r);
        book.text(row, 0, label, book.styles.label);
        book.text(row, 1, value, style);
        book.text(row, 2, "", style);
        merge(sheet, r);
        if (value.length() > 50) {
            row.setHeightInPoints(15f * ((value.length() + 49) / 50));
        }
        return r + 1;
    }

    /** A bordered box across the page, {@code lines} rows tall, with its words at the top. */
    private static int boxed(Book book, SXSSFSheet sheet, int r, String words, int lines) {
        Row row = sheet.createRow(r);
        row.setHeightInPoints(lines * 18f);
        for (int c = 0; c < 3; c++) {
            book.text(row, c, c == 0 ? words : "", book.styles.boxed);
        }
        sheet.addMergedRegionUnsafe(new CellRangeAddress(r, r, 0, 2));
        return r + 1;
    }

    private static void merge(SXSSFSheet sheet, int r) {
        sheet.addMergedRegionUnsafe(new CellRangeAddress(r, r, 1, 2));
    }

    private static void printSetup(Sheet sheet) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(false);
        // no fit-to-page here: Excel ignores manual page breaks when scaling to fit
        ps.setScale((short) 100);
        sheet.setMargin(Sheet.LeftMargin, 0.6);
        sheet.setMargin(Sheet.RightMargin, 0.6);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        sheet.getFooter().setLeft("Confidential: do not take this page inside");
        sheet.getFooter().setRight("Page &P of &N");
    }
}
