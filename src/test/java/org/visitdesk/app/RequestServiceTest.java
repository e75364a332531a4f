package org.visitdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
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
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.DetaineeStatus;
import org.visitdesk.domain.FieldError;
import org.visitdesk.domain.LanguageGap;
import org.visitdesk.domain.Outcome;
import org.visitdesk.domain.OutcomeCode;
import org.visitdesk.domain.Request;
import org.visitdesk.domain.RequestMatch;
import org.visitdesk.domain.RequestSource;
import org.visitdesk.domain.RequestStatus;
import org.visitdesk.domain.Urgency;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.VisitType;
import org.visitdesk.domain.Visitor;
import org.visitdesk.domain.VisitorStatus;

/** Requests through the use cases on a real store file: matching, the waiting list, visits, imports, the gap. */
@ParameterizedClass(name = "{0}")
@EnumSource(Store.Engine.class)
class RequestServiceTest {

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

    @BeforeEach
    void open() {
        place = TestStores.place(engine, dir.resolve("data"));
        ws = TestWorkspaces.open(place, CLOCK);
        adelanto = ws.facilities().listAll().get(0).id();
    }

    @AfterEach
    void close() {
        TestWorkspaces.close(ws, place);
    }

    static Request request(String aNumber, String family, String given, String country, Urgency urgency,
            LocalDate received, String... languages) {
        return new Request(0, received, RequestSource.HOTLINE, ANumber.parse(aNumber).orElse(null), family, given,
                country, List.of(languages), "commissary", urgency, "Rosa", "sister", "555-0100", "", null, null, null);
    }

    Detainee person(String aNumber, String family, String given, String country, DetaineeStatus status) {
        return ws.detainees().save(new Detainee(0, ANumber.parse(aNumber).orElseThrow(), family, given, null, country,
                List.of("Spanish"), "", adelanto, "West 3A", status, null, "")).saved();
    }

    Visitor visitor(String email, boolean cleared, String... languages) {
        return ws.visitors().save(new Visitor(0, "Prueba", email.substring(0, 4), email, "555-0101",
                List.of(languages), cleared ? TODAY.minusDays(100) : null, cleared, VisitorStatus.ACTIVE, "")).saved();
    }

    @Test
    void aRequestNamingNobodyIsRefusedAndNothingIsSaved() {
        SaveResult<Request> r = ws.requests().save(request(null, "", "Juana", "", Urgency.SOON, TODAY));
        assertThat(r.isSaved()).isFalse();
        assertThat(r.errors()).extracting(FieldError::messageKey).containsExactly("error.request.whoIsIt");
        assertThat(ws.requests().list(true)).isEmpty();
    }

    @Test
    void requestsMatchByANumberOrNamesAndCountryAndMakeNewPeopleWhenTheyCan() {
        Detainee jose = person("A999000401", "Hernández", "José", "Guatemala", DetaineeStatus.DETAINED);
        Request byA = ws.requests().save(request("999-000-401", "", "", "", Urgency.ROUTINE, TODAY)).saved();
        Request byName = ws.requests().save(request(null, "HERNANDEZ", "jose", "guatemala", Urgency.ROUTINE, TODAY))
                .saved();
        assertThat(byA.detaineeId()).isEqualTo(jose.id());
        assertThat(byName.detaineeId()).isEqualTo(jose.id());
        assertThat(byName.status()).isEqualTo(RequestStatus.MATCHED);

        // a new person when the A-number and both names are known; two requests for them are one person
        long people = ws.detainees().count();
        Request first = ws.requests().save(request("A999000402", "Ixcoy", "Juana", "Guatemala", Urgency.URGENT,
                TODAY.minusDays(3), "Mam")).saved();
        Request second = ws.requests().save(request(null, "Ixcoy", "Juana", "Guatemala", Urgency.SOON, TODAY,
                "Mam")).saved();
        assertThat(ws.detainees().count()).isEqualTo(people + 1);
        assertThat(second.detaineeId()).isEqualTo(first.detaineeId());
        Detainee juana = ws.detainees().byId(first.detaineeId()).orElseThrow();
        assertThat(juana.languages()).containsExactly("Mam");
        assertThat(ws.requests().ofDetainee(juana.id())).hasSize(2);

        // names only: waits unmatched, and is matched once the person is in the records
        Request waiting = ws.requests().save(request(null, "Tum", "Rigoberta", "Guatemala", Urgency.ROUTINE, TODAY))
                .saved();
        assertThat(waiting.detaineeId()).isNull();
        assertThat(ws.requests().list(false)).filteredOn(l -> l.request().id() == waiting.id())
                .extracting(RequestListing::match).containsExactly(RequestMatch.Kind.NEW_PERSON);
        Detainee tum = person("A999000403", "Tum", "Rigoberta", "Guatemala", DetaineeStatus.DETAINED);
        assertThat(ws.requests().list(false)).filteredOn(l -> l.request().id() == waiting.id())
                .extracting(l -> l.person().id(), RequestListing::match)
                .containsExactly(tuple(tum.id(), RequestMatch.Kind.BY_NAME));
        assertThat(ws.requests().list(false)).filteredOn(l -> l.request().id() == first.id())
                .extracting(RequestListing::requestsForPerson).containsExactly(2);
    }

