package org.visitdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitdesk.ChildJvm;

/** {@code visitdesk export ics} and {@code export mailmerge} in a child JVM, on made-up sample data. */
class VolunteerFilesCommandTest {

    @TempDir
    static Path shared;

    static Path data;

    @BeforeAll
    static void sampleData() {
        data = shared.resolve("data");
        ChildJvm.Result r = ChildJvm.run("--data-dir", data.toString(), "sample-data", "--detainees", "20",
                "--visitors", "6", "--visits", "40", "--seed", "5");
        assertThat(r.exitCode()).as(r.toString()).isZero();
    }

    @Test
    void icsWritesOneParsableFilePerVolunteer(@TempDir Path out) throws IOException, ParserException {
        ChildJvm.Result r = ChildJvm.run("--data-dir", data.toString(), "export", "ics", "--from", "2000-01-01",
                "--to", "2100-12-31", "--out", out.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).as(r.toString()).isBlank();
        assertThat(r.out()).contains("calendar files");
        List<Path> files;
        try (Stream<Path> s = Files.list(out)) {
            files = s.toList();
        }
        assertThat(files).isNotEmpty().hasSizeLessThanOrEqualTo(6).allMatch(f -> f.toString().endsWith(".ics"));
        for (Path f : files) {
            try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                assertThat(new CalendarBuilder().build(in).getComponents("VEVENT")).isNotEmpty();
            }
            assertThat(Files.readString(f)).doesNotContainPattern("A-?999").contains("TZID=America/Los_Angeles");
        }
    }

    @Test
    void mailmergeWritesTheColumns(@TempDir Path out) throws IOException {
        Path csv = out.resolve("reminders.csv");
        ChildJvm.Result r = ChildJvm.run("--data-dir", data.toString(), "export", "mailmerge", "--from",
                "2000-01-01", "--to", "2100-12-31", "--out", csv.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        try (CSVParser p = CSVParser.parse(csv, StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertThat(p.getHeaderNames()).containsExactly("visitor_name", "email", "phone", "date", "time", "end",
                    "building", "address", "co_visitors", "person_first_name");
            assertThat(p.getRecords()).isNotEmpty();
        }
        assertThat(Files.readString(csv)).doesNotContainPattern("A-?999");
    }

    @Test
    void aMissingFolderOrAWrongFileIsWrongUsage(@TempDir Path out) {
        ChildJvm.Result r = ChildJvm.run("--data-dir", data.toString(), "export", "ics", "--from", "2026-01-01",
                "--to", "2026-01-31", "--out", out.resolve("nowhere").toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.errLines().get(0)).contains("folder");
        r = ChildJvm.run("--data-dir", data.toString(), "export", "mailmerge", "--from", "2026-01-01",
                "--to", "2026-01-31", "--out", out.resolve("r.xlsx").toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.errLines().get(0)).contains(".csv");
    }
}
