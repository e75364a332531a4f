package org.visitdesk.importing;

import java.util.List;

/**
 * One thing wrong in one row: {@code row N, column C: what is wrong}. {@code row} is the number the spreadsheet
 * shows; {@code column} is the column's title as the file spells it (blank when about the whole row).
 */
public record RowError(int row, String column, String key, List<Object> args) {

    public RowError {
        column = column == null ? "" : column;
        args = List.copyOf(args);
    }

    public static RowError of(int row, String column, String key, Object... args) {
        return new RowError(row, column, key, List.of(args));
    }
}
