package org.visitdesk.ui.followups;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitdesk.app.FollowUpListing;
import org.visitdesk.app.OutcomeService.Need;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.FollowUpKind;
import org.visitdesk.domain.FollowUpStatus;
import org.visitdesk.domain.Outcome;
import org.visitdesk.domain.OutcomeCode;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.Visitor;
import org.visitdesk.ui.Background;
import org.visitdesk.ui.TestRecords;
import org.visitdesk.ui.UiFixture;

/** The Follow-ups list without a window, on a real store: overdue first, filters, done and dropped. */
class FollowUpsViewModelTest {

    @TempDir
    Path dir;

    private Workspace ws;
    private Visitor alfa;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir, UiFixture.clock());
        alfa = TestRecords.volunteer(ws, "Alfa");
        Detainee uno = TestRecords.person(ws, "A999000001", "Uno", "West 3A");
        Detainee dos = TestRecords.person(ws, "A999000002", "Dos", "West 3A");
        Visit a = TestRecords.visit(ws, uno, UiFixture.TODAY.minusDays(5).atTime(12, 10), List.of(alfa), "Late");
        Visit b = TestRecords.visit(ws, dos, UiFixture.TODAY.minusDays(4).atTime(12, 10), List.of(alfa), "Late");
        // Uno's commissary was due yesterday (overdue); Dos's phone and attorney are due next week, one Alfa's
        assertThat(ws.outcomes().record(new Outcome(a.id(), OutcomeCode.HAPPENED, null, null, null, null, ""),
                List.of(new Need(FollowUpKind.COMMISSARY, null, UiFixture.TODAY.minusDays(1), ""))).isSaved())
                .isTrue();
        assertThat(ws.outcomes().record(new Outcome(b.id(), OutcomeCode.HAPPENED, null, null, null, null, ""),
                List.of(Need.of(FollowUpKind.PHONE), new Need(FollowUpKind.ATTORNEY, alfa.id(), null, "")))
                .isSaved()).isTrue();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void overdueFirstFilteredByKindOwnerAndPersonThenMarkedDoneAndDropped() {
        FollowUpsViewModel model = new FollowUpsViewModel(ws, Background.direct());
        model.load();
        assertThat(model.shown()).extracting(l -> l.followUp().kind()).first().isEqualTo(FollowUpKind.COMMISSARY);
        assertThat(model.shown().get(0).overdue()).isTrue();
        assertThat(model.shown()).hasSize(3);
        assertThat(model.owners()).containsExactlyInAnyOrder("Coordinator", alfa.fullName());

        model.kindProperty().set(FollowUpKind.PHONE);
        assertThat(model.shown()).extracting(l -> l.followUp().kind()).containsExactly(FollowUpKind.PHONE);
        model.kindProperty().set(null);
        model.ownerProperty().set(alfa.fullName());
        assertThat(model.shown()).extracting(l -> l.followUp().kind()).containsExactly(FollowUpKind.ATTORNEY);
        model.ownerProperty().set(null);
        model.searchProperty().set("uno");
        assertThat(model.shown()).extracting(l -> l.followUp().kind()).containsExactly(FollowUpKind.COMMISSARY);
        model.searchProperty().set("");

        FollowUpListing commissary = model.shown().get(0);
        model.markDone(commissary, () -> { });
        assertThat(model.shown()).extracting(l -> l.followUp().kind())
                .containsExactlyInAnyOrder(FollowUpKind.PHONE, FollowUpKind.ATTORNEY);
        model.markDropped(model.shown().get(0), () -> { });
        assertThat(model.shown()).hasSize(1);

        model.showAllProperty().set(true);
        assertThat(model.shown()).extracting(l -> l.followUp().status()).containsExactlyInAnyOrder(
                FollowUpStatus.OPEN, FollowUpStatus.DONE, FollowUpStatus.DROPPED);
    }
}
