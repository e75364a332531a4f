package org.visitdesk.ui;

import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.visitdesk.app.Messages;
import org.visitdesk.app.Workspace;

/** The safety settings: the passphrase, backing up now, and restoring a backup. */
final class SafetyDialog {

    /** What the dialog asks the application to do with the open records. */
    interface Actions {
        Workspace workspace();

        void changePassphrase(char[] oldPassphrase, char[] newPassphrase);

        /**
         * Restores a backup.
         *
         * @param passphraseOfBackup null to try the passphrase in use
         * @param protectionChange a change of protection the coordinator accepted, or NONE
         */
        void restore(Path backup, char[] passphraseOfBackup, Workspace.ProtectionChange protectionChange);
    }

    private SafetyDialog() {
    }

    static void show(Stage owner, Background background, Actions actions) {
        Workspace ws = actions.workspace();
        if (ws == null) {
            return;
        }
        if (ws.shared()) {
            // no passphrase and no backup files of VisitDesk: the server protects and backs up a shared store
            new Dialogs(owner).inform(Messages.get("safety.title"), Messages.get("store.SHARED_BACKUP"),
                    Messages.get("store.SHARED_NO_PASSPHRASE"));
            return;
        }
        VBox box = new VBox(10);
        Dialog<Void> d = new Dialogs(owner).frame(Messages.get("safety.title"), Messages.get("safety.title"), box);
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);

        Label state = new Label(Messages.get(ws.encrypted() ? "safety.state.encrypted" : "safety.state.plain"));
        state.setId("safety-state");
        state.setWrapText(true);
        state.setPrefWidth(540);
        state.setMinHeight(Region.USE_PREF_SIZE);
        if (!ws.encrypted()) {
            state.getStyleClass().add("warning");
        }
        Button change = new Button(Messages.get(ws.encrypted() ? "safety.change" : "safety.protect"));
        change.setId("safety-change-passphrase");
        change.setOnAction(e -> PassphraseDialog.change(owner, ws.encrypted()).ifPresent(p -> {
            d.close();
            actions.changePassphrase(p[0], p[1]);
        }));

        Label done = new Label();
        done.setId("safety-result");
        done.setWrapText(true);
        done.setMinHeight(Region.USE_PREF_SIZE);
        Button backupNow = new Button(Messages.get("safety.backupNow"));
        backupNow.setId("safety-backup-now");
        backupNow.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setTitle(Messages.get("safety.backupNow"));
            fc.setInitialFileName("visitdesk-backup.zip");
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("ZIP", "*.zip"));
            File f = fc.showSaveDialog(owner);
            if (f != null) {
                background.run(() -> {
                    ws.backupTo(f.toPath());
                    return f.toPath();
                }, p -> done.setText(Messages.get("safety.backedUp", p.toString())), Failure::show);
            }
        });

        ListView<Workspace.BackupInfo> list = new ListView<>();
        list.setId("safety-backups");
        // room for five backups: the dialog must fit a 1024 x 700 screen
        list.setPrefHeight(150);
        // never squeezed away: a window manager may size the dialog to its minimum (it did, on Linux)
        list.setMinHeight(120);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(Messages.locale()).withZone(ZoneId.systemDefault());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Workspace.BackupInfo b, boolean empty) {
                super.updateItem(b, empty);
                setText(empty || b == null ? null : Messages.get("safety.backupLine", when.format(b.modified()),
                        Math.max(1, b.size() / 1024)));
            }
        });
        background.run(() -> Workspace.backups(ws.folder()), list.getItems()::setAll, Failure::show);
        PasswordField backupPass = new PasswordField();
        backupPass.setId("safety-restore-passphrase");
        backupPass.setPromptText(Messages.get("safety.restore.passphrase"));
        Button restoreSelected = new Button(Messages.get("safety.restore.selected"));
        restoreSelected.setId("safety-restore-selected");
        restoreSelected.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        restoreSelected.setOnAction(e -> confirmRestore(owner, background, ws,
                list.getSelectionModel().getSelectedItem().path(), backupPass, d, actions));
        Button restoreFile = new Button(Messages.get("safety.restore.file"));
        restoreFile.setId("safety-restore-file");
        restoreFile.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setTitle(Messages.get("safety.restore.file"));
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("ZIP", "*.zip"));
            File f = fc.showOpenDialog(owner);
            if (f != null) {
                confirmRestore(owner, background, ws, f.toPath(), backupPass, d, actions);
            }
        });

        box.getChildren().addAll(state, change, new Separator(), new Label(Messages.get("safety.backups")), list,
                backupPass, new HBox(8, restoreSelected, restoreFile), new Separator(), backupNow, done);
        box.setPadding(new Insets(10));
        box.setPrefWidth(560);
        d.show();
    }

    /**
     * Asks before a restore; says so when the restore would add or remove the passphrase (read from the backup's
     * file list in the background first).
     */
    private static void confirmRestore(Stage owner, Background background, Workspace ws, Path file,
            PasswordField pass, Dialog<Void> d, Actions actions) {
        background.run(() -> Workspace.protectionChange(ws.folder(), file), change -> {
            String text = Messages.get("safety.restore.confirmText");
            Dialogs.Question sure = Dialogs.Question.of(
                    Messages.get("safety.restore.confirm", file.getFileName().toString()),
                    change == Workspace.ProtectionChange.NONE ? text
                            : Messages.get("safety.restore." + change.name()) + "\n\n" + text,
                    Messages.get("safety.restore.go")).titled(Messages.get("safety.title"))
                    .yesId("safety-restore-confirm");
            if (new Dialogs(owner).confirm(change == Workspace.ProtectionChange.NONE ? sure : sure.warning())) {
                d.close();
                char[] typed = PassphraseDialog.take(pass);
                actions.restore(file, typed.length == 0 ? null : typed, change);
            }
        }, Failure::show);
    }
}
