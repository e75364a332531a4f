package org.visitdesk.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.visitdesk.app.Messages;

/** Reading and showing dates and times in the user's language; ISO is always understood. */
public final class Dates {

    private Dates() {
    }

    /** Reads a date typed as ISO or in the shown format; throws {@link DateTimeParseException} otherwise. */
    public static LocalDate parse(String text, DateTimeFormatter shown) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return LocalDate.parse(s, shown);
        }
    }

    /** A date in the user's medium format ("Dec 8, 2026" / "8 dic 2026"). */
    public static String show(LocalDate d) {
        return d == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Messages.locale())
                .format(d);
    }

    /** A weekday and date: "Tue, Dec 8". */
    public static String showDay(LocalDate d) {
        return d == null ? "" : DateTimeFormatter.ofPattern("EEE d MMM yyyy", Messages.locale()).format(d);
    }

    /** A 24-hour time: "13:30". */
    public static String show(LocalTime t) {
        return t == null ? "" : t.format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    /** Reads "13:30", "1330" or "1:30 PM"; null when blank; throws when unreadable. */
    public static LocalTime parseTime(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip().toUpperCase(Locale.ROOT).replace(".", "");
        if (s.matches("\\d{3,4}")) {
            s = s.length() == 3 ? "0" + s : s;
            return LocalTime.of(Integer.parseInt(s.substring(0, 2)), Integer.parseInt(s.substring(2)));
        }
        if (s.endsWith("AM") || s.endsWith("PM")) {
            return LocalTime.parse(s.replaceAll("\\s+", " ").replaceAll("(\\d)(AM|PM)", "$1 $2"),
                    DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH));
        }
        return LocalTime.parse(s.length() == 4 ? "0" + s : s);
    }
}
