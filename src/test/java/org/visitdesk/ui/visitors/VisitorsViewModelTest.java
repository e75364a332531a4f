package org.visitdesk.ui.visitors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitdesk.app.Messages;
import org.visitdesk.app.SaveResult;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.DetaineeStatus;
import org.visitdesk.domain.FieldError;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.VisitType;
import org.visitdesk.domain.Visitor;
import org.visitdesk.domain.VisitorStatus;
import org.visitdesk.ui.AnsweredDeleting;
import org.visitdesk.ui.Background;
import org.visitdesk.ui.UiFixture;

/** The Visitors page's state on a real store, without a window: loading, filtering, saving, deleting. */
class VisitorsViewModelTest {

    @TempDir
    Path dir;

    private Workspace ws;
    private VisitorsViewModel model;

    @BeforeEach
    void open() {
        Messages.setLocale(Locale.ENGLISH);
        ws = Workspace.open(dir, UiFixture.clock());
        model = new VisitorsViewModel(ws, Background.direct());
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private Visitor stored(String family, String given, String email, String phone, VisitorStatus status) {
        Visitor v = new Visitor(0, family, given, email, phone, List.of("Spanish"), LocalDate.of(2026, 3, 1), true,
                status, "");
        SaveResult<Visitor> r = ws.visitors().save(v);
        assertThat(r.errors()).isEmpty();
        return r.saved();
    }

    private List<String> shownNames() {
        return model.shown().stream().map(r -> r.visitor().fullName()).toList();
    }

    private void threeVisitors() {
        stored("Visitante Núñez", "José", "jose.proba@example.org", "(760) 555-0101", VisitorStatus.ACTIVE);
        stored("Proba", "Ana", "ana.proba@example.org", "760-555-0102", VisitorStatus.RESTRICTED);
        stored("Ejemplo", "Zoë", "", "", VisitorStatus.INACTIVE);
    }

    @Test
    void loadReadsEveryVisitorIntoMemory() {
        threeVisitors();
        assertThat(model.all()).isEmpty();

        model.load();

        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.all()).hasSize(3);
        assertThat(model.shown()).hasSize(3);
        assertThat(model.all()).extracting(VisitorsViewModel.Row::sortName)
                .contains("Visitante Núñez, José", "Proba, Ana", "Ejemplo, Zoë");
    }

    @Test
    void searchIgnoresCaseAndAccentsAndLooksAtEmailAndPhone() {
        threeVisitors();
        model.load();

        model.searchProperty().set("jose nunez");
        assertThat(shownNames()).containsExactly("José Visitante Núñez");

        model.searchProperty().set("NÚÑEZ");
        assertThat(shownNames()).containsExactly("José Visitante Núñez");

        model.searchProperty().set("zoe");
        assertThat(shownNames()).containsExactly("Zoë Ejemplo");

        model.searchProperty().set("ana.proba@example");
        assertThat(shownNames()).containsExactly("Ana Proba");

        model.searchProperty().set("example.org");
        assertThat(shownNames()).containsExactlyInAnyOrder("José Visitante Núñez", "Ana Proba");

        // typed as bare digits, the phone is found whatever its punctuation
        model.searchProperty().set("7605550102");
        assertThat(shownNames()).containsExactly("Ana Proba");

        model.searchProperty().set("555-0101");
        assertThat(shownNames()).containsExactly("José Visitante Núñez");

        model.searchProperty().set("nobody");
        assertThat(model.shown()).isEmpty();

        model.searchProperty().set("");
        assertThat(model.shown()).hasSize(3);
    }

    @Test
    void statusFilterCombinesWithTheSearch() {
        threeVisitors();
        model.load();

        model.statusFilterProperty().set(VisitorStatus.RESTRICTED);
        assertThat(shownNames()).containsExactly("Ana Proba");

        model.statusFilterProperty().set(VisitorStatus.ACTIVE);
        model.searchProperty().set("proba");
        // "proba" matches José's and Ana's emails; only José is active
        assertThat(shownNames()).containsExactly("José Visitante Núñez");

        model.statusFilterProperty().set(null);
        assertThat(shownNames()).containsExactlyInAnyOrder("José Visitante Núñez", "Ana Proba");
    }

