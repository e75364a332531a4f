package org.visitdesk.importing;

import java.util.List;

/**
 * One thing wrong in one row: {@code row N, column C: what is wrong}. {@code row} is the number the spreadsheet
 * shows; {@code column} is the column's title as the file spells it (blank when about the whole row).
 */
public record RowError(int row, String column, String key, List<Object> args) {

    public RowError {
        column = column == null ? "" : column;
        args = args.stream().map(a -> a instanceof String s ? visible(s) : a).toList();
    }

    /**
     * A value quoted in a message, with its control characters and line breaks shown as symbols (␛, ␊): printed
     * raw, an ESC would drive the terminal, and a line break would split the one line a bad row gets.
     */
    static String visible(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20) {
                b.append((char) (0x2400 + c));
            } else if (c == 0x7F) {
                b.append('\u2421');
            } else if (c >= 0x80 && c <= 0x9F) {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    public static RowError of(int row, String column, String key, Object... args) {
        return new RowError(row, column, key, List.of(args));
    }
}
