package org.visitdesk.app;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.visitdesk.storage.Transactions;

/**
 * What the coordinator chose about these records, kept in the store itself (so a second data folder, a restored
 * backup or another coordinator on the same computer has its own): where exports were last written, and whether
 * the records were started without a passphrase. Never personal data. Read once when the records open, so that
 * the window can ask without touching the store; changes are written at once (call them away from the UI thread).
 */
public final class StoreSettings {

    static final String EXPORT_FOLDER = "setting.exportFolder";
    static final String PASSPHRASE_DECLINED = "setting.passphraseDeclined";

    /** The setting table's column holds this much. */
    private static final int MAX_LENGTH = 4000;

    private final Transactions records;
    private volatile String exportFolder;
    private volatile boolean passphraseDeclined;

    StoreSettings(Transactions records) {
        this.records = records;
        this.exportFolder = records.read(u -> u.settings().get(EXPORT_FOLDER)).orElse("");
        this.passphraseDeclined = Boolean.parseBoolean(records.read(u -> u.settings().get(PASSPHRASE_DECLINED))
                .orElse("false"));
    }

    /** The folder the last export went to, if any. */
    public Optional<Path> exportFolder() {
        String saved = exportFolder;
        if (saved.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(saved));
        } catch (InvalidPathException e) {
            // written on another system (a restored backup from Windows): no use here
            return Optional.empty();
        }
    }

    /** Remembers the folder an export went to. */
    public void setExportFolder(Path folder) {
        String value = folder.toAbsolutePath().toString();
        if (value.length() > MAX_LENGTH) {
            return;
        }
        put(EXPORT_FOLDER, value);
        exportFolder = value;
    }

    /** True when the coordinator chose, on the first start, to keep these records without a passphrase. */
    public boolean passphraseDeclined() {
        return passphraseDeclined;
    }

    /** Records the first start's choice about a passphrase. */
    public void setPassphraseDeclined(boolean declined) {
        put(PASSPHRASE_DECLINED, Boolean.toString(declined));
        passphraseDeclined = declined;
    }

    private void put(String key, String value) {
        records.write(u -> {
            u.settings().put(key, value);
            return null;
        });
    }
}
