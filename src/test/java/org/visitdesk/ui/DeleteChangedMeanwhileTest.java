package org.visitdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitdesk.app.Messages;
import org.visitdesk.app.OtherChange;
import org.visitdesk.app.RequestListing;
import org.visitdesk.app.SaveResult;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Request;
import org.visitdesk.domain.RequestSource;
import org.visitdesk.domain.Urgency;
import org.visitdesk.domain.Visitor;
import org.visitdesk.ui.detainees.DetaineesViewModel;
import org.visitdesk.ui.requests.RequestsViewModel;
import org.visitdesk.ui.visitors.VisitorsViewModel;

/**
 * The lists' deletes, without a window, when someone else saved the record after the list showed it: nothing is
 * deleted and the coordinator is asked; Reload (or closing the question) leaves it, shown as saved now; Delete
 * anyway deletes it at that version. A record deleted already is said and leaves the list.
 */
class DeleteChangedMeanwhileTest {

    @TempDir
    Path dir;

    private Workspace ws;

    @BeforeEach
    void open() {
        Messages.setLocale(Locale.ENGLISH);
        ws = Workspace.open(dir, UiFixture.clock());
        ws.useCoordinator("Ana Uno");
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private Detainee personShownThenChanged(DetaineesViewModel model) {
        Detainee shown = TestRecords.person(ws, "A999000631", "Borrar", "West 3A");
        model.load();
        Detainee now = ws.detainees().byId(shown.id()).orElseThrow();
        assertThat(ws.detainees().save(new Detainee(now.id(), now.aNumber(), now.familyName(), now.givenName(),
                now.dateOfBirth(), now.countryOfBirth(), now.languages(), now.gender(), now.facilityId(), "East 1B",
                now.status(), now.statusDate(), now.notes(), now.version())).isSaved()).isTrue();
        return shown;
    }

    @Test
    void aPersonChangedAfterTheListShowedThemIsKeptOnReloadAndShownAsSavedNow() {
        DetaineesViewModel model = new DetaineesViewModel(ws, Background.direct());
        Detainee shown = personShownThenChanged(model);
        AnsweredDeleting reload = new AnsweredDeleting(ChangedMeanwhile.Choice.RELOAD);
        boolean[] done = {false};

        model.delete(shown, reload, () -> done[0] = true);

        assertThat(done[0]).isFalse();
        assertThat(reload.asked).singleElement().satisfies(c -> assertThat(c.coordinator()).isEqualTo("Ana Uno"));
        assertThat(ws.detainees().byId(shown.id())).isPresent();
        assertThat(model.all()).singleElement()
                .satisfies(l -> assertThat(l.detainee().housingUnit()).isEqualTo("East 1B"));
    }

    @Test
    void aPersonChangedAfterTheListShowedThemIsDeletedAnywayWhenAsked() {
        DetaineesViewModel model = new DetaineesViewModel(ws, Background.direct());
        Detainee shown = personShownThenChanged(model);
        AnsweredDeleting anyway = new AnsweredDeleting(ChangedMeanwhile.Choice.OVERWRITE);
        boolean[] done = {false};

        model.delete(shown, anyway, () -> done[0] = true);

        assertThat(anyway.asked).hasSize(1);
        assertThat(done[0]).isTrue();
        assertThat(ws.detainees().byId(shown.id())).isEmpty();
        assertThat(model.all()).isEmpty();
    }

    @Test
    void aPersonDeletedAlreadyIsSaidAndLeavesTheList() {
        DetaineesViewModel model = new DetaineesViewModel(ws, Background.direct());
        Detainee shown = TestRecords.person(ws, "A999000632", "Ido", "West 3A");
        model.load();
        assertThat(ws.detainees().delete(shown).isDeleted()).isTrue();
        AnsweredDeleting ask = new AnsweredDeleting(null);

        model.delete(shown, ask, () -> { });

        assertThat(ask.gone).isEqualTo(1);
        assertThat(ask.asked).isEmpty();
        assertThat(model.all()).isEmpty();
    }

    @Test
    void aVolunteerChangedAfterTheListShowedThemIsKeptWhenTheQuestionIsClosed() {
        VisitorsViewModel model = new VisitorsViewModel(ws, Background.direct());
        Visitor shown = TestRecords.volunteer(ws, "Borrada");
        model.load();
        Visitor now = ws.visitors().byId(shown.id()).orElseThrow();
        assertThat(ws.visitors().save(new Visitor(now.id(), now.familyName(), now.givenName(), now.email(),
                now.phone(), now.languages(), now.orientationDate(), now.idChecked(), now.status(), "Away in May.",
                now.availability(), now.version())).isSaved()).isTrue();
        AnsweredDeleting closed = new AnsweredDeleting(null);

        model.delete(shown, closed, () -> { });

        assertThat(closed.asked).hasSize(1);
        assertThat(ws.visitors().byId(shown.id())).isPresent();
        assertThat(model.all()).singleElement()
                .satisfies(r -> assertThat(r.visitor().notes()).isEqualTo("Away in May."));

        AnsweredDeleting anyway = new AnsweredDeleting(ChangedMeanwhile.Choice.OVERWRITE);
        model.delete(model.all().get(0).visitor(), anyway, () -> { });
        assertThat(anyway.asked).as("shown as saved now: deleted at once").isEmpty();
        assertThat(ws.visitors().byId(shown.id())).isEmpty();
    }

    @Test
    void aRequestChangedAfterTheListShowedItIsDeletedOnlyWhenAskedToAnyway() {
        RequestsViewModel model = new RequestsViewModel(ws, Background.direct());
        Request saved = ws.requests().save(new Request(0, UiFixture.TODAY.minusDays(1), RequestSource.HOTLINE, null,
                "Borrar", "Solicitud", "Guatemala", List.of("Mam"), "", Urgency.ROUTINE, "Rosa", "sister", "", "",
                null, null, null)).saved();
        model.load();
        RequestListing shown = model.all().get(0);
        Request now = ws.requests().byId(saved.id()).orElseThrow();
        assertThat(ws.requests().save(new Request(now.id(), now.received(), now.source(), now.aNumber(),
                now.familyName(), now.givenName(), now.countryOfBirth(), now.languages(), "a Bible", now.urgency(),
                now.caller(), now.relationship(), now.callerPhone(), now.notes(), now.status(), now.statusDate(),
                now.detaineeId(), now.version())).isSaved()).isTrue();

        AnsweredDeleting reload = new AnsweredDeleting(ChangedMeanwhile.Choice.RELOAD);
        model.delete(shown, reload, () -> { });
        assertThat(reload.asked).singleElement().satisfies(c -> assertThat(c.at()).isNull());
        assertThat(model.all()).singleElement()
                .satisfies(l -> assertThat(l.request().needs()).isEqualTo("a Bible"));

        AnsweredDeleting anyway = new AnsweredDeleting(ChangedMeanwhile.Choice.OVERWRITE);
        model.delete(shown, anyway, () -> { });
        assertThat(anyway.asked).hasSize(1);
        assertThat(ws.requests().byId(saved.id())).isEmpty();
        assertThat(model.all()).isEmpty();
    }

    @Test
    void aRequestSavedAfterSomeoneElseSavedItIsRefusedAndTheListShowsItAsSavedNow() {
        RequestsViewModel model = new RequestsViewModel(ws, Background.direct());
        Request opened = ws.requests().save(new Request(0, UiFixture.TODAY.minusDays(1), RequestSource.HOTLINE, null,
                "Guardar", "Solicitud", "Guatemala", List.of("Mam"), "", Urgency.ROUTINE, "Rosa", "sister", "", "",
                null, null, null)).saved();
        model.load();
        assertThat(ws.requests().save(withNeeds(opened, "a Bible")).isSaved()).isTrue();
        List<SaveResult<Request>> results = new ArrayList<>();

        model.save(withNeeds(opened, "phone credit"), results::add, e -> {
            throw new AssertionError(e);
        });

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.changedMeanwhile()).isTrue();
            assertThat(r.current().needs()).isEqualTo("a Bible");
        });
        assertThat(model.all()).singleElement().satisfies(l -> assertThat(l.request().needs()).isEqualTo("a Bible"));
    }

    private static Request withNeeds(Request r, String needs) {
        return new Request(r.id(), r.received(), r.source(), r.aNumber(), r.familyName(), r.givenName(),
                r.countryOfBirth(), r.languages(), needs, r.urgency(), r.caller(), r.relationship(), r.callerPhone(),
                r.notes(), r.status(), r.statusDate(), r.detaineeId(), r.version());
    }

    @Test
    void theQuestionOfADeleteSaysNothingIsDeletedYet() {
        String text = ChangedMeanwhile.text(new OtherChange("Ana Uno",
                UiFixture.TODAY.atTime(11, 5)), ChangedMeanwhile.Kind.DELETE);

        assertThat(text).contains("Ana Uno").contains("Nothing is deleted yet").contains("Delete anyway");
        assertThat(ChangedMeanwhile.text(new OtherChange("", null), ChangedMeanwhile.Kind.DELETE))
                .contains("after the list showed it");
    }
}