    @Test
    void savingANewVisitorAddsItAndAnEditReplacesIt() {
        model.load();
        AtomicReference<SaveResult<Visitor>> got = new AtomicReference<>();
        model.save(new Visitor(0, "Visitante", "Proba", "proba.visitante@example.org", "", List.of("Spanish"), null,
                false, VisitorStatus.ACTIVE, ""), got::set, VisitorsViewModelTest::unexpected);

        assertThat(got.get().isSaved()).isTrue();
        Visitor saved = got.get().saved();
        assertThat(saved.id()).isPositive();
        assertThat(ws.visitors().count()).isEqualTo(1);
        assertThat(model.all()).extracting(r -> r.visitor().id()).containsExactly(saved.id());

        Visitor edited = new Visitor(saved.id(), saved.familyName(), saved.givenName(), saved.email(),
                saved.phone(), saved.languages(), LocalDate.of(2026, 11, 1), true, VisitorStatus.ACTIVE, "");
        model.save(edited, got::set, VisitorsViewModelTest::unexpected);
        assertThat(got.get().isSaved()).isTrue();
        assertThat(model.all()).hasSize(1);
        assertThat(model.all().get(0).visitor().isCleared()).isTrue();
        assertThat(ws.visitors().byId(saved.id()).orElseThrow().idChecked()).isTrue();
    }

    @Test
    void duplicateEmailGivesTheEmailErrorAndSavesNothing() {
        stored("Proba", "Ana", "ana.proba@example.org", "", VisitorStatus.ACTIVE);
        model.load();
        AtomicReference<SaveResult<Visitor>> got = new AtomicReference<>();

        // the same address in other case is still the same address
        model.save(new Visitor(0, "Visitante", "Otra", "ANA.Proba@example.org", "", List.of(), null, false,
                VisitorStatus.ACTIVE, ""), got::set, VisitorsViewModelTest::unexpected);

        assertThat(got.get().isSaved()).isFalse();
        assertThat(got.get().errors()).containsExactly(new FieldError("email", "error.email.taken"));
        assertThat(ws.visitors().count()).isEqualTo(1);
        assertThat(model.all()).hasSize(1);
    }

    @Test
    void orientationInTheFutureIsRefusedAndSavesNothing() {
        model.load();
        AtomicReference<SaveResult<Visitor>> got = new AtomicReference<>();
        model.save(new Visitor(0, "Visitante", "Proba", "", "", List.of(), UiFixture.TODAY.plusDays(1), true,
                VisitorStatus.ACTIVE, ""), got::set, VisitorsViewModelTest::unexpected);

        assertThat(got.get().errors()).containsExactly(new FieldError("orientationDate", "error.date.future"));
        assertThat(ws.visitors().count()).isZero();
        assertThat(model.all()).isEmpty();
    }

    @Test
    void deleteRemovesTheVisitorAndKeepsTheirVisits() {
        Visitor gone = stored("Proba", "Ana", "ana.proba@example.org", "", VisitorStatus.ACTIVE);
        Visitor stays = stored("Visitante", "Beto", "beto.visitante@example.org", "", VisitorStatus.ACTIVE);
        long facility = ws.facilities().listAll().get(0).id();
        Detainee d = ws.detainees().save(new Detainee(0, ANumber.parse("A999000777").orElseThrow(), "Prueba",
                "Uno", null, "Guatemala", List.of("Spanish"), "", facility, "West 3A", DetaineeStatus.DETAINED, null,
                "")).saved();
        Visit visit = ws.schedule().plan(new Visit(0, d.id(), facility, UiFixture.TODAY.plusDays(2).atTime(12, 10),
                UiFixture.TODAY.plusDays(2).atTime(13, 10), List.of(gone.id(), stays.id()), VisitType.SOCIAL,
                VisitStatus.SCHEDULED, "", ""), "two volunteers on one visit").saved();
        model.load();

        List<Long> counted = new ArrayList<>();
        model.countVisits(gone, counted::add);
        assertThat(counted).containsExactly(1L);

        boolean[] done = {false};
        model.delete(gone, new AnsweredDeleting(null), () -> done[0] = true);

        assertThat(done[0]).isTrue();
        assertThat(model.all()).extracting(r -> r.visitor().id()).containsExactly(stays.id());
        assertThat(ws.visitors().byId(gone.id())).isEmpty();
        assertThat(ws.visits().byId(visit.id())).hasValueSatisfying(
                v -> assertThat(v.visitorIds()).containsExactly(stays.id()));
    }

    private static void unexpected(Throwable e) {
        throw new AssertionError("the save failed", e);
    }
}
