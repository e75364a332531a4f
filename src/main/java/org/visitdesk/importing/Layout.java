package org.visitdesk.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which column of the file holds what: the header row (the first row that names known columns, so a title line
 * above it is skipped), the recognized columns, the missing ones and the extra ones, and the data rows under it.
 */
public record Layout(ImportKind kind, Table.Row header, Map<Column, Integer> index, List<String> extra,
        List<Column> missingRequired, List<Column> missingOptional, List<Table.Row> data) {

    private static final int HEADER_SEARCH = 10;

    public Layout {
        index = Map.copyOf(index);
        extra = List.copyOf(extra);
        missingRequired = List.copyOf(missingRequired);
        missingOptional = List.copyOf(missingOptional);
        data = List.copyOf(data);
    }

    /** Finds the header among the first rows; fails only when there are no rows at all. */
    public static Layout of(ImportKind kind, List<Table.Row> rows) throws ImportFailure {
        if (rows.isEmpty()) {
            throw new ImportFailure("import.file.empty");
        }
        int headerAt = 0;
        int best = 0;
        for (int i = 0; i < Math.min(HEADER_SEARCH, rows.size()); i++) {
            int known = recognized(kind, rows.get(i)).size();
            if (known > best) {
                best = known;
                headerAt = i;
            }
            if (known >= 2) {
                break;
            }
        }
        Table.Row header = rows.get(headerAt);
        Map<Column, Integer> index = recognized(kind, header);
        List<String> extra = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String title = header.cell(i).text();
            if (!title.isEmpty() && !index.containsValue(i)) {
                extra.add(title);
            }
        }
        List<Column> missingRequired = new ArrayList<>();
        List<Column> missingOptional = new ArrayList<>();
        for (Column c : kind.columns()) {
            if (!index.containsKey(c)) {
                (kind.isRequired(c) ? missingRequired : missingOptional).add(c);
            }
        }
        return new Layout(kind, header, index, extra, missingRequired, missingOptional,
                rows.subList(headerAt + 1, rows.size()));
    }

    private static Map<Column, Integer> recognized(ImportKind kind, Table.Row row) {
        Map<Column, Integer> index = new EnumMap<>(Column.class);
        for (int i = 0; i < row.cells().size(); i++) {
            Optional<Column> c = kind.match(row.cell(i).text());
            if (c.isPresent() && !index.containsKey(c.get())) {
                index.put(c.get(), i);
            }
        }
        return index;
    }

    /**
     * Refuses a file that cannot be imported as a whole: no known column, required ones missing (for outcomes, what
     * names their visits), no data rows.
     */
    public void check() throws ImportFailure {
        if (index.isEmpty()) {
            throw new ImportFailure("import.file.noKnownColumns", kind.name().toLowerCase(Locale.ROOT));
        }
        if (!missingRequired.isEmpty()) {
            throw new ImportFailure("import.file.missingColumns",
                    String.join(", ", missingRequired.stream().map(Column::title).toList()));
        }
        if (kind == ImportKind.OUTCOMES && !OutcomePlanner.namesVisits(this)) {
            // an outcome names its visit by its ID, or by the person and the time
            throw new ImportFailure("import.file.missingColumns", Column.VISIT_ID.title() + " / "
                    + Column.A_NUMBER.title() + " + " + Column.DATE.title() + " + " + Column.START.title());
        }
        if (data.isEmpty()) {
            throw new ImportFailure("import.file.noRows");
        }
    }

    /** True when the file has the column. */
    public boolean has(Column c) {
        return index.containsKey(c);
    }

    /** The cell of a column in a row (blank when the file has no such column). */
    public Cell cell(Table.Row row, Column c) {
        Integer i = index.get(c);
        return i == null ? Cell.BLANK : row.cell(i);
    }

    /** Reads one kind of value from a cell, or says what is wrong with it. */
    @FunctionalInterface
    interface Parser<T> {
        T parse(Cell c) throws BadValue;
    }

    /**
     * The value of a column in a row: what the cell says when the file has the column, else {@code kept} (the
     * saved value: a column the file lacks changes nothing). A cell that cannot be read is reported and keeps too.
     */
    <T> T read(Table.Row row, Column c, T kept, Parser<T> parser, RowErrors errors) {
        if (!has(c)) {
            return kept;
        }
        try {
            return parser.parse(cell(row, c));
        } catch (BadValue e) {
            errors.add(row.number(), c, e);
            return kept;
        }
    }

    /** How a report names a column: its letter and its title as the file spells it, {@code D (DOB)}. */
    public String name(Column c) {
        Integer i = index.get(c);
        if (i == null) {
            return c.title();
        }
        String title = header.cell(i).text();
        return letter(i) + " (" + title + ")";
    }

    /** The spreadsheet letter of a 0-based column: A, B, ..., Z, AA. */
    public static String letter(int index) {
        StringBuilder b = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int r = (n - 1) % 26;
            b.insert(0, (char) ('A' + r));
            n = (n - 1) / 26;
        }
        return b.toString();
    }
}
