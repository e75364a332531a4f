package org.visitdesk.ui.tomorrow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.visitdesk.app.VisitListing;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.Visitor;
import org.visitdesk.ui.Printing;
import org.visitdesk.ui.Snapshots;
import org.visitdesk.ui.TestRecords;
import org.visitdesk.ui.UiFixture;

/**
 * The Tomorrow page in a window: it opens on the next visiting day (Tuesday, after an empty Monday), Enter ticks a
 * visit confirmed and Delete cancelled (and back), the ticks are the visit's status in the records, and the printed
 * sheet holds the list with its phones and boxes.
 */
@ExtendWith(ApplicationExtension.class)
class TomorrowPageTest {

    @TempDir
    Path dir;

    private UiFixture app;
    private Visit early;
    private Visit late;

    @Start
    void start(Stage stage) {
        app = UiFixture.start(stage, dir, ws -> {
            Visitor alfa = TestRecords.volunteer(ws, "Alfa");
            alfa = ws.visitors().save(new Visitor(alfa.id(), alfa.familyName(), alfa.givenName(), alfa.email(),
                    "555-0101", alfa.languages(), alfa.orientationDate(), true, alfa.status(), "")).saved();
            Visitor beta = TestRecords.volunteer(ws, "Beta");
            Detainee uno = TestRecords.person(ws, "A999000001", "Uno", "West 3A");
            Detainee dos = TestRecords.person(ws, "A999000002", "Dos", "West 3B");
            early = TestRecords.visit(ws, uno, TestRecords.TUESDAY.atTime(12, 10), List.of(alfa), "");
            late = TestRecords.visit(ws, dos, TestRecords.TUESDAY.atTime(13, 30), List.of(beta), "");
            // a visit later in the week is not on the list
            TestRecords.visit(ws, uno, TestRecords.TUESDAY.plusDays(2).atTime(12, 10), List.of(beta), "");
        });
    }

    @AfterEach
    void close() {
        app.close();
    }

    private VisitStatus status(Visit v) {
        return app.workspace.visits().byId(v.id()).orElseThrow().status();
    }

    @SuppressWarnings("unchecked")
    private TableView<VisitListing> table(FxRobot robot) {
        return robot.lookup("#tomorrow-table").queryAs(TableView.class);
    }

    @Test
    void theTicksChangeTheVisitsFromTheKeyboard(FxRobot robot) {
        app.waitIdle();
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        app.waitIdle();
        assertThat(robot.lookup("#tomorrow-day").queryAs(DatePicker.class).getValue())
                .isEqualTo(TestRecords.TUESDAY);
        TableView<VisitListing> table = table(robot);
        assertThat(table.getItems()).extracting(l -> l.visit().id()).containsExactly(early.id(), late.id());

        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        app.waitIdle();
        assertThat(status(early)).isEqualTo(VisitStatus.CONFIRMED);
        assertThat(table.getItems().get(0).visit().status()).isEqualTo(VisitStatus.CONFIRMED);

        robot.interact(() -> table.getSelectionModel().select(1));
        robot.type(KeyCode.DELETE);
        app.waitIdle();
        assertThat(status(late)).isEqualTo(VisitStatus.CANCELLED);
        robot.type(KeyCode.DELETE);
        app.waitIdle();
        assertThat(status(late)).as("the tick taken back plans it again (%s)",
                robot.lookup("#tomorrow-notice").queryAs(Label.class).getText()).isEqualTo(VisitStatus.SCHEDULED);

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.type(KeyCode.ENTER);
        app.waitIdle();
        assertThat(status(early)).isEqualTo(VisitStatus.SCHEDULED);

        // a click on a tick works as well
        robot.clickOn(robot.lookup(".tomorrow-cancelled").nth(0).queryAs(Node.class));
        app.waitIdle();
        assertThat(status(early)).isEqualTo(VisitStatus.CANCELLED);
    }

    @Test
    void theSheetHoldsTheCallsAndPrintSaysWhenThereIsNoPrinter(FxRobot robot) {
        app.waitIdle();
        robot.clickOn("#nav-tomorrow");
        app.waitIdle();
        assertThat(app.workspace.visits().setConfirmed(early.id(), true)).isTrue();
        robot.interact(() -> robot.lookup("#tomorrow-day").queryAs(DatePicker.class)
                .setValue(TestRecords.TUESDAY.plusDays(2)));
        app.waitIdle();
        assertThat(table(robot).getItems()).hasSize(1);
        robot.interact(() -> robot.lookup("#tomorrow-day").queryAs(DatePicker.class).setValue(TestRecords.TUESDAY));
        app.waitIdle();
        TomorrowPage page = (TomorrowPage) app.window.pageShown();
        String[] words = new String[1];
        robot.interact(() -> {
            javafx.scene.layout.VBox sheet = page.sheet();
            words[0] = sheet.lookupAll(".label").stream().map(n -> ((Label) n).getText())
                    .collect(Collectors.joining("|"));
            // the sheet as it goes to the printer, for people to look at
            Snapshots.save(new javafx.scene.Scene(sheet), "print", "tomorrow-sheet");
        });
        assertThat(words[0]).contains("Day-before calls: ", "12:10", "Proba Alfa · 555-0101", "Proba Beta",
                "West 3B", "☑", "☐");
        if (!Printing.hasPrinter()) {
            robot.clickOn("#tomorrow-print");
            app.waitIdle();
            assertThat(robot.lookup("No printer is set up on this computer.").tryQuery()).isPresent();
            robot.type(KeyCode.ESCAPE);
            app.waitIdle();
        }
    }

    @Test
    void theViewModelFindsTheNextVisitingDay() {
        LocalDate[] day = new LocalDate[1];
        TomorrowViewModel m = new TomorrowViewModel(app.workspace, app.background);
        org.testfx.util.WaitForAsyncUtils.asyncFx(m::load);
        app.waitIdle();
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> day[0] = m.dayProperty().get());
        app.waitIdle();
        assertThat(day[0]).isEqualTo(TestRecords.TUESDAY);
        assertThat(m.all()).hasSize(2);
    }
}
