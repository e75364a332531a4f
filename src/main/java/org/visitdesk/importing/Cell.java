package org.visitdesk.importing;

import java.time.LocalDateTime;

/**
 * One cell as read: its text (trimmed), and for an xlsx date or time cell the value Excel holds. {@code error} is
 * true for a formula whose cached result is an error such as {@code #REF!}.
 */
public record Cell(String text, LocalDateTime dateTime, Boolean bool, boolean error) {

    public static final Cell BLANK = new Cell("", null, null, false);

    public Cell {
        text = text == null ? "" : text.strip();
    }

    public static Cell text(String s) {
        return s == null || s.isBlank() ? BLANK : new Cell(s, null, null, false);
    }

    public boolean isBlank() {
        return text.isEmpty() && dateTime == null && bool == null && !error;
    }
}
