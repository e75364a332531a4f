package org.visitdesk.ui.followups;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.visitdesk.app.FollowUpListing;
import org.visitdesk.app.OutcomeService.Need;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.FollowUpKind;
import org.visitdesk.domain.Outcome;
import org.visitdesk.domain.OutcomeCode;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.Visitor;
import org.visitdesk.ui.TestRecords;
import org.visitdesk.ui.UiFixture;

/** The Follow-ups page in a window: the owner filter lets go of an owner whose last follow-up is done. */
@ExtendWith(ApplicationExtension.class)
class OwnerFilterTest {

    @TempDir
    Path dir;

    private UiFixture app;
    private Visitor alfa;
    private final List<Throwable> uncaught = new ArrayList<>();
    private Thread.UncaughtExceptionHandler before;

    @Start
    void start(Stage stage) {
        before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            synchronized (uncaught) {
                uncaught.add(e);
            }
        });
        app = UiFixture.start(stage, dir, ws -> {
            alfa = TestRecords.volunteer(ws, "Alfa");
            Detainee uno = TestRecords.person(ws, "A999000001", "Uno", "West 3A");
            Visit a = TestRecords.visit(ws, uno, UiFixture.TODAY.minusDays(5).atTime(12, 10), List.of(alfa), "Late");
            ws.outcomes().record(new Outcome(a.id(), OutcomeCode.HAPPENED, null, null, null, null, ""),
                    List.of(Need.of(FollowUpKind.PHONE), new Need(FollowUpKind.ATTORNEY, alfa.id(), null, "")));
        });
    }

    @AfterEach
    void close() {
        Thread.setDefaultUncaughtExceptionHandler(before);
        app.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosingAnOwnerThenMarkingTheirLastFollowUpDoneShowsEveryoneAgain(FxRobot robot) {
        app.waitIdle();
        robot.clickOn("#nav-follow_ups");
        app.waitIdle();
        ComboBox<String> owner = robot.lookup("#followup-owner-filter").queryAs(ComboBox.class);
        TableView<FollowUpListing> table = robot.lookup("#followup-table").queryAs(TableView.class);
        robot.interact(() -> owner.setValue(alfa.fullName()));
        assertThat(table.getItems()).extracting(l -> l.followUp().kind()).containsExactly(FollowUpKind.ATTORNEY);

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#followup-done");
        app.waitIdle();

        synchronized (uncaught) {
            assertThat(uncaught).as("nothing thrown on the JavaFX thread").isEmpty();
        }
        assertThat(owner.getValue()).as("the owner with nothing left is let go of").isNull();
        assertThat(table.getItems()).extracting(l -> l.followUp().kind()).containsExactly(FollowUpKind.PHONE);
    }
}
