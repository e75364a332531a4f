package org.visitdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.visitdesk.app.Messages;

/** The language is switched in the window, and every page reads its words again. */
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchTest {

    @TempDir
    Path dir;

    private UiFixture app;
    private final Locale before = Locale.getDefault();

    @Start
    void start(Stage stage) {
        // one person, so that the window opens on its pages and not on the welcome page
        app = UiFixture.start(stage, dir, ws -> TestRecords.person(ws, "A999000001", "Uno", "West 3A"));
    }

    @AfterEach
    void close() {
        Messages.setLocale(Locale.ENGLISH);
        Locale.setDefault(before);
        app.close();
    }

    @Test
    void spanishThenEnglishAgain(FxRobot robot) {
        app.waitIdle();
        assertThat(robot.lookup("#nav-calendar").queryAs(ToggleButton.class).getText()).isEqualTo("Calendar");
        @SuppressWarnings("unchecked")
        ComboBox<Locale> language = robot.lookup("#language").queryAs(ComboBox.class);
        robot.interact(() -> language.setValue(Locale.forLanguageTag("es")));
        app.waitIdle();

        assertThat(robot.lookup("#nav-calendar").queryAs(ToggleButton.class).getText()).isEqualTo("Calendario");
        assertThat(robot.lookup("#nav-detainees").queryAs(ToggleButton.class).getText())
                .isEqualTo("Personas detenidas");
        assertThat(Locale.getDefault().getLanguage()).as("CalendarFX and JavaFX follow").isEqualTo("es");
        robot.clickOn("#nav-detainees");
        app.waitIdle();
        assertThat(robot.lookup("#detainee-add").queryButton().getText()).isEqualTo("Añadir");

        @SuppressWarnings("unchecked")
        ComboBox<Locale> again = robot.lookup("#language").queryAs(ComboBox.class);
        robot.interact(() -> again.setValue(Locale.ENGLISH));
        app.waitIdle();
        assertThat(robot.lookup("#detainee-add").queryButton().getText()).isEqualTo("Add");
    }
}
