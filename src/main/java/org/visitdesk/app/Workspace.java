package org.visitdesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.visitdesk.storage.Backups;
import org.visitdesk.storage.DataFolder;
import org.visitdesk.storage.Store;
import org.visitdesk.storage.StoreCopy;
import org.visitdesk.storage.StoreException;
import org.visitdesk.storage.Transactions;

/**
 * Open records: the store (the data folder's H2 store, or a shared PostgreSQL store) and the use cases over it.
 * The UI and the command line start here.
 */
public final class Workspace implements AutoCloseable {

    private final Store store;
    private final Clock clock;
    private final DetaineeService detainees;
    private final VisitorService visitors;
    private final VisitService visits;
    private final FacilityService facilities;
    private final ScheduleService schedule;
    private final SeriesService series;
    private final ExportService exports;
    private final HistoryService history;
    private final CleanUpService cleanUp;
    private final ImportService imports;
    private final StoreSettings settings;
    private final OutcomeService outcomes;
    private final FollowUpService followUps;
    private final RequestService requests;
    private final ReportService reports;
    private final SuggestionService suggestions;
    private final HistoryLog log;

    private Workspace(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
        Transactions records = Transactions.of(store);
        HistoryLog log = new HistoryLog(clock);
        this.log = log;
        this.detainees = new DetaineeService(records, clock, log);
        this.visitors = new VisitorService(records, clock, log);
        this.visits = new VisitService(records, log);
        this.facilities = new FacilityService(records, log);
        this.schedule = new ScheduleService(records, visits, clock);
        facilities.onChange(schedule::facilitiesChanged);
        this.series = new SeriesService(records, schedule, visits, clock);
        this.outcomes = new OutcomeService(records, clock, log);
        this.followUps = new FollowUpService(records, clock, log);
        this.requests = new RequestService(records, clock, log);
        this.reports = new ReportService(records);
        this.suggestions = new SuggestionService(records);
        this.exports = new ExportService(records, store.folder(), schedule, reports, clock);
        this.history = new HistoryService(records);
        this.cleanUp = new CleanUpService(records, clock);
        this.imports = new ImportService(records, clock, schedule, outcomes, requests);
        this.settings = new StoreSettings(records);
    }

    /** Environment variable naming a shared store (a PostgreSQL JDBC URL) when {@code --db} is not given. */
    public static final String DB_ENV = "VISITDESK_DB";
    /** Environment variable holding the shared store's password (else the driver reads {@code ~/.pgpass}). */
    public static final String DB_PASSWORD_ENV = "VISITDESK_DB_PASSWORD";

    /** The shared store to use: the {@code --db} option if given, else VISITDESK_DB, else null (the H2 store). */
    public static String chooseShared(String option) {
        return chooseShared(option, System.getenv(DB_ENV));
    }

    static String chooseShared(String option, String environment) {
        if (option != null && !option.isBlank()) {
            return option.strip();
        }
        return environment == null || environment.isBlank() ? null : environment.strip();
    }

    /**
     * Opens a shared store on a PostgreSQL server, its password from VISITDESK_DB_PASSWORD, else the driver's
     * {@code ~/.pgpass}; the data folder keeps only this computer's temporary files.
     */
    public static Workspace openShared(String url, Path dataFolder, Clock clock) {
        String fromEnvironment = System.getenv(DB_PASSWORD_ENV);
        char[] password = fromEnvironment == null || fromEnvironment.isEmpty() ? null : fromEnvironment.toCharArray();
        try {
            return openShared(url, password, dataFolder, clock);
        } finally {
            if (password != null) {
                java.util.Arrays.fill(password, '\0');
            }
        }
    }

    /** Opens a shared store with a given password (null: {@code ~/.pgpass}); the caller clears it. */
    public static Workspace openShared(String url, char[] password, Path dataFolder, Clock clock) {
        return openShared(url, password, dataFolder, clock, null);
    }

