package org.visitdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitdesk.domain.DateRange;
import org.visitdesk.ui.TestRecords;

/**
 * The day's backup is made on its own thread while the pages read and write (the desktop's DailyBackup): H2
 * backs up the open store on the anchor connection, copying without reusing the file's free space, while other
 * connections go on. Every backup made that way restores to whole records, holding every save made before it
 * started and none that was not made.
 */
class BackupBesideWorkTest {

    @TempDir
    Path dir;

    /**
     * After 2,000 changes to a table H2 analyzes it by itself and writes the columns' statistics into the table's
     * definition; the backup check refused such a store's backups as "not a VisitDesk backup" (any store with a
     * few thousand visits, the sample data's among them).
     */
    @Test
    void aBackupOfAStoreH2HasAnalyzedRestores() {
        Path data = dir.resolve("data");
        long visits;
        try (Workspace ws = Workspace.open(data)) {
            ws.loadSampleData(new SampleData.Size(400, 40, 4000), 5, f -> { });
            visits = ws.visits().count();
            ws.backupTo(dir.resolve("analyzed.zip"));
        }
        Workspace.restore(dir.resolve("restored"), dir.resolve("analyzed.zip"), null);
        try (Workspace ws = Workspace.open(dir.resolve("restored"))) {
            assertThat(ws.visits().count()).isEqualTo(visits).isGreaterThan(2000);
        }
    }

    @Test
    void backupsMadeWhileOthersReadAndWriteRestoreWhole() throws Exception {
        Path data = dir.resolve("data");
        List<Path> backups = new ArrayList<>();
        List<long[]> bounds = new ArrayList<>();
        long after;
        try (Workspace ws = Workspace.open(data)) {
            ws.loadSampleData(new SampleData.Size(400, 40, 4000), 5, f -> { });
            AtomicBoolean backingUp = new AtomicBoolean(true);
            long[] saved = {ws.detainees().count()};
            CompletableFuture<Void> backup = CompletableFuture.runAsync(() -> {
                try {
                    for (int i = 0; i < 3; i++) {
                        long before;
                        synchronized (saved) {
                            before = saved[0];
                        }
                        Path file = dir.resolve("backup-" + i + ".zip");
                        ws.backupTo(file);
                        synchronized (saved) {
                            bounds.add(new long[] {before, saved[0]});
                        }
                        backups.add(file);
                    }
                } finally {
                    backingUp.set(false);
                }
            });
            LocalDate monday = LocalDate.now().with(DayOfWeek.MONDAY);
            int n = 0;
            // reads and saves on other connections for as long as the backups are being made (at least a few)
            while (backingUp.get() || n < 5) {
                assertThat(ws.schedule().agenda(new DateRange(monday, monday.plusDays(6))).visits()).isNotNull();
                TestRecords.person(ws, String.format("A999%06d", 500_000 + n), "Copia", "West 3A");
                n++;
                synchronized (saved) {
                    saved[0]++;
                }
            }
            backup.get(2, TimeUnit.MINUTES);
            after = ws.detainees().count();
        }
        assertThat(backups).hasSize(3);
        for (int i = 0; i < backups.size(); i++) {
            Path restored = dir.resolve("restored-" + i);
            Workspace.restore(restored, backups.get(i), null);
            try (Workspace ws = Workspace.open(restored)) {
                long count = ws.detainees().count();
                assertThat(count).as("detainees in backup %d", i).isBetween(bounds.get(i)[0], bounds.get(i)[1]);
                assertThat(count).isLessThanOrEqualTo(after);
                // whole, not torn: each detainee's listing reads, and the week's agenda with it
                assertThat((long) ws.detainees().listAll(Locale.ENGLISH).size()).isEqualTo(count);
            }
        }
    }
}
