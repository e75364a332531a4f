package org.visitdesk.ui.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitdesk.app.Messages;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.ConflictCode;
import org.visitdesk.domain.DateRange;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.Visitor;
import org.visitdesk.ui.Background;
import org.visitdesk.ui.TestRecords;
import org.visitdesk.ui.UiFixture;

/**
 * The Visits page's state without a window, on a store with six visits: five in the two weeks shown first (Monday
 * 30 November to Sunday 13 December 2026), one the week after.
 */
class VisitsViewModelTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    @TempDir
    Path dir;

    private Workspace ws;
    private VisitsViewModel model;
    private Visit clean;
    private Visit outside;
    private Visit noVisitor;
    private Visit twiceFirst;
    private Visit twiceSecond;
    private Visit later;
    private Detainee uno;
    private Visitor alfa;

    @BeforeEach
    void open() {
        Messages.setLocale(Locale.ENGLISH);
        ws = Workspace.open(dir, UiFixture.clock());
        alfa = TestRecords.volunteer(ws, "Alfa");
        Visitor beta = TestRecords.volunteer(ws, "Beta");
        uno = TestRecords.person(ws, "A999000001", "Uno", "West 3A");
        Detainee dos = TestRecords.person(ws, "A999000002", "Núñez", "West 3A");
        clean = TestRecords.visit(ws, uno, LocalDate.of(2026, 12, 1).atTime(12, 10), List.of(beta),
                "Recorded afterwards");
        outside = TestRecords.visit(ws, uno, MONDAY.atTime(15, 0), List.of(beta), "Agreed with the facility");
        twiceFirst = TestRecords.visit(ws, uno, MONDAY.plusDays(1).atTime(12, 10), List.of(alfa), "");
        twiceSecond = TestRecords.visit(ws, dos, MONDAY.plusDays(1).atTime(12, 10), List.of(alfa), "Alfa agreed");
        noVisitor = TestRecords.visit(ws, dos, MONDAY.plusDays(3).atTime(12, 10), List.of(), "");
        later = TestRecords.visit(ws, dos, MONDAY.plusDays(8).atTime(12, 10), List.of(beta), "");
        model = new VisitsViewModel(ws, Background.direct());
        model.load();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private static List<Long> ids(List<VisitRow> rows) {
        return rows.stream().map(VisitRow::id).toList();
    }

    private VisitRow row(Visit v) {
        return model.all().stream().filter(r -> r.id() == v.id()).findFirst()
                .orElseThrow(() -> new AssertionError("no row for visit " + v.id()));
    }

    private static List<ConflictCode> codes(VisitRow r) {
        return r.conflicts().stream().map(n -> n.conflict().code()).toList();
    }

    @Test
    void theFirstRangeIsThisWeekAndTheNext() {
        assertThat(VisitsViewModel.defaultRange(UiFixture.TODAY))
                .isEqualTo(new DateRange(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 13)));
        assertThat(model.fromProperty().get()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(model.toProperty().get()).isEqualTo(LocalDate.of(2026, 12, 13));
    }

    @Test
    void listsTheVisitsOfTheRangeInTimeOrderAndReloadsWhenItChanges() {
        assertThat(ids(model.all())).containsExactly(clean.id(), outside.id(), twiceFirst.id(), twiceSecond.id(),
                noVisitor.id());
        assertThat(model.shown()).hasSameSizeAs(model.all());

        model.fromProperty().set(MONDAY.plusDays(8));
        model.toProperty().set(MONDAY.plusDays(8));
        assertThat(ids(model.all())).containsExactly(later.id());
        // a reversed range shows nothing
        model.fromProperty().set(MONDAY.plusDays(9));
        assertThat(model.all()).isEmpty();
    }

    @Test
    void searchFindsByANumberNameOrVisitorIgnoringCaseAndAccents() {
        model.searchProperty().set("A-999-000-002");
        assertThat(ids(model.shown())).containsExactly(twiceSecond.id(), noVisitor.id());
        model.searchProperty().set("NUNEZ prueba");
        assertThat(ids(model.shown())).containsExactly(twiceSecond.id(), noVisitor.id());
        model.searchProperty().set(alfa.fullName());
        assertThat(ids(model.shown())).containsExactly(twiceFirst.id(), twiceSecond.id());
        model.searchProperty().set("zzzz nobody");
        assertThat(model.shown()).isEmpty();
        model.searchProperty().set("");
        assertThat(model.shown()).hasSize(5);
    }

    @Test
    void statusFilterKeepsOnlyThatStatus() {
        assertThat(ws.visits().cancel(clean.id())).isTrue();
        model.load();
        model.statusFilterProperty().set(VisitStatus.CANCELLED);
        assertThat(ids(model.shown())).containsExactly(clean.id());
        model.statusFilterProperty().set(VisitStatus.SCHEDULED);
        assertThat(ids(model.shown())).containsExactly(outside.id(), twiceFirst.id(), twiceSecond.id(),
                noVisitor.id());
        model.statusFilterProperty().set(null);
        assertThat(model.shown()).hasSize(5);
    }

    @Test
    void cancelKeepsTheVisitListedAndMarkedCancelled() {
        model.cancel(row(clean), () -> { });
        assertThat(ws.visits().byId(clean.id())).get().extracting(Visit::status).isEqualTo(VisitStatus.CANCELLED);
        assertThat(model.all()).hasSize(5);
        assertThat(row(clean).listing().visit().status()).isEqualTo(VisitStatus.CANCELLED);
    }

    @Test
    void eachLineCarriesExactlyTheConflictsOfItsVisit() {
        assertThat(codes(row(clean))).isEmpty();
        assertThat(codes(row(outside))).containsExactly(ConflictCode.OUTSIDE_VISITING_HOURS);
        assertThat(row(outside).hasErrors()).isTrue();
        assertThat(codes(row(noVisitor))).containsExactly(ConflictCode.NO_VISITOR);
        assertThat(row(noVisitor).hasErrors()).isFalse();
        // a double booking is one conflict, on both visits
        assertThat(codes(row(twiceFirst))).containsExactly(ConflictCode.VISITOR_DOUBLE_BOOKED);
        assertThat(row(twiceSecond).conflicts()).isEqualTo(row(twiceFirst).conflicts());
        assertThat(row(twiceFirst).conflicts().get(0).conflict().visitIds())
                .containsExactlyInAnyOrder(twiceFirst.id(), twiceSecond.id());
        assertThat(Messages.get(row(twiceFirst).conflicts().get(0).message()))
                .contains(alfa.fullName(), uno.fullName());
    }
}