    /**
     * Opens a shared store with a given password (null: {@code ~/.pgpass}; the caller clears it) for a named
     * coordinator: the history writes that name on each of their changes. Without a name (null or blank), the
     * database user names them.
     */
    public static Workspace openShared(String url, char[] password, Path dataFolder, Clock clock,
            String coordinator) {
        return guard(() -> {
            // no clean-up of a sample-data load cut short here: on a shared store the marker may be another
            // coordinator's load in progress, and removing from its first ids on would take their rows
            Store store = Store.openShared(url, password, dataFolder);
            try {
                Workspace ws = new Workspace(store, clock);
                ws.useCoordinator(coordinator);
                return ws;
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
        });
    }

    /**
     * Names the coordinator whose changes follow, in the history and when another coordinator's save is refused
     * because of them. Null or blank: the database user on a shared store, nobody in particular on the embedded one
     * (it has one coordinator). Longer names are cut to 100 characters.
     */
    public void useCoordinator(String name) {
        log.coordinator(name == null || name.isBlank() ? guard(store::databaseUser) : name);
    }

    /** The coordinator the history names on this workspace's changes (blank: nobody in particular). */
    public String coordinator() {
        return log.coordinator();
    }

    /** One table copied into a shared store: its rows here and, counted after the copy, there. */
    public record CopiedTable(String table, long here, long there) {
    }

    /** Told before each table is copied into a shared store (a large store takes a while). */
    @FunctionalInterface
    public interface CopyProgress {
        /** The table about to be copied and its rows. */
        void copying(String table, long rows);
    }

    /**
     * Copies these records (the data folder's own store) into an empty shared store, keeping every id; its
     * password from VISITDESK_DB_PASSWORD, else {@code ~/.pgpass}. The shared store's schema is brought up to date
     * first. All is copied or nothing, and the rows of each table are counted on both sides before the copy is
     * kept. A shared store that holds records already is refused.
     */
    public List<CopiedTable> copyTo(String url, CopyProgress progress) {
        if (store.shared()) {
            throw new IllegalStateException("the records are in a shared store already");
        }
        String fromEnvironment = System.getenv(DB_PASSWORD_ENV);
        char[] password = fromEnvironment == null || fromEnvironment.isEmpty() ? null : fromEnvironment.toCharArray();
        try {
            return copyTo(url, password, progress);
        } finally {
            if (password != null) {
                java.util.Arrays.fill(password, '\0');
            }
        }
    }

    /** Copies into a shared store with a given password (null: {@code ~/.pgpass}); the caller clears it. */
    public List<CopiedTable> copyTo(String url, char[] password, CopyProgress progress) {
        return guard(() -> {
            try (Store target = Store.openShared(url, password, store.folder())) {
                return StoreCopy.copy(store, target, progress::copying).stream()
                        .map(t -> new CopiedTable(t.name(), t.rows(), t.copied())).toList();
            }
        });
    }

    /**
     * Tries a shared store without changing it (the "Test the connection" of the window); a problem says what is
     * wrong in words. The password, when given, is the caller's to clear; null: VISITDESK_DB_PASSWORD or
     * {@code ~/.pgpass}.
     */
    public static void tryShared(String url, char[] password) {
        char[] given = password;
        if (given == null || given.length == 0) {
            String fromEnvironment = System.getenv(DB_PASSWORD_ENV);
            given = fromEnvironment == null || fromEnvironment.isEmpty() ? null : fromEnvironment.toCharArray();
        }
        char[] used = given;
        try {
            guard(() -> {
                Store.tryShared(url, used);
                return null;
            });
        } finally {
            if (used != null && used != password) {
                java.util.Arrays.fill(used, '\0');
            }
        }
    }

    /**
     * Opens a shared store with the password typed in the window, else (null or empty) VISITDESK_DB_PASSWORD, else
     * {@code ~/.pgpass}; the caller clears what it gave.
     */
    public static Workspace openSharedTyped(String url, char[] password, Path dataFolder, Clock clock) {
        return password == null || password.length == 0 ? openShared(url, dataFolder, clock)
                : openShared(url, password, dataFolder, clock);
    }

    /** The problem of asking VisitDesk to back up or restore a shared store: its server's backups are the way. */
    public static ProblemException sharedBackupProblem() {
        return guardian(StoreException.Kind.SHARED_BACKUP);
    }

    /** Where the shared store is (server, port, database, user; never a password), or null for the data folder's. */
    public String sharedAddress() {
        return store.address();
    }

    /**
     * Tells {@code listener}, on a thread of its own, of each save another coordinator makes on the shared store
     * from now on (within moments of its commit); this copy's own saves are not told. The facilities' rules that
     * the checks keep are read again when another coordinator changed them. The first call connects to the server
     * (call it away from the UI thread); on the data folder's store nothing is ever told: it has one coordinator.
     */
    public void onChangesByOthers(Consumer<ChangeByOthers> listener) {
        guard(() -> {
            store.onChangesByOthers(change -> {
                ChangeByOthers told;
                if (change.isMissed()) {
                    told = new ChangeByOthers(EnumSet.allOf(ChangeByOthers.Kind.class), "", change.at());
                } else {
                    ChangeByOthers.Kind kind = ChangeByOthers.kindOf(change.table());
                    if (kind == null) {
                        return;
                    }
                    told = new ChangeByOthers(Set.of(kind), change.user(), change.at());
                }
                if (told.kinds().contains(ChangeByOthers.Kind.FACILITIES)) {
                    schedule.facilitiesChanged();
                }
                listener.accept(told);
            });
            return null;
        });
    }

    /** True when the records are in a shared PostgreSQL store (backups and passphrase are its server's). */
    public boolean shared() {
        return store.shared();
    }

    /** What a data folder holds: nothing yet, an unencrypted store, or one that needs the passphrase. */
    public enum StoreState {
        NEW, PLAIN, ENCRYPTED
    }

    /** A backup file with its time and size. */
    public record BackupInfo(Path path, Instant modified, long size) {
    }

    /** How restoring a backup would change whether the records need a passphrase. */
    public enum ProtectionChange {
        /** No change. */
        NONE,
        /** The records have a passphrase; the backup has none, so the restored records would have none. */
        UNPROTECTS,
        /** The records have no passphrase; the backup has one, which the restored records would need. */
        PROTECTS
    }

    /** Opens the data folder (creating it on first use, without encryption). */
    public static Workspace open(Path dataFolder) {
        return open(dataFolder, Clock.systemDefaultZone());
    }

    /** Opens the data folder with a given clock (tests fix "today"). */
    public static Workspace open(Path dataFolder, Clock clock) {
        return open(dataFolder, clock, null);
    }

    /**
     * Opens the data folder. An encrypted store needs its passphrase; a new one is encrypted when a passphrase
     * is given.
     */
    public static Workspace open(Path dataFolder, Clock clock, char[] passphrase) {
        return open(dataFolder, clock, passphrase, null);
    }

    /**
     * Opens the data folder; {@code recovering} (when not null) is told, before it starts, that the records were
     * not closed cleanly and are being recovered, which can take a while on a large store.
     */
    public static Workspace open(Path dataFolder, Clock clock, char[] passphrase, Runnable recovering) {
        return guard(() -> {
            Store store = Store.open(dataFolder, passphrase, recovering == null ? null : recovering::run);
            try {
                SampleData.recoverInterrupted(Transactions.of(store));
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
            return new Workspace(store, clock);
        });
    }

    /** What the folder holds, so that the front end knows whether to ask for a passphrase. */
    public static StoreState state(Path dataFolder) {
        return StoreState.valueOf(Store.state(dataFolder).name());
    }

    /** The automatic backups of a data folder, newest first. */
    public static List<BackupInfo> backups(Path dataFolder) {
        return guard(() -> Backups.list(dataFolder).stream()
                .map(b -> new BackupInfo(b.path(), b.modified(), b.size())).toList());
    }

    /**
     * Replaces the records of a closed data folder by a backup, after checking that the backup opens with the
     * passphrase; the records replaced are kept as a backup. Nothing changes when the backup is damaged.
     */
    public static void restore(Path dataFolder, Path backup, char[] passphrase) {
        restore(dataFolder, backup, passphrase, Set.of());
    }

    /**
     * Restores a backup, accepting the changes of protection named ({@link #protectionChange}); another change
     * is refused with a problem that says which.
     */
    public static void restore(Path dataFolder, Path backup, char[] passphrase, Set<ProtectionChange> accepted) {
        Set<Backups.ProtectionChange> allowed = EnumSet.noneOf(Backups.ProtectionChange.class);
        accepted.forEach(c -> allowed.add(Backups.ProtectionChange.valueOf(c.name())));
        guard(() -> {
            Backups.restore(dataFolder, backup, passphrase, Clock.systemDefaultZone(), allowed);
            return null;
        });
    }

    /** Whether restoring the backup would add or remove the passphrase of the records (read from its file list). */
    public static ProtectionChange protectionChange(Path dataFolder, Path backup) {
        return ProtectionChange.valueOf(Backups.protectionChange(dataFolder, backup).name());
    }

    /** True when the records are encrypted with a passphrase. */
    public boolean encrypted() {
        return store.encrypted();
    }

    /** Writes a backup to a chosen file (a USB stick); an encrypted store's backup stays encrypted. */
    public void backupTo(Path file) {
        guard(() -> {
            store.backupTo(file);
            return null;
        });
    }

    /** An automatic backup into the data folder's {@code backups/}, keeping the newest 14. */
    public Path backupAutomatic(String reason) {
        return guard(() -> store.backupAutomatic(reason, clock));
    }

    /** The backup at start: at most one a day (none for a shared store). Returns true when one was made. */
    public boolean dailyBackupIfDue() {
        if (!dailyBackupDue()) {
            return false;
        }
        backupAutomatic("daily");
        return true;
    }

    /**
     * True when no automatic backup was made today. H2 backs up an open store while other connections read and
     * write, so the day's backup can be made beside the work.
     */
    public boolean dailyBackupDue() {
        return guard(() -> !store.shared() && Backups.dueToday(store.folder(), LocalDate.now(clock)));
    }

    /**
     * Encrypts the records with a new passphrase (or protects unencrypted ones): a backup first, then this
     * workspace is closed, the file re-encrypted, and a new workspace opened with the new passphrase.
     */
    public Workspace changePassphrase(char[] oldPassphrase, char[] newPassphrase) {
        if (store.shared()) {
            throw guardian(StoreException.Kind.SHARED_NO_PASSPHRASE);
        }
        Path folder = store.folder();
        backupAutomatic("before-passphrase-change");
        close();
        guard(() -> {
            Backups.changePassphrase(folder, oldPassphrase, newPassphrase);
            return null;
        });
        Workspace reopened = open(folder, clock, newPassphrase);
        reopened.useCoordinator(log.coordinator());
        return reopened;
    }

    private static ProblemException guardian(StoreException.Kind kind) {
        return new ProblemException("store." + kind.name(), kind.english(), null);
    }

    private static <T> T guard(Supplier<T> work) {
        try {
            return work.get();
        } catch (StoreException e) {
            throw new ProblemException("store." + e.kind().name(), e.getMessage(), e);
        }
    }

    /** The data folder to use: the {@code --data-dir} option if given, else VISITDESK_HOME, else the OS default. */
    public static Path chooseFolder(String option) {
        return DataFolder.choose(option);
    }

    /** The data folder. */
    public Path folder() {
        return store.folder();
    }

    /** The clock that says what "today" is. */
    public Clock clock() {
        return clock;
    }

    public DetaineeService detainees() {
        return detainees;
    }

    public VisitorService visitors() {
        return visitors;
    }

    /** Suggested visitors for a person. */
    public SuggestionService suggestions() {
        return suggestions;
    }

    public VisitService visits() {
        return visits;
    }

    public FacilityService facilities() {
        return facilities;
    }

    public ScheduleService schedule() {
        return schedule;
    }

    /** Visits that repeat: preview, save, move or cancel "this and the following". */
    public SeriesService series() {
        return series;
    }

    /** Rosters, visit sheets and the export of everything, as Excel files. */
    public ExportService exports() {
        return exports;
    }

    /** What happened to each record. */
    public HistoryService history() {
        return history;
    }

    /** Removing people who left long ago. */
    public CleanUpService cleanUp() {
        return cleanUp;
    }

    /** Importing spreadsheets of detainees, visitors and visits. */
    public ImportService imports() {
        return imports;
    }

    /** After the visit: recording outcomes, the reports still due. */
    public OutcomeService outcomes() {
        return outcomes;
    }

    /** The follow-ups visits ask for. */
    public FollowUpService followUps() {
        return followUps;
    }

    /** Requests for a visit and the waiting list. */
    public RequestService requests() {
        return requests;
    }

    /** The people nobody has visited, and the access report. */
    public ReportService reports() {
        return reports;
    }

    /** What the coordinator chose about these records (kept with them, not with the computer's user). */
    public StoreSettings settings() {
        return settings;
    }

    /** True when there are no detained people and no visitors yet: the first run. */
    public boolean isEmpty() {
        return detainees.count() == 0 && visitors.count() == 0;
    }

    /** Fills an empty store with made-up people and visits. */
    public SampleData.Summary loadSampleData(SampleData.Size size, long seed, SampleData.Progress progress) {
        try {
            SampleData sample = new SampleData(store, clock);
            SampleData.Summary summary = sample.load(size, seed, progress);
            sample.saveRequests(requests, detainees);
            return summary;
        } finally {
            // sample data adds a closed day
            schedule.facilitiesChanged();
        }
    }

    @Override
    public void close() {
        store.close();
    }
}
