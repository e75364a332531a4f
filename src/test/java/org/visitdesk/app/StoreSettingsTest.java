package org.visitdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings about the records live in their store: each data folder has its own, and they survive a restart. */
class StoreSettingsTest {

    @TempDir
    Path dir;

    @Test
    void eachDataFolderKeepsItsOwnSettings() throws Exception {
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        Path exports = Files.createDirectories(dir.resolve("exports"));
        try (Workspace a = Workspace.open(one); Workspace b = Workspace.open(two)) {
            assertThat(a.settings().exportFolder()).isEmpty();
            assertThat(a.settings().passphraseDeclined()).isFalse();
            a.settings().setExportFolder(exports);
            a.settings().setPassphraseDeclined(true);
            assertThat(b.settings().exportFolder()).as("another folder is not touched").isEmpty();
            assertThat(b.settings().passphraseDeclined()).isFalse();
        }
        try (Workspace a = Workspace.open(one); Workspace b = Workspace.open(two)) {
            assertThat(a.settings().exportFolder()).contains(exports.toAbsolutePath());
            assertThat(a.settings().passphraseDeclined()).isTrue();
            assertThat(b.settings().exportFolder()).isEmpty();
        }
    }

    @Test
    void theyTravelWithABackup() throws Exception {
        Path folder = dir.resolve("records");
        Path zip = dir.resolve("backup.zip");
        try (Workspace ws = Workspace.open(folder)) {
            ws.settings().setExportFolder(dir);
            ws.backupTo(zip);
        }
        Path elsewhere = dir.resolve("restored");
        Workspace.open(elsewhere).close();
        Workspace.restore(elsewhere, zip, null);
        try (Workspace ws = Workspace.open(elsewhere)) {
            assertThat(ws.settings().exportFolder()).contains(dir.toAbsolutePath());
        }
    }
}
