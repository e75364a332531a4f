package org.visitdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.visitdesk.app.DetaineeListing;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.DetaineeStatus;
import org.visitdesk.storage.Store;
import org.visitdesk.storage.TestStores;

/**
 * The window on a shared store: no passphrase warning, the shield says that the server keeps it safe, and what
 * another coordinator saves shows without a restart.
 */
@ExtendWith(ApplicationExtension.class)
class SharedStoreWindowTest {

    @TempDir
    Path dir;

    private TestStores.Place place;
    private UiFixture app;

    @BeforeAll
    static void server() {
        // before the window starts: without a server this fails in CI and is skipped on a developer's machine
        TestStores.requireServer();
    }

    @Start
    void start(Stage stage) {
        place = TestStores.place(Store.Engine.POSTGRESQL, dir);
        app = UiFixture.start(stage, dir, Workspace.openShared(place.url(), place.password(), dir, UiFixture.clock()));
        app.window.setSafety(new SafetyDialog.Actions() {
            @Override
            public Workspace workspace() {
                return app.workspace;
            }

            @Override
            public void changePassphrase(char[] oldPassphrase, char[] newPassphrase) {
                throw new AssertionError("a shared store has no passphrase to change");
            }

            @Override
            public void restore(Path backup, char[] passphraseOfBackup, Workspace.ProtectionChange change) {
                throw new AssertionError("a shared store is restored by its server");
            }
        });
    }

    @AfterEach
    void close() {
        try {
            if (app != null) {
                app.close();
            }
        } finally {
            if (place != null) {
                place.close();
            }
        }
    }

    private static Detainee fake(Workspace ws, String aNumber, String family) {
        return new Detainee(0, ANumber.parse(aNumber).orElseThrow(), family, "Prueba", null, "Honduras",
                List.of("Spanish"), "", ws.facilities().listAll().get(0).id(), "West 3A", DetaineeStatus.DETAINED,
                null, "");
    }

    @Test
    void anotherCoordinatorsSaveShowsInTheListAndTheStatusBarSaysWhoAndWhenWithoutARestart(FxRobot robot)
            throws Exception {
        app.waitIdle();
        try (Workspace theirs = Workspace.openShared(place.url(), place.password(), dir.resolve("theirs"),
                UiFixture.clock())) {
            theirs.detainees().save(fake(theirs, "A999000081", "Uno"));
            Label note = robot.lookup("#others-changes").queryAs(Label.class);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, note::isVisible);
            String user = place.url().replaceFirst(".*[?&]user=([^&]+).*", "$1");
            assertThat(note.getText()).matches("Detainees changed by " + user + " at \\d\\d:\\d\\d");

            robot.clickOn("#nav-detainees");
            app.waitIdle();
            @SuppressWarnings("unchecked")
            TableView<DetaineeListing> table = robot.lookup("#detainee-table").queryAs(TableView.class);
            assertThat(table.getItems()).hasSize(1);
            robot.interact(() -> table.getSelectionModel().select(0));
            theirs.detainees().save(fake(theirs, "A999000082", "Dos"));
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
            app.waitIdle();
            // the row chosen stays chosen
            assertThat(table.getSelectionModel().getSelectedItem().detainee().familyName()).isEqualTo("Uno");
        }
    }

    @Test
    void theShieldSaysThatTheServersBackupsAreTheWayAndNoPassphraseWarningShows(FxRobot robot) {
        app.waitIdle();
        assertThat(app.workspace.shared()).isTrue();
        Label warning = robot.lookup("#unprotected-warning").queryAs(Label.class);
        assertThat(warning.isVisible()).isFalse();
        // the status bar says which store is open
        assertThat(robot.lookup(".status-bar .label").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(t -> assertThat(t).startsWith("Records on the shared store localhost:")
                        .contains("user=").doesNotContain("jdbc:"));
        robot.clickOn("#safety");
        app.waitIdle();
        DialogPane note = robot.lookup(".dialog-pane").queryAll().stream().map(n -> (DialogPane) n)
                .filter(p -> p.getHeaderText() != null && p.getHeaderText().contains("pg_dump")).findFirst()
                .orElseThrow();
        assertThat(note.getContentText()).contains("no VisitDesk passphrase");
        assertThat(robot.lookup("#safety-backups").tryQuery()).isEmpty();
    }
}
