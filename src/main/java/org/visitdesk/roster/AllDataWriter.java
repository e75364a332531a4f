package org.visitdesk.roster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.Availability;
import org.visitdesk.domain.BlackoutDay;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Facility;
import org.visitdesk.domain.FollowUp;
import org.visitdesk.domain.Outcome;
import org.visitdesk.domain.Request;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitingWindow;
import org.visitdesk.domain.Visitor;
import org.visitdesk.domain.WeeklyHours;

/**
 * Everything in one workbook, to take the records elsewhere. The first three sheets use the import column
 * titles (DESIGN.md section 7), with lists joined by "; ", so the file can be imported again.
 */
public final class AllDataWriter {

    public static final List<String> SHEETS = List.of("Detainees", "Visitors", "Visits", "Facilities",
            "Visiting Windows", "Blackout Days", "Outcomes", "Follow-ups", "Requests");
    public static final List<String> DETAINEE_COLUMNS = List.of("A-Number", "Family Name", "Given Name",
            "Date of Birth", "Country of Birth", "Languages", "Gender", "Facility", "Housing Unit", "Status",
            "Status Date", "Notes");
    public static final List<String> VISITOR_COLUMNS = List.of("Family Name", "Given Name", "Email", "Phone",
            "Languages", "Orientation Date", "ID Checked", "Status", "Notes", "Available", "Visits per Month",
            "Away From", "Away To", "Family Of");
    /**
     * The import's columns, then the facility and the override reason, so that nothing is lost, and the visit's ID,
     * so that an import of the sheet updates each visit (even two of one person at one time).
     */
    public static final List<String> VISIT_COLUMNS = List.of("A-Number", "Date", "Start", "End", "Visitors", "Type",
            "Status", "Notes", "Facility", "Override Reason", "Visit ID");
    public static final List<String> FACILITY_COLUMNS = List.of("Name", "Address", "Room Capacity",
            "Max Visitors per Visit", "Max Visits per Week", "Notes");
    public static final List<String> WINDOW_COLUMNS = List.of("Facility", "Housing Unit", "Day", "Start", "End",
            "Contact");
    public static final List<String> BLACKOUT_COLUMNS = List.of("Facility", "From", "To", "Reason");
    /**
     * The columns of {@code import outcomes}: the visit by its ID (the Visits sheet's last column) and by person and
     * time, so that the sheet imports into other records too.
     */
    public static final List<String> OUTCOME_COLUMNS = List.of("Visit ID", "A-Number", "Date", "Start", "Outcome",
            "Arrived", "Seen", "Left", "Denial Reason", "Note");
    public static final List<String> FOLLOW_UP_COLUMNS = List.of("ID", "Kind", "A-Number", "Visit ID", "Owner",
            "Due", "Status", "Note");
    /** The columns of {@code import requests}, then where each request stands, so that nothing is lost. */
    public static final List<String> REQUEST_COLUMNS = List.of("Received", "Source", "A-Number", "Family Name",
            "Given Name", "Country of Birth", "Languages", "Caller", "Relationship", "Caller Phone", "Needs",
            "Urgency", "Notes", "Status", "Status Date", "Request ID");

    /** All the records. */
    public record Data(List<Detainee> detainees, List<Visitor> visitors, List<Visit> visits,
            List<Facility> facilities, List<VisitingWindow> windows, List<BlackoutDay> blackouts,
            List<Outcome> outcomes, List<FollowUp> followUps, List<Request> requests) {
    }

    /** How many rows each sheet got. */
    public record Result(int detainees, int visitors, int visits, int facilities, int windows, int blackouts,
            int outcomes, int followUps, int requests) {
        public int rows() {
            return detainees + visitors + visits + facilities + windows + blackouts + outcomes + followUps + requests;
        }
    }

    private final Path tempFolder;

    public AllDataWriter(Path tempFolder) {
        this.tempFolder = tempFolder;
    }

