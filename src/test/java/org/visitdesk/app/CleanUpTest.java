package org.visitdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
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
import org.visitdesk.domain.DateRange;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.DetaineeStatus;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.VisitType;
import org.visitdesk.domain.Visitor;
import org.visitdesk.domain.VisitorStatus;

/** Clean-up removes people who left more than N days ago and keeps their visits as anonymous counts. */
@ParameterizedClass(name = "{0}")
@EnumSource(Store.Engine.class)
class CleanUpTest {

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
        place = TestStores.place(engine, dir);
        ws = TestWorkspaces.open(place, CLOCK);
        adelanto = ws.facilities().listAll().get(0).id();
        volunteer = ws.visitors().save(new Visitor(0, "Cinco", "Prueba", "prueba.cinco@example.org", "", List.of(),
                TODAY.minusDays(200), true, VisitorStatus.ACTIVE, "")).saved();
    }

    @AfterEach
    void close() {
        TestWorkspaces.close(ws, place);
    }

    Detainee person(String aNumber, String family, DetaineeStatus status, LocalDate since) {
        Detainee d = new Detainee(0, ANumber.parse(aNumber).orElseThrow(), family, "Prueba", null, "Honduras",
                List.of("Spanish"), "", adelanto, "West 3A", DetaineeStatus.DETAINED, null, "");
        d = ws.detainees().save(d).saved();
        // visits while detained, then the status change; the first outside visiting hours, saved with a reason
        Visit v = ws.schedule().plan(new Visit(0, d.id(), adelanto, LocalDateTime.of(2026, 6, 2, 11, 0),
                LocalDateTime.of(2026, 6, 2, 12, 0), List.of(volunteer.id()), VisitType.SOCIAL,
                VisitStatus.COMPLETED, "Talked about her daughter in Prueba town", ""), "Confirmed by phone").saved();
        ws.schedule().plan(new Visit(0, d.id(), adelanto, LocalDateTime.of(2026, 6, 9, 12, 10),
                LocalDateTime.of(2026, 6, 9, 13, 10), List.of(), VisitType.LEGAL_ACCOMPANIMENT, VisitStatus.COMPLETED,
                "", ""), "");
        assertThat(v.overrideReason()).as("what clean-up must remove is there").isEqualTo("Confirmed by phone");
        assertThat(v.notes()).isNotEmpty();
        Detainee left = new Detainee(d.id(), d.aNumber(), d.familyName(), d.givenName(), d.dateOfBirth(),
                d.countryOfBirth(), d.languages(), d.gender(), d.facilityId(), d.housingUnit(), status, since,
                d.notes());
        assertThat(ws.detainees().save(left).errors()).isEmpty();
        return left;
    }

    @Test
    void removesPeopleWhoLeftLongAgoAndKeepsTheirVisitsAnonymous() {
        Detainee old = person("A999000201", "Uno", DetaineeStatus.RELEASED, TODAY.minusDays(100));
        Detainee recent = person("A999000202", "Dos", DetaineeStatus.DEPORTED, TODAY.minusDays(10));
        Detainee here = person("A999000203", "Tres", DetaineeStatus.DETAINED, null);
        Detainee unknownDay = person("A999000204", "Cuatro", DetaineeStatus.TRANSFERRED, null);
        List<Long> oldVisits = ws.visits().ofDetainee(old.id(), LocalDateTime.of(2026, 1, 1, 0, 0),
                LocalDateTime.of(2027, 1, 1, 0, 0)).stream().map(Visit::id).toList();
        assertThat(oldVisits).hasSize(2);
        assertThat(ws.history().of(RecordType.DETAINEE, old.id())).isNotEmpty();
        long visitsBefore = ws.visits().count();

        assertThat(ws.cleanUp().days()).isEqualTo(90);
        CleanUpService.Summary preview = ws.cleanUp().preview();
        assertThat(preview.people()).isEqualTo(1);
        assertThat(preview.visits()).isEqualTo(2);
        assertThat(ws.detainees().count()).as("preview changes nothing").isEqualTo(4);

        CleanUpService.Summary done = ws.cleanUp().run();
        assertThat(done.people()).isEqualTo(preview.people());
        assertThat(done.visits()).isEqualTo(preview.visits());

        assertThat(ws.detainees().byId(old.id())).isEmpty();
        assertThat(ws.detainees().byId(recent.id())).isPresent();
        assertThat(ws.detainees().byId(here.id())).isPresent();
        assertThat(ws.detainees().byId(unknownDay.id())).isPresent();
        assertThat(ws.visits().count()).isEqualTo(visitsBefore);
        for (long id : oldVisits) {
            Visit v = ws.visits().byId(id).orElseThrow();
            assertThat(v.detaineeId()).isZero();
            assertThat(v.notes()).isEmpty();
            assertThat(v.overrideReason()).isEmpty();
            assertThat(v.status()).isEqualTo(VisitStatus.COMPLETED);
            assertThat(ws.history().of(RecordType.VISIT, id)).isEmpty();
        }
        assertThat(ws.visits().byId(oldVisits.get(0)).orElseThrow().visitorIds()).containsExactly(volunteer.id());
        assertThat(ws.history().of(RecordType.DETAINEE, old.id())).isEmpty();
        assertThat(ws.history().of(RecordType.DETAINEE, recent.id())).isNotEmpty();

        // the anonymous visits are still listed and checked without failing, with nobody named
        DateRange wholeJune = new DateRange(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));
        List<VisitListing> june = ws.visits().between(wholeJune);
        assertThat(june).hasSize(8);
        assertThat(june.stream().filter(l -> l.detainee() == null)).hasSize(2);
        assertThat(ws.schedule().agenda(wholeJune).visits()).hasSize(8);
        assertThat(ws.detainees().listAll(Locale.ENGLISH)).hasSize(3);
        assertThat(ws.visits().cancel(oldVisits.get(0))).as("an anonymous visit is not edited").isFalse();

        assertThat(ws.cleanUp().preview().people()).isZero();
    }

    @Test
    void theNumberOfDaysIsASetting() {
        person("A999000211", "Uno", DetaineeStatus.RELEASED, TODAY.minusDays(100));
        person("A999000212", "Dos", DetaineeStatus.RELEASED, TODAY.minusDays(10));
        ws.cleanUp().setDays(5);
        assertThat(ws.cleanUp().days()).isEqualTo(5);
        assertThat(ws.cleanUp().preview().people()).isEqualTo(2);
        ws.cleanUp().setDays(200);
        assertThat(ws.cleanUp().run().people()).isZero();
        assertThat(ws.detainees().count()).isEqualTo(2);
    }
}
