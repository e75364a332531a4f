package org.visitdesk.app;

import java.util.List;
import org.visitdesk.roster.Csv;

/** CSV lines for the command line, by the one rule every CSV VisitDesk writes follows ({@link Csv}). */
public final class CsvLines {

    private CsvLines() {
    }

    /** One line of fields, neutralised and quoted as needed, without the line end. */
    public static String of(List<String> values) {
        return Csv.line(values);
    }
}
