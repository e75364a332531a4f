package org.visitdesk.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.visitdesk.app.ImportFileKind;
import org.visitdesk.app.ImportResult;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.DetaineeStatus;

/**
 * Values that slipped through before: longer than their column, with control characters, dates no one was born
 * on, and xlsx date cells holding 1e308 or NaN. Each is a {@code row N, column C (Title): ...} error on its own
 * row, nothing is imported, no SQL failure, and standard error stays quiet.
 */
class BadValuesTest {

    @TempDir
    Path dir;
    Workspace ws;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("data"), ImportServiceTest.CLOCK);
        long facility = ws.facilities().listAll().get(0).id();
        ws.detainees().save(new Detainee(0, ANumber.parse("A999000700").orElseThrow(), "Saved", "Prueba", null, "",
                List.of("Spanish"), "", facility, "West 3A", DetaineeStatus.DETAINED, null, ""));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    static String times(char c, int n) {
        return String.valueOf(c).repeat(n);
    }

    /** kind, header, a good row, the bad row (third line: spreadsheet row 3), the column it names, the key. */
    static Stream<Arguments> badRows() {
        String d = "A-Number,Family Name,Given Name,Date of Birth,Country of Birth,Housing Unit,Notes";
        String good = "A999000701,Prueba,Uno,1990-01-02,Mexico,West 3A,ok";
        String v = "Family Name,Given Name,Email,Phone,Notes";
        String goodV = "Prueba,Uno,uno@example.org,760 555 0101,ok";
        String w = "A-Number,Date,Start,Notes";
        String goodW = "A999000700,2026-03-03,12:10,ok";
        return Stream.of(
                Arguments.of(ImportFileKind.DETAINEES, d, good, "A999000702," + times('x', 201) + ",Dos,,,,",
                        "B (Family Name)", "error.tooLong"),
                Arguments.of(ImportFileKind.DETAINEES, d, good, "A999000702,Prueba,Dos\u001b[2J,,,,",
                        "C (Given Name)", "error.controlCharacterOrLineBreak"),
                Arguments.of(ImportFileKind.DETAINEES, d, good, "A999000702,Prueba,Dos,1899-12-31,,,",
                        "D (Date of Birth)", "import.value.dateRange"),
                Arguments.of(ImportFileKind.DETAINEES, d, good, "A999000702,Prueba,Dos,,Mex\u0007ico,,",
                        "E (Country of Birth)", "error.controlCharacterOrLineBreak"),
                Arguments.of(ImportFileKind.DETAINEES, d, good, "A999000702,Prueba,Dos,,," + times('u', 101) + ",",
                        "F (Housing Unit)", "error.tooLong"),
                Arguments.of(ImportFileKind.DETAINEES, d, good, "A999000702,Prueba,Dos,,,," + times('n', 8001),
                        "G (Notes)", "error.tooLong"),
                Arguments.of(ImportFileKind.VISITORS, v, goodV, "Prueba,Dos," + times('e', 10_000) + "@example.org,,",
                        "C (Email)", "error.tooLong"),
                Arguments.of(ImportFileKind.VISITORS, v, goodV, "Prueba,Dos,,760 555 " + times('1', 44) + ",",
                        "D (Phone)", "error.tooLong"),
                Arguments.of(ImportFileKind.VISITORS, v, goodV, "Prueba,Dos,,,\"two\nlines \u001b ok\"",
                        "E (Notes)", "error.controlCharacter"),
                Arguments.of(ImportFileKind.VISITS, w, goodW, "A999000700,2026-03-05,12:10," + times('n', 8001),
                        "D (Notes)", "error.tooLong"),
                Arguments.of(ImportFileKind.VISITS, w, goodW, "A999000700,1850-03-05,12:10,",
                        "B (Date)", "import.value.dateRange"));
    }

    @ParameterizedTest(name = "{0}: {4} {5}")
    @MethodSource("badRows")
    void eachBadValueIsARowExactErrorAndNothingIsImported(ImportFileKind kind, String header, String good, String bad,
            String column, String key) throws Exception {
        Path file = TestFiles.csv(dir, "bad.csv", header + "\n" + good + "\n" + bad + "\n" + good.replace("701",
                "703").replace("uno@", "tres@").replace("03-03", "03-10") + "\n");
        String before = ImportServiceTest.snapshot(ws);
        ImportResult r = quietly(() -> ws.imports().run(file, kind, null, false, null));
        assertThat(r.problem()).as("a problem with the file as a whole").isNull();
        assertThat(r.errors()).as(r.errorLines(Locale.ENGLISH).toString()).allSatisfy(e -> assertThat(e.row())
                .isEqualTo(3)).anySatisfy(e -> {
                    assertThat(e.column()).isEqualTo(column);
                    assertThat(e.key()).isEqualTo(key);
                });
        assertThat(r.errorLines(Locale.ENGLISH)).allSatisfy(l -> assertThat(l).startsWith("row 3, column ")
                .doesNotContain("\u001b", "\u0007").doesNotContain("\n"));
        assertThat(ImportServiceTest.snapshot(ws)).isEqualTo(before);
    }

    /** An xlsx whose date-of-birth cell (a real date cell) holds a number no date is made of. */
    static Stream<Arguments> extremeDateCells() {
        return Stream.of(Arguments.of("1e308"), Arguments.of("NaN"), Arguments.of("-5"), Arguments.of("INF"),
                Arguments.of("0"));
    }

    @ParameterizedTest(name = "date cell {0}")
    @MethodSource("extremeDateCells")
    void anXlsxDateCellHoldingNoPlausibleDateIsRefused(String raw) throws Exception {
        Path valid = TestFiles.xlsx(dir, "dob.xlsx", List.of(
                List.of("A-Number", "Family Name", "Given Name", "Date of Birth"),
                List.of("A999000701", "Prueba", "Uno", LocalDate.of(1990, 1, 2)),
                List.of("A999000702", "Prueba", "Dos", LocalDate.of(1991, 3, 4))));
        // 1991-03-04 is Excel day 33301: put the raw value in its place
        List<BrokenFilesTest.Entry> entries = new ArrayList<>();
        boolean replaced = false;
        for (BrokenFilesTest.Entry e : BrokenFilesTest.entries(Files.readAllBytes(valid))) {
            if (e.name().startsWith("xl/worksheets/sheet")) {
                String xml = new String(e.data(), StandardCharsets.UTF_8);
                replaced = xml.contains("<v>33301.0</v>");
                entries.add(new BrokenFilesTest.Entry(e.name(), xml.replace("<v>33301.0</v>", "<v>" + raw + "</v>")
                        .getBytes(StandardCharsets.UTF_8)));
            } else {
                entries.add(e);
            }
        }
        assertThat(replaced).as("the date cell was found").isTrue();
        Path file = Files.write(dir.resolve("extreme.xlsx"), BrokenFilesTest.zip(entries));
        String before = ImportServiceTest.snapshot(ws);
        ImportResult r = quietly(() -> ws.imports().run(file, ImportFileKind.DETAINEES, null, false, null));
        assertThat(r.problem()).isNull();
        assertThat(r.errors()).as(r.errorLines(Locale.ENGLISH).toString()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(3);
            assertThat(e.column()).isEqualTo("D (Date of Birth)");
            assertThat(e.key()).isIn("import.value.date", "import.value.dateRange");
        });
        assertThat(ImportServiceTest.snapshot(ws)).isEqualTo(before);
    }

    /** Runs the import with standard error captured; it must hold no stack trace and no value. */
    static ImportResult quietly(java.util.function.Supplier<ImportResult> work) {
        PrintStream real = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        ImportResult r;
        try {
            r = work.get();
        } finally {
            System.setErr(real);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).as("standard error").isEmpty();
        return r;
    }
}
