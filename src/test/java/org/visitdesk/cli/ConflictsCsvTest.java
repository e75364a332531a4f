package org.visitdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitdesk.ChildJvm;
import org.visitdesk.app.VisitChange;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.DetaineeStatus;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.VisitType;
import org.visitdesk.domain.Visitor;
import org.visitdesk.domain.VisitorStatus;

/** {@code conflicts --format csv} never writes a cell that a spreadsheet would run. */
class ConflictsCsvTest {

    @Test
    void namesThatLookLikeFormulasAreNeutralised(@TempDir Path dir) throws Exception {
        LocalDate tuesday = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
        try (Workspace ws = Workspace.open(dir, Clock.systemDefaultZone())) {
            long facility = ws.facilities().listAll().get(0).id();
            Detainee d = ws.detainees().save(new Detainee(0, ANumber.parse("A999000441").orElseThrow(),
                    "=HYPERLINK(\"http://example.org\",\"x\")", "+Uno", null, "", List.of("Mam"), "", facility,
                    "West 3A", DetaineeStatus.DETAINED, null, "")).saved();
            // not cleared: a conflict that names the visitor
            Visitor v = ws.visitors().save(new Visitor(0, "@Dos", "-Tres", "", "", List.of("Spanish"), null, false,
                    VisitorStatus.ACTIVE, "")).saved();
            VisitChange saved = ws.schedule().plan(new Visit(0, d.id(), facility, tuesday.atTime(12, 10),
                    tuesday.atTime(13, 10), List.of(v.id()), VisitType.SOCIAL, VisitStatus.SCHEDULED, "", ""),
                    "kept to test the CSV");
            assertThat(saved.isSaved()).as(saved.kind().toString()).isTrue();
        }
        ChildJvm.Result r = ChildJvm.run("--data-dir", dir.toString(), "conflicts", "--format", "csv",
                "--from", tuesday.toString(), "--to", tuesday.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        List<CSVRecord> rows = new ArrayList<>(CSVFormat.RFC4180.parse(new StringReader(r.out())).getRecords());
        assertThat(rows).hasSizeGreaterThan(2);
        assertThat(r.out()).contains("HYPERLINK", "@Dos");
        for (CSVRecord row : rows) {
            for (String cell : row) {
                assertThat(cell).as("a cell of " + row).doesNotStartWith("=").doesNotStartWith("+")
                        .doesNotStartWith("-").doesNotStartWith("@");
            }
        }
    }
}
