package org.visitdesk.ui.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Outcome;
import org.visitdesk.domain.OutcomeCode;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.Visitor;
import org.visitdesk.ui.Background;
import org.visitdesk.ui.TestRecords;
import org.visitdesk.ui.UiFixture;
import org.visitdesk.ui.visits.VisitRow;

/** The Reports due list without a window, on a real store: what is listed, searched and taken off. */
class ReportsDueViewModelTest {

    @TempDir
    Path dir;

    private Workspace ws;
    private Visit old;
    private Visit recent;
    private Visit reported;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir, UiFixture.clock());
        Visitor alfa = TestRecords.volunteer(ws, "Alfa");
        Detainee uno = TestRecords.person(ws, "A999000001", "Uno", "West 3A");
        Detainee dos = TestRecords.person(ws, "A999000002", "Dos", "West 3A");
        old = TestRecords.visit(ws, uno, UiFixture.TODAY.minusWeeks(10).atTime(12, 10), List.of(alfa), "Late");
        recent = TestRecords.visit(ws, dos, UiFixture.TODAY.minusDays(3).atTime(12, 10), List.of(alfa), "Late");
        reported = TestRecords.visit(ws, uno, UiFixture.TODAY.minusDays(4).atTime(12, 10), List.of(alfa), "Late");
        TestRecords.visit(ws, dos, TestRecords.TUESDAY.atTime(12, 10), List.of(alfa), "");
        assertThat(ws.outcomes().record(new Outcome(reported.id(), OutcomeCode.HAPPENED, null, null, null, null,
                ""), List.of()).isSaved()).isTrue();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void listsThePastVisitsWithoutAReportSinceItsDayOldestFirst() {
        ReportsDueViewModel model = new ReportsDueViewModel(ws, Background.direct());
        assertThat(model.sinceProperty().get()).isEqualTo(UiFixture.TODAY.minusWeeks(8));
        model.load();
        assertThat(model.shown()).extracting(VisitRow::id).containsExactly(recent.id());

        model.sinceProperty().set(UiFixture.TODAY.minusWeeks(11));
        assertThat(model.shown()).extracting(VisitRow::id).containsExactly(old.id(), recent.id());

        model.searchProperty().set("uno");
        assertThat(model.shown()).extracting(VisitRow::id).containsExactly(old.id());
        model.searchProperty().set("");

        model.reported(old.id());
        assertThat(model.shown()).extracting(VisitRow::id).containsExactly(recent.id());
    }
}
