package org.visitdesk.ui.facilities;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.visitdesk.app.FacilityService.FacilityRules;
import org.visitdesk.domain.BlackoutDay;
import org.visitdesk.domain.Facility;
import org.visitdesk.ui.UiFixture;

/** The Facilities page on a real store: the seeded schedule is shown, and edits reach the store only on Save. */
@ExtendWith(ApplicationExtension.class)
class FacilitiesPageTest {

    @TempDir
    Path dir;

    private UiFixture app;

    @Start
    void start(Stage stage) {
        app = UiFixture.start(stage, dir);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private long openFacilitiesPage(FxRobot robot) {
        app.waitIdle();
        robot.clickOn("#welcome-empty");
        app.waitIdle();
        robot.clickOn("#nav-facilities");
        app.waitIdle();
        ListView<Facility> list = robot.lookup("#facility-list").queryListView();
        assertThat(list.getItems()).extracting(Facility::name).containsExactly("Adelanto ICE Processing Center");
        assertThat(list.getSelectionModel().getSelectedItem()).as("the only facility is opened").isNotNull();
        return list.getSelectionModel().getSelectedItem().id();
    }

    @Test
    void seededFacilityShowsItsWindowsAndAnAddedBlackoutIsSaved(FxRobot robot) {
        long id = openFacilitiesPage(robot);

        TableView<WindowRow> windows = robot.lookup("#window-table").queryTableView();
        assertThat(windows.getItems()).hasSize(22);
        assertThat(robot.lookup("#facility-name").queryAs(TextField.class).getText())
                .isEqualTo("Adelanto ICE Processing Center");
        assertThat(robot.lookup("#facility-capacity").queryAs(TextField.class).getText()).isEqualTo("10");
        assertThat(robot.lookup("#facility-notes").queryAs(TextArea.class).getText()).contains("assumption");
        // the blank-unit hint and the windows' fields are drawn as real controls
        assertThat(robot.lookup("#window-table .window-start").queryAllAs(TextField.class))
                .extracting(TextField::getText).contains("11:00");
        assertThat(robot.lookup("#facility-unsaved").query().isVisible()).isFalse();

        robot.clickOn("#tab-blackouts");
        robot.clickOn("#blackout-add");
        robot.clickOn("#field-blackoutFrom").write("2026-12-24");
        robot.clickOn("#field-blackoutReason").write("Holiday closure");
        robot.clickOn("#dialog-save");
        app.waitIdle();
        TableView<BlackoutDay> blackouts = robot.lookup("#blackout-table").queryTableView();
        assertThat(blackouts.getItems()).hasSize(1);
        assertThat(robot.lookup("#facility-unsaved").query().isVisible()).as("unsaved marker").isTrue();
        assertThat(app.workspace.facilities().rules(id).blackouts()).as("not saved before Save").isEmpty();

        robot.clickOn("#facility-save");
        app.waitIdle();

        FacilityRules stored = app.workspace.facilities().rules(id);
        assertThat(stored.blackouts()).singleElement().satisfies(b -> {
            assertThat(b.from()).isEqualTo(LocalDate.of(2026, 12, 24));
            assertThat(b.to()).as("a single day: to defaults to from").isEqualTo(LocalDate.of(2026, 12, 24));
            assertThat(b.reason()).isEqualTo("Holiday closure");
        });
        assertThat(stored.windows()).hasSize(22);
        assertThat(robot.lookup("#facility-unsaved").query().isVisible()).isFalse();

        // the change is in the facility's history, with what was added
        robot.clickOn("#tab-history");
        app.waitIdle();
        javafx.scene.control.ListView<?> history = robot.lookup("#history-list").queryListView();
        assertThat(history.getItems()).isNotEmpty();
        assertThat(org.visitdesk.ui.HistoryTabs.describe((org.visitdesk.app.HistoryEntry) history.getItems().get(0)))
                .contains("Holiday closure");
    }

    @Test
    void endTimeBeforeStartIsMarkedAndNothingIsSaved(FxRobot robot) {
        long id = openFacilitiesPage(robot);
        TextField firstEnd = robot.lookup("#window-table .window-end").queryAllAs(TextField.class).stream()
                .filter(t -> t.getText().equals("12:00")).findFirst().orElseThrow();
        robot.doubleClickOn(firstEnd).eraseText(firstEnd.getText().length() + 2).write("10:45");
        robot.clickOn("#facility-capacity").eraseText(2).write("12");
        robot.clickOn("#facility-save");
        app.waitIdle();

        assertThat(firstEnd.getPseudoClassStates()).as("the end time is marked").contains(Styles.STATE_DANGER);
        assertThat(robot.lookup(".form-error").queryAs(Label.class).getText()).contains("Nothing was saved");
        FacilityRules stored = app.workspace.facilities().rules(id);
        assertThat(stored.facility().roomCapacity()).isEqualTo(10);
        assertThat(stored.windows()).isNotEmpty().noneMatch(w -> w.end().equals(LocalTime.of(10, 45)));
        assertThat(robot.lookup("#facility-unsaved").query().isVisible()).isTrue();

        robot.clickOn("#facility-revert");
        app.waitIdle();
        assertThat(robot.lookup("#facility-capacity").queryAs(TextField.class).getText()).isEqualTo("10");
        assertThat(robot.lookup("#facility-unsaved").query().isVisible()).isFalse();
    }
}
