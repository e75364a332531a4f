package org.visitdesk.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.spi.ResourceBundleControlProvider;
import org.visitdesk.app.Messages;

/**
 * Makes CalendarFX's own words ("Today", "All Day", "3 more…") follow the language chosen in VisitDesk, also after
 * a switch while the window is open. CalendarFX reads its bundle once, into a constant, in the language the JVM
 * had then; so through this provider (the JDK's hook for how a library on the class path loads a bundle, named in
 * {@code META-INF/services}) that bundle is one that answers each lookup in the language in use now. Pages built
 * after a switch then read the new words.
 */
public final class CalendarFxLanguage implements ResourceBundleControlProvider {

    /** CalendarFX's words under a month's day for the entries that do not fit. */
    private static final String MORE_ENTRIES = "MonthViewSkin.MORE_ENTRIES";

    /** CalendarFX's bundle. */
    static final String BUNDLE = "com.calendarfx.view.messages";

    @Override
    public ResourceBundle.Control getControl(String baseName) {
        return BUNDLE.equals(baseName) ? new Control() : null;
    }

    /** One bundle for every locale, which follows {@link Messages#locale()}. */
    private static final class Control extends ResourceBundle.Control {
        @Override
        public List<Locale> getCandidateLocales(String baseName, Locale locale) {
            return List.of(Locale.ROOT);
        }

        @Override
        public ResourceBundle newBundle(String baseName, Locale locale, String format, ClassLoader loader,
                boolean reload) {
            return new Following(read(loader, "com/calendarfx/view/messages.properties"),
                    read(loader, "com/calendarfx/view/messages_es.properties"));
        }
    }

    /** CalendarFX's English and Spanish words; a key missing in Spanish is said in English. */
    private static final class Following extends ResourceBundle {
        private final ResourceBundle english;
        private final ResourceBundle spanish;

        Following(ResourceBundle english, ResourceBundle spanish) {
            this.english = english;
            this.spanish = spanish;
        }

        @Override
        protected Object handleGetObject(String key) {
            if (MORE_ENTRIES.equals(key)) {
                // a month's day is about 70 pixels wide at 1024: "+2" shows whole where "2 more..." was "2 mo…",
                // and it says what the week's "+N" chips say
                return "+{0}";
            }
            if ("es".equals(Messages.locale().getLanguage()) && spanish.containsKey(key)) {
                return spanish.getObject(key);
            }
            return english.containsKey(key) ? english.getObject(key) : null;
        }

        @Override
        public Enumeration<String> getKeys() {
            return Collections.enumeration(english.keySet());
        }
    }

    private static ResourceBundle read(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("CalendarFX's messages are missing: " + name);
            }
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
