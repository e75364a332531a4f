package org.visitdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitdesk.ChildJvm;
import org.visitdesk.importing.TestFiles;

/**
 * Requests on the command line, on a store built by the test: a bad sign-up sheet imports nothing and lists every
 * bad row, a good one is matched to the people in the records, and {@code requests} lists the waiting list.
 */
class RequestsCommandLineTest {

    static final LocalDate TODAY = LocalDate.now();

    @Test
    void importASignUpSheetThenListTheWaitingList(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Path people = TestFiles.csv(dir, "d.csv", "A-Number,Family Name,Given Name,Country of Birth,Languages\n"
                + "A999000001,Prueba,Uno,Guatemala,Mam\n");
        AfterTheVisitCommandLineTest.ok(data, "import", "detainees", people.toString());

        String header = "Received,Source,A-Number,Family Name,Given Name,Country of Birth,Languages,Caller,"
                + "Relationship,Caller Phone,Needs,Urgency,Notes\n";
        Path bad = TestFiles.csv(dir, "bad.csv", header
                + TODAY + ",sign-up sheet,,Prueba,Uno,Guatemala,Mam,,,,,urgent,\n"
                + TODAY + ",hotline,,,Dos,Honduras,Spanish,Rosa,mother,555-0100,,soon,\n"
                + "someday,hotline,A12,Prueba,Tres,,,,,,,whenever,\n");
        ChildJvm.Result refused = AfterTheVisitCommandLineTest.run(data, "import", "requests", bad.toString());
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.errLines()).as(refused.toString()).startsWith(
                "row 3, column D (Family Name): Say whom the request is for: an A-number, or both the given and "
                        + "family names (with the country of birth, the ICE locator can find them).");
        assertThat(refused.errLines()).as(refused.toString()).anyMatch(l -> l.startsWith("row 4, column A (Received)"))
                .anyMatch(l -> l.startsWith("row 4, column C (A-Number)"))
                .anyMatch(l -> l.startsWith("row 4, column L (Urgency): “whenever” is not an urgency"))
                .last().asString().startsWith("visitdesk: ");
        String listed = AfterTheVisitCommandLineTest.ok(data, "requests", "--format", "csv").out();
        assertThat(listed.strip()).isEqualTo("id,received,a_number,name,languages,urgency,status,waiting_days");

        Path good = TestFiles.csv(dir, "good.csv", header
                + TODAY.minusDays(9) + ",sign-up sheet,,Prueba,Uno,Guatemala,Mam,,,,commissary,routine,\n"
                + TODAY.minusDays(2) + ",hotline,,Prueba,Dos,Honduras,Spanish,Rosa,mother,555-0100,,urgent,\n"
                + TODAY.minusDays(1) + ",family,A999000003,Prueba,Tres,Mexico,Spanish,,,,,routine,\n");
        assertThat(AfterTheVisitCommandLineTest.ok(data, "import", "requests", good.toString()).out())
                .contains("Requests: 3 created");
        ChildJvm.Result csv = AfterTheVisitCommandLineTest.ok(data, "requests", "--format", "csv");
        assertThat(csv.out().strip().lines()).containsExactly(
                "id,received,a_number,name,languages,urgency,status,waiting_days",
                "2," + TODAY.minusDays(2) + ",,Dos Prueba,Spanish,URGENT,NEW,2",
                "1," + TODAY.minusDays(9) + ",A-999-000-001,Uno Prueba,Mam,ROUTINE,MATCHED,9",
                "3," + TODAY.minusDays(1) + ",A-999-000-003,Tres Prueba,Spanish,ROUTINE,MATCHED,1");
        ChildJvm.Result spanish = AfterTheVisitCommandLineTest.ok(data, "--lang", "es", "requests");
        assertThat(spanish.out()).contains("3 solicitudes; la que más espera lleva 9 días.");
    }
}
