package org.visitdesk.ui.calendar;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A visit's title in an entry too narrow for its conflict mark and a letter of the name: the mark gives way to the
 * name ("Kata…" rather than "⚠ …"); the entry's colour and edge still say what is wrong, its tooltip says all.
 */
final class EntryTitle {

    private static final String MARKS = "^[\u26A0\u2716]\\s*";

    private static final double SPARE = 4;

    private EntryTitle() {
    }

    /**
     * The title to show in {@code width} pixels of {@code font}: the whole title where the mark, three letters and
     * the label's ellipsis fit with a little to spare (JavaFX cuts a touch earlier than a Text measures), else the
     * name without its mark.
     */
    static String fitted(String title, Font font, double width, String ellipsis) {
        String name = title.replaceFirst(MARKS, "");
        if (name.equals(title) || name.isEmpty()) {
            return title;
        }
        Text measure = new Text(title.substring(0, title.length() - name.length())
                + name.substring(0, Math.min(3, name.length())) + ellipsis);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth() + SPARE <= width ? title : name;
    }
}
