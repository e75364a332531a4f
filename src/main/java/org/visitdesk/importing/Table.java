package org.visitdesk.importing;

import java.util.List;

/** A sheet as read: the header row and the rows under it, with the row numbers the spreadsheet shows. */
public record Table(Row header, List<Row> rows) {

    /** One row; {@code number} counts from 1 as the spreadsheet shows it. */
    public record Row(int number, List<Cell> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        public Cell cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : Cell.BLANK;
        }

        public boolean isBlank() {
            return cells.stream().allMatch(Cell::isBlank);
        }
    }

    public Table {
        rows = List.copyOf(rows);
    }
}
