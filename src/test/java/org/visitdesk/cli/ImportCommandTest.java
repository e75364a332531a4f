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
}
