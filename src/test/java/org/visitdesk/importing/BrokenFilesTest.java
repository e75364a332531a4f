package org.visitdesk.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading files: CSV variants, xlsx cells, and each kind of broken file with its one sentence. */
class BrokenFilesTest {

    @TempDir
    Path dir;

    static List<List<Object>> detaineeSheet() {
        return List.of(
                List.of("A-Number", "Family Name", "Given Name", "DOB", "Notes"),
                List.of("A999000001", "Prueba", "Uno", LocalDate.of(1990, 1, 2), "first"),
                List.of("A999000002", "Prueba", "Dos", LocalDate.of(1991, 3, 4), "second"));
    }

    /** The sentence a file gets; reading it prints nothing (no stack trace, no value) on standard error. */
    static String failureKey(Path file, ImportKind kind) {
        java.io.PrintStream real = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            Layout.of(kind, TableReader.rows(file, null)).check();
            return "none";
        } catch (ImportFailure f) {
            return f.key();
        } finally {
            System.setErr(real);
            assertThat(err.toString(StandardCharsets.UTF_8)).as("standard error reading " + file.getFileName())
                    .doesNotContain("\tat ", "Exception", "Prueba", "A99900000");
        }
    }

    @Test
    void csvWithBomSemicolonsAndLineBreaksInQuotesKeepsSpreadsheetRowNumbers() throws Exception {
        Path f = TestFiles.csv(dir, "d.csv", "\uFEFFA#;Apellido;Nombre;Notas\n"
                + "A999000001;Prueba;Uno;\"two\nlines; and a semicolon\"\n"
                + "\n"
                + "999000002;\"Prueba\";Dos;\n");
        Layout l = Layout.of(ImportKind.DETAINEES, TableReader.rows(f, null));
        l.check();
        assertThat(l.data()).extracting(Table.Row::number).containsExactly(2, 4);
        assertThat(l.cell(l.data().get(0), Column.NOTES).text()).isEqualTo("two\nlines; and a semicolon");
        assertThat(l.cell(l.data().get(1), Column.A_NUMBER).text()).isEqualTo("999000002");
        assertThat(TableReader.guessDelimiter("a,b,c\n")).isEqualTo(',');
        assertThat(TableReader.guessDelimiter("\"a;b\",c\n")).isEqualTo(',');
    }

    @Test
    void xlsxDateTimeNumberAndCachedFormulaCells() throws Exception {
        Path f = TestFiles.xlsx(dir, "v.xlsx", List.of(
                List.of("Title line: visits, March"),
                List.of("A-Number", "Date", "Start", "End", "Notes"),
                List.of(999000001, LocalDate.of(2026, 3, 2), LocalTime.of(13, 30), "2:30 PM",
                        new TestFiles.Formula("NOW()", "cached text"))));
        Layout l = Layout.of(ImportKind.VISITS, TableReader.rows(f, null));
        l.check();
        assertThat(l.header().number()).isEqualTo(2);
        Table.Row r = l.data().get(0);
        assertThat(r.number()).isEqualTo(3);
        assertThat(l.cell(r, Column.A_NUMBER).text()).isEqualTo("999000001");
        assertThat(Values.date(l.cell(r, Column.DATE))).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(Values.time(l.cell(r, Column.START))).isEqualTo(LocalTime.of(13, 30));
        assertThat(Values.time(l.cell(r, Column.END))).isEqualTo(LocalTime.of(14, 30));
        // the formula is not evaluated: NOW() would give a date
        assertThat(l.cell(r, Column.NOTES).text()).isEqualTo("cached text");
        assertThat(l.name(Column.DATE)).isEqualTo("B (Date)");
    }

    @Test
    void severalSheetsAreListedAndOneCanBeChosen() throws Exception {
        Path f = TestFiles.xlsx(dir, "two.xlsx", new String[] {"Notes", "People"},
                List.of(List.of(List.of("nothing here")), detaineeSheet()));
        assertThat(TableReader.sheetNames(f)).containsExactly("Notes", "People");
        assertThat(TableReader.rows(f, "People")).hasSize(3);
        assertThatThrownBy(() -> TableReader.rows(f, "Nope")).isInstanceOf(ImportFailure.class)
                .hasMessage("import.file.noSuchSheet");
    }

    @Test
    void extraColumnsAreNamedAndMissingOnesListed() throws Exception {
        Path f = TestFiles.csv(dir, "x.csv", "Last Name,First Name,Shoe size\nPrueba,Uno,42\n");
        Layout l = Layout.of(ImportKind.DETAINEES, TableReader.rows(f, null));
        assertThat(l.extra()).containsExactly("Shoe size");
        assertThat(l.missingRequired()).containsExactly(Column.A_NUMBER);
        assertThatThrownBy(l::check).hasMessage("import.file.missingColumns");
    }

    @Test
    void outcomesThatNameNoVisitAreRefusedBeforeAnyRowIsRead() throws Exception {
        Path bare = TestFiles.csv(dir, "outcomes.csv", "Outcome,Notes\nHAPPENED,fine\n");
        Layout l = Layout.of(ImportKind.OUTCOMES, TableReader.rows(bare, null));
        assertThatThrownBy(l::check).hasMessage("import.file.missingColumns");
        Path byTime = TestFiles.csv(dir, "by-time.csv",
                "A-Number,Date,Start,Outcome\nA999000001,2026-12-01,10:00,HAPPENED\n");
        Layout named = Layout.of(ImportKind.OUTCOMES, TableReader.rows(byTime, null));
        named.check();
        assertThat(named.has(Column.START)).isTrue();
    }

    @Test
    void eachKindOfBrokenFileHasItsSentence() throws Exception {
        Path valid = TestFiles.xlsx(dir, "ok.xlsx", detaineeSheet());
        byte[] bytes = Files.readAllBytes(valid);
        assertThat(failureKey(valid, ImportKind.DETAINEES)).isEqualTo("none");

        assertThat(failureKey(TestFiles.csv(dir, "empty.csv", ""), ImportKind.DETAINEES))
                .isEqualTo("import.file.empty");
        assertThat(failureKey(TestFiles.csv(dir, "blank.csv", "\n\n  \n"), ImportKind.DETAINEES))
                .isEqualTo("import.file.empty");
        Path png = dir.resolve("photo.xlsx");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        assertThat(failureKey(png, ImportKind.DETAINEES)).isEqualTo("import.file.notSpreadsheet");
        Path xls = dir.resolve("old.xls");
        Files.write(xls, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1, 0, 0});
        assertThat(failureKey(xls, ImportKind.DETAINEES)).isEqualTo("import.file.oldExcel");
        Path truncated = dir.resolve("truncated.xlsx");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(failureKey(truncated, ImportKind.DETAINEES)).isEqualTo("import.file.corrupt");
        Path notWorkbook = dir.resolve("other.xlsx");
        Files.write(notWorkbook, zip(List.of(new Entry("hello.txt", "hello".getBytes(StandardCharsets.UTF_8)))));
        assertThat(failureKey(notWorkbook, ImportKind.DETAINEES)).isEqualTo("import.file.notSpreadsheet");
        assertThat(failureKey(zipBomb(valid), ImportKind.DETAINEES)).isEqualTo("import.file.zipBomb");
        assertThat(failureKey(TestFiles.csv(dir, "cols.csv", "A-Number,Notes\nA999000001,x\n"),
                ImportKind.DETAINEES)).isEqualTo("import.file.missingColumns");
        assertThat(failureKey(TestFiles.csv(dir, "letter.csv", "Dear friends,\nsee you soon\n"),
                ImportKind.DETAINEES)).isEqualTo("import.file.noKnownColumns");
        assertThat(failureKey(TestFiles.xlsx(dir, "titles.xlsx", List.of(detaineeSheet().get(0))),
                ImportKind.DETAINEES)).isEqualTo("import.file.noRows");
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, "A-Number,Family Name,Given Name\nA999000001,Pe\u00f1a,Uno\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(failureKey(latin1, ImportKind.DETAINEES)).isEqualTo("import.file.notUtf8");
        assertThat(failureKey(TestFiles.csv(dir, "quote.csv", "A-Number,Family Name,Given Name\nA999000001,\"Prueba,Uno\n"),
                ImportKind.DETAINEES)).isEqualTo("import.file.csvBroken");
        assertThat(failureKey(dir.resolve("nowhere.csv"), ImportKind.DETAINEES)).isEqualTo("import.file.missing");
    }

    record Entry(String name, byte[] data) {
    }

    static List<Entry> entries(byte[] zip) throws IOException {
        List<Entry> out = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.add(new Entry(e.getName(), in.readAllBytes()));
            }
        }
        return out;
    }

    static byte[] zip(List<Entry> entries) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(b)) {
            for (Entry e : entries) {
                out.putNextEntry(new ZipEntry(e.name()));
                out.write(e.data());
                out.closeEntry();
            }
        }
        return b.toByteArray();
    }

    /** The valid workbook with its sheet padded by 30 MB of spaces: tiny compressed, huge unpacked. */
    Path zipBomb(Path valid) throws IOException {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries(Files.readAllBytes(valid))) {
            if (e.name().equals("xl/worksheets/sheet1.xml")) {
                String xml = new String(e.data(), StandardCharsets.UTF_8);
                int at = xml.indexOf("<sheetData");
                ByteArrayOutputStream padded = new ByteArrayOutputStream();
                padded.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                byte[] spaces = new byte[1 << 20];
                java.util.Arrays.fill(spaces, (byte) ' ');
                for (int i = 0; i < 30; i++) {
                    padded.write(spaces);
                }
                padded.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                out.add(new Entry(e.name(), padded.toByteArray()));
            } else {
                out.add(e);
            }
        }
        Path p = dir.resolve("bomb.xlsx");
        try (OutputStream o = Files.newOutputStream(p)) {
            o.write(zip(out));
        }
        return p;
    }

    static byte[] read(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}
