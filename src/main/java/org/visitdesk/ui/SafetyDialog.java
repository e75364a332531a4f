package org.visitdesk.ui;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
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
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Messages.get("safety.title"));
        d.setHeaderText(Messages.get("safety.title"));
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
        change.setOnAction(e -> askNewPassphrase(owner, ws.encrypted()).ifPresent(p -> {
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
            java.io.File f = fc.showSaveDialog(owner);
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
            java.io.File f = fc.showOpenDialog(owner);
            if (f != null) {
                confirmRestore(owner, background, ws, f.toPath(), backupPass, d, actions);
            }
        });

        VBox box = new VBox(10, state, change, new Separator(), new Label(Messages.get("safety.backups")), list,
                backupPass, new HBox(8, restoreSelected, restoreFile), new Separator(), backupNow, done);
        box.setPadding(new Insets(10));
        box.setPrefWidth(560);
        d.getDialogPane().setContent(box);
        d.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        PassphraseDialog.fitToContent(d);
        d.show();
    }

    /**
     * Asks before a restore; says so when the restore would add or remove the passphrase (read from the backup's
     * file list in the background first).
     */
    private static void confirmRestore(Stage owner, Background background, Workspace ws, Path file,
            PasswordField pass, Dialog<Void> d, Actions actions) {
        background.run(() -> Workspace.protectionChange(ws.folder(), file), change -> {
            Alert sure = new Alert(change == Workspace.ProtectionChange.NONE ? Alert.AlertType.CONFIRMATION
                    : Alert.AlertType.WARNING, "", ButtonType.OK, ButtonType.CANCEL);
            sure.initOwner(owner);
            sure.setTitle(Messages.get("safety.title"));
            sure.setHeaderText(Messages.get("safety.restore.confirm", file.getFileName().toString()));
            String text = Messages.get("safety.restore.confirmText");
            if (change != Workspace.ProtectionChange.NONE) {
                text = Messages.get("safety.restore." + change.name()) + "\n\n" + text;
            }
            sure.setContentText(text);
            sure.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
            if (sure.showAndWait().filter(b -> b == ButtonType.OK).isPresent()) {
                d.close();
                char[] typed = PassphraseDialog.take(pass);
                actions.restore(file, typed.length == 0 ? null : typed, change);
            }
        }, Failure::show);
    }

    /** Old (when there is one) and new passphrase, typed twice; empty when cancelled. */
    private static Optional<char[][]> askNewPassphrase(Stage owner, boolean hasOld) {
        Dialog<char[][]> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Messages.get("safety.title"));
        d.setHeaderText(Messages.get(hasOld ? "safety.change" : "safety.protect"));
        PasswordField old = new PasswordField();
        old.setId("passphrase-old");
        old.setPromptText(Messages.get("safety.passphrase.old"));
        PasswordField one = new PasswordField();
        one.setId("passphrase-new");
        one.setPromptText(Messages.get("safety.passphrase"));
        PasswordField two = new PasswordField();
        two.setId("passphrase-again");
        two.setPromptText(Messages.get("safety.passphrase.again"));
        Label problem = PassphraseDialog.wrapped(Messages.get("safety.first.text"));
        VBox box = new VBox(10, problem, one, two);
        if (hasOld) {
            box.getChildren().add(1, old);
        }
        box.setPadding(new Insets(10));
        d.getDialogPane().setContent(box);
        ButtonType ok = new ButtonType(Messages.get("safety.change.ok"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ok).addEventFilter(javafx.event.ActionEvent.ACTION, ev -> {
            String p = PassphraseDialog.check(one.getCharacters(), two.getCharacters());
            if (p != null) {
                problem.setText(p);
                ev.consume();
            }
        });
        PassphraseDialog.fitToContent(d);
        d.setResultConverter(b -> {
            char[] before = PassphraseDialog.take(old);
            char[] chosen = PassphraseDialog.take(one);
            java.util.Arrays.fill(PassphraseDialog.take(two), '\0');
            if (b == ok) {
                return new char[][] {hasOld ? before : null, chosen};
            }
            java.util.Arrays.fill(before, '\0');
            java.util.Arrays.fill(chosen, '\0');
            return null;
        });
        return d.showAndWait();
    }
}
