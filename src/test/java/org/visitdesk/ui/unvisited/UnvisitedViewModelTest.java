package org.visitdesk.ui.unvisited;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitdesk.app.UnvisitedListing;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Outcome;
import org.visitdesk.domain.OutcomeCode;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.Visitor;
import org.visitdesk.ui.Background;
import org.visitdesk.ui.TestRecords;
import org.visitdesk.ui.UiFixture;

/** The Unvisited list without a window, on a real store: the service's order, searched by name and language. */
class UnvisitedViewModelTest {

    @TempDir
    Path dir;

    private Workspace ws;

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void listsInTheOrderOfTheUnvisitedRuleAndSearchesByNameOrLanguage() {
        ws = Workspace.open(dir, UiFixture.clock());
        Visitor alfa = TestRecords.volunteer(ws, "Alfa");
        Detainee planned = TestRecords.person(ws, "A999000001", "Planeado", "West 3A");
        Detainee seen = TestRecords.person(ws, "A999000002", "Visto", "West 3A");
        Detainee never = TestRecords.person(ws, "A999000003", "Nunca", "West 3A");
        TestRecords.visit(ws, planned, TestRecords.TUESDAY.atTime(12, 10), List.of(alfa), "");
        Visit v = TestRecords.visit(ws, seen, UiFixture.TODAY.minusDays(4).atTime(12, 10), List.of(alfa), "Late");
        ws.outcomes().record(new Outcome(v.id(), OutcomeCode.HAPPENED, null, null, null, null, ""), List.of());

        UnvisitedViewModel model = new UnvisitedViewModel(ws, Background.direct());
        model.load();

        assertThat(model.shown()).extracting(l -> l.person().id()).containsExactly(never.id(), seen.id(),
                planned.id());
        assertThat(model.shown()).extracting(UnvisitedListing::rank).containsExactly(1, 2, 3);
        assertThat(model.shown().get(1).daysSinceVisit()).isEqualTo(4L);
        model.searchProperty().set("visto");
        assertThat(model.shown()).extracting(l -> l.person().id()).containsExactly(seen.id());
        model.searchProperty().set("spanish");
        assertThat(model.shown()).hasSize(3);
    }
}
