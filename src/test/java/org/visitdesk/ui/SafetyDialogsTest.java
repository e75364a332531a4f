package org.visitdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.visitdesk.app.Messages;

/**
 * The first start's passphrase dialog and the safety dialog show every sentence whole, in English and Spanish,
 * and the first start offers a passphrase of random words to take, copy, draw again or replace.
 */
@ExtendWith(ApplicationExtension.class)
class SafetyDialogsTest {

    static final Locale ES = Locale.forLanguageTag("es");

    @TempDir
    Path dir;

    private UiFixture app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = UiFixture.start(stage, dir);
        stage.setWidth(1200);
        stage.setHeight(760);
    }

    @AfterEach
    void close() {
        Messages.setLocale(Locale.ENGLISH);
        app.close();
    }

    /** Opens the first-run dialog; the answer arrives when it closes. */
    private CompletableFuture<Optional<PassphraseDialog.Choice>> firstRun(FxRobot robot, Locale language) {
        Messages.setLocale(language);
        CompletableFuture<Optional<PassphraseDialog.Choice>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(PassphraseDialog.firstRun(stage)));
        WaitForAsyncUtils.waitForFxEvents();
        return answer;
    }

    private static Window dialog() {
        return Window.getWindows().stream().filter(w -> w.getScene().getRoot() instanceof DialogPane).findFirst()
                .orElseThrow();
    }

    @Test
    void theFirstStartShowsEverySentenceWholeInBothLanguages(FxRobot robot) throws Exception {
        for (Locale language : List.of(Locale.ENGLISH, ES)) {
            CompletableFuture<Optional<PassphraseDialog.Choice>> answer = firstRun(robot, language);
            assertThat(CutText.find(dialog().getScene().getRoot())).as("cut text, " + language).isEmpty();
            Window d = dialog();
            assertThat(d.getHeight()).as("fits a 1024 x 700 screen").isLessThan(700);
            robot.interact(() -> Snapshots.save(d.getScene(), "dialogs", "first-start-" + language));
            robot.clickOn("#passphrase-without");
            assertThat(answer.get(10, TimeUnit.SECONDS)).hasValueSatisfying(c -> assertThat(c.declined()).isTrue());
        }
    }

    @Test
    void theSuggestionCanBeTakenOnceWrittenDown(FxRobot robot) throws Exception {
        CompletableFuture<Optional<PassphraseDialog.Choice>> answer = firstRun(robot, ES);
        TextField suggestion = robot.lookup("#passphrase-suggestion").queryAs(TextField.class);
        String first = suggestion.getText();
        assertThat(first.split("-")).hasSize(6);
        assertThat(robot.lookup("#passphrase-strength").queryAs(Label.class).getText()).contains("bits", "6");

        robot.clickOn("#passphrase-another");
        String second = suggestion.getText();
        assertThat(second).isNotEqualTo(first);
        robot.clickOn("#passphrase-copy");
        assertThat(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get())
                .isEqualTo(second);

        robot.clickOn("#passphrase-protect");
        assertThat(answer).as("not taken before it is written down").isNotDone();
        assertThat(robot.lookup("#passphrase-problem").queryAs(Label.class).getText()).contains("Anote");
        robot.clickOn("#passphrase-written");
        robot.clickOn("#passphrase-protect");
        PassphraseDialog.Choice c = answer.get(10, TimeUnit.SECONDS).orElseThrow();
        assertThat(new String(c.passphrase())).isEqualTo(second);
    }

    @Test
    void ownPassphraseReplacesTheSuggestion(FxRobot robot) throws Exception {
        CompletableFuture<Optional<PassphraseDialog.Choice>> answer = firstRun(robot, Locale.ENGLISH);
        robot.clickOn("#passphrase-use-own");
        robot.clickOn("#passphrase-new").write("river stone lantern");
        robot.clickOn("#passphrase-again").write("river stone lantern!");
        robot.clickOn("#passphrase-protect");
        assertThat(robot.lookup("#passphrase-problem").queryAs(Label.class).getText()).contains("not the same");
        robot.doubleClickOn("#passphrase-again").eraseText(30).write("river stone lantern");
        robot.clickOn("#passphrase-protect");
        assertThat(new String(answer.get(10, TimeUnit.SECONDS).orElseThrow().passphrase()))
                .isEqualTo("river stone lantern");
    }

    @Test
    void theSafetyDialogShowsEverySentenceWholeInBothLanguages(FxRobot robot) {
        app.waitIdle();
        for (Locale language : List.of(Locale.ENGLISH, ES)) {
            Messages.setLocale(language);
            robot.interact(() -> SafetyDialog.show(stage, app.background, new SafetyDialog.Actions() {
                @Override
                public org.visitdesk.app.Workspace workspace() {
                    return app.workspace;
                }

                @Override
                public void changePassphrase(char[] oldPassphrase, char[] newPassphrase) {
                }

                @Override
                public void restore(Path backup, char[] passphraseOfBackup,
                        org.visitdesk.app.Workspace.ProtectionChange protectionChange) {
                }
            }));
            app.waitIdle();
            Window d = dialog();
            assertThat(robot.lookup("#safety-state").queryAs(Label.class).getText()).isEqualTo(
                    Messages.get("safety.state.plain"));
            assertThat(CutText.find(d.getScene().getRoot())).as("cut text, " + language).isEmpty();
            assertThat(d.getHeight()).as("fits a 1024 x 700 screen").isLessThan(700);
            robot.interact(() -> Snapshots.save(d.getScene(), "dialogs", "safety-" + language));
            robot.interact(d::hide);
        }
    }
}
