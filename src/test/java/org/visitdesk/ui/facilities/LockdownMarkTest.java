package org.visitdesk.ui.facilities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.visitdesk.app.FacilityService.FacilityRules;
import org.visitdesk.app.HistoryEntry;
import org.visitdesk.app.RecordType;
import org.visitdesk.domain.AccessReport;
import org.visitdesk.domain.BlackoutDay;
import org.visitdesk.domain.DateRange;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.OutcomeCode;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.Visitor;
import org.visitdesk.ui.TestRecords;
import org.visitdesk.ui.UiFixture;

/**
 * A lockdown recorded on the Facilities page marks, once confirmed, the visits of its days that took place and
 * have no report yet as {@code LOCKDOWN}: the access report counts them.
 */
@ExtendWith(ApplicationExtension.class)
class LockdownMarkTest {

    @TempDir
    Path dir;

    private UiFixture app;
    private final List<Visit> visits = new ArrayList<>();

    @Start
    void start(Stage stage) {
        app = UiFixture.start(stage, dir, ws -> {
            Visitor alfa = TestRecords.volunteer(ws, "Alfa");
            Detainee uno = TestRecords.person(ws, "A999000001", "Uno", "West 3A");
            Detainee dos = TestRecords.person(ws, "A999000002", "Dos", "West 3B");
            // Tuesday 1 and Thursday 3 December hit by the lockdown; Saturday 5 not; Tuesday 8 still to come
            visits.add(TestRecords.visit(ws, uno, LocalDate.of(2026, 12, 1).atTime(12, 10), List.of(alfa), "x"));
            visits.add(TestRecords.visit(ws, dos, LocalDate.of(2026, 12, 3).atTime(13, 30), List.of(alfa), "x"));
            visits.add(TestRecords.visit(ws, uno, LocalDate.of(2026, 12, 5).atTime(7, 0), List.of(alfa), "x"));
            long adelanto = TestRecords.adelanto(ws);
            FacilityRules rules = ws.facilities().rules(adelanto);
            List<BlackoutDay> closed = new ArrayList<>(rules.blackouts());
            closed.add(new BlackoutDay(0, adelanto, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3),
                    "Lockdown"));
            assertThat(ws.facilities().save(new FacilityRules(rules.facility(), rules.windows(), closed)).errors())
                    .isEmpty();
        });
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theVisitsOfTheLockdownDaysAreMarkedOnceConfirmed(FxRobot robot) {
        app.waitIdle();
        robot.clickOn("#nav-facilities");
        app.waitIdle();
        robot.clickOn("#tab-blackouts");
        TableView<BlackoutDay> blackouts = robot.lookup("#blackout-table").queryTableView();
        robot.interact(() -> blackouts.getSelectionModel().select(0));
        robot.clickOn("#blackout-lockdown");
        app.waitIdle();
        DialogPane question = robot.lookup(".dialog-pane").queryAll().stream().map(n -> (DialogPane) n)
                .filter(p -> p.lookup("#lockdown-mark") != null).findFirst().orElseThrow();
        assertThat(question.getHeaderText()).contains("2 visits");
        assertThat(question.getContentText()).contains("Prueba Uno", "Prueba Dos");
        robot.clickOn("#lockdown-mark");
        app.waitIdle();

        assertThat(visits).extracting(v -> app.workspace.outcomes().of(v.id()).map(o -> o.code()).orElse(null))
                .containsExactly(OutcomeCode.LOCKDOWN, OutcomeCode.LOCKDOWN, null);
        assertThat(app.workspace.visits().byId(visits.get(0).id()).orElseThrow().status())
                .isEqualTo(VisitStatus.DENIED);
        assertThat(app.workspace.history().of(RecordType.VISIT, visits.get(1).id()).get(0).changes())
                .extracting(HistoryEntry.Change::fieldKey).contains("field.outcome");
        AccessReport.Figures f = app.workspace.reports()
                .report(new DateRange(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 6))).figures();
        assertThat(f.lockdown()).isEqualTo(2);
        assertThat(f.lockdownDays()).isEqualTo(3);

        // asked again, nothing is left to mark
        robot.clickOn(".dialog-pane .button");
        app.waitIdle();
        robot.clickOn("#blackout-lockdown");
        app.waitIdle();
        assertThat(robot.lookup(".dialog-pane").queryAll().stream().map(n -> ((DialogPane) n).getHeaderText()))
                .anySatisfy(h -> assertThat(h).startsWith("No visit of"));
    }
}
