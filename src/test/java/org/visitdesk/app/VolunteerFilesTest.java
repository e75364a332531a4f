package org.visitdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.visitdesk.storage.Store;
import org.visitdesk.storage.TestStores;
import org.visitdesk.domain.DateRange;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Visit;
import org.visitdesk.roster.MailMergeWriter;

/**
 * The volunteers' calendar files and the mail-merge file on a real store, read back with ical4j and commons-csv:
 * one file per volunteer, stable UIDs, moves and cancellations with a higher SEQUENCE, the facility's zone, and
 * nothing private (no A-number, date of birth or notes).
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Store.Engine.class)
class VolunteerFilesTest {

    static final ZoneId LA = ZoneId.of("America/Los_Angeles");
    static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2026, 3, 1, 9, 0, 0, 0, LA).toInstant(), LA);
    static final LocalDate FROM = LocalDate.of(2026, 3, 2);
    static final LocalDate TO = LocalDate.of(2026, 3, 8);

    @Parameter
    Store.Engine engine;

    @TempDir
    Path dir;

    TestStores.Place place;
    Workspace ws;

    @BeforeEach
    void open() throws IOException {
        place = TestStores.place(engine, dir.resolve("data"));
        ws = TestWorkspaces.open(place, CLOCK);
        load("d.csv", ImportFileKind.DETAINEES, "A-Number,Family Name,Given Name,Date of Birth,Facility,"
                + "Housing Unit,Languages,Notes\n"
                + "A999000001,Prueba,Rosa María,1990-04-17,Adelanto ICE Processing Center,West 3B,Spanish,"
                + "secret-note-one\n"
                + "A999000002,Prueba,Dos,1985-01-02,Adelanto ICE Processing Center,West 3A,Spanish,\n");
        load("v.csv", ImportFileKind.VISITORS, "Family Name,Given Name,Email,Phone,Orientation Date,ID Checked,"
                + "Languages\n"
                + "Visita,Una,una@example.org,555-0101,2025-01-01,yes,Spanish\n"
                + "Visita,Otra,otra@example.org,555-0102,2025-01-01,yes,Spanish\n"
                + "Visita,Tercera,tercera@example.org,555-0103,2025-01-01,yes,Spanish\n");
        // West 3B: Tue and Thu 13:30-14:30; West 3A: Tue and Thu 12:10-13:10
        load("visits.csv", ImportFileKind.VISITS, "A-Number,Date,Start,Visitors,Notes\n"
                + "A999000001,2026-03-03,13:30,una@example.org;otra@example.org,secret-note-two\n"
                + "A999000002,2026-03-03,12:10,tercera@example.org,\n"
                + "A999000002,2026-03-05,12:10,una@example.org,\n");
    }

    @AfterEach
    void close() {
        TestWorkspaces.close(ws, place);
    }

    private void load(String name, ImportFileKind kind, String csv) throws IOException {
        Path f = Files.writeString(dir.resolve(name), csv);
        ImportResult r = ws.imports().run(f, kind, null, false, null);
        assertThat(r.isValid()).as(r.errorLines(Locale.ENGLISH).toString()).isTrue();
    }

    private Path export(String name) throws IOException {
        Path out = Files.createDirectories(dir.resolve(name));
        ws.exports().calendars(FROM, TO, out, Locale.ENGLISH);
        return out;
    }

    /** Every file of the folder, read by ical4j, by file name. */
    private static Map<String, Calendar> read(Path folder) throws IOException {
        Map<String, Calendar> out = new HashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    out.put(f.getFileName().toString(), new CalendarBuilder().build(r));
                } catch (ParserException e) {
                    throw new AssertionError(f + " does not parse", e);
                }
            }
        }
        return out;
    }

    private static String fileOf(Map<String, Calendar> files, String given) {
        return files.keySet().stream().filter(n -> n.startsWith(given + "-visita-")).findFirst().orElseThrow();
    }

    private static List<VEvent> events(Calendar c) {
        return c.getComponents("VEVENT");
    }

    private static String prop(VEvent e, String name) {
        return e.getProperty(name).map(Property::getValue).orElse("");
    }

    private Visit visitOf(String aNumberEnd, LocalDate day) {
        return ws.visits().between(new DateRange(day, day)).stream()
                .filter(l -> l.detainee().aNumber().toString().endsWith(aNumberEnd)).findFirst().orElseThrow().visit();
    }

    @Test
    void oneFilePerVolunteerInTheFacilitysZoneWithNothingPrivate() throws IOException {
        Path out = export("first");
        Map<String, Calendar> files = read(out);
        assertThat(files.keySet()).hasSize(3).allMatch(n -> n.endsWith(".ics"));
        List<VEvent> una = events(files.get(fileOf(files, "una")));
        assertThat(una).hasSize(2);
        VEvent rosa = una.stream().filter(e -> prop(e, "SUMMARY").contains("Rosa")).findFirst().orElseThrow();
        assertThat(prop(rosa, "SUMMARY")).isEqualTo("Visit: Rosa (West 3B)");
        assertThat(prop(rosa, "DESCRIPTION")).contains("With: Otra").contains("photo ID").doesNotContain("Prueba");
        assertThat(prop(rosa, "LOCATION")).contains("10250 Rancho Road");
        assertThat(prop(rosa, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(rosa.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("America/Los_Angeles");
        ZonedDateTime start = ZonedDateTime.from(rosa.getStartDate().orElseThrow().getDate());
        assertThat(start.toInstant()).isEqualTo(ZonedDateTime.of(2026, 3, 3, 13, 30, 0, 0, LA).toInstant());
        assertThat(files.get(fileOf(files, "una")).getComponents("VTIMEZONE")).hasSize(1);
        try (Stream<Path> all = Files.list(out)) {
            for (Path f : all.toList()) {
                String text = Files.readString(f);
                assertThat(text).doesNotContain("999000001", "999-000-001", "999000002", "999-000-002",
                        "1990", "1985", "secret-note", "Prueba", "María");
            }
        }
    }

    @Test
    void uidsStayTheSameAndAMoveOrACancelRaisesTheSequence() throws IOException {
        Map<String, Calendar> first = read(export("first"));
        Map<String, Calendar> again = read(export("again"));
        assertThat(uids(again)).isEqualTo(uids(first));

        Visit rosa = visitOf("001", LocalDate.of(2026, 3, 3));
        VisitChange moved = ws.schedule().move(rosa.id(), LocalDateTime.of(2026, 3, 5, 13, 30),
                LocalDateTime.of(2026, 3, 5, 14, 30), "");
        assertThat(moved.saved()).isNotNull();
        Visit dos = visitOf("002", LocalDate.of(2026, 3, 3));
        assertThat(ws.visits().cancel(dos.id())).isTrue();

        Map<String, Calendar> after = read(export("after"));
        assertThat(uids(after)).isEqualTo(uids(first));
        VEvent before = byUid(first, fileOf(first, "otra"), rosa.id());
        VEvent now = byUid(after, fileOf(after, "otra"), rosa.id());
        assertThat(seq(now)).isGreaterThan(seq(before));
        assertThat(ZonedDateTime.from(now.getStartDate().orElseThrow().getDate()).toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2026, 3, 5, 13, 30));
        VEvent cancelledBefore = byUid(first, fileOf(first, "tercera"), dos.id());
        VEvent cancelled = byUid(after, fileOf(after, "tercera"), dos.id());
        assertThat(prop(cancelled, "STATUS")).isEqualTo("CANCELLED");
        assertThat(seq(cancelled)).isGreaterThan(seq(cancelledBefore));
    }

    @Test
    void aVolunteerTakenOffAVisitOrAVisitDeletedWithItsPersonArrivesCancelled() throws IOException {
        Map<String, Calendar> first = read(export("first"));
        Visit rosa = visitOf("001", LocalDate.of(2026, 3, 3));
        Visit without = new Visit(rosa.id(), rosa.detaineeId(), rosa.facilityId(), rosa.start(), rosa.end(),
                List.of(rosa.visitorIds().get(0)), rosa.type(), rosa.status(), rosa.notes(), rosa.overrideReason());
        assertThat(ws.schedule().plan(without, "").saved()).isNotNull();
        Detainee dos = ws.detainees().byId(visitOf("002", LocalDate.of(2026, 3, 3)).detaineeId()).orElseThrow();
        Visit dosVisit = visitOf("002", LocalDate.of(2026, 3, 3));
        assertThat(ws.detainees().delete(dos).isDeleted()).isTrue();

        Map<String, Calendar> after = read(export("after"));
        VEvent otra = byUid(after, fileOf(after, "otra"), rosa.id());
        assertThat(prop(otra, "STATUS")).isEqualTo("CANCELLED");
        assertThat(seq(otra)).isGreaterThan(seq(byUid(first, fileOf(first, "otra"), rosa.id())));
        assertThat(prop(byUid(after, fileOf(after, "una"), rosa.id()), "STATUS")).isEqualTo("CONFIRMED");
        VEvent gone = byUid(after, fileOf(after, "tercera"), dosVisit.id());
        assertThat(prop(gone, "STATUS")).isEqualTo("CANCELLED");
        assertThat(seq(gone)).isGreaterThan(seq(byUid(first, fileOf(first, "tercera"), dosVisit.id())));
    }

    @Test
    void theMailMergeFileRoundTripsWithItsColumns() throws IOException {
        Path out = dir.resolve("reminders.csv");
        ExportService.Summary s = ws.exports().mailMerge(FROM, TO, out, Locale.ENGLISH);
        assertThat(s.rows()).isEqualTo(4);
        try (CSVParser p = CSVParser.parse(out, StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertThat(p.getHeaderNames()).containsExactlyElementsOf(MailMergeWriter.COLUMNS);
            List<CSVRecord> rows = new ArrayList<>(p.getRecords());
            assertThat(rows).hasSize(4);
            CSVRecord una = rows.stream().filter(r -> r.get("email").equals("una@example.org")
                    && r.get("date").equals("2026-03-03")).findFirst().orElseThrow();
            assertThat(una.get("visitor_name")).isEqualTo("Una Visita");
            assertThat(una.get("phone")).isEqualTo("555-0101");
            assertThat(una.get("time")).isEqualTo("13:30");
            assertThat(una.get("end")).isEqualTo("14:30");
            assertThat(una.get("building")).isEqualTo("West");
            assertThat(una.get("address")).startsWith("10250 Rancho Road");
            assertThat(una.get("co_visitors")).isEqualTo("Otra");
            assertThat(una.get("person_first_name")).isEqualTo("Rosa");
        }
        assertThat(Files.readString(out)).doesNotContain("999000001", "1990", "secret-note", "Prueba");
    }

    /** Each file's UIDs, by file name (summaries keep the visits apart: a UID is per visit). */
    private static Map<String, java.util.Set<String>> uids(Map<String, Calendar> files) {
        Map<String, java.util.Set<String>> out = new HashMap<>();
        files.forEach((name, cal) -> out.put(name, new java.util.TreeSet<>(events(cal).stream()
                .map(e -> prop(e, "SUMMARY") + " " + prop(e, "UID")).toList())));
        return out;
    }

    private static VEvent byUid(Map<String, Calendar> files, String file, long visitId) {
        return events(files.get(file)).stream().filter(e -> prop(e, "UID").startsWith("visit-" + visitId + "@"))
                .findFirst().orElseThrow(() -> new AssertionError("no visit " + visitId + " in " + file));
    }

    private static int seq(VEvent e) {
        return Integer.parseInt(prop(e, "SEQUENCE"));
    }
}
