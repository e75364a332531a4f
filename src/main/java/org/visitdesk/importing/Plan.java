package org.visitdesk.importing;

import java.util.List;

/**
 * What importing a file would do: records to create, records to update (with their saved ids), how many rows
 * match what is saved already, and every row error. Only a plan without errors may be carried out.
 */
public record Plan<T>(List<Planned<T>> creates, List<Planned<T>> updates, int unchanged, List<RowError> errors) {

    /** One record with the spreadsheet row it came from. */
    public record Planned<T>(int row, T record) {
    }

    public Plan {
        creates = List.copyOf(creates);
        updates = List.copyOf(updates);
        errors = List.copyOf(errors);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }
}
