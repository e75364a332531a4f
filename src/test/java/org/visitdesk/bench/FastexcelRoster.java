package org.visitdesk.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.visitdesk.roster.RosterRow;
import org.visitdesk.roster.RosterWriter;

/**
 * The roster's baseline in {@link SpeedBench}: the same rows written with fastexcel, a streaming xlsx writer.
 * Compiled only in the bench profile ({@code ./mvnw -Pbench verify}), the one build that has fastexcel.
 */
public final class FastexcelRoster implements BiConsumer<List<RosterRow>, Path> {

    /** The same rows and columns, one sheet a day as the roster has, written by fastexcel. */
    @Override
    public void accept(List<RosterRow> rows, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "VisitDesk", "1.0");
            Worksheet sheet = null;
            LocalDate day = null;
            int r = 0;
            for (RosterRow row : rows.stream().sorted(Comparator.comparing(RosterRow::date)
                    .thenComparing(RosterRow::start)).toList()) {
                if (!row.date().equals(day)) {
                    if (sheet != null) {
                        sheet.finish();
                    }
                    day = row.date();
                    sheet = wb.newWorksheet(day.toString());
                    for (int c = 0; c < RosterWriter.HEADERS.size(); c++) {
                        sheet.value(0, c, RosterWriter.HEADERS.get(c));
                    }
                    r = 1;
                }
                List<String> cells = List.of(row.start().toString(), row.end().toString(), row.housingUnit(),
                        row.detainee(), row.aNumber(), String.join("; ", row.languages()),
                        String.join("; ", row.visitorNames()), String.join("; ", row.visitorPhones()), row.type(),
                        row.status(), row.conflictsText(), row.notes());
                sheet.value(r, 0, row.date());
                for (int c = 0; c < cells.size() && c + 1 < RosterWriter.HEADERS.size(); c++) {
                    sheet.value(r, c + 1, cells.get(c));
                }
                r++;
            }
            if (sheet != null) {
                sheet.finish();
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