    @Test
    void aRequestForSomeoneReleasedIsKeptAndFlagged() {
        person("A999000404", "Libre", "Ana", "Honduras", DetaineeStatus.RELEASED);
        SaveResult<Request> r = ws.requests().save(request("A999000404", "", "", "", Urgency.SOON, TODAY));
        assertThat(r.isSaved()).isTrue();
        assertThat(ws.requests().list(false)).extracting(RequestListing::personHasLeft).containsExactly(true);
    }

    @Test
    void theWaitingListIsUrgentFirstThenTheLongestWaiting() {
        ws.requests().save(request(null, "Uno", "A", "", Urgency.ROUTINE, TODAY.minusDays(30)));
        ws.requests().save(request(null, "Dos", "B", "", Urgency.URGENT, TODAY.minusDays(1)));
        ws.requests().save(request(null, "Tres", "C", "", Urgency.URGENT, TODAY.minusDays(8)));
        ws.requests().save(request(null, "Cuatro", "D", "", Urgency.SOON, TODAY));
        assertThat(ws.requests().list(false)).extracting(l -> l.request().familyName(), RequestListing::daysWaiting)
                .containsExactly(tuple("Tres", 8L), tuple("Dos", 1L), tuple("Cuatro", 0L), tuple("Uno", 30L));
    }

    @Test
    void aPlannedVisitSchedulesTheRequestAndOneThatHappenedClosesIt() {
        Detainee d = person("A999000405", "Visita", "Eva", "Honduras", DetaineeStatus.DETAINED);
        Request r = ws.requests().save(request("A999000405", "", "", "", Urgency.SOON, TODAY.minusDays(10))).saved();
        Visitor v = visitor("eva1@example.org", true, "Spanish");
        LocalDateTime tuesday = LocalDate.of(2026, 12, 1).atTime(12, 10);
        Visit visit = ws.schedule().plan(new Visit(0, d.id(), adelanto, tuesday, tuesday.plusHours(1),
                List.of(v.id()), VisitType.SOCIAL, VisitStatus.SCHEDULED, "", ""), "planned after the visit").saved();
        assertThat(ws.requests().list(false)).isEmpty();
        Request scheduled = ws.requests().byId(r.id()).orElseThrow();
        assertThat(scheduled.status()).isEqualTo(RequestStatus.SCHEDULED);
        assertThat(scheduled.daysWaiting(TODAY.plusDays(5))).isEqualTo(10);

        assertThat(ws.outcomes().record(new Outcome(visit.id(), OutcomeCode.HAPPENED, null, null, null, null, ""),
                List.of()).isSaved()).isTrue();
        assertThat(ws.requests().list(true)).extracting(l -> l.request().status())
                .containsExactly(RequestStatus.CLOSED);
    }

