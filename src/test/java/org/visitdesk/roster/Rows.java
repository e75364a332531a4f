package org.visitdesk.roster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Made-up roster rows (fake people only) and helpers to read workbooks back. */
final class Rows {

    static final String ADELANTO = "Adelanto ICE Processing Center";
    static final String ADDRESS = "East: 10400 Rancho Road; West: 10250 Rancho Road; Adelanto, CA 92301";

    private Rows() {
    }

    static RosterRow row(String date, String start, String unit, String name, String aNumber, String status,
            boolean active, List<String> codes, String reason, String notes) {
        LocalTime s = LocalTime.parse(start);
        return new RosterRow(LocalDate.parse(date), s, s.plusHours(1), ADELANTO, ADDRESS, unit, name, aNumber,
                List.of("Spanish", "English"), List.of("Prueba Visitante", "Otra Visitante"),
                List.of("(760) 555-0101", "(760) 555-0102"), "Social", status, active, codes, reason, notes);
    }

    static RosterRow simple(String date, String start, String unit, String name) {
        return row(date, start, unit, name, "A-999-000-001", "Scheduled", true, List.of(), "", "");
    }

    static XSSFWorkbook read(Path file) {
        try {
            return new XSSFWorkbook(Files.newInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every regular file under a folder (the temporary folder should be empty after an export). */
    static List<Path> filesUnder(Path folder) {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
