package org.visitdesk.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitdesk.app.ImportFileKind;
import org.visitdesk.app.ImportResult;
import org.visitdesk.app.Messages;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.ConflictCode;
import org.visitdesk.domain.DateRange;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.DetaineeStatus;
import org.visitdesk.domain.Visitor;
import org.visitdesk.domain.VisitorStatus;

/** Imports into a real H2 store in a temporary folder: upserts, all or nothing, dry runs, visits and conflicts. */
class ImportServiceTest {

    static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneId.of("America/Los_Angeles"))
            .toInstant(), ZoneId.of("America/Los_Angeles"));
    static Locale saved;

    @TempDir
    Path dir;
    Workspace ws;

    @BeforeAll
    static void english() {
        saved = Messages.locale();
        Messages.setLocale(Locale.ENGLISH);
    }

    @AfterAll
    static void restore() {
        Messages.setLocale(saved);
    }

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("data"), CLOCK);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    /** Everything the store holds that an import may touch, as text. */
    static String snapshot(Workspace ws) {
        return ws.detainees().listAll(Locale.ENGLISH).toString() + ws.visitors().listAll()
                + ws.visits().between(new DateRange(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1)));
    }

    ImportResult run(Path file, ImportFileKind kind, boolean dryRun) {
        return ws.imports().run(file, kind, null, dryRun, null);
    }

    @Test
    void detaineesAreCreatedThenUnchangedThenUpdatedByANumber() throws Exception {
        Path f = TestFiles.csv(dir, "d.csv", "A#,Last Name,First Name,DOB,Idiomas,Facility,Unit,Status,Shoe size\n"
                + "A-999-000-001,Prueba,Uno,1/2/1990,Spanish; Mam,Adelanto ICE Processing Center,West 3A,detenido,42\n"
                + "999000002,Prueba,Dos,,K'iche',,,,\n");
        ImportResult r = run(f, ImportFileKind.DETAINEES, false);
        assertThat(r.errorLines(Locale.ENGLISH)).isEmpty();
        assertThat(r.problem()).isNull();
        assertThat(List.of(r.created(), r.updated(), r.unchanged())).containsExactly(2, 0, 0);
        assertThat(r.extraColumns()).containsExactly("Shoe size");
        Detainee uno = ws.detainees().search("999000001", 5).get(0);
        assertThat(uno.aNumber()).isEqualTo(new ANumber("A999000001"));
        assertThat(uno.dateOfBirth()).isEqualTo(LocalDate.of(1990, 1, 2));
        assertThat(uno.languages()).containsExactly("Spanish", "Mam");
        assertThat(uno.facilityId()).isNotNull();
        assertThat(uno.housingUnit()).isEqualTo("West 3A");
        assertThat(uno.status()).isEqualTo(DetaineeStatus.DETAINED);

        ImportResult again = run(f, ImportFileKind.DETAINEES, false);
        assertThat(List.of(again.created(), again.updated(), again.unchanged())).containsExactly(0, 0, 2);

        // a file without the DOB column keeps the saved birth dates
        Path changed = TestFiles.xlsx(dir, "d.xlsx", List.of(List.of("A-Number", "Family Name", "Given Name", "Status"),
                List.of("A999000001", "Prueba", "Uno", "Released")));
        ImportResult upd = run(changed, ImportFileKind.DETAINEES, false);
        assertThat(List.of(upd.created(), upd.updated(), upd.unchanged())).containsExactly(0, 1, 0);
        Detainee after = ws.detainees().byId(uno.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(DetaineeStatus.RELEASED);
        assertThat(after.dateOfBirth()).isEqualTo(LocalDate.of(1990, 1, 2));
        assertThat(ws.detainees().count()).isEqualTo(2);
    }

    @Test
    void aThousandRowsWithOneBadRowInTheMiddleChangeNothing() throws Exception {
        ws.imports().run(TestFiles.csv(dir, "first.csv", TestFiles.detaineesCsv(3)), ImportFileKind.DETAINEES, null,
                false, null);
        String before = snapshot(ws);
        String csv = TestFiles.detaineesCsv(1000).replace("A999000500,Prueba,Uno 500,1990-01-02",
                "A999000500,Prueba,Uno 500,1990-13-02");
        // rows 1 to 3 would be updates
        csv = csv.replace("Uno 2,", "Otra 2,");
        List<Double> progress = new ArrayList<>();
        ImportResult r = ws.imports().run(TestFiles.csv(dir, "big.csv", csv), ImportFileKind.DETAINEES, null, false,
                progress::add);
        assertThat(r.errorLines(Locale.ENGLISH)).containsExactly(
                "row 501, column D (Date of Birth): “1990-13-02” is not a date VisitDesk can read. "
                        + "Write it like 2026-12-08 or 12/8/2026.");
        assertThat(r.created()).isZero();
        assertThat(r.changedStore()).isFalse();
        assertThat(snapshot(ws)).isEqualTo(before);
        assertThat(ws.detainees().count()).isEqualTo(3);
        assertThat(progress).isNotEmpty();

        ImportResult fixed = ws.imports().run(TestFiles.csv(dir, "big2.csv", csv.replace("1990-13-02", "1990-12-02")),
                ImportFileKind.DETAINEES, null, false, null);
        assertThat(List.of(fixed.created(), fixed.updated(), fixed.unchanged())).containsExactly(997, 1, 2);
        assertThat(ws.detainees().count()).isEqualTo(1000);
    }

    @Test
    void everyBadRowIsReportedAndTheSameKeyTwiceNamesBothRows() throws Exception {
        Path f = TestFiles.csv(dir, "bad.csv", "A-Number;Family Name;Given Name;Date of Birth;Facility;Status\n"
                + "A999000001;Prueba;Uno;;;\n"
                + "A12;Prueba;Dos;;;\n"
                + "A999000003;;Tres;2099-01-01;;\n"
                + "999-000-001;Prueba;Cuatro;;Nowhere Center;maybe\n");
        ImportResult r = run(f, ImportFileKind.DETAINEES, false);
        assertThat(r.errorLines(Locale.ENGLISH)).containsExactly(
                "row 3, column A (A-Number): “A12” is not an A-number: the letter A and 9 digits, like A-123-456-789 "
                        + "(8 digits are padded with a 0).",
                "row 4, column B (Family Name): Required.",
                "row 4, column D (Date of Birth): This date is in the future.",
                "row 5, column A (A-Number): A-999-000-001 is also on row 2; each person may appear only once.",
                "row 5, column F (Status): “maybe” is not a status: use detained, transferred, released, deported "
                        + "or unknown.",
                "row 5, column E (Facility): No facility is called “Nowhere Center”. Add it under Facilities first, "
                        + "or correct the name.");
        assertThat(ws.detainees().count()).isZero();
    }

    @Test
    void aDryRunCountsButChangesNothing() throws Exception {
        Path f = TestFiles.csv(dir, "d.csv", TestFiles.detaineesCsv(5));
        String before = snapshot(ws);
        ImportResult r = run(f, ImportFileKind.DETAINEES, true);
        assertThat(r.isValid()).isTrue();
        assertThat(r.created()).isEqualTo(5);
        assertThat(r.summary(Locale.ENGLISH)).startsWith("Dry run, nothing was changed.");
        assertThat(snapshot(ws)).isEqualTo(before);
        assertThat(ws.detainees().count()).isZero();
    }

    @Test
    void visitorsMatchByEmailElseNameAndPhone() throws Exception {
        Path f = TestFiles.csv(dir, "v.csv", "Apellido,Nombre,Correo,Teléfono,Orientation Date,ID Checked,Estado\n"
                + "Prueba,Uno,Uno@Example.org,555-0101,2025-05-01,sí,activa\n"
                + "Prueba,Dos,,555 0102,,no,\n");
        ImportResult r = run(f, ImportFileKind.VISITORS, false);
        assertThat(r.errorLines(Locale.ENGLISH)).isEmpty();
        assertThat(r.created()).isEqualTo(2);
        Visitor uno = ws.visitors().listAll().stream().filter(v -> v.givenName().equals("Uno")).findFirst()
                .orElseThrow();
        assertThat(uno.email()).isEqualTo("uno@example.org");
        assertThat(uno.idChecked()).isTrue();
        assertThat(uno.isCleared()).isTrue();

        Path g = TestFiles.csv(dir, "v2.csv", "Family Name,Given Name,Email,Phone,Status\n"
                + "Prueba,Uno,uno@example.org,555-0101,inactive\n"
                + "Prueba,Dos,,555 0102,\n"
                + "Prueba,Tres,tres@example.org,,\n"
                + "Prueba,Cuatro,tres@example.org,,\n");
        ImportResult dup = run(g, ImportFileKind.VISITORS, false);
        assertThat(dup.errorLines(Locale.ENGLISH)).containsExactly("row 5, column C (Email): The same visitor is "
                + "also on row 4; each visitor may appear only once.");
        ImportResult ok = run(TestFiles.csv(dir, "v3.csv", String.join("\n",
                List.of(g.toFile().exists() ? "Family Name,Given Name,Email,Phone,Status" : "",
                        "Prueba,Uno,uno@example.org,555-0101,inactive", "Prueba,Dos,,555 0102,",
                        "Prueba,Tres,tres@example.org,,"))), ImportFileKind.VISITORS, false);
        assertThat(List.of(ok.created(), ok.updated(), ok.unchanged())).containsExactly(1, 1, 1);
        assertThat(ws.visitors().byId(uno.id()).orElseThrow().status()).isEqualTo(VisitorStatus.INACTIVE);
    }

    @Test
    void visitsReferToPeopleAndTheirConflictsAreListed() throws Exception {
        run(TestFiles.csv(dir, "d.csv", "A-Number,Family Name,Given Name,Facility,Housing Unit,Languages\n"
                + "A999000001,Prueba,Uno,Adelanto ICE Processing Center,West 3B,Spanish\n"
                + "A999000002,Prueba,Dos,,,Spanish\n"), ImportFileKind.DETAINEES, false);
        run(TestFiles.csv(dir, "v.csv", "Family Name,Given Name,Email,Orientation Date,ID Checked,Languages\n"
                + "Visita,Una,una@example.org,2025-01-01,yes,Spanish\n"
                + "Visita,Otra,otra@example.org,2025-01-01,yes,Spanish\n"), ImportFileKind.VISITORS, false);
        // Tuesday 3 March 2026, West 3B visits 13:30-14:30
        Path bad = TestFiles.xlsx(dir, "visits.xlsx", List.of(
                List.of("A-Number", "Date", "Start", "End", "Visitors (emails)", "Type"),
                List.of("A999000001", LocalDate.of(2026, 3, 3), LocalTime.of(13, 30), LocalTime.of(14, 30),
                        "una@example.org", "social"),
                List.of("A999000009", LocalDate.of(2026, 3, 3), "1:30 PM", "", "nobody@example.org", ""),
                List.of("A999000002", LocalDate.of(2026, 3, 3), "13:30", "", "", "")));
        ImportResult r = run(bad, ImportFileKind.VISITS, false);
        assertThat(r.errorLines(Locale.ENGLISH)).containsExactly(
                "row 3, column A (A-Number): No detained person has the A-number A-999-000-009. Import the "
                        + "detainees first.",
                "row 3, column E (Visitors (emails)): No visitor is “nobody@example.org”. Use the visitor’s email, or import "
                        + "the visitors first.",
                "row 4, column A (A-Number): The person with A-number A-999-000-002 has no facility, so the visit "
                        + "has no place. Set their facility first.");
        assertThat(ws.visits().count()).isZero();

        Path good = TestFiles.xlsx(dir, "visits2.xlsx", List.of(
                List.of("A#", "Fecha", "Hora", "Fin", "Visitantes", "Tipo", "Estado"),
                List.of("A999000001", LocalDate.of(2026, 3, 3), LocalTime.of(13, 30), LocalTime.of(14, 30),
                        "una@example.org", "social", "programada"),
                // the same person, overlapping, visited by name: a double booking, imported anyway
                List.of("999000001", "3/3/2026", "14:00", "", "Otra Visita", "pastoral", "")));
        ImportResult ok = run(good, ImportFileKind.VISITS, false);
        assertThat(ok.errorLines(Locale.ENGLISH)).isEmpty();
        assertThat(ok.created()).isEqualTo(2);
        assertThat(ok.conflicts()).extracting(c -> c.conflict().code()).contains(ConflictCode.DETAINEE_DOUBLE_BOOKED);
        assertThat(ws.visits().count()).isEqualTo(2);
        ImportResult again = run(good, ImportFileKind.VISITS, false);
        assertThat(List.of(again.created(), again.updated(), again.unchanged())).containsExactly(0, 0, 2);
    }
}
