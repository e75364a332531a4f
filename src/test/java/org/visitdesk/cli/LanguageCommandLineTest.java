package org.visitdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitdesk.ChildJvm;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.DetaineeStatus;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.VisitType;
import org.visitdesk.ui.UiFixture;

/**
 * Every command prints in English unless {@code --lang es} asks for Spanish, whatever the computer's language: run
 * as a user runs it, on a computer set to Spanish.
 */
class LanguageCommandLineTest {

    /** A computer whose own language is Spanish. */
    private static final List<String> SPANISH_COMPUTER = List.of("-Duser.language=es", "-Duser.country=MX");
    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 8);

    @TempDir
    Path dir;

    private Path folder;

    /** One person with one visit outside visiting hours, saved anyway: one conflict to report. */
    @BeforeEach
    void oneConflict() {
        folder = dir.resolve("records");
        try (Workspace ws = Workspace.open(folder, UiFixture.clock())) {
            long adelanto = ws.facilities().listAll().get(0).id();
            Detainee d = ws.detainees().save(new Detainee(0, ANumber.parse("A999000001").orElseThrow(), "Uno",
                    "Prueba", null, "Honduras", List.of("Spanish"), "", adelanto, "West 3A", DetaineeStatus.DETAINED,
                    null, "")).saved();
            Visit outside = new Visit(0, d.id(), adelanto, TUESDAY.atTime(15, 0), TUESDAY.atTime(16, 0), List.of(),
                    VisitType.LEGAL_ACCOMPANIMENT, VisitStatus.SCHEDULED, "", "");
            assertThat(ws.schedule().plan(outside, "Court date").isSaved()).isTrue();
        }
    }

    private ChildJvm.Result run(String... args) {
        return ChildJvm.run(SPANISH_COMPUTER, Map.of(), args);
    }

    @Test
    void conflictsSpeakEnglishOnASpanishComputerAndSpanishWhenAsked() {
        String day = TUESDAY.toString();
        ChildJvm.Result english = run("--data-dir", folder.toString(), "conflicts", "--from", day, "--to", day);
        assertThat(english.exitCode()).as(english.toString()).isZero();
        assertThat(english.out()).contains("OUTSIDE_VISITING_HOURS", "Prueba Uno", "on Tuesday",
                "2 conflicts (1 error, 1 warning) from 2026-12-08 to 2026-12-08");
        assertThat(english.out()).doesNotContain("martes", "conflictos");

        ChildJvm.Result spanish = run("--data-dir", folder.toString(), "--lang", "es", "conflicts", "--from", day,
                "--to", day);
        assertThat(spanish.exitCode()).as(spanish.toString()).isZero();
        assertThat(spanish.out()).contains("OUTSIDE_VISITING_HOURS", "Prueba Uno", "el martes",
                "2 conflictos (1 error, 1 aviso) del 2026-12-08 al 2026-12-08");
        assertThat(spanish.out()).doesNotContain("on Tuesday", "from 2026");
    }

    @Test
    void importAndBackupFollowTheLanguageToo() throws Exception {
        Path csv = dir.resolve("people.csv");
        Files.writeString(csv, "A-Number,Family Name,Given Name\nA999000002,Dos,Prueba\n");
        ChildJvm.Result english = run("--data-dir", folder.toString(), "import", "detainees", csv.toString(),
                "--dry-run");
        assertThat(english.out()).as(english.toString()).contains("Dry run, nothing was changed. Detainees: 1 would");

        ChildJvm.Result spanish = run("--data-dir", folder.toString(), "--lang", "es", "import", "detainees",
                csv.toString(), "--dry-run");
        assertThat(spanish.exitCode()).as(spanish.toString()).isZero();
        assertThat(spanish.out()).contains("no se cambió nada").doesNotContain("Dry run");

        ChildJvm.Result backup = run("--data-dir", folder.toString(), "--lang", "es", "backup");
        assertThat(backup.exitCode()).as(backup.toString()).isZero();
        assertThat(backup.out()).startsWith("Copia de seguridad guardada en ");
    }

    @Test
    void aFailureLineFollowsTheLanguage() {
        Path file = dir.resolve("missing-folder").resolve("roster.xlsx");
        ChildJvm.Result spanish = run("--data-dir", folder.toString(), "--lang", "es", "export", "roster",
                "--from", TUESDAY.toString(), "--to", TUESDAY.toString(), "--out", file.toString());
        assertThat(spanish.exitCode()).as(spanish.toString()).isEqualTo(1);
        assertThat(spanish.errLines()).singleElement().asString().startsWith("visitdesk: ").contains("carpeta");
    }

    @Test
    void anUnknownLanguageIsWrongUsage() {
        ChildJvm.Result r = run("--data-dir", folder.toString(), "--lang", "fr", "conflicts");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("'fr' is not a language here");
    }
}
