package org.visitdesk.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.visitdesk.importing.RowError;

/**
 * What an import did or would do. Exactly one of three: a problem with the whole file (nothing imported), row
 * errors (nothing imported), or the counts of what was (or, in a dry run, would be) created, updated and left
 * unchanged, with the conflicts of imported visits and, for a detainees file, the planned visits of the people it
 * says left (released, transferred, deported; on a day known in advance too) from that day on, which the facility
 * will refuse: {@code visitsAfterLeaving}, for the coordinator to cancel.
 */
public record ImportResult(ImportFileKind kind, boolean dryRun, Problem problem, List<RowProblem> errors, int created,
        int updated, int unchanged, List<ConflictNotice> conflicts, List<String> extraColumns,
        List<Long> visitsAfterLeaving) {

    /** A problem with the file as a whole: one sentence. */
    public record Problem(String key, List<Object> args) {
        public Problem {
            args = List.copyOf(args);
        }

        public String text(Locale language) {
            return Messages.in(language, key, plain(args));
        }
    }

    /**
     * One thing wrong in one row: {@code row N, column C: what is wrong}. {@code row} is the number the
     * spreadsheet shows; {@code column} the column's title as the file spells it (blank when about the whole row).
     */
    public record RowProblem(int row, String column, String key, List<Object> args) {
        public RowProblem {
            args = List.copyOf(args);
        }

        static RowProblem of(RowError e) {
            return new RowProblem(e.row(), e.column(), e.key(), e.args());
        }
    }

    public ImportResult {
        errors = List.copyOf(errors);
        conflicts = List.copyOf(conflicts);
        extraColumns = List.copyOf(extraColumns);
        visitsAfterLeaving = List.copyOf(visitsAfterLeaving);
    }

    static ImportResult failed(ImportFileKind kind, boolean dryRun, String key, List<Object> args) {
        return new ImportResult(kind, dryRun, new Problem(key, args), List.of(), 0, 0, 0, List.of(), List.of(),
                List.of());
    }

    /** True when the file was valid (and so, unless a dry run, imported). */
    public boolean isValid() {
        return problem == null && errors.isEmpty();
    }

    /** How many rows have something wrong. */
    public long badRows() {
        return errors.stream().mapToInt(RowProblem::row).distinct().count();
    }

    /** True when records were actually written. */
    public boolean changedStore() {
        return isValid() && !dryRun && (created > 0 || updated > 0);
    }

    /** Every row error as {@code row N, column C: what is wrong}. */
    public List<String> errorLines(Locale language) {
        List<String> out = new ArrayList<>(errors.size());
        for (RowProblem e : errors) {
            out.add(line(e, language));
        }
        return out;
    }

    /** One row error as {@code row N, column C: what is wrong}. */
    public static String line(RowProblem e, Locale language) {
        String what = Messages.in(language, e.key(), plain(e.args()));
        return e.column().isEmpty() ? Messages.in(language, "import.rowError.row", Integer.toString(e.row()), what)
                : Messages.in(language, "import.rowError", Integer.toString(e.row()), e.column(), what);
    }

    /** The summary line: created, updated, unchanged, conflicts (numbers, so that one conflict is singular). */
    public String summary(Locale language) {
        String kindName = Messages.in(language, "import.kind." + kind.name());
        return Messages.in(language, dryRun ? "import.summary.dryRun" : "import.summary", kindName,
                created, updated, unchanged, conflicts.size());
    }

    /** Numbers as plain text, so that row 1234 is not printed as 1,234. */
    static Object[] plain(List<Object> args) {
        Object[] out = new Object[args.size()];
        for (int i = 0; i < out.length; i++) {
            Object a = args.get(i);
            out[i] = a instanceof Number ? a.toString() : a;
        }
        return out;
    }
}
