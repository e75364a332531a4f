package org.visitdesk.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.h2.tools.ChangeFileEncryption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of the store: zip files holding H2's consistent copy of {@code visitdesk.mv.db} (still encrypted when
 * the store is) and, for an encrypted store, its salt file, without which the passphrase could not open it.
 */
public final class Backups {

    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);

    /** Folder of automatic backups inside the data folder. */
    public static final String FOLDER = "backups";

    /** How many automatic backups are kept. */
    public static final int KEEP = 14;

    static final String PREFIX = "visitdesk-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    /** A backup file with its time and size. */
    public record BackupFile(Path path, Instant modified, long size) {
    }

    /** How a restore would change whether the records need a passphrase. */
    public enum ProtectionChange {
        /** Protected before and after, or unprotected before and after (or no records yet). */
        NONE,
        /** The records have a passphrase and the backup has none. */
        UNPROTECTS,
        /** The records have no passphrase and the backup has one. */
        PROTECTS
    }

    /** What {@code write} leaves beside a backup until it is moved into place; a kill can leave them. */
    private static final String[] LEFTOVERS = {".zip.tmp", ".zip.h2.tmp"};
    private static final String WORK = ".restore";

    private Backups() {
    }

    /** The folder of automatic backups. */
    public static Path folder(Path dataFolder) {
        return dataFolder.resolve(FOLDER);
    }

    /** The automatic backups, newest first. */
    public static List<BackupFile> list(Path dataFolder) {
        List<BackupFile> out = new ArrayList<>();
        Path dir = folder(dataFolder);
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, PREFIX + "*.zip")) {
            for (Path p : ds) {
                out.add(new BackupFile(p, Files.getLastModifiedTime(p).toInstant(), Files.size(p)));
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.CANNOT_OPEN, e);
        }
        // the name starts with the time, so names sort by time
        out.sort(Comparator.comparing((BackupFile b) -> b.path().getFileName().toString()).reversed());
        return out;
    }

    /** True when no automatic backup was made on this day. */
    public static boolean dueToday(Path dataFolder, LocalDate today) {
        String day = PREFIX + today.format(DateTimeFormatter.BASIC_ISO_DATE);
        return list(dataFolder).stream().noneMatch(b -> b.path().getFileName().toString().startsWith(day));
    }

    static Path automatic(Path dataFolder, Connection anchor, String reason, Clock clock) {
        Path dir = DataFolder.ensure(folder(dataFolder));
        Path file = dir.resolve(PREFIX + LocalDateTime.now(clock).format(STAMP) + "-" + reason + ".zip");
        write(dataFolder, anchor, file);
        prune(dataFolder);
        return file;
    }

    /** Removes all but the {@value #KEEP} newest automatic backups. */
    static void prune(Path dataFolder) {
        List<BackupFile> all = list(dataFolder);
        for (BackupFile old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            Store.deleteQuietly(old.path());
        }
    }

    /** H2's BACKUP TO into a temporary zip, then the final zip with the salt added, moved into place. */
    static void write(Path dataFolder, Connection anchor, Path file) {
        Path target = file.toAbsolutePath();
        Path h2zip = target.resolveSibling(target.getFileName() + ".h2.tmp");
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            Files.createDirectories(target.getParent());
            try (Statement st = anchor.createStatement()) {
                st.execute("BACKUP TO '" + h2zip.toString().replace("'", "''") + "'");
            }
            Path salt = dataFolder.resolve(StoreKey.FILE_NAME);
            createPrivate(tmp);
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(h2zip));
                    OutputStream raw = Files.newOutputStream(tmp, StandardOpenOption.TRUNCATE_EXISTING);
                    ZipOutputStream out = new ZipOutputStream(raw)) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    out.putNextEntry(new ZipEntry(e.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
                if (Files.exists(salt)) {
                    out.putNextEntry(new ZipEntry(StoreKey.FILE_NAME));
                    Files.copy(salt, out);
                    out.closeEntry();
                }
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException | IOException e) {
            Store.deleteQuietly(tmp);
            throw new StoreException(DiskFull.isCause(e) ? StoreException.Kind.DISK_FULL
                    : StoreException.Kind.BACKUP_FAILED, null);
        } finally {
            Store.deleteQuietly(h2zip);
        }
    }

    /** Creates an empty file private to the user (on POSIX systems), replacing a leftover of the same name. */
    private static void createPrivate(Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file);
        DataFolder.makePrivate(file);
    }

    /** Removes what a backup or a restore cut short left in the data folder; called while the store is locked. */
    static void removeLeftovers(Path dataFolder) {
        deleteTree(dataFolder.resolve(WORK));
        Path dir = folder(dataFolder);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, PREFIX + "*.tmp")) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                for (String end : LEFTOVERS) {
                    if (name.endsWith(end)) {
                        Store.deleteQuietly(p);
                    }
                }
            }
        } catch (IOException e) {
            // tried again at the next open
        }
    }

    /** Whether restoring the backup would add or remove the passphrase of the records in the data folder. */
    public static ProtectionChange protectionChange(Path dataFolder, Path backup) {
        boolean backupProtected;
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            backupProtected = zip.getEntry(StoreKey.FILE_NAME) != null;
        } catch (IOException | RuntimeException e) {
            // a damaged backup: the restore itself says so
            return ProtectionChange.NONE;
        }
        return change(Store.state(dataFolder), backupProtected);
    }

    private static ProtectionChange change(Store.State now, boolean backupProtected) {
        if (now == Store.State.ENCRYPTED && !backupProtected) {
            return ProtectionChange.UNPROTECTS;
        }
        if (now == Store.State.PLAIN && backupProtected) {
            return ProtectionChange.PROTECTS;
        }
        return ProtectionChange.NONE;
    }

    /** Restores without accepting a change of protection. */
    public static void restore(Path dataFolder, Path backup, char[] passphrase, Clock clock) {
        restore(dataFolder, backup, passphrase, clock, Set.of());
    }

    /**
     * Replaces the (closed) store of a data folder by a backup. The backup is unpacked beside the store and checked
     * without running anything it holds ({@link BackupCheck}), with the passphrase; only then is the current store
     * kept as a backup and replaced, under the store's lock until the new files are in place. A damaged or crafted
     * backup, a wrong passphrase, a full disk or a change of protection not accepted changes nothing.
     *
     * @param passphrase the passphrase of the backup (null for an unencrypted one)
     * @param accepted the changes of protection the coordinator accepted ({@link #protectionChange})
     */
    public static void restore(Path dataFolder, Path backup, char[] passphrase, Clock clock,
            Set<ProtectionChange> accepted) {
        DataFolder.ensure(dataFolder);
        Path work = dataFolder.resolve(WORK);
        deleteTree(work);
        try {
            DataFolder.ensure(work);
            unpack(backup, work);
            boolean backupProtected = Files.exists(work.resolve(StoreKey.FILE_NAME));
            verify(work, passphrase);
            ProtectionChange change = change(Store.state(dataFolder), backupProtected);
            if (change != ProtectionChange.NONE && !accepted.contains(change)) {
                throw new StoreException(change == ProtectionChange.UNPROTECTS
                        ? StoreException.Kind.RESTORE_UNPROTECTS : StoreException.Kind.RESTORE_PROTECTS, null);
            }
            putInPlace(dataFolder, work, clock);
            prune(dataFolder);
        } finally {
            deleteTree(work);
        }
    }

    /** Under the store's lock: the current store kept as a backup, then the checked files moved in. */
    private static void putInPlace(Path dataFolder, Path work, Clock clock) {
        Path db = Store.dbFile(dataFolder);
        Path salt = dataFolder.resolve(StoreKey.FILE_NAME);
        Path newSalt = work.resolve(StoreKey.FILE_NAME);
        boolean backupProtected = Files.exists(newSalt);
        Path keep = null;
        try (Hold held = hold(db)) {
            byte[] oldSalt = Files.exists(salt) ? Files.readAllBytes(salt) : null;
            if (Files.exists(db)) {
                keep = DataFolder.ensure(folder(dataFolder))
                        .resolve(PREFIX + LocalDateTime.now(clock).format(STAMP) + "-before-restore.zip");
                zipFiles(keep, db, salt);
            }
            // a passphrase change cut short belongs to the store being replaced
            Files.deleteIfExists(dataFolder.resolve(StoreKey.FILE_NAME + ".new"));
            if (backupProtected) {
                // the salt first: an encrypted store file never exists without its salt
                Files.move(newSalt, salt, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                moveOver(Store.dbFile(work), db, held);
            } catch (IOException e) {
                // the store is still the old one, and so must its salt be
                if (oldSalt != null) {
                    Files.write(salt, oldSalt);
                } else {
                    Files.deleteIfExists(salt);
                }
                throw e;
            }
            if (!backupProtected) {
                Files.deleteIfExists(salt);
            }
            DataFolder.makePrivate(db);
        } catch (IOException e) {
            if (keep != null) {
                Store.deleteQuietly(keep);
            }
            throw new StoreException(DiskFull.isCause(e) ? StoreException.Kind.DISK_FULL
                    : StoreException.Kind.RESTORE_FAILED, null);
        }
    }

    /** Moves the restored file over the store while the lock is held (Windows alone needs it let go first). */
    private static void moveOver(Path from, Path to, Hold held) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileSystemException e) {
            if (DiskFull.isCause(e) || !System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win")) {
                throw e;
            }
            // Windows replaces no file that is open, even by this process
            held.close();
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static void unpack(Path backup, Path work) {
        boolean hasDb = false;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(backup))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String name = e.getName();
                if (name.equals(Store.NAME + ".mv.db") || name.equals(StoreKey.FILE_NAME)) {
                    Path to = work.resolve(name);
                    createPrivate(to);
                    Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
                    hasDb |= name.endsWith(".mv.db");
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException(DiskFull.isCause(e) ? StoreException.Kind.DISK_FULL
                    : StoreException.Kind.DAMAGED_BACKUP, null);
        }
        if (!hasDb) {
            throw new StoreException(StoreException.Kind.DAMAGED_BACKUP, null);
        }
    }

    /** Checks the unpacked backup: it must be a whole VisitDesk store, and nothing in it may run. */
    private static void verify(Path work, char[] passphrase) {
        char[] filePassword = null;
        if (Files.exists(work.resolve(StoreKey.FILE_NAME))) {
            if (passphrase == null || passphrase.length == 0) {
                throw new StoreException(StoreException.Kind.NEEDS_PASSPHRASE, null);
            }
            StoreKey key;
            try {
                key = StoreKey.read(work.resolve(StoreKey.FILE_NAME));
            } catch (StoreException e) {
                throw new StoreException(StoreException.Kind.DAMAGED_BACKUP, null);
            }
            filePassword = key.filePassword(passphrase);
        }
        try {
            BackupCheck.verify(work, filePassword, work.resolve("reference"));
        } catch (StoreFile.WrongKey e) {
            throw new StoreException(filePassword != null ? StoreException.Kind.BACKUP_OTHER_PASSPHRASE
                    : StoreException.Kind.DAMAGED_BACKUP, null);
        } catch (BackupCheck.NotAStore e) {
            LOG.warn("backup refused: {}", e.getMessage());
            throw new StoreException(StoreException.Kind.DAMAGED_BACKUP, null);
        } catch (IOException e) {
            throw new StoreException(DiskFull.isCause(e) ? StoreException.Kind.DISK_FULL
                    : StoreException.Kind.DAMAGED_BACKUP, null);
        } finally {
            Store.clear(filePassword);
        }
    }

    /**
     * Re-encrypts the closed store of a data folder with a new passphrase (or encrypts a plain one). The new
     * salt is written beside the old one first, so that a change cut short still opens (see {@link Store}).
     */
    public static void changePassphrase(Path dataFolder, char[] oldPassphrase, char[] newPassphrase) {
        if (newPassphrase == null || newPassphrase.length == 0) {
            throw new IllegalArgumentException("a new passphrase is needed");
        }
        Path salt = dataFolder.resolve(StoreKey.FILE_NAME);
        Path pending = dataFolder.resolve(StoreKey.FILE_NAME + ".new");
        char[] oldKey = null;
        if (Store.state(dataFolder) == Store.State.ENCRYPTED) {
            oldKey = StoreKey.read(salt).filePassword(oldPassphrase);
        }
        // the old passphrase must open the store before anything is touched
        char[] oldSecret = oldKey == null ? null : Store.h2Password(oldKey);
        try (Connection c = Store.dataSource(dataFolder.resolve(Store.NAME), oldSecret).getConnection();
                Statement st = c.createStatement()) {
            st.execute("SHUTDOWN");
        } catch (SQLException e) {
            Store.clear(oldKey);
            throw Store.translate(e, oldKey != null);
        } finally {
            Store.clear(oldSecret);
        }
        StoreKey next = StoreKey.fresh();
        next.write(pending);
        char[] newKey = next.filePassword(newPassphrase);
        try {
            ChangeFileEncryption.execute(dataFolder.toAbsolutePath().toString(), Store.NAME, "AES", oldKey,
                    newKey, true);
            Files.move(pending, salt, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            DataFolder.makePrivate(salt);
            DataFolder.makePrivate(Store.dbFile(dataFolder));
        } catch (SQLException | IOException e) {
            throw new StoreException(DiskFull.isCause(e) ? StoreException.Kind.DISK_FULL
                    : StoreException.Kind.CANNOT_OPEN, null);
        } finally {
            Store.clear(oldKey);
            Store.clear(newKey);
        }
    }

    private interface Hold extends AutoCloseable {
        @Override
        void close();
    }

    /** Takes the store file's lock for a moment: a store open in another process is refused. */
    private static Hold hold(Path db) throws IOException {
        if (!Files.exists(db)) {
            return () -> { };
        }
        FileChannel ch = FileChannel.open(db, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            ch.close();
            throw new StoreException(StoreException.Kind.ALREADY_OPEN, null);
        }
        FileLock held = lock;
        return () -> {
            try {
                held.release();
                ch.close();
            } catch (IOException ignored) {
                // released when the channel closes
            }
        };
    }

    private static void zipFiles(Path target, Path... files) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        createPrivate(tmp);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tmp,
                StandardOpenOption.TRUNCATE_EXISTING))) {
            for (Path f : files) {
                if (Files.exists(f)) {
                    out.putNextEntry(new ZipEntry(f.getFileName().toString()));
                    try (InputStream in = Files.newInputStream(f)) {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(Store::deleteQuietly);
        } catch (IOException ignored) {
            // a leftover work folder is removed next time
        }
    }
}
