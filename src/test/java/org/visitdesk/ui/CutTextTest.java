package org.visitdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The cut-text finder finds what "…" hides, and nothing else. */
@ExtendWith(ApplicationExtension.class)
class CutTextTest {

    private VBox root;

    @Start
    void start(Stage stage) {
        Label whole = new Label("Short words");
        whole.setId("whole");
        Label cut = new Label("A sentence far too long for the room it was given on the screen");
        cut.setId("cut");
        cut.setMaxWidth(120);
        Label wrapped = new Label("A sentence far too long for one line, but it wraps onto the next ones");
        wrapped.setId("wrapped");
        wrapped.setWrapText(true);
        wrapped.setMaxWidth(120);
        wrapped.setMinHeight(Label.USE_PREF_SIZE);
        Button withIcon = new Button("_Save", new FontIcon("fth-save"));
        withIcon.setMnemonicParsing(true);
        Label hidden = new Label("Hidden and far too long for its room, but nobody sees it");
        hidden.setMaxWidth(40);
        hidden.setVisible(false);
        // a calendar entry's way: cut between words, said whole by its tooltip on hover
        Label entry = new Label("\u26A0 Prueba Nombre Muy Largo de la Cruz Ejemplo");
        entry.setMaxWidth(120);
        entry.setTooltip(new Tooltip("Prueba Nombre Muy Largo de la Cruz Ejemplo\nWest 3A, 09:00"));
        Label tipElsewhere = new Label("A sentence far too long whose tooltip says something else");
        tipElsewhere.setId("tip-elsewhere");
        tipElsewhere.setMaxWidth(120);
        tipElsewhere.setTooltip(new Tooltip("Something else"));
        root = new VBox(8, whole, cut, wrapped, withIcon, hidden, entry, tipElsewhere);
        root.setMaxWidth(300);
        stage.setScene(new Scene(root, 300, 400));
        stage.show();
    }

    @Test
    void findsTheShortenedLabelOnly(FxRobot robot) {
        assertThat(CutText.find(root)).hasSize(2).first().satisfies(c -> {
            assertThat(c.labeled().getId()).isEqualTo("cut");
            assertThat(c.shown()).endsWith("...");
            assertThat(c.toString()).startsWith("#cut shows");
        });
        assertThat(CutText.inShowingWindows()).extracting(c -> c.labeled().getId())
                .containsExactly("cut", "tip-elsewhere");
    }

    @Test
    void aCutSaidWholeByItsTooltipIsReadableOnHover() {
        assertThat(CutText.saidOnHover("\u2716 Ana Prueba", "Ana Prueba\nWest 3A")).isTrue();
        assertThat(CutText.saidOnHover("Ana Prueba", "Ana\nWest 3A")).isFalse();
        assertThat(CutText.saidOnHover("Ana Prueba", null)).isFalse();
        assertThat(CutText.saidOnHover("\u2716", "anything")).isFalse();
        assertThat(CutText.showsAWord("\u26A0 Xhu...")).isTrue();
        assertThat(CutText.showsAWord("\u26A0 ...")).isFalse();
        assertThat(CutText.showsAWord("\u2026")).isFalse();
    }

    @Test
    void mnemonicsAreNotCuts() {
        assertThat(CutText.same("_Save", "Save", true)).isTrue();
        assertThat(CutText.same("_Save", "Save", false)).isFalse();
        assertThat(CutText.same("Save all", "Save…", true)).isFalse();
    }
}
