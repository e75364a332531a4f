package org.visitdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The tour's rule for words left in English: what it flags, and what it leaves alone, in words and on a screen. */
@ExtendWith(ApplicationExtension.class)
class LeftInEnglishTest {

    private final LeftInEnglish rule = LeftInEnglish.ofTheApp();
    private VBox screen;

    /** A Spanish screen with English planted in it: a button's word, a message, a prompt; and typed data. */
    @Start
    void start(Stage stage) {
        TextField typed = new TextField("Sunday visits only");
        TextField prompted = new TextField();
        prompted.setPromptText("Search");
        Label hidden = new Label("Cancel");
        hidden.setVisible(false);
        screen = new VBox(8, new Label("Cancelar"), new Label("Today"), new Label("No conflicts"), typed, prompted,
                hidden);
        stage.setScene(new Scene(screen, 300, 300));
        stage.show();
    }

    @Test
    void findsWhatIsPlantedOnAScreenAndOnlyThat(FxRobot robot) {
        List<String> left = new ArrayList<>();
        robot.interact(() -> left.addAll(rule.find(screen)));
        assertThat(left).hasSize(3).anyMatch(s -> s.startsWith("\"Today\""))
                .anyMatch(s -> s.startsWith("\"No conflicts\"")).anyMatch(s -> s.startsWith("\"Search\""));
    }

    @Test
    void flagsEnglishMessagesWholeAndFormatted() {
        assertThat(rule.why("Cancel", false)).isNotNull();
        assertThat(rule.why("  No conflicts ", false)).as("drawn with spaces around").isNotNull();
        assertThat(rule.why("3 problems found. Fix these cells in the spreadsheet and try again; nothing has been "
                + "imported.", false)).as("a message with arguments").isNotNull();
        assertThat(rule.why("1 person left more than 365 days ago; 4 visits will be kept without their names.",
                false)).as("a message with plurals").isNotNull();
    }

    @Test
    void flagsWhatLibrariesDrawInEnglish() {
        assertThat(rule.why("Today", false)).isNotNull();
        assertThat(rule.why("All Day", false)).isNotNull();
        assertThat(rule.why("OK", false)).isNotNull();
        assertThat(rule.why("Mon 7", false)).isNotNull();
        assertThat(rule.why("Monday, December 7, 2026", false)).isNotNull();
        assertThat(rule.why("7 AM", false)).isNotNull();
    }

    @Test
    void leavesSpanishAndDataAlone() {
        assertThat(rule.why("Cancelar", false)).isNull();
        assertThat(rule.why("No", false)).as("Spanish too").isNull();
        assertThat(rule.why("Sin conflictos", false)).isNull();
        assertThat(rule.why("Se encontraron 3 problemas. Corrija esas celdas en la hoja de cálculo e inténtelo de "
                + "nuevo; no se ha importado nada.", false)).isNull();
        assertThat(rule.why("3 de 10", false)).as("too few fixed words to tell").isNull();
        assertThat(rule.why("lunes, 7 de diciembre de 2026", false)).isNull();
        assertThat(rule.why("mar 8 dic", false)).isNull();
        assertThat(rule.why("Mar 8", false)).as("Mar is Spanish for Tuesday too").isNull();
        assertThat(rule.why("Spanish; K'iche'", false)).as("languages as the records hold them").isNull();
        assertThat(rule.why("Liu, Jun", false)).as("a name, no date").isNull();
        assertThat(rule.why("Sunday", false)).as("a weekday alone").isNotNull();
        assertThat(rule.why("Hoy", false)).isNull();
        assertThat(rule.why("Sunday visits only", true)).as("typed into a field: data").isNull();
    }

    @Test
    void messagesWithFewFixedLettersMakeNoPattern() {
        assertThat(LeftInEnglish.pattern("{0,number,integer} of {1,number,integer}")).isNull();
        assertThat(LeftInEnglish.pattern("Visits of ''{0}'' this week")).isNotNull()
                .satisfies(p -> assertThat(p.matcher("Visits of 'Ana' this week").matches()).isTrue());
    }
}
