package org.visitdesk.app;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

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

    /** The text for a key in a given language (the command line speaks English whatever the OS says). */
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
}
