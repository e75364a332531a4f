package org.visitdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitdesk.ChildJvm;
import org.visitdesk.importing.TestFiles;

/** {@code visitdesk import} in a child JVM: exit codes, the summary, the error lines, and dry runs. */
class ImportCommandTest {

    @Test
    void importsACsvThenReportsBadRowsAndDryRunsChangeNothing(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Path good = TestFiles.csv(dir, "people.csv", TestFiles.detaineesCsv(4));
        ChildJvm.Result dry = ChildJvm.run("--data-dir", data.toString(), "import", "detainees", good.toString(),
                "--dry-run");
        assertThat(dry.exitCode()).as(dry.toString()).isZero();
        assertThat(dry.out()).contains("Dry run, nothing was changed. Detainees: 4 would be created");
        assertThat(CommandLineTest.counts(data).detainees()).isZero();

        ChildJvm.Result ok = ChildJvm.run("--data-dir", data.toString(), "import", "detainees", good.toString());
        assertThat(ok.exitCode()).as(ok.toString()).isZero();
        assertThat(ok.out()).contains("Detainees: 4 created, 0 updated, 0 unchanged, 0 conflicts.");
        assertThat(ok.err()).as(ok.toString()).isBlank();
        assertThat(CommandLineTest.counts(data).detainees()).isEqualTo(4);

        Path bad = TestFiles.csv(dir, "bad.csv", TestFiles.detaineesCsv(6).replace("A999000003", "A3")
                .replace("Prueba,Uno 5", ",Uno 5"));
        ChildJvm.Result r = ChildJvm.run("--data-dir", data.toString(), "import", "detainees", bad.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.errLines()).as(r.toString()).hasSize(3);
        assertThat(r.errLines().get(0)).startsWith("row 4, column A (A-Number): “A3” is not an A-number");
        assertThat(r.errLines().get(1)).isEqualTo("row 6, column B (Family Name): Required.");
        assertThat(r.errLines().get(2)).startsWith("visitdesk: 2 rows have errors, so nothing was imported.");
        assertThat(r.err()).doesNotContain("\tat ");
        assertThat(CommandLineTest.counts(data).detainees()).isEqualTo(4);
    }

    @Test
    void aBrokenFileIsOneLineAndAWrongKindIsWrongUsage(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Path empty = TestFiles.csv(dir, "empty.csv", "");
        ChildJvm.Result r = ChildJvm.run("--data-dir", data.toString(), "import", "visitors", empty.toString());
        CommandLineTest.assertOneLineFailure(r, 1);
        assertThat(r.err()).contains("The file is empty. Nothing was imported.");

        ChildJvm.Result usage = ChildJvm.run("--data-dir", data.toString(), "import", "volunteers", empty.toString());
        assertThat(usage.exitCode()).as(usage.toString()).isEqualTo(2);
        assertThat(usage.errLines().get(0)).contains("volunteers");
    }

    @Test
    void aDoubleBookingInTheFileIsImportedAndItsConflictPrinted(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Path people = TestFiles.csv(dir, "d.csv", "A-Number,Family Name,Given Name,Facility,Housing Unit\n"
                + "A999000001,Prueba,Uno,Adelanto ICE Processing Center,West 3B\n");
        Path volunteers = TestFiles.csv(dir, "v.csv", "Family Name,Given Name,Email,Orientation Date,ID Checked\n"
                + "Visita,Una,una@example.org,2025-01-01,yes\nVisita,Otra,otra@example.org,2025-01-01,yes\n");
        Path visits = TestFiles.csv(dir, "visits.csv", "A-Number,Date,Start,Visitors\n"
                + "A999000001,2030-03-05,13:30,una@example.org\n"
                + "A999000001,2030-03-05,13:30,otra@example.org\n");
        for (String[] args : new String[][] {{"detainees", people.toString()}, {"visitors", volunteers.toString()}}) {
            ChildJvm.Result r = ChildJvm.run("--data-dir", data.toString(), "import", args[0], args[1]);
            assertThat(r.exitCode()).as(r.toString()).isZero();
        }
        ChildJvm.Result r = ChildJvm.run("--data-dir", data.toString(), "import", "visits", visits.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Visits: 2 created, 0 updated, 0 unchanged, ")
                .contains("DETAINEE_DOUBLE_BOOKED (ERROR): Uno Prueba has two visits at once on Tue 5 Mar:"
                        + " at 13:30 with Una Visita and at 13:30 with Otra Visita."
                        + " Move the one at 13:30 with Otra Visita: it was planned later.");
        assertThat(CommandLineTest.counts(data).visits()).isEqualTo(2);

        ChildJvm.Result again = ChildJvm.run("--data-dir", data.toString(), "import", "visits", visits.toString());
        assertThat(again.out()).as(again.toString()).contains("Visits: 0 created, 0 updated, 2 unchanged");
        assertThat(CommandLineTest.counts(data).visits()).isEqualTo(2);
    }
}
