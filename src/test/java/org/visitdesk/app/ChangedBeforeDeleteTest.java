package org.visitdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.DetaineeStatus;
import org.visitdesk.domain.Request;
import org.visitdesk.domain.RequestSource;
import org.visitdesk.domain.Urgency;
import org.visitdesk.domain.Visitor;
import org.visitdesk.domain.VisitorStatus;
import org.visitdesk.storage.Store;
import org.visitdesk.storage.TestStores;

/**
 * No lost updates for requests, and no delete of a record someone else changed after it was shown (issue 12): a
 * request saved from a form opened before another's save is refused (who and when are not known: requests keep no
 * history) and can be saved over it; a delete names the version it was shown at and deletes nothing when the
 * record changed since, or is gone already.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Store.Engine.class)
class ChangedBeforeDeleteTest {

    static final ZoneId ZONE = ZoneId.systemDefault();
    static final LocalDateTime NOW = LocalDate.of(2026, 12, 6).atTime(12, 0);
    static final Clock CLOCK = Clock.fixed(NOW.atZone(ZONE).toInstant(), ZONE);

    @Parameter
    Store.Engine engine;

    @TempDir
    Path dir;

    TestStores.Place place;
    Workspace ana;
    Workspace beto;
    long adelanto;

    @BeforeEach
    void open() {
        place = TestStores.place(engine, dir);
        ana = TestWorkspaces.open(place, CLOCK);
        ana.useCoordinator("Ana Uno");
        beto = engine == Store.Engine.H2 ? ana
                : Workspace.openShared(place.url(), place.password(), place.dir(), CLOCK, "Beto Dos");
        adelanto = ana.facilities().listAll().get(0).id();
    }

    @AfterEach
    void close() {
        if (beto != null && beto != ana) {
            beto.close();
        }
        TestWorkspaces.close(ana, place);
    }

    private Workspace as(Workspace ws, String name) {
        ws.useCoordinator(name);
        return ws;
    }

    private Request request() {
        return ana.requests().save(new Request(0, NOW.toLocalDate().minusDays(2), RequestSource.HOTLINE, null,
                "Borrado", "Prueba", "Guatemala", List.of("Spanish"), "commissary", Urgency.ROUTINE, "Rosa", "sister",
                "555-0100", "", null, null, null)).saved();
    }

    private static Request withNeeds(Request r, String needs) {
        return new Request(r.id(), r.received(), r.source(), r.aNumber(), r.familyName(), r.givenName(),
                r.countryOfBirth(), r.languages(), needs, r.urgency(), r.caller(), r.relationship(), r.callerPhone(),
                r.notes(), r.status(), r.statusDate(), r.detaineeId(), r.version());
    }

    private Detainee person() {
        return ana.detainees().save(new Detainee(0, ANumber.parse("A999000622").orElseThrow(), "Borrado", "Prueba",
                null, "Honduras", List.of("Spanish"), "", adelanto, "West 3A", DetaineeStatus.DETAINED, null, ""))
                .saved();
    }

    private static Detainee withNotes(Detainee d, String notes) {
        return new Detainee(d.id(), d.aNumber(), d.familyName(), d.givenName(), d.dateOfBirth(), d.countryOfBirth(),
                d.languages(), d.gender(), d.facilityId(), d.housingUnit(), d.status(), d.statusDate(), notes,
                d.version());
    }

    private Visitor volunteer() {
        return ana.visitors().save(new Visitor(0, "Borrada", "Prueba", "prueba.borrada@example.org", "",
                List.of("Spanish"), LocalDate.of(2026, 1, 5), true, VisitorStatus.ACTIVE, "")).saved();
    }

    private static Visitor withNotes(Visitor v, String notes) {
        return new Visitor(v.id(), v.familyName(), v.givenName(), v.email(), v.phone(), v.languages(),
                v.orientationDate(), v.idChecked(), v.status(), notes, v.availability(), v.version());
    }

    @Test
    void theSecondOfTwoSavesOfOneRequestIsRefusedWithoutAName() {
        Request saved = request();
        Request openedByAna = ana.requests().byId(saved.id()).orElseThrow();
        Request openedByBeto = beto.requests().byId(saved.id()).orElseThrow();

        SaveResult<Request> first = ana.requests().save(withNeeds(openedByAna, "a Bible"));
        SaveResult<Request> second = beto.requests().save(withNeeds(openedByBeto, "phone credit"));

        assertThat(first.isSaved()).isTrue();
        assertThat(first.saved().version()).isEqualTo(openedByAna.version() + 1);
        assertThat(second.isSaved()).isFalse();
        assertThat(second.changedMeanwhile()).isTrue();
        assertThat(second.errors()).extracting(e -> e.messageKey()).containsExactly(SaveResult.CHANGED_MEANWHILE);
        assertThat(second.otherChange().named()).as("requests keep no history: nobody to name").isFalse();
        assertThat(second.otherChange().at()).isNull();
        assertThat(second.current().needs()).as("the request as saved now, for a reload").isEqualTo("a Bible");
        assertThat(beto.requests().byId(saved.id()).orElseThrow().needs()).isEqualTo("a Bible");
    }

    @Test
    void aRequestRefusedForAChangeMeanwhileIsSavedOverItAtTheCurrentVersion() {
        Request saved = request();
        Request openedByBeto = beto.requests().byId(saved.id()).orElseThrow();
        ana.requests().save(withNeeds(ana.requests().byId(saved.id()).orElseThrow(), "a Bible"));
        SaveResult<Request> refused = beto.requests().save(withNeeds(openedByBeto, "phone credit"));

        SaveResult<Request> over = beto.requests().save(
                withNeeds(openedByBeto, "phone credit").withVersion(refused.current().version()));

        assertThat(over.isSaved()).isTrue();
        assertThat(ana.requests().byId(saved.id()).orElseThrow().needs()).isEqualTo("phone credit");
        assertThat(ana.requests().byId(saved.id()).orElseThrow().version()).isEqualTo(over.saved().version());
    }

    @Test
    void aRequestChangedSinceItWasShownIsNotDeletedUntilAskedAtItsCurrentVersion() {
        Request shown = request();
        ana.requests().save(withNeeds(ana.requests().byId(shown.id()).orElseThrow(), "a Bible"));

        DeleteResult<Request> refused = beto.requests().delete(shown);

        assertThat(refused.kind()).isEqualTo(DeleteResult.Kind.CHANGED_MEANWHILE);
        assertThat(refused.otherChange().at()).isNull();
        assertThat(refused.current().needs()).isEqualTo("a Bible");
        assertThat(ana.requests().byId(shown.id())).isPresent();

        assertThat(beto.requests().delete(refused.current()).isDeleted()).isTrue();
        assertThat(ana.requests().byId(shown.id())).isEmpty();
        assertThat(beto.requests().delete(refused.current()).kind()).isEqualTo(DeleteResult.Kind.GONE);
    }

    @Test
    void aPersonChangedSinceTheyWereShownIsNotDeletedAndTheDeleterIsToldWhoAndWhen() {
        Detainee shown = person();
        as(ana, "Ana Uno").detainees().save(withNotes(ana.detainees().byId(shown.id()).orElseThrow(), "Moved."));

        DeleteResult<Detainee> refused = as(beto, "Beto Dos").detainees().delete(shown);

        assertThat(refused.changedMeanwhile()).isTrue();
        assertThat(refused.otherChange().coordinator()).isEqualTo("Ana Uno");
        assertThat(refused.otherChange().at()).isEqualTo(NOW);
        assertThat(refused.current().notes()).isEqualTo("Moved.");
        assertThat(ana.detainees().byId(shown.id())).isPresent();

        DeleteResult<Detainee> anyway = beto.detainees().delete(refused.current());
        assertThat(anyway.isDeleted()).isTrue();
        assertThat(ana.detainees().byId(shown.id())).isEmpty();
        assertThat(ana.history().of(RecordType.DETAINEE, shown.id()).get(0).action())
                .isEqualTo(HistoryEntry.Action.DELETED);
        assertThat(beto.detainees().delete(refused.current()).kind()).isEqualTo(DeleteResult.Kind.GONE);
    }

    @Test
    void aPersonUnchangedSinceTheyWereShownIsDeleted() {
        Detainee shown = person();

        assertThat(beto.detainees().delete(shown).isDeleted()).isTrue();
        assertThat(ana.detainees().byId(shown.id())).isEmpty();
    }

    @Test
    void aVolunteerChangedSinceTheyWereShownIsNotDeletedUntilAskedAtTheirCurrentVersion() {
        Visitor shown = volunteer();
        as(ana, "Ana Uno").visitors().save(withNotes(ana.visitors().byId(shown.id()).orElseThrow(), "Away in May."));

        DeleteResult<Visitor> refused = as(beto, "Beto Dos").visitors().delete(shown);

        assertThat(refused.changedMeanwhile()).isTrue();
        assertThat(refused.otherChange().coordinator()).isEqualTo("Ana Uno");
        assertThat(ana.visitors().byId(shown.id())).isPresent();

        assertThat(beto.visitors().delete(refused.current()).isDeleted()).isTrue();
        assertThat(ana.visitors().byId(shown.id())).isEmpty();
        assertThat(beto.visitors().delete(shown).kind()).isEqualTo(DeleteResult.Kind.GONE);
    }
}
