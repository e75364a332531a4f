package org.visitdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The per-user settings hold the window, the theme and the language, and nothing about the records. */
class SettingsTest {

    private final Preferences node = Preferences.userRoot().node("org/visitdesk-settings-test-" + ProcessHandle
            .current().pid());

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void keepsTheWindowThemeAndLanguage() throws BackingStoreException {
        Settings s = new Settings(node);
        assertThat(s.window()).as("never saved").isNull();
        s.saveWindow(new WindowPlace(10, 20, 1100, 700), false);
        s.setDark(true);
        s.setLocale(Locale.forLanguageTag("es"));

        Settings again = new Settings(node);
        assertThat(again.window()).isEqualTo(new WindowPlace(10, 20, 1100, 700));
        assertThat(again.dark()).isTrue();
        assertThat(again.locale().getLanguage()).isEqualTo("es");
        assertThat(Arrays.asList(node.keys())).allMatch(k -> k.startsWith("window.") || k.equals("theme.dark")
                || k.equals("locale"));
    }

    @Test
    void aMaximizedWindowKeepsItsPlaceBefore() {
        Settings s = new Settings(node);
        s.saveWindow(new WindowPlace(10, 20, 1100, 700), false);
        s.saveWindow(new WindowPlace(0, 0, 1440, 900), true);
        assertThat(s.windowMaximized()).isTrue();
        assertThat(s.window()).isEqualTo(new WindowPlace(10, 20, 1100, 700));
    }
}
