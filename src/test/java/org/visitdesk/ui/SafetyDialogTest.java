package org.visitdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.visitdesk.app.Workspace;

/** The safety dialog lists the backups of the data folder, and one can be chosen for a restore. */
@ExtendWith(ApplicationExtension.class)
class SafetyDialogTest {

    @TempDir
    Path dir;

    private UiFixture app;
    private final List<Path> restored = new ArrayList<>();
    private final List<Workspace.ProtectionChange> accepted = new ArrayList<>();

    @Start
    void start(Stage stage) {
        app = UiFixture.start(stage, dir);
        app.window.setSafety(new SafetyDialog.Actions() {
            @Override
            public Workspace workspace() {
                return app.workspace;
            }

            @Override
            public void changePassphrase(char[] oldPassphrase, char[] newPassphrase) {
                throw new AssertionError("not asked for");
            }

            @Override
            public void restore(Path backup, char[] passphraseOfBackup, Workspace.ProtectionChange change) {
                restored.add(backup);
                accepted.add(change);
            }
        });
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theBackupsOfTheFolderAreListedAndTheChosenOneCanBeRestored(FxRobot robot) {
        app.waitIdle();
        Path first = app.workspace.backupAutomatic("daily");
        Path second = app.workspace.backupAutomatic("close");
        robot.clickOn("#safety");
        app.waitIdle();
        ListView<Workspace.BackupInfo> list = robot.lookup("#safety-backups").queryListView();
        assertThat(list.getItems()).extracting(Workspace.BackupInfo::path).containsExactlyInAnyOrder(first, second);
        // a window manager may give the dialog its minimum size (openbox did): the list must still show backups
        javafx.stage.Window dialog = list.getScene().getWindow();
        robot.interact(() -> dialog.setHeight(120));
        app.waitIdle();
        assertThat(list.getHeight()).as("height of the backup list in the smallest dialog").isGreaterThanOrEqualTo(150);
        robot.interact(dialog::sizeToScene);
        app.waitIdle();
        Button restore = robot.lookup("#safety-restore-selected").queryButton();
        assertThat(restore.isDisabled()).isTrue();
        Path chosen = list.getItems().get(1).path();
        robot.clickOn(robot.lookup("#safety-backups .list-cell").nth(1).queryAs(javafx.scene.Node.class));
        assertThat(restore.isDisabled()).isFalse();
        robot.clickOn(restore);
        robot.clickOn("#safety-restore-confirm");
        app.waitIdle();
        assertThat(restored).containsExactly(chosen);
    }

    @Test
    void aBackupWithAPassphraseOverRecordsWithoutOneIsSaidBeforeItIsRestored(FxRobot robot) throws Exception {
        app.waitIdle();
        Path other = dir.resolveSibling(dir.getFileName() + "-protected");
        Path backup;
        try (Workspace ws = Workspace.open(other, UiFixture.clock(), "una frase bastante larga".toCharArray())) {
            backup = ws.backupAutomatic("close");
        }
        Path folder = java.nio.file.Files.createDirectories(app.workspace.folder().resolve("backups"));
        Path listed = java.nio.file.Files.copy(backup, folder.resolve(backup.getFileName()));
        robot.clickOn("#safety");
        app.waitIdle();
        ListView<Workspace.BackupInfo> list = robot.lookup("#safety-backups").queryListView();
        assertThat(list.getItems()).extracting(Workspace.BackupInfo::path).containsExactly(listed);
        robot.clickOn(robot.lookup("#safety-backups .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.clickOn("#safety-restore-selected");
        app.waitIdle();
        javafx.scene.control.DialogPane warning = robot.lookup(".dialog-pane").queryAll().stream()
                .map(n -> (javafx.scene.control.DialogPane) n)
                .filter(p -> p.getContentText() != null && p.getContentText().contains("passphrase"))
                .findFirst().orElseThrow();
        assertThat(warning.getContentText()).contains("protected by a passphrase", "open only with");
        robot.clickOn("#safety-restore-confirm");
        app.waitIdle();
        assertThat(restored).containsExactly(listed);
        assertThat(accepted).containsExactly(Workspace.ProtectionChange.PROTECTS);
    }

    @Test
    void theWindowSaysWhenTheRecordsAreRecoveredAfterAnUnexpectedStop(FxRobot robot) {
        app.waitIdle();
        robot.interact(app.window::recovering);
        assertThat(robot.lookup("#recovering").queryLabeled().getText())
                .isEqualTo("Recovering after an unexpected stop…");
        assertThat(robot.lookup(".progress-indicator").tryQuery()).isPresent();
    }

    @Test
    void aTypedPassphraseIsTakenAsCharactersAndTheFieldIsEmptiedAfter(FxRobot robot) {
        javafx.scene.control.PasswordField field = new javafx.scene.control.PasswordField();
        char[][] taken = new char[1][];
        robot.interact(() -> {
            field.setText("tres tristes tigres");
            taken[0] = PassphraseDialog.take(field);
        });
        assertThat(new String(taken[0])).isEqualTo("tres tristes tigres");
        assertThat(field.getCharacters().length()).isZero();
        assertThat(PassphraseDialog.check("tres tristes tigres", new StringBuilder("tres tristes tigres"))).isNull();
        assertThat(PassphraseDialog.check("tres tristes tigres", "tres tristes tigras")).isNotNull();
    }
}
