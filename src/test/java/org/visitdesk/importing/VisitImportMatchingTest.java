package org.visitdesk.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitdesk.app.ImportFileKind;
import org.visitdesk.app.ImportResult;
import org.visitdesk.app.VisitListing;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.ConflictCode;
import org.visitdesk.domain.DateRange;
import org.visitdesk.domain.DetaineeStatus;

/**
 * What coordinators' spreadsheets really hold: releases and transfers dated ahead, a double booking made in the
 * spreadsheet, and the visits sheet of an export of everything (with its Visit ID column), on a real store.
 */
class VisitImportMatchingTest {

    // Tuesday 3 March 2026; West 3B visits 13:30-14:30 on Tuesdays; the store's "today" is 1 March 2026
    static final LocalDate TUESDAY = LocalDate.of(2026, 3, 3);

    @TempDir
    Path dir;
    Workspace ws;

    @BeforeEach
    void open() throws Exception {
        ws = Workspace.open(dir.resolve("data"), ImportServiceTest.CLOCK);
        ok(TestFiles.csv(dir, "d.csv", "A-Number,Family Name,Given Name,Facility,Housing Unit,Languages\n"
                + "A999000001,Prueba,Uno,Adelanto ICE Processing Center,West 3B,Spanish\n"
                + "A999000002,Prueba,Dos,Adelanto ICE Processing Center,West 3B,Spanish\n"), ImportFileKind.DETAINEES);
        ok(TestFiles.csv(dir, "v.csv", "Family Name,Given Name,Email,Orientation Date,ID Checked,Languages\n"
                + "Visita,Una,una@example.org,2025-01-01,yes,Spanish\n"
                + "Visita,Otra,otra@example.org,2025-01-01,yes,Spanish\n"
                + "Visita,Tercera,tres@example.org,2025-01-01,yes,Spanish\n"), ImportFileKind.VISITORS);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    ImportResult run(Path file, ImportFileKind kind) {
        return ws.imports().run(file, kind, null, false, null);
    }

    ImportResult ok(Path file, ImportFileKind kind) {
        ImportResult r = run(file, kind);
        assertThat(r.errorLines(Locale.ENGLISH)).as("row errors").isEmpty();
        assertThat(r.problem()).isNull();
        return r;
    }

    List<VisitListing> visits() {
        return ws.visits().between(new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
    }

    @Test
    void aReleaseOrTransferDatedAheadIsImportedAndVisitsAfterItConflict() throws Exception {
        ok(TestFiles.csv(dir, "later.csv", "A-Number,Family Name,Given Name,Status,Status Date\n"
                + "A999000001,Prueba,Uno,released,2026-03-04\n"
                + "A999000002,Prueba,Dos,transferred,2026-03-06\n"), ImportFileKind.DETAINEES);
        assertThat(ws.detainees().listAll(Locale.ENGLISH)).extracting(l -> l.detainee().status())
                .containsExactlyInAnyOrder(DetaineeStatus.RELEASED, DetaineeStatus.TRANSFERRED);

        // the day before the release is fine; a week later the person is no longer there
        ImportResult r = ok(TestFiles.csv(dir, "visits.csv", "A-Number,Date,Start,Visitors\n"
                + "A999000001,2026-03-03,13:30,una@example.org\n"
                + "A999000001,2026-03-10,13:30,una@example.org\n"), ImportFileKind.VISITS);
        assertThat(r.conflicts()).filteredOn(c -> c.conflict().code() == ConflictCode.DETAINEE_NOT_HELD)
                .extracting(c -> c.conflict().at().toLocalDate()).containsExactly(LocalDate.of(2026, 3, 10));
    }

    @Test
    void aDoubleBookingInTheSpreadsheetIsImportedAndShownAndAgainChangesNothing() throws Exception {
        Path file = TestFiles.xlsx(dir, "week.xlsx", List.of(
                List.of("A-Number", "Date", "Start", "End", "Visitors"),
                List.of("A999000001", TUESDAY, LocalTime.of(13, 30), LocalTime.of(14, 30), "una@example.org"),
                List.of("A999000001", TUESDAY, LocalTime.of(13, 30), LocalTime.of(14, 30),
                        "otra@example.org; tres@example.org")));
        ImportResult first = ok(file, ImportFileKind.VISITS);
        assertThat(first.created()).isEqualTo(2);
        assertThat(first.conflicts()).extracting(c -> c.conflict().code())
                .contains(ConflictCode.DETAINEE_DOUBLE_BOOKED);
        assertThat(first.summary(Locale.ENGLISH)).contains("2 created").doesNotContain("0 conflicts");
        assertThat(visits()).hasSize(2);
        String before = visits().toString();

        ImportResult again = ok(file, ImportFileKind.VISITS);
        assertThat(List.of(again.created(), again.updated(), again.unchanged())).containsExactly(0, 0, 2);
        assertThat(visits().toString()).isEqualTo(before);

        // the same visitors in another order are the same visit
        Path reordered = TestFiles.xlsx(dir, "week2.xlsx", List.of(
                List.of("A-Number", "Date", "Start", "End", "Visitors"),
                List.of("A999000001", TUESDAY, LocalTime.of(13, 30), LocalTime.of(14, 30),
                        "tres@example.org; otra@example.org"),
                List.of("A999000001", TUESDAY, LocalTime.of(13, 30), LocalTime.of(14, 30), "una@example.org")));
        ImportResult third = ok(reordered, ImportFileKind.VISITS);
        assertThat(List.of(third.created(), third.updated(), third.unchanged())).containsExactly(0, 0, 2);
    }

    @Test
    void theSameVisitTwiceInTheFileIsStillAnError() throws Exception {
        Path file = TestFiles.csv(dir, "twice.csv", "A-Number,Date,Start,Visitors\n"
                + "A999000001,2026-03-03,13:30,una@example.org\n"
                + "A999000001,2026-03-03,13:30,una@example.org\n");
        ImportResult r = run(file, ImportFileKind.VISITS);
        assertThat(r.errorLines(Locale.ENGLISH)).containsExactly(
                "row 3, column C (Start): The same visit (the same person, time and visitors) is also on row 2.");
        assertThat(visits()).isEmpty();
    }

    @Test
    void aVisitWhoseVisitorsChangedIsUpdatedWhenItIsTheOnlyOneAtThatTime() throws Exception {
        ok(TestFiles.csv(dir, "a.csv", "A-Number,Date,Start,Visitors\nA999000002,2026-03-03,13:30,una@example.org\n"),
                ImportFileKind.VISITS);
        ImportResult r = ok(TestFiles.csv(dir, "b.csv", "A-Number,Date,Start,Visitors\n"
                + "A999000002,2026-03-03,13:30,una@example.org;otra@example.org\n"), ImportFileKind.VISITS);
        assertThat(List.of(r.created(), r.updated())).containsExactly(0, 1);
        assertThat(visits()).singleElement().satisfies(l -> assertThat(l.visitors()).hasSize(2));
    }

    @Test
    void theVisitIdColumnOfAnExportOfEverythingUpdatesTheRightVisit() throws Exception {
        ok(TestFiles.xlsx(dir, "week.xlsx", List.of(
                List.of("A-Number", "Date", "Start", "End", "Visitors", "Notes"),
                List.of("A999000001", TUESDAY, LocalTime.of(13, 30), LocalTime.of(14, 30), "una@example.org", "A"),
                List.of("A999000001", TUESDAY, LocalTime.of(13, 30), LocalTime.of(14, 30), "otra@example.org",
                        "B"))), ImportFileKind.VISITS);
        Path all = dir.resolve("all.xlsx");
        ws.exports().all(all);
        ImportResult same = ws.imports().run(all, ImportFileKind.VISITS, "Visits", false, null);
        assertThat(same.errorLines(Locale.ENGLISH)).isEmpty();
        assertThat(List.of(same.created(), same.updated(), same.unchanged())).as("the export imports as it is")
                .containsExactly(0, 0, 2);

        long idOfB = visits().stream().filter(l -> l.visit().notes().equals("B")).findFirst().orElseThrow()
                .visit().id();
        long idOfA = visits().stream().filter(l -> l.visit().notes().equals("A")).findFirst().orElseThrow()
                .visit().id();
        // the coordinator moves visit B to Thursday and swaps its visitor: only the ID can say which visit it is
        Path edited = TestFiles.xlsx(dir, "edited.xlsx", List.of(
                List.of("A-Number", "Date", "Start", "End", "Visitors", "Notes", "Visit ID"),
                List.of("A999000001", LocalDate.of(2026, 3, 5), LocalTime.of(13, 30), LocalTime.of(14, 30),
                        "tres@example.org", "B moved", idOfB)));
        ImportResult moved = ok(edited, ImportFileKind.VISITS);
        assertThat(List.of(moved.created(), moved.updated())).containsExactly(0, 1);
        VisitListing b = visits().stream().filter(l -> l.visit().id() == idOfB).findFirst().orElseThrow();
        assertThat(b.visit().day()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(b.visit().notes()).isEqualTo("B moved");
        assertThat(b.visitors()).extracting(v -> v.email()).containsExactly("tres@example.org");
        VisitListing a = visits().stream().filter(l -> l.visit().id() == idOfA).findFirst().orElseThrow();
        assertThat(a.visit().notes()).isEqualTo("A");
        assertThat(visits()).hasSize(2);
    }

    @Test
    void aVisitIdFromOtherRecordsMatchesAsIfTheFileHadNoneAndABadOneImportsNothing() throws Exception {
        ok(TestFiles.csv(dir, "a.csv", "A-Number,Date,Start,Visitors\nA999000002,2026-03-03,13:30,una@example.org\n"),
                ImportFileKind.VISITS);
        long id = visits().get(0).visit().id();
        // from another laptop: its IDs are unknown here, or name a visit of someone else
        ImportResult other = ok(TestFiles.csv(dir, "other.csv", "A-Number,Date,Start,Visitors,Visit ID\n"
                + "A999000001,2026-03-03,13:30,otra@example.org," + id + "\n"
                + "A999000002,2026-03-03,13:30,una@example.org,99999\n"), ImportFileKind.VISITS);
        assertThat(List.of(other.created(), other.updated(), other.unchanged())).containsExactly(1, 0, 1);
        assertThat(visits()).filteredOn(l -> l.visit().id() == id).singleElement().as("the named visit is not touched")
                .satisfies(l -> {
                    assertThat(l.detainee().aNumber().display()).isEqualTo("A-999-000-002");
                    assertThat(l.visitors()).extracting(v -> v.email()).containsExactly("una@example.org");
                });

        String before = visits().toString();
        ImportResult r = run(TestFiles.csv(dir, "ids.csv", "A-Number,Date,Start,Visit ID\n"
                + "A999000002,2026-03-03,14:30,visit seven\n"
                + "A999000002,2026-03-03,13:30," + id + "\n"
                + "A999000002,2026-03-03,13:30," + id + "\n"), ImportFileKind.VISITS);
        assertThat(new ArrayList<>(r.errorLines(Locale.ENGLISH))).containsExactly(
                "row 2, column D (Visit ID): “visit seven” is not a visit ID. Use the number an export of all "
                        + "records wrote, or leave the cell empty for a new visit.",
                "row 4, column D (Visit ID): Visit ID " + id + " is also on row 3; each visit may appear only once.");
        assertThat(visits().toString()).isEqualTo(before);
    }
}
