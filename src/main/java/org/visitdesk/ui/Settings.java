package org.visitdesk.ui;

import java.util.Locale;
import java.util.prefs.Preferences;

/**
 * What belongs to the person at this computer, whatever data folder is open: the window's place, the theme and the
 * language. Anything about the records (where exports go, the choice made about a passphrase) is kept with the
 * records instead ({@link org.visitdesk.app.StoreSettings}). Never personal data.
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
}
