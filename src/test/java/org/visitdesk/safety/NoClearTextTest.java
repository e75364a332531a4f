package org.visitdesk.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitdesk.app.Diagnostics;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.DetaineeStatus;
import org.visitdesk.domain.Visitor;
import org.visitdesk.domain.VisitorStatus;

/** With encryption on, no file in the data folder holds a name, an A-number or a phone in clear text. */
class NoClearTextTest {

    static final String FAMILY = "Zyxwvutsrq";
    static final String GIVEN = "Qwertzuiopå";
    static final String A_NUMBER = "A246813579";
    static final String VISITOR = "Mnbvcxzlkj";
    static final String PHONE = "(760) 555-0173";
    static final char[] PASS = "una frase bastante larga".toCharArray();

    @TempDir
    Path dir;

    /** The needles in the forms a file could hold them. */
    static List<byte[]> needles() {
        List<byte[]> out = new ArrayList<>();
        for (String s : List.of(FAMILY, GIVEN, A_NUMBER, "246813579", VISITOR, "5550173", "555-0173")) {
            for (Charset cs : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
                out.add(s.getBytes(cs));
            }
        }
        return out;
    }

    static boolean contains(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    static List<String> leaks(Path folder) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                for (byte[] n : needles()) {
                    if (contains(bytes, n)) {
                        found.add(folder.relativize(f) + ": " + new String(n, StandardCharsets.ISO_8859_1));
                    }
                }
            }
        }
        return found;
    }

    void seed(Workspace ws) {
        long facility = ws.facilities().listAll().get(0).id();
        Detainee d = new Detainee(0, ANumber.parse(A_NUMBER).orElseThrow(), FAMILY, GIVEN, LocalDate.of(1988, 3, 4),
                "Guatemala", List.of("Mam"), "F", facility, "East 2B", DetaineeStatus.DETAINED, null,
                "Hermana: " + PHONE);
        assertThat(ws.detainees().save(d).errors()).isEmpty();
        Visitor v = new Visitor(0, VISITOR, "Prueba", "mnbvcxzlkj@example.org", PHONE, List.of("Spanish"),
                LocalDate.of(2026, 1, 5), true, VisitorStatus.ACTIVE, "");
        assertThat(ws.visitors().save(v).errors()).isEmpty();
        // a save that fails on a unique key: H2 would quote the A-number in its trace file and message
        Detainee same = new Detainee(0, ANumber.parse(A_NUMBER).orElseThrow(), "Otra", "Persona",
                LocalDate.of(1980, 1, 1), "Mexico", List.of("Spanish"), "M", facility, "", DetaineeStatus.DETAINED,
                null, "");
        assertThat(ws.detainees().save(same).errors()).isNotEmpty();
    }

    @Test
    void noFileInTheDataFolderHoldsANameAnANumberOrAPhone() throws IOException {
        Diagnostics.logTo(dir);
        try (Workspace ws = Workspace.open(dir, Clock.systemDefaultZone(), PASS)) {
            assertThat(ws.encrypted()).isTrue();
            seed(ws);
            ws.dailyBackupIfDue();
            ws.backupTo(dir.resolve("usb/copy.zip"));
            // an unexpected error whose message quotes the data: the log must keep only its kind and place
            Diagnostics.logUnexpected(new IllegalStateException("bad row " + A_NUMBER + " " + FAMILY,
                    new java.sql.SQLException("Unique index violation: " + PHONE)));
            ws.backupAutomatic("close");
        }
        assertThat(dir.resolve(Diagnostics.LOG_FILE)).exists();
        assertThat(Files.readString(dir.resolve(Diagnostics.LOG_FILE))).contains("IllegalStateException");
        assertThat(Workspace.backups(dir)).hasSize(2);
        List<String> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).toList();
        }
        System.out.println("scanned: " + files);
        assertThat(leaks(dir)).isEmpty();
        // the records are really there
        try (Workspace ws = Workspace.open(dir, Clock.systemDefaultZone(), PASS)) {
            assertThat(ws.detainees().search(FAMILY, 5)).hasSize(1);
        }
    }

    @Test
    void theScanFindsTheNamesInAnUnencryptedStore() throws IOException {
        // the same scan must fail without encryption, or it proves nothing
        try (Workspace ws = Workspace.open(dir, Clock.systemDefaultZone(), null)) {
            seed(ws);
        }
        assertThat(leaks(dir)).isNotEmpty();
    }
}