    @Test
    void theLanguageGapCountsEachWaitingPersonOnceAgainstClearedVisitors() {
        visitor("habla@example.org", true, "Spanish");
        visitor("nocl@example.org", false, "Mam");
        ws.requests().save(request(null, "Uno", "A", "Guatemala", Urgency.SOON, TODAY, "Mam", "Spanish"));
        ws.requests().save(request(null, "uno", "a", "guatemala", Urgency.URGENT, TODAY, "Mam"));
        ws.requests().save(request(null, "Dos", "B", "Guatemala", Urgency.SOON, TODAY, "Mam"));
        ws.requests().save(request(null, "Tres", "C", "Eritrea", Urgency.SOON, TODAY, "Tigrinya"));
        assertThat(ws.requests().languageGap()).containsExactly(new LanguageGap("Mam", 2),
                new LanguageGap("Tigrinya", 1));
    }

    @Test
    void anImportIsAllOrNothingAndTheSameFileTwiceAddsNothing() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, """
                Received,Source,A-Number,Family Name,Given Name,Country of Birth,Languages,Caller,Urgency
                2026-12-01,sign-up sheet,A999000406,Ixcoy,Juana,Guatemala,Mam,,urgente
                2026-12-02,hotline,,,Pedro,Honduras,Spanish,Rosa,soon
                2026-12-03,radio,,Tum,Ana,Guatemala,Mam,,later
                """);
        ImportResult r = ws.imports().run(bad, ImportFileKind.REQUESTS, "", false, null);
        assertThat(r.isValid()).isFalse();
        assertThat(r.errors()).extracting(ImportResult.RowProblem::row, ImportResult.RowProblem::key).containsExactly(
                tuple(3, "error.request.whoIsIt"), tuple(4, "import.value.requestSource"),
                tuple(4, "import.value.urgency"));
        assertThat(ws.requests().list(true)).isEmpty();

        Path good = dir.resolve("good.csv");
        Files.writeString(good, """
                Received,Source,A-Number,Family Name,Given Name,Country of Birth,Languages,Caller,Urgency
                2026-12-01,sign-up sheet,A999000406,Ixcoy,Juana,Guatemala,Mam,,urgente
                2026-12-02,hotline,,Tum,Pedro,Honduras,Spanish,Rosa,soon
                """);
        assertThat(ws.imports().run(good, ImportFileKind.REQUESTS, "", false, null).created()).isEqualTo(2);
        ImportResult again = ws.imports().run(good, ImportFileKind.REQUESTS, "", false, null);
        assertThat(again.created()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(ws.requests().list(false)).extracting(l -> l.request().givenName(), l -> l.request().urgency(),
                l -> l.person() == null ? "" : l.person().aNumber().value()).containsExactly(
                        tuple("Juana", Urgency.URGENT, "A999000406"), tuple("Pedro", Urgency.SOON, ""));
    }

    @Test
    void cleanUpTakesThePersonsRequestsAndABackupCarriesThem() throws Exception {
        Detainee d = person("A999000407", "Viejo", "Ana", "Honduras", DetaineeStatus.DETAINED);
        ws.requests().save(request("A999000407", "", "", "", Urgency.SOON, TODAY.minusDays(200)));
        Path backup = dir.resolve("before.zip");
        boolean files = engine == Store.Engine.H2;
        if (files) {
            ws.backupTo(backup);
        }
        ws.detainees().save(new Detainee(d.id(), d.aNumber(), d.familyName(), d.givenName(), null,
                d.countryOfBirth(), d.languages(), "", adelanto, "West 3A", DetaineeStatus.RELEASED,
                TODAY.minusDays(120), ""));
        assertThat(ws.cleanUp().run().people()).isEqualTo(1);
        if (!files) {
            // a shared store is backed up and restored by its server (pg_dump): the restore half is H2's
            return;
        }
        assertThat(ws.requests().list(true)).isEmpty();
        ws.close();

        Path elsewhere = dir.resolve("restored");
        Workspace.open(elsewhere).close();
        Workspace.restore(elsewhere, backup, null);
        ws = Workspace.open(elsewhere, CLOCK);
        assertThat(ws.requests().list(false)).extracting(l -> l.person().familyName()).containsExactly("Viejo");
    }
}
