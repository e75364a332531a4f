package org.visitdesk.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The temporary files of a streaming export hold nothing readable, and the workbook written is whole. */
class BookTest {

    @TempDir
    Path dir;

    static String aNumber(int i) {
        return String.format("A999%06d", i);
    }

    static List<Path> files(Path folder) throws Exception {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void theTemporaryFilesOfARunningExportHoldNoNameOrANumber() throws Exception {
        Path tmp = dir.resolve("tmp");
        Path out = dir.resolve("out.xlsx");
        int rows = 5 * Book.WINDOW;
        try (Book book = Book.open(tmp)) {
            Sheet sheet = book.wb.createSheet("Detainees");
            for (int i = 0; i < rows; i++) {
                Row r = sheet.createRow(i);
                book.text(r, 0, aNumber(i));
                book.text(r, 1, "Zyxwvutsrq Qwertzuiop " + i);
            }
            // the rows beyond the window are in the temporary file by now: read it as an attacker would
            List<Path> temp = files(tmp);
            assertThat(temp).as("the export spills to a temporary file").isNotEmpty();
            long bytes = 0;
            for (Path f : temp) {
                String raw = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                bytes += raw.length();
                assertThat(raw).as(f.getFileName().toString()).doesNotContain("A999000001", "999000", "Zyxwvutsrq",
                        "<row", "inlineStr");
            }
            assertThat(bytes).as("rows were written out").isGreaterThan(10_000);
            try (OutputStream o = Files.newOutputStream(out)) {
                book.writeTo(o);
            }
        }
        assertThat(files(tmp)).as("nothing left once the export is done").isEmpty();
        try (InputStream in = Files.newInputStream(out); Workbook wb = WorkbookFactory.create(in)) {
            Sheet s = wb.getSheetAt(0);
            List<String> read = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                read.add(s.getRow(i).getCell(0).getStringCellValue());
            }
            assertThat(read).hasSize(rows).startsWith(aNumber(0), aNumber(1)).endsWith(aNumber(rows - 1));
            assertThat(s.getRow(rows - 1).getCell(1).getStringCellValue()).isEqualTo("Zyxwvutsrq Qwertzuiop " + (rows - 1));
        }
    }
}
