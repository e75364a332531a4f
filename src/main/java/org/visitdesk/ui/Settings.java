package org.visitdesk.ui;

import java.util.Locale;
import java.util.prefs.Preferences;

/** Per-user preferences that are not records: window place, theme, language. Never personal data. */
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

    /** The chosen language, or null to follow the OS. */
    public Locale locale() {
        String tag = prefs.get("locale", "");
        return tag.isEmpty() ? null : Locale.forLanguageTag(tag);
    }

    public void setLocale(Locale locale) {
        prefs.put("locale", locale.toLanguageTag());
    }

    /** The window's last place and size: x, y, width, height; NaN when never saved. */
    public double[] windowBounds() {
        return new double[] {prefs.getDouble("window.x", Double.NaN), prefs.getDouble("window.y", Double.NaN),
            prefs.getDouble("window.w", Double.NaN), prefs.getDouble("window.h", Double.NaN)};
    }

    public boolean windowMaximized() {
        return prefs.getBoolean("window.maximized", false);
    }

    public void saveWindow(double x, double y, double w, double h, boolean maximized) {
        prefs.putBoolean("window.maximized", maximized);
        if (!maximized) {
            prefs.putDouble("window.x", x);
            prefs.putDouble("window.y", y);
            prefs.putDouble("window.w", w);
            prefs.putDouble("window.h", h);
        }
    }

    /** A free-form value (last export folder...). */
    public String get(String key, String fallback) {
        return prefs.get(key, fallback);
    }

    public void put(String key, String value) {
        prefs.put(key, value);
    }
}
