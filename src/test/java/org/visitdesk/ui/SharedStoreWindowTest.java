package org.visitdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.visitdesk.app.Workspace;
import org.visitdesk.storage.Store;
import org.visitdesk.storage.TestStores;

/** The window on a shared store: no passphrase warning, and the shield says that the server keeps it safe. */
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
