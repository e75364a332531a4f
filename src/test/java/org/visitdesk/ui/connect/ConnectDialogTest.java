package org.visitdesk.ui.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
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
import org.visitdesk.app.ProblemException;
import org.visitdesk.app.SharedAddress;
import org.visitdesk.app.Workspace;
import org.visitdesk.ui.AppStyle;
import org.visitdesk.ui.CutText;
import org.visitdesk.ui.FxBackground;
import org.visitdesk.ui.Settings;

/** The connect dialog on screen: typed, tried (what is wrong said in it), connected; and the password at start. */
@ExtendWith(ApplicationExtension.class)
class ConnectDialogTest {

    @TempDir
    Path dir;

    private final Preferences node = Preferences.userRoot().node("org/visitdesk-connect-dialog-test-" + ProcessHandle
            .current().pid());
    private final List<String> asked = new ArrayList<>();
    private volatile boolean refuse = true;
    private Workspace opened;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Scene scene = new Scene(new StackPane(), 1024, 700);
        AppStyle.add(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void clean() throws BackingStoreException {
        Messages.setLocale(Locale.ENGLISH);
        node.removeNode();
        if (opened != null) {
            opened.close();
        }
    }

    private final ConnectViewModel.Opener server = new ConnectViewModel.Opener() {
        @Override
        public void tryOpen(String url, char[] password) {
            asked.add("try " + url + " " + new String(password));
            if (refuse) {
                throw new ProblemException("store.SHARED_WRONG_PASSWORD", "in English", null);
            }
        }

        @Override
        public Workspace open(String url, String coordinatorName, char[] password) {
            asked.add("open " + url + " " + new String(password) + " as " + coordinatorName);
            opened = Workspace.open(dir);
            return opened;
        }
    };

    private static Window dialog() {
        return Window.getWindows().stream().filter(w -> w.getScene().getRoot() instanceof DialogPane).findFirst()
                .orElseThrow();
    }

    private static boolean dialogShowing() {
        return Window.getWindows().stream().anyMatch(w -> w.getScene().getRoot() instanceof DialogPane);
    }

    @Test
    void typedTriedAndConnectedWithWhatWentWrongSaidInTheDialog(FxRobot robot) throws Exception {
        Settings settings = new Settings(node);
        CompletableFuture<Workspace> connected = new CompletableFuture<>();
        robot.interact(() -> ConnectDialog.show(stage, new ConnectViewModel(settings, new FxBackground(), server),
                connected::complete));
        assertThat(CutText.find(dialog().getScene().getRoot())).as("cut text").isEmpty();
        assertThat(dialog().getHeight()).as("fits a 1024 x 700 screen").isLessThan(700);
        robot.clickOn("#field-host").write("db.example.org");
        robot.clickOn("#field-database").write("visitdesk");
        robot.clickOn("#field-user").write("ana");
        robot.clickOn("#field-password").write("s3cret-typed");
        robot.clickOn("#field-name").write("Ana");
        robot.clickOn("#connect-test");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> !robot.lookup("#connect-outcome").queryAs(Label.class).getText().startsWith("Trying")
                        && !robot.lookup("#connect-outcome").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#connect-outcome").queryAs(Label.class).getText())
                .isEqualTo(Messages.get("connect.wrongPassword"));
        assertThat(CutText.find(dialog().getScene().getRoot())).as("cut text with the problem").isEmpty();

        refuse = false;
        robot.clickOn("#connect-test");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#connect-outcome").queryAs(Label.class).getText().equals(
                        Messages.get("connect.works")));
        // the try left the password in its field for Connect
        robot.clickOn("#connect-connect");
        assertThat(connected.get(10, TimeUnit.SECONDS)).isSameAs(opened);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogShowing()).isFalse();
        assertThat(asked).containsExactly(
                "try jdbc:postgresql://db.example.org:5432/visitdesk?user=ana s3cret-typed",
                "try jdbc:postgresql://db.example.org:5432/visitdesk?user=ana s3cret-typed",
                "open jdbc:postgresql://db.example.org:5432/visitdesk?user=ana s3cret-typed as Ana");
        assertThat(settings.sharedAddress()).isEqualTo(new SharedAddress("db.example.org", 5432, "visitdesk", "ana",
                false));
    }

    @Test
    void theSpanishDialogIsWhole(FxRobot robot) {
        Messages.setLocale(Locale.forLanguageTag("es"));
        robot.interact(() -> ConnectDialog.show(stage, new ConnectViewModel(new Settings(node), new FxBackground(),
                server), ws -> { }));
        assertThat(CutText.find(dialog().getScene().getRoot())).as("cut text").isEmpty();
        assertThat(robot.lookup("#connect-test").queryButton().getText()).isEqualTo("Probar la conexión");
        robot.interact(() -> ((javafx.stage.Stage) dialog()).close());
    }

    @Test
    void atStartThePasswordIsAskedWithAWayBackToThisComputersStore(FxRobot robot) throws Exception {
        SharedAddress where = new SharedAddress("db.example.org", 5432, "visitdesk", "ana", true);
        CompletableFuture<Optional<ConnectDialog.Answer>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(ConnectDialog.askPassword(stage, where,
                Messages.get("connect.wrongPassword"))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#connect-ask-problem").queryAs(Label.class).getText())
                .isEqualTo(Messages.get("connect.wrongPassword"));
        assertThat(CutText.find(dialog().getScene().getRoot())).as("cut text").isEmpty();
        robot.clickOn("#connect-ask-password").write("typed-at-start");
        robot.clickOn("#connect-ask-connect");
        Optional<ConnectDialog.Answer> typed = answer.get(10, TimeUnit.SECONDS);
        assertThat(typed).hasValueSatisfying(a -> {
            assertThat(a.thisComputer()).isFalse();
            assertThat(new String(a.password())).isEqualTo("typed-at-start");
        });

        CompletableFuture<Optional<ConnectDialog.Answer>> back = new CompletableFuture<>();
        Platform.runLater(() -> back.complete(ConnectDialog.askPassword(stage, where, null)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#connect-ask-this-computer");
        assertThat(back.get(10, TimeUnit.SECONDS)).hasValueSatisfying(a -> assertThat(a.thisComputer()).isTrue());
    }
}
