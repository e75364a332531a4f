package org.visitdesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.Detainee;

/** Encryption at rest, backups, restore and the migration backup, on real H2 files. */
class EncryptedStoreTest {

    static final char[] PASS = "correct horse battery staple".toCharArray();

    @TempDir
    Path dir;

    static long facility(Store s) {
        return s.dao(FacilityDao.class).all().get(0).id();
    }

    static void add(Store s, String aNumber, String family) {
        Detainee d = StoreTest.detainee(aNumber, family, "Prueba", facility(s));
        s.dao(DetaineeDao.class).insert(d);
    }

    static long facilities(Store s) {
        Long n = s.read(h -> h.select("SELECT COUNT(*) FROM facility").mapTo(Long.class).one());
        return n;
    }

    static List<String> aNumbers(Store s) {
        return s.dao(DetaineeDao.class).all().stream().map(d -> d.aNumber().value()).sorted().toList();
    }

    @Test
    void aNewStoreWithAPassphraseIsEncryptedAndOpensOnlyWithIt() {
        long t0 = System.nanoTime();
        try (Store s = Store.open(dir, PASS)) {
            assertThat(s.encrypted()).isTrue();
            add(s, "A201-555-123", "Zyxwvutsrq");
        }
        long created = System.nanoTime() - t0;
        assertThat(Store.state(dir)).isEqualTo(Store.State.ENCRYPTED);
        assertThat(dir.resolve(StoreKey.FILE_NAME)).exists();

        assertThatThrownBy(() -> Store.open(dir, "wrong horse".toCharArray()))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.WRONG_PASSPHRASE));
        assertThatThrownBy(() -> Store.open(dir))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.NEEDS_PASSPHRASE));
        long t1 = System.nanoTime();
        try (Store s = Store.open(dir, PASS)) {
            assertThat(aNumbers(s)).containsExactly("A201555123");
        }
        System.out.printf("encrypted store: created in %.2f s, reopened in %.2f s%n", created / 1e9,
                (System.nanoTime() - t1) / 1e9);
    }

    @Test
    void anUnencryptedStoreIgnoresAPassphrase() {
        try (Store s = Store.open(dir)) {
            add(s, "A201-555-124", "Plain");
        }
        try (Store s = Store.open(dir, PASS)) {
            assertThat(s.encrypted()).isFalse();
            assertThat(aNumbers(s)).containsExactly("A201555124");
        }
        assertThat(Store.state(dir)).isEqualTo(Store.State.PLAIN);
    }

    @Test
    void thePassphraseCanBeChangedAndAPlainStoreEncrypted() {
        try (Store s = Store.open(dir)) {
            add(s, "A201-555-125", "Cambio");
        }
        Backups.changePassphrase(dir, null, PASS);
        assertThat(Store.state(dir)).isEqualTo(Store.State.ENCRYPTED);
        assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(StoreException.class);
        try (Store s = Store.open(dir, PASS)) {
            assertThat(aNumbers(s)).containsExactly("A201555125");
        }
        char[] next = "a new passphrase".toCharArray();
        assertThatThrownBy(() -> Backups.changePassphrase(dir, "not it".toCharArray(), next))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.WRONG_PASSPHRASE));
        Backups.changePassphrase(dir, PASS, next);
        assertThatThrownBy(() -> Store.open(dir, PASS)).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.WRONG_PASSPHRASE));
        try (Store s = Store.open(dir, next)) {
            assertThat(aNumbers(s)).containsExactly("A201555125");
        }
        assertThat(dir.resolve(StoreKey.FILE_NAME + ".new")).doesNotExist();
    }

    @Test
    void backupAndRestoreRoundTripKeepingTheReplacedStore() throws IOException {
        Path usb = dir.resolve("usb/copy.zip");
        try (Store s = Store.open(dir, PASS)) {
            add(s, "A201-555-126", "Antes");
            s.backupTo(usb);
            add(s, "A201-555-127", "Despues");
        }
        assertThat(usb).exists();
        Backups.restore(dir, usb, PASS, Clock.systemDefaultZone());
        try (Store s = Store.open(dir, PASS)) {
            assertThat(aNumbers(s)).containsExactly("A201555126");
        }
        List<Backups.BackupFile> kept = Backups.list(dir);
        assertThat(kept).singleElement().satisfies(b -> assertThat(b.path().getFileName().toString())
                .endsWith("-before-restore.zip"));
        // the replaced store, with the later record, is itself restorable
        Backups.restore(dir, kept.get(0).path(), PASS, Clock.systemDefaultZone());
        try (Store s = Store.open(dir, PASS)) {
            assertThat(aNumbers(s)).containsExactly("A201555126", "A201555127");
        }
        assertThat(dir.resolve(".restore")).doesNotExist();
    }

    @Test
    void aDamagedBackupOrAWrongPassphraseIsRefusedWithTheStoreUntouched() throws IOException {
        Path good = dir.resolve("good.zip");
        try (Store s = Store.open(dir, PASS)) {
            add(s, "A201-555-128", "Intacto");
            s.backupTo(good);
        }
        byte[] before = Files.readAllBytes(Store.dbFile(dir));
        byte[] saltBefore = Files.readAllBytes(dir.resolve(StoreKey.FILE_NAME));

        // 1. not a zip at all
        Path junk = Files.write(dir.resolve("junk.zip"), "this is not a backup".getBytes());
        // 2. a zip cut in half
        byte[] whole = Files.readAllBytes(good);
        Path cut = Files.write(dir.resolve("cut.zip"), java.util.Arrays.copyOf(whole, whole.length / 2));
        // 3. the backup with bytes in its middle overwritten (a bad USB stick)
        byte[] rotten = whole.clone();
        for (int i = rotten.length / 3; i < rotten.length / 3 + 64; i++) {
            rotten[i] ^= (byte) 0x5a;
        }
        Path garbled = Files.write(dir.resolve("garbled.zip"), rotten);
        for (Path bad : List.of(junk, cut, garbled)) {
            assertThatThrownBy(() -> Backups.restore(dir, bad, PASS, Clock.systemDefaultZone()))
                    .as(bad.getFileName().toString())
                    .isInstanceOfSatisfying(StoreException.class,
                            e -> assertThat(e.kind()).isIn(StoreException.Kind.DAMAGED_BACKUP,
                                    StoreException.Kind.WRONG_PASSPHRASE));
        }
        // a backup made with another passphrase says so, in words of its own
        assertThatThrownBy(() -> Backups.restore(dir, good, "wrong".toCharArray(), Clock.systemDefaultZone()))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.BACKUP_OTHER_PASSPHRASE));
        assertThat(Files.readAllBytes(Store.dbFile(dir))).isEqualTo(before);
        assertThat(Files.readAllBytes(dir.resolve(StoreKey.FILE_NAME))).isEqualTo(saltBefore);
        assertThat(Backups.list(dir)).isEmpty();
        try (Store s = Store.open(dir, PASS)) {
            assertThat(aNumbers(s)).containsExactly("A201555128");
        }
    }

    @Test
    void automaticBackupsKeepTheNewestFourteenAndKnowWhetherOneWasMadeToday() {
        Instant start = Instant.parse("2026-12-01T09:00:00Z");
        try (Store s = Store.open(dir)) {
            assertThat(Backups.dueToday(dir, LocalDate.of(2026, 12, 1))).isTrue();
            for (int i = 0; i < 17; i++) {
                s.backupAutomatic("close", Clock.fixed(start.plusSeconds(3600L * i), ZoneOffset.UTC));
            }
        }
        List<Backups.BackupFile> kept = Backups.list(dir);
        assertThat(kept).hasSize(Backups.KEEP);
        assertThat(kept.get(0).path().getFileName().toString()).startsWith("visitdesk-20261202-0100");
        assertThat(kept.get(13).path().getFileName().toString()).startsWith("visitdesk-20261201-1200");
        assertThat(kept).allSatisfy(b -> assertThat(b.size()).isPositive());
        assertThat(Backups.dueToday(dir, LocalDate.of(2026, 12, 2))).isFalse();
        assertThat(Backups.dueToday(dir, LocalDate.of(2026, 12, 3))).isTrue();
    }

    @Test
    void aMigrationOfAnExistingStoreIsPrecededByABackup() {
        try (Store s = Store.open(dir, PASS, "1")) {
            assertThat(facilities(s)).isZero();
        }
        assertThat(Backups.list(dir)).isEmpty();
        try (Store s = Store.open(dir, PASS)) {
            assertThat(s.dao(FacilityDao.class).all()).isNotEmpty();
        }
        assertThat(Backups.list(dir)).singleElement()
                .satisfies(b -> assertThat(b.path().getFileName().toString()).endsWith("-before-update.zip"));
        // the backup holds the store as it was: at version 1, without the seeded facility
        Path other = dir.resolve("check");
        Backups.restore(other, Backups.list(dir).get(0).path(), PASS, Clock.systemDefaultZone());
        try (Store s = Store.open(other, PASS, "1")) {
            assertThat(facilities(s)).isZero();
        }
        // opening a store with nothing pending makes no backup
        try (Store s = Store.open(dir, PASS)) {
            assertThat(s.encrypted()).isTrue();
        }
        assertThat(Backups.list(dir)).hasSize(1);
    }

    @Test
    void whatAKilledBackupOrRestoreLeftIsNeverABackupAndGoesAtTheNextOpen() throws IOException {
        try (Store s = Store.open(dir)) {
            s.backupAutomatic("daily", Clock.systemDefaultZone());
        }
        Path backups = Backups.folder(dir);
        // as a start killed while writing its daily backup leaves them
        Path zipTmp = Files.writeString(backups.resolve("visitdesk-20261201-090000-000-daily.zip.tmp"), "half");
        Path h2Tmp = Files.writeString(backups.resolve("visitdesk-20261201-090000-000-daily.zip.h2.tmp"), "half");
        Path restoreWork = Files.createDirectories(dir.resolve(".restore"));
        Files.writeString(restoreWork.resolve(Store.NAME + ".mv.db"), "unpacked");
        Path mine = Files.writeString(backups.resolve("notes.tmp"), "not VisitDesk's");
        assertThat(Backups.list(dir)).hasSize(1);
        try (Store s = Store.open(dir)) {
            assertThat(zipTmp).doesNotExist();
            assertThat(h2Tmp).doesNotExist();
            assertThat(restoreWork).doesNotExist();
        }
        assertThat(mine).exists();
        assertThat(Backups.list(dir)).hasSize(1);
    }
}
