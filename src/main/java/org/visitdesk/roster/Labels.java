package org.visitdesk.roster;

import java.util.Locale;

/**
 * The English words the exports print for outcome codes, denial reasons, follow-up kinds and statuses. Each is a
 * word {@code import outcomes} reads back as the same value, so what a volunteer ticks on the visit sheet types
 * one to one into a report.
 */
public final class Labels {

    private Labels() {
    }

    /** {@code NOT_BROUGHT_OUT} → "Not brought out"; {@code ID} stays "ID". */
    public static String of(Enum<?> e) {
        if (e == null) {
            return "";
        }
        switch (e.name()) {
            case "ID" -> {
                return "ID";
            }
            case "BOOKS_LETTERS" -> {
                return "Books/letters";
            }
            case "VISITOR_NO_SHOW" -> {
                return "Visitor no-show";
            }
            default -> {
                String s = e.name().replace('_', ' ').toLowerCase(Locale.ROOT);
                return Character.toUpperCase(s.charAt(0)) + s.substring(1);
            }
        }
    }
}