    public Result write(Data data, Path target) {
        Map<Long, String> facilityNames = new HashMap<>();
        for (Facility f : data.facilities()) {
            facilityNames.put(f.id(), f.name());
        }
        Map<Long, String> aNumbers = new HashMap<>();
        for (Detainee d : data.detainees()) {
            aNumbers.put(d.id(), d.aNumber() == null ? "" : d.aNumber().display());
        }
        Map<Long, String> visitorKeys = new HashMap<>();
        for (Visitor v : data.visitors()) {
            visitorKeys.put(v.id(), v.email().isBlank() ? v.fullName() : v.email());
        }
        SafeFile.check(target);
        try (Book book = Book.open(tempFolder)) {
            SXSSFSheet s = sheet(book, SHEETS.get(0), DETAINEE_COLUMNS, new int[] {15, 18, 18, 12, 16, 20, 10, 24, 14,
                12, 12, 40});
            int r = 1;
            for (Detainee d : data.detainees()) {
                Row row = s.createRow(r++);
                book.text(row, 0, d.aNumber() == null ? "" : d.aNumber().display());
                book.text(row, 1, d.familyName());
                book.text(row, 2, d.givenName());
                book.date(row, 3, d.dateOfBirth(), null);
                book.text(row, 4, d.countryOfBirth());
                book.text(row, 5, String.join("; ", d.languages()));
                book.text(row, 6, d.gender());
                book.text(row, 7, d.facilityId() == null ? "" : facilityNames.getOrDefault(d.facilityId(), ""));
                book.text(row, 8, d.housingUnit());
                book.text(row, 9, d.status().name());
                book.date(row, 10, d.statusDate(), null);
                book.text(row, 11, d.notes());
            }
            s = sheet(book, SHEETS.get(1), VISITOR_COLUMNS, new int[] {18, 18, 28, 16, 20, 14, 10, 12, 40, 32, 9, 11,
                11, 28});
            r = 1;
            for (Visitor v : data.visitors()) {
                Row row = s.createRow(r++);
                book.text(row, 0, v.familyName());
                book.text(row, 1, v.givenName());
                book.text(row, 2, v.email());
                book.text(row, 3, v.phone());
                book.text(row, 4, String.join("; ", v.languages()));
                book.date(row, 5, v.orientationDate(), null);
                book.text(row, 6, v.idChecked() ? "Yes" : "No");
                book.text(row, 7, v.status().name());
                book.text(row, 8, v.notes());
                Availability a = v.availability();
                book.text(row, 9, WeeklyHours.join(a.hours()));
                if (a.visitsPerMonth() > 0) {
                    book.number(row, 10, a.visitsPerMonth(), null);
                }
                book.date(row, 11, a.awayFrom(), null);
                book.date(row, 12, a.awayTo(), null);
                book.text(row, 13, String.join("; ", a.familyOf().stream().map(ANumber::display).toList()));
            }
            s = sheet(book, SHEETS.get(2), VISIT_COLUMNS, new int[] {15, 11, 7, 7, 40, 18, 11, 40, 24, 30, 9});
            r = 1;
            for (Visit v : data.visits()) {
                Row row = s.createRow(r++);
                book.text(row, 0, aNumbers.getOrDefault(v.detaineeId(), ""));
                book.date(row, 1, v.start().toLocalDate(), null);
                book.time(row, 2, v.start().toLocalTime(), null);
                book.time(row, 3, v.end().toLocalTime(), null);
                List<String> who = new ArrayList<>();
                for (Long id : v.visitorIds()) {
                    who.add(visitorKeys.getOrDefault(id, ""));
                }
                book.text(row, 4, String.join("; ", who));
                book.text(row, 5, v.type().name());
                book.text(row, 6, v.status().name());
                book.text(row, 7, v.notes());
                book.text(row, 8, facilityNames.getOrDefault(v.facilityId(), ""));
                book.text(row, 9, v.overrideReason());
                book.number(row, 10, v.id(), null);
            }
            s = sheet(book, SHEETS.get(3), FACILITY_COLUMNS, new int[] {30, 50, 10, 10, 10, 40});
            r = 1;
            for (Facility f : data.facilities()) {
                Row row = s.createRow(r++);
                book.text(row, 0, f.name());
                book.text(row, 1, f.address());
                book.number(row, 2, f.roomCapacity(), null);
                book.number(row, 3, f.maxVisitorsPerVisit(), null);
                book.number(row, 4, f.maxVisitsPerWeek(), null);
                book.text(row, 5, f.notes());
            }
            s = sheet(book, SHEETS.get(4), WINDOW_COLUMNS, new int[] {30, 24, 12, 8, 8, 9});
            r = 1;
            for (VisitingWindow w : data.windows()) {
                Row row = s.createRow(r++);
                book.text(row, 0, facilityNames.getOrDefault(w.facilityId(), ""));
                book.text(row, 1, w.housingUnit());
                book.text(row, 2, w.day().name());
                book.time(row, 3, w.start(), null);
                book.time(row, 4, w.end(), null);
                book.text(row, 5, w.contact() ? "Yes" : "No");
            }
            s = sheet(book, SHEETS.get(5), BLACKOUT_COLUMNS, new int[] {30, 12, 12, 40});
            r = 1;
            for (BlackoutDay b : data.blackouts()) {
                Row row = s.createRow(r++);
                book.text(row, 0, facilityNames.getOrDefault(b.facilityId(), ""));
                book.date(row, 1, b.from(), null);
                book.date(row, 2, b.to(), null);
                book.text(row, 3, b.reason());
            }
            s = sheet(book, SHEETS.get(6), OUTCOME_COLUMNS, new int[] {9, 15, 11, 7, 18, 8, 8, 8, 16, 40});
            r = 1;
            Map<Long, Visit> visitsById = new HashMap<>();
            data.visits().forEach(v -> visitsById.put(v.id(), v));
            for (Outcome o : data.outcomes()) {
                Row row = s.createRow(r++);
                Visit v = visitsById.get(o.visitId());
                book.number(row, 0, o.visitId(), null);
                book.text(row, 1, v == null ? "" : aNumbers.getOrDefault(v.detaineeId(), ""));
                book.date(row, 2, v == null ? null : v.start().toLocalDate(), null);
                book.time(row, 3, v == null ? null : v.start().toLocalTime(), null);
                book.text(row, 4, o.code().name());
                book.time(row, 5, o.arrived(), null);
                book.time(row, 6, o.seen(), null);
                book.time(row, 7, o.left(), null);
                book.text(row, 8, o.denialReason() == null ? "" : o.denialReason().name());
                book.text(row, 9, o.note());
            }
            s = sheet(book, SHEETS.get(7), FOLLOW_UP_COLUMNS, new int[] {7, 18, 15, 9, 28, 11, 10, 40});
            r = 1;
            for (FollowUp f : data.followUps()) {
                Row row = s.createRow(r++);
                book.number(row, 0, f.id(), null);
                book.text(row, 1, f.kind().name());
                book.text(row, 2, aNumbers.getOrDefault(f.detaineeId(), ""));
                if (f.visitId() != null) {
                    book.number(row, 3, f.visitId(), null);
                }
                book.text(row, 4, f.ownerVisitorId() == null ? "" : visitorKeys.getOrDefault(f.ownerVisitorId(), ""));
                book.date(row, 5, f.due(), null);
                book.text(row, 6, f.status().name());
                book.text(row, 7, f.note());
            }
            s = sheet(book, SHEETS.get(8), REQUEST_COLUMNS, new int[] {11, 12, 15, 18, 18, 16, 20, 16, 14, 16, 40,
                10, 40, 11, 11, 9});
            r = 1;
            for (Request q : data.requests()) {
                Row row = s.createRow(r++);
                book.date(row, 0, q.received(), null);
                book.text(row, 1, q.source().name());
                book.text(row, 2, q.aNumber() == null ? "" : q.aNumber().display());
                book.text(row, 3, q.familyName());
                book.text(row, 4, q.givenName());
                book.text(row, 5, q.countryOfBirth());
                book.text(row, 6, String.join("; ", q.languages()));
                book.text(row, 7, q.caller());
                book.text(row, 8, q.relationship());
                book.text(row, 9, q.callerPhone());
                book.text(row, 10, q.needs());
                book.text(row, 11, q.urgency().name());
                book.text(row, 12, q.notes());
                book.text(row, 13, q.status().name());
                book.date(row, 14, q.statusDate(), null);
                book.number(row, 15, q.id(), null);
            }
            SafeFile.write(target, book::writeTo);
        }
        return new Result(data.detainees().size(), data.visitors().size(), data.visits().size(),
                data.facilities().size(), data.windows().size(), data.blackouts().size(), data.outcomes().size(),
                data.followUps().size(), data.requests().size());
    }

    private static SXSSFSheet sheet(Book book, String name, List<String> columns, int[] widths) {
        SXSSFSheet s = book.wb.createSheet(name);
        Row head = s.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            book.text(head, i, columns.get(i), book.styles.header);
            s.setColumnWidth(i, widths[i] * 256);
        }
        s.createFreezePane(0, 1);
        return s;
    }
}
