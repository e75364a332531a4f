package org.visitdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.visitdesk.storage.Store;
import org.visitdesk.storage.TestStores;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.AccessReport;
import org.visitdesk.domain.BlackoutDay;
import org.visitdesk.domain.DateRange;
import org.visitdesk.domain.DenialReason;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.DetaineeStatus;
import org.visitdesk.domain.FieldError;
import org.visitdesk.domain.FollowUp;
import org.visitdesk.domain.FollowUpKind;
import org.visitdesk.domain.FollowUpStatus;
import org.visitdesk.domain.Outcome;
import org.visitdesk.domain.OutcomeCode;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.VisitType;
import org.visitdesk.domain.Visitor;
import org.visitdesk.domain.VisitorStatus;

/**
 * After the visit, through the use cases on a real store file: outcomes with their status and history,
 * follow-ups, the Unvisited list, the access report's figures, clean-up, and backups that carry it all.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Store.Engine.class)
class AfterTheVisitTest {

    static final ZoneId ZONE = ZoneId.systemDefault();
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 12, 6).atTime(12, 0).atZone(ZONE).toInstant(), ZONE);
    static final LocalDate TODAY = LocalDate.now(CLOCK);

    @Parameter
    Store.Engine engine;

    @TempDir
    Path dir;

    TestStores.Place place;

    Workspace ws;
    long adelanto;
    Visitor volunteer;

    @BeforeEach
    void open() {
        place = TestStores.place(engine, dir.resolve("data"));
        ws = TestWorkspaces.open(place, CLOCK);
        adelanto = ws.facilities().listAll().get(0).id();
        volunteer = ws.visitors().save(new Visitor(0, "Cinco", "Prueba", "prueba.cinco@example.org", "555-0100",
                List.of("Spanish"), TODAY.minusDays(200), true, VisitorStatus.ACTIVE, "")).saved();
    }

    @AfterEach
    void close() {
        TestWorkspaces.close(ws, place);
    }

    Detainee person(String aNumber, String family) {
        return ws.detainees().save(new Detainee(0, ANumber.parse(aNumber).orElseThrow(), family, "Prueba", null,
                "Honduras", List.of("Spanish"), "", adelanto, "West 3A", DetaineeStatus.DETAINED, null, "")).saved();
    }

    Visit visit(Detainee d, LocalDateTime start) {
        return ws.schedule().plan(new Visit(0, d.id(), adelanto, start, start.plusHours(1), List.of(volunteer.id()),
                VisitType.SOCIAL, VisitStatus.SCHEDULED, "", ""), "test visit").saved();
    }

    static Outcome outcome(Visit v, OutcomeCode code, DenialReason reason, String arrived, String seen, String left,
            String note) {
        return new Outcome(v.id(), code, reason, arrived == null ? null : LocalTime.parse(arrived),
                seen == null ? null : LocalTime.parse(seen), left == null ? null : LocalTime.parse(left), note);
    }

    @Test
    void recordingAnOutcomeSetsTheStatusKeepsHistoryAndTurnsNeedsIntoFollowUps() {
        Detainee uno = person("A999000301", "Uno");
        Visit v = visit(uno, LocalDateTime.of(2026, 11, 28, 7, 0));
        SaveResult<OutcomeService.Recorded> r = ws.outcomes().record(outcome(v, OutcomeCode.HAPPENED, null, "06:15",
                "07:05", "08:00", "wants stamps"), List.of(OutcomeService.Need.of(FollowUpKind.COMMISSARY),
                new OutcomeService.Need(FollowUpKind.ATTORNEY, volunteer.id(), TODAY.plusDays(2), "")));
        assertThat(r.errors()).isEmpty();
        assertThat(r.saved().statusChanged()).isTrue();
        assertThat(r.saved().previous()).isNull();
        assertThat(r.saved().after().status()).isEqualTo(VisitStatus.COMPLETED);
        assertThat(ws.visits().byId(v.id()).orElseThrow().status()).isEqualTo(VisitStatus.COMPLETED);
        assertThat(ws.outcomes().of(v.id()).orElseThrow().waitTime()).contains(Duration.ofMinutes(50));
        assertThat(r.saved().followUps()).extracting(FollowUp::kind, FollowUp::ownerVisitorId, FollowUp::due,
                FollowUp::visitId).containsExactly(
                        tuple(FollowUpKind.COMMISSARY, null, TODAY.plusDays(7), v.id()),
                        tuple(FollowUpKind.ATTORNEY, volunteer.id(), TODAY.plusDays(2), v.id()));
        HistoryEntry latest = ws.history().of(RecordType.VISIT, v.id()).get(0);
        assertThat(latest.changes()).extracting(HistoryEntry.Change::fieldKey, HistoryEntry.Change::after)
                .contains(tuple("field.status", "#status.visit.COMPLETED"), tuple("field.outcome", "#outcome.HAPPENED"),
                        tuple("field.arrived", "06:15"), tuple("field.seen", "07:05"), tuple("field.left", "08:00"));

        // a second report replaces the first; the status follows it
        SaveResult<OutcomeService.Recorded> again = ws.outcomes().record(outcome(v, OutcomeCode.CUT_SHORT, null,
                "06:15", "07:05", "07:20", ""), List.of());
        assertThat(again.saved().previous().code()).isEqualTo(OutcomeCode.HAPPENED);
        assertThat(again.saved().statusChanged()).isFalse();
        assertThat(ws.outcomes().of(v.id()).orElseThrow().code()).isEqualTo(OutcomeCode.CUT_SHORT);
    }

    @Test
    void aReportThatCannotBeTrueChangesNothing() {
        Detainee uno = person("A999000301", "Uno");
        Visit v = visit(uno, LocalDateTime.of(2026, 11, 28, 7, 0));
        long historyBefore = ws.history().of(RecordType.VISIT, v.id()).size();
        SaveResult<OutcomeService.Recorded> noReason = ws.outcomes().record(outcome(v, OutcomeCode.DENIED, null,
                "07:00", null, "06:00", ""), List.of(OutcomeService.Need.of(FollowUpKind.BOND)));
        assertThat(noReason.errors()).extracting(FieldError::field, FieldError::messageKey).containsExactly(
                tuple("denialReason", "error.outcome.reasonRequired"), tuple("left", "error.outcome.leftBeforeArrived"));
        Visit later = visit(uno, LocalDateTime.of(2026, 12, 8, 12, 10));
        assertThat(ws.outcomes().record(outcome(later, OutcomeCode.HAPPENED, null, null, null, null, ""), List.of())
                .errors()).extracting(FieldError::messageKey).containsExactly("error.outcome.future");
        assertThat(ws.outcomes().record(outcome(v, OutcomeCode.HAPPENED, null, null, null, null, ""),
                List.of(new OutcomeService.Need(FollowUpKind.BOND, 987_654L, null, ""))).errors())
                .extracting(FieldError::field, FieldError::messageKey).containsExactly(tuple("needs", "error.record.gone"));
        assertThat(ws.outcomes().of(v.id())).isEmpty();
        assertThat(ws.visits().byId(v.id()).orElseThrow().status()).isEqualTo(VisitStatus.SCHEDULED);
        assertThat(ws.followUps().list(true)).isEmpty();
        assertThat(ws.history().of(RecordType.VISIT, v.id())).hasSize((int) historyBefore);
    }

    @Test
    void reportsDueArePastVisitsWithoutAnOutcome() {
        Detainee uno = person("A999000301", "Uno");
        Visit done = visit(uno, LocalDateTime.of(2026, 11, 28, 7, 0));
        Visit due = visit(uno, LocalDateTime.of(2026, 12, 1, 12, 10));
        Visit cancelled = visit(uno, LocalDateTime.of(2026, 12, 3, 12, 10));
        visit(uno, LocalDateTime.of(2026, 12, 8, 12, 10));
        ws.visits().cancel(cancelled.id());
        ws.outcomes().record(outcome(done, OutcomeCode.HAPPENED, null, null, null, null, ""), List.of());
        assertThat(ws.outcomes().reportsDue(TODAY.minusDays(60))).extracting(l -> l.visit().id())
                .containsExactly(due.id());
        assertThat(ws.outcomes().reportsDue(TODAY.minusDays(60)).get(0).detainee().id()).isEqualTo(uno.id());
    }

    @Test
    void followUpsOverdueFirstDoneDroppedAndHandedOff() {
        Detainee uno = person("A999000301", "Uno");
        Detainee dos = person("A999000302", "Dos");
        FollowUp later = ws.followUps().save(new FollowUp(0, FollowUpKind.BOOKS_LETTERS, uno.id(), null, null,
                TODAY.plusDays(3), null, "")).saved();
        FollowUp overdue = ws.followUps().save(new FollowUp(0, FollowUpKind.PHONE, dos.id(), null, null,
                TODAY.minusDays(2), null, "")).saved();
        FollowUp dropped = ws.followUps().save(new FollowUp(0, FollowUpKind.BOND, uno.id(), null, null,
                TODAY.minusDays(9), null, "")).saved();
        assertThat(ws.followUps().save(new FollowUp(0, FollowUpKind.BOND, 0, null, null, TODAY, null, "")).errors())
                .extracting(FieldError::field).containsExactly("detainee");

        assertThat(ws.followUps().list(false)).extracting(l -> l.followUp().id(), FollowUpListing::overdue)
                .containsExactly(tuple(dropped.id(), true), tuple(overdue.id(), true), tuple(later.id(), false));
        assertThat(ws.followUps().markDropped(dropped.id())).isTrue();
        assertThat(ws.followUps().markDone(overdue.id())).isTrue();
        assertThat(ws.followUps().list(false)).extracting(l -> l.followUp().id()).containsExactly(later.id());
        assertThat(ws.followUps().list(true)).extracting(l -> l.followUp().id(), l -> l.followUp().status())
                .containsExactly(tuple(later.id(), FollowUpStatus.OPEN), tuple(dropped.id(), FollowUpStatus.DROPPED),
                        tuple(overdue.id(), FollowUpStatus.DONE));

        // the person leaves: their open follow-ups are shown, one is handed to a volunteer with a note
        assertThat(ws.followUps().openOf(uno.id())).extracting(l -> l.followUp().id()).containsExactly(later.id());
        SaveResult<FollowUp> handed = ws.followUps().handOff(later.id(), volunteer.id(), "after release, by mail");
        assertThat(handed.errors()).isEmpty();
        FollowUpListing now = ws.followUps().openOf(uno.id()).get(0);
        assertThat(now.owner().id()).isEqualTo(volunteer.id());
        assertThat(now.followUp().note()).isEqualTo("after release, by mail");
        assertThat(ws.followUps().markDone(424_242L)).isFalse();
    }

    @Test
    void markingAndHandingOnAFollowUpIsKeptInThePersonsHistory() {
        Detainee uno = person("A999000301", "Uno");
        FollowUp books = ws.followUps().save(new FollowUp(0, FollowUpKind.BOOKS_LETTERS, uno.id(), null, null,
                TODAY.plusDays(3), null, "")).saved();
        int before = ws.history().of(RecordType.DETAINEE, uno.id()).size();

        assertThat(ws.followUps().handOff(books.id(), volunteer.id(), "by mail").isSaved()).isTrue();
        HistoryEntry handed = ws.history().of(RecordType.DETAINEE, uno.id()).get(0);
        assertThat(handed.changes()).extracting(HistoryEntry.Change::fieldKey, HistoryEntry.Change::before,
                HistoryEntry.Change::after).containsExactly(
                        tuple("field.followUp", "", "#followUp.kind.BOOKS_LETTERS"),
                        tuple("field.followUpOwner", "#followUp.coordinator", volunteer.fullName()),
                        tuple("field.followUpNote", "", "by mail"));

        assertThat(ws.followUps().markDone(books.id())).isTrue();
        assertThat(ws.history().of(RecordType.DETAINEE, uno.id()).get(0).changes())
                .extracting(HistoryEntry.Change::fieldKey, HistoryEntry.Change::before, HistoryEntry.Change::after)
                .containsExactly(tuple("field.followUp", "", "#followUp.kind.BOOKS_LETTERS"),
                        tuple("field.followUpStatus", "#followUp.status.OPEN", "#followUp.status.DONE"));
        assertThat(ws.followUps().reopen(books.id())).isTrue();
        assertThat(ws.followUps().markDropped(books.id())).isTrue();
        assertThat(ws.history().of(RecordType.DETAINEE, uno.id()).get(0).changes().get(1).after())
                .isEqualTo("#followUp.status.DROPPED");
        // marking it dropped again changes nothing and writes nothing
        assertThat(ws.followUps().markDropped(books.id())).isTrue();
        assertThat(ws.history().of(RecordType.DETAINEE, uno.id())).hasSize(before + 4);
    }

    @Test
    void aPersonWhoLeftHasTheirFollowUpsHandedOffAllOrNoneOrDroppedAndTheirLastVisitsRead() {
        Detainee uno = person("A999000301", "Uno");
        Visit early = visit(uno, LocalDateTime.of(2026, 11, 21, 7, 0));
        Visit late = visit(uno, LocalDateTime.of(2026, 11, 28, 7, 0));
        visit(uno, LocalDateTime.of(2026, 12, 8, 12, 10));
        ws.outcomes().record(outcome(late, OutcomeCode.HAPPENED, null, null, null, null, ""),
                List.of(OutcomeService.Need.of(FollowUpKind.COMMISSARY), OutcomeService.Need.of(FollowUpKind.BOND)));
        assertThat(ws.outcomes().lastVisits(uno.id(), 5)).extracting(p -> p.listing().visit().id(),
                p -> p.outcome() == null ? null : p.outcome().code())
                .as("begun visits only, newest first").containsExactly(tuple(late.id(), OutcomeCode.HAPPENED),
                        tuple(early.id(), null));
        assertThat(ws.outcomes().lastVisits(uno.id(), 1)).hasSize(1);
        List<Long> ids = ws.followUps().openOf(uno.id()).stream().map(l -> l.followUp().id()).toList();

        SaveResult<Integer> refused = ws.followUps().handOffAll(ids, volunteer.id(), "x".repeat(5000));
        assertThat(refused.errors()).extracting(FieldError::field).containsExactly("note");
        assertThat(ws.followUps().openOf(uno.id())).allSatisfy(l -> assertThat(l.owner()).isNull());

        assertThat(ws.followUps().handOffAll(ids, volunteer.id(), "after release").saved()).isEqualTo(2);
        assertThat(ws.followUps().openOf(uno.id())).allSatisfy(l -> assertThat(l.owner().id())
                .isEqualTo(volunteer.id()));
        assertThat(ws.followUps().dropAll(ids)).isEqualTo(2);
        assertThat(ws.followUps().openOf(uno.id())).isEmpty();
    }

    @Test
    void theUnvisitedListCountsOnlyVisitsThatHappened() {
        Detainee uno = person("A999000301", "Uno");
        Detainee dos = person("A999000302", "Dos");
        Detainee tres = person("A999000303", "Tres");
        Detainee cuatro = person("A999000304", "Cuatro");
        Detainee gone = person("A999000305", "Cinco");
        ws.outcomes().record(outcome(visit(uno, LocalDateTime.of(2026, 11, 28, 7, 0)), OutcomeCode.HAPPENED, null,
                null, null, null, ""), List.of(OutcomeService.Need.of(FollowUpKind.MEDICAL)));
        // denied and no-show visits do not reset the clock
        ws.outcomes().record(outcome(visit(dos, LocalDateTime.of(2026, 11, 28, 8, 10)), OutcomeCode.DENIED,
                DenialReason.ID, null, null, null, ""), List.of());
        ws.outcomes().record(outcome(visit(dos, LocalDateTime.of(2026, 12, 1, 12, 10)), OutcomeCode.VISITOR_NO_SHOW,
                null, null, null, null, ""), List.of());
        visit(tres, LocalDateTime.of(2026, 12, 8, 12, 10));
        ws.detainees().save(new Detainee(gone.id(), gone.aNumber(), gone.familyName(), gone.givenName(), null,
                gone.countryOfBirth(), gone.languages(), "", adelanto, "West 3A", DetaineeStatus.RELEASED,
                TODAY.minusDays(1), ""));

        List<UnvisitedListing> list = ws.reports().unvisited(TODAY);
        assertThat(list).extracting(l -> l.person().id()).containsExactly(dos.id(), cuatro.id(), uno.id(), tres.id());
        assertThat(list).extracting(UnvisitedListing::rank).containsExactly(1, 2, 3, 4);
        UnvisitedListing u = list.get(2);
        assertThat(u.lastVisit()).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(u.daysSinceVisit()).isEqualTo(8L);
        assertThat(u.openFollowUps()).isEqualTo(1);
        assertThat(list.get(3).nextVisit()).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(list.get(0).lastVisit()).isNull();
        assertThat(list.get(0).daysSinceVisit()).isNull();
        // as of a day before the visit that happened, Uno had not been visited yet, and Cinco was still held;
        // a visit already reported is no longer planned, so only Tres has one
        assertThat(ws.reports().unvisited(LocalDate.of(2026, 11, 27))).extracting(l -> l.person().id())
                .containsExactly(uno.id(), dos.id(), cuatro.id(), gone.id(), tres.id());
    }

    @Test
    void theAccessReportCountsEachOutcomeTheWaitsAndTheLockdownDays() {
        Detainee uno = person("A999000301", "Uno");
        Detainee dos = person("A999000302", "Dos");
        ws.outcomes().record(outcome(visit(uno, LocalDateTime.of(2026, 11, 7, 7, 0)), OutcomeCode.HAPPENED, null,
                "06:00", "07:10", "08:00", ""), List.of(OutcomeService.Need.of(FollowUpKind.COMMISSARY)));
        ws.outcomes().record(outcome(visit(uno, LocalDateTime.of(2026, 11, 14, 7, 0)), OutcomeCode.HAPPENED, null,
                "06:00", "09:00", "10:00", ""), List.of());
        ws.outcomes().record(outcome(visit(dos, LocalDateTime.of(2026, 11, 14, 8, 10)), OutcomeCode.DENIED,
                DenialReason.DRESS_CODE, "07:00", null, "09:30", ""), List.of());
        ws.outcomes().record(outcome(visit(dos, LocalDateTime.of(2026, 11, 21, 8, 10)), OutcomeCode.NOT_BROUGHT_OUT,
                null, "07:00", null, "10:00", ""), List.of());
        ws.outcomes().record(outcome(visit(dos, LocalDateTime.of(2026, 11, 24, 13, 30)), OutcomeCode.LOCKDOWN,
                null, null, null, null, ""), List.of());
        ws.outcomes().record(outcome(visit(uno, LocalDateTime.of(2026, 11, 26, 12, 10)), OutcomeCode.VISITOR_NO_SHOW,
                null, null, null, null, ""), List.of());
        visit(uno, LocalDateTime.of(2026, 11, 28, 7, 0));
        Visit cancelled = visit(dos, LocalDateTime.of(2026, 11, 28, 8, 10));
        ws.visits().cancel(cancelled.id());
        visit(uno, LocalDateTime.of(2026, 12, 5, 7, 0));
        FacilityService.FacilityRules rules = ws.facilities().rules(adelanto);
        List<BlackoutDay> closed = new ArrayList<>(rules.blackouts());
        closed.add(new BlackoutDay(0, adelanto, LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 25), "Lockdown"));
        assertThat(ws.facilities().save(new FacilityService.FacilityRules(rules.facility(), rules.windows(), closed))
                .errors()).isEmpty();

        AccessReport r = ws.reports().report(new DateRange(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
        AccessReport.Figures f = r.figures();
        assertThat(List.of(f.planned(), f.happened(), f.denied(), f.notBroughtOut(), f.cutShort(), f.lockdown(),
                f.noShows(), f.noOutcome(), f.peopleVisited(), f.waitsRecorded(), f.lockdownDays()))
                .containsExactly(7, 2, 1, 1, 0, 1, 1, 1, 1, 2, 2);
        assertThat(f.medianWait()).isEqualTo(Duration.ofMinutes(125));
        assertThat(f.longestWait()).isEqualTo(Duration.ofMinutes(180));
        assertThat(f.denialsByReason()).containsOnly(java.util.Map.entry(DenialReason.DRESS_CODE, 1));
        assertThat(r.denials()).extracting(AccessReport.VisitRow::outcome, AccessReport.VisitRow::person)
                .containsExactly(tuple(OutcomeCode.DENIED, "P-002"), tuple(OutcomeCode.NOT_BROUGHT_OUT, "P-002"));
        assertThat(r.denials().get(0).aNumber()).isEqualTo("A-999-000-302");
        assertThat(r.denials().get(0).visitorPhones()).isEqualTo("555-0100");
        assertThat(r.waits()).hasSize(2);
        assertThat(r.followUps()).extracting(AccessReport.FollowUpRow::kind, AccessReport.FollowUpRow::visitDate)
                .containsExactly(tuple(FollowUpKind.COMMISSARY, LocalDate.of(2026, 11, 7)));
        assertThat(r.lockdowns()).extracting(AccessReport.LockdownRow::day, AccessReport.LockdownRow::closureRecorded,
                AccessReport.LockdownRow::visitsMarkedLockdown).containsExactly(
                        tuple(LocalDate.of(2026, 11, 24), true, 1), tuple(LocalDate.of(2026, 11, 25), true, 0));
        assertThat(r.weeks()).isNotEmpty();
    }

    @Test
    void cleanUpTakesTheNotesWithThePersonAndBackupsCarryOutcomesAndFollowUps() throws Exception {
        Detainee uno = person("A999000301", "Uno");
        Visit v = visit(uno, LocalDateTime.of(2026, 6, 6, 7, 0));
        ws.outcomes().record(outcome(v, OutcomeCode.HAPPENED, null, null, null, null, "asked about her son"),
                List.of(new OutcomeService.Need(FollowUpKind.FAMILY_CONTACT, null, null, "call the sister")));
        Path backup = dir.resolve("before.zip");
        boolean files = engine == Store.Engine.H2;
        if (files) {
            ws.backupTo(backup);
        }

        ws.detainees().save(new Detainee(uno.id(), uno.aNumber(), uno.familyName(), uno.givenName(), null,
                uno.countryOfBirth(), uno.languages(), "", adelanto, "West 3A", DetaineeStatus.RELEASED,
                TODAY.minusDays(120), ""));
        assertThat(ws.cleanUp().run().people()).isEqualTo(1);
        Outcome kept = ws.outcomes().of(v.id()).orElseThrow();
        assertThat(kept.code()).isEqualTo(OutcomeCode.HAPPENED);
        assertThat(kept.note()).isEmpty();
        assertThat(ws.followUps().list(true)).isEmpty();
        Path all = dir.resolve("all.xlsx");
        ws.exports().all(all);
        try (XSSFWorkbook wb = new XSSFWorkbook(all.toFile())) {
            XSSFSheet fs = wb.getSheet("Follow-ups");
            assertThat(fs.getLastRowNum()).as("the follow-up stays as a count").isEqualTo(1);
            assertThat(fs.getRow(1).getCell(1).getStringCellValue()).isEqualTo("FAMILY_CONTACT");
            assertThat(fs.getRow(1).getCell(2).getStringCellValue()).isEmpty();
            assertThat(fs.getRow(1).getCell(7).getStringCellValue()).isEmpty();
            assertThat(wb.getSheet("Outcomes").getRow(1).getCell(9).getStringCellValue()).isEmpty();
        }
        if (!files) {
            // a shared store is backed up and restored by its server (pg_dump): the restore half is H2's
            return;
        }
        ws.close();

        // a backup of the new schema passes the restore's check and brings the notes back
        Path elsewhere = dir.resolve("restored");
        Workspace.open(elsewhere).close();
        Workspace.restore(elsewhere, backup, null);
        ws = Workspace.open(elsewhere, CLOCK);
        assertThat(ws.outcomes().of(v.id()).orElseThrow().note()).isEqualTo("asked about her son");
        assertThat(ws.followUps().list(false)).extracting(l -> l.followUp().note()).containsExactly("call the sister");
    }
}
