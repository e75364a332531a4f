package org.visitdesk.ui;

import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.visitdesk.app.SharedAddress;

/**
 * What belongs to the person at this computer, whatever data folder is open: the window's place, the theme and the
 * language. Anything about the records (where exports go, the choice made about a passphrase) is kept with the
 * records instead ({@link org.visitdesk.app.StoreSettings}). Never personal data of the records, and never a
 * password: the shared store this computer connects to is kept without one.
 */
public final class Settings {

    private final Preferences prefs;

    public Settings(Preferences prefs) {
        this.prefs = prefs;
    }

    /** The preferences of this user. */
    public static Settings user() {
        return new Settings(Preferences.userRoot().node("org/visitdesk"));
    }

    public boolean dark() {
        return prefs.getBoolean("theme.dark", false);
    }

    public void setDark(boolean dark) {
        prefs.putBoolean("theme.dark", dark);
    }

    /** True when the calendar's conflicts panel is open (it is, until the person closes it). */
    public boolean conflictsPanelOpen() {
        return prefs.getBoolean("conflictsPanel.open", true);
    }

    public void setConflictsPanelOpen(boolean open) {
        prefs.putBoolean("conflictsPanel.open", open);
    }

    /** The chosen language, or null to follow the OS. */
    public Locale locale() {
        String tag = prefs.get("locale", "");
        return tag.isEmpty() ? null : Locale.forLanguageTag(tag);
    }

    public void setLocale(Locale locale) {
        prefs.put("locale", locale.toLanguageTag());
    }

    /** The window's last place and size (its frame), or null when never saved. */
    public WindowPlace window() {
        double w = prefs.getDouble("window.w", Double.NaN);
        return Double.isNaN(w) ? null : new WindowPlace(prefs.getDouble("window.x", Double.NaN),
                prefs.getDouble("window.y", Double.NaN), w, prefs.getDouble("window.h", Double.NaN));
    }

    public boolean windowMaximized() {
        return prefs.getBoolean("window.maximized", false);
    }

    /** Keeps the window's place; a maximized window keeps the place it had before. */
    public void saveWindow(WindowPlace place, boolean maximized) {
        prefs.putBoolean("window.maximized", maximized);
        if (!maximized) {
            prefs.putDouble("window.x", place.x());
            prefs.putDouble("window.y", place.y());
            prefs.putDouble("window.w", place.width());
            prefs.putDouble("window.h", place.height());
        }
    }

    /** The shared store this computer connects to at start, or null for this computer's own store. */
    public SharedAddress sharedAddress() {
        return prefs.getBoolean("shared.use", false) ? lastSharedAddress() : null;
    }

    /** Remembers the shared store and connects to it at start (its password is never kept). */
    public void setSharedAddress(SharedAddress a) {
        prefs.put("shared.host", a.host());
        prefs.putInt("shared.port", a.port());
        prefs.put("shared.database", a.database());
        prefs.put("shared.user", a.user());
        prefs.putBoolean("shared.tls", a.tls());
        prefs.putBoolean("shared.use", true);
        flush();
    }

    /**
     * Back to this computer's own store at start. What was typed for the shared store stays, so that the dialog
     * shows it again; only the choice to connect is dropped.
     */
    public void useThisComputersStore() {
        prefs.putBoolean("shared.use", false);
        flush();
    }

    /** Written at once: which store opens at the next start must not depend on how this one ends. */
    private void flush() {
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            // the preferences are written again at exit; at worst the next start asks once more
        }
    }

    /** The shared store typed last (the dialog shows it again), whether or not it is used at start; else null. */
    public SharedAddress lastSharedAddress() {
        String host = prefs.get("shared.host", "");
        return host.isEmpty() ? null : new SharedAddress(host, prefs.getInt("shared.port", SharedAddress.DEFAULT_PORT),
                prefs.get("shared.database", ""), prefs.get("shared.user", ""), prefs.getBoolean("shared.tls", false));
    }

    /** The name this coordinator gave to be shown in the history of a shared store; "" for none. */
    public String coordinatorName() {
        return prefs.get("shared.name", "");
    }

    public void setCoordinatorName(String name) {
        prefs.put("shared.name", name == null ? "" : name.strip());
    }
}
