package org.visitdesk.app;

import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.visitdesk.domain.Message;

/** The words the user reads, from {@code org/visitdesk/i18n/messages*.properties}, in English or Spanish. */
public final class Messages {

    /** Base name of the resource bundles. */
    public static final String BUNDLE = "org.visitdesk.i18n.messages";

    private static volatile Locale locale = pickDefault(Locale.getDefault());
    private static volatile ResourceBundle bundle = load(locale);

    private Messages() {
    }

    /** English unless the OS speaks Spanish. */
    static Locale pickDefault(Locale os) {
        return "es".equals(os.getLanguage()) ? Locale.forLanguageTag("es") : Locale.ENGLISH;
    }

    private static ResourceBundle load(Locale l) {
        return ResourceBundle.getBundle(BUNDLE, l, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The language in use. */
    public static Locale locale() {
        return locale;
    }

    /** Switches the language (English or Spanish). */
    public static void setLocale(Locale newLocale) {
        locale = pickDefault(newLocale);
        bundle = load(locale);
    }

    /** The bundle in use. */
    public static ResourceBundle bundle() {
        return bundle;
    }

    /** The text for a key, with {@code {0}}-style arguments filled in. */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /** The text for an enum value: key {@code prefix.NAME}. */
    public static String of(String prefix, Enum<?> value) {
        return value == null ? "" : get(prefix + "." + value.name());
    }

    /** The text for a key in a given language (the command line speaks the language its --lang names). */
    public static String in(Locale language, String key, Object... args) {
        ResourceBundle b = language.equals(locale) ? bundle : load(pickDefault(language));
        String pattern;
        try {
            pattern = b.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, language).format(args);
    }

    /** A message in the language in use (the window's). */
    public static String get(Message message) {
        return in(locale, message);
    }

    /**
     * A message in a given language. Its values are put into words first: a message in its own words, a day as
     * coordinators write it ("Tue 8 Dec", "mar 8 dic"), a weekday by its full name, a list joined by commas; text
     * and numbers go in as they are.
     */
    public static String in(Locale language, Message message) {
        Object[] args = new Object[message.args().size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = words(language, message.args().get(i));
        }
        return in(language, message.key(), args);
    }

    private static Object words(Locale language, Object value) {
        if (value instanceof Message m) {
            return in(language, m);
        }
        if (value instanceof LocalDate day) {
            return day(day, language);
        }
        if (value instanceof DayOfWeek weekday) {
            return weekday.getDisplayName(TextStyle.FULL, language);
        }
        if (value instanceof List<?> list) {
            List<String> parts = new ArrayList<>(list.size());
            for (Object o : list) {
                parts.add(String.valueOf(words(language, o)));
            }
            return String.join(", ", parts);
        }
        return value;
    }

    /** A day as coordinators write it: "Tue 8 Dec", "mar 8 dic". */
    public static String day(LocalDate day, Locale language) {
        return DateTimeFormatter.ofPattern("EEE d MMM", language).format(day);
    }
}
