package org.visitdesk.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
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
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.h2.tools.ChangeFileEncryption;

/**
 * Backups of the store: zip files holding H2's consistent copy of {@code visitdesk.mv.db} (still encrypted when
 * the store is) and, for an encrypted store, its salt file, without which the passphrase could not open it.
 */
public final class Backups {

    /** Folder of automatic backups inside the data folder. */
    public static final String FOLDER = "backups";

    /** How many automatic backups are kept. */
    public static final int KEEP = 14;

    static final String PREFIX = "visitdesk-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    /** A backup file with its time and size. */
    public record BackupFile(Path path, Instant modified, long size) {
    }

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
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(h2zip));
                    OutputStream raw = Files.newOutputStream(tmp);
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
            throw new StoreException(StoreException.Kind.BACKUP_FAILED, null);
        } finally {
            Store.deleteQuietly(h2zip);
        }
    }

    /**
     * Replaces the (closed) store of a data folder by a backup. The backup is unpacked beside the store and opened
     * with the passphrase first; only when it opens is the current store kept as a backup and replaced. A damaged
     * backup or a wrong passphrase changes nothing.
     *
     * @param passphrase the passphrase of the backup (null for an unencrypted one)
     */
    public static void restore(Path dataFolder, Path backup, char[] passphrase, Clock clock) {
        DataFolder.ensure(dataFolder);
        Path work = dataFolder.resolve(".restore");
        deleteTree(work);
        try {
            Files.createDirectories(work);
            unpack(backup, work);
            verify(work, passphrase);
            Path db = Store.dbFile(dataFolder);
            Path salt = dataFolder.resolve(StoreKey.FILE_NAME);
            try (Hold ignored = hold(db)) {
                if (Files.exists(db)) {
                    Path keep = DataFolder.ensure(folder(dataFolder))
                            .resolve(PREFIX + LocalDateTime.now(clock).format(STAMP) + "-before-restore.zip");
                    zipFiles(keep, db, salt);
                }
            }
            Path newSalt = work.resolve(StoreKey.FILE_NAME);
            if (Files.exists(newSalt)) {
                Files.move(newSalt, salt, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(salt);
            }
            Files.move(Store.dbFile(work), db, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            prune(dataFolder);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.CANNOT_OPEN, null);
        } finally {
            deleteTree(work);
        }
    }

    private static void unpack(Path backup, Path work) {
        boolean hasDb = false;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(backup))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String name = e.getName();
                if (name.equals(Store.NAME + ".mv.db") || name.equals(StoreKey.FILE_NAME)) {
                    Files.copy(in, work.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    hasDb |= name.endsWith(".mv.db");
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException(StoreException.Kind.DAMAGED_BACKUP, null);
        }
        if (!hasDb) {
            throw new StoreException(StoreException.Kind.DAMAGED_BACKUP, null);
        }
    }

    /** Opens the unpacked backup and reads every table: it must be a whole VisitDesk store. */
    private static void verify(Path work, char[] passphrase) {
        StoreKey key = null;
        if (Files.exists(work.resolve(StoreKey.FILE_NAME))) {
            if (passphrase == null || passphrase.length == 0) {
                throw new StoreException(StoreException.Kind.NEEDS_PASSPHRASE, null);
            }
            try {
                key = StoreKey.read(work.resolve(StoreKey.FILE_NAME));
            } catch (StoreException e) {
                throw new StoreException(StoreException.Kind.DAMAGED_BACKUP, null);
            }
        }
        try (Connection c = Store.dataSource(work, key, passphrase).getConnection();
                Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_SCHEMA = 'PUBLIC'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            if (!tables.stream().anyMatch(t -> t.equalsIgnoreCase("detainee"))) {
                throw new StoreException(StoreException.Kind.DAMAGED_BACKUP, null);
            }
            for (String t : tables) {
                try (ResultSet rs = st.executeQuery("SELECT * FROM \"" + t.replace("\"", "\"\"") + "\"")) {
                    while (rs.next()) {
                        rs.getObject(1);
                    }
                }
            }
            st.execute("SHUTDOWN");
        } catch (SQLException e) {
            StoreException p = Store.translateQuietly(e, key != null);
            throw p.kind() == StoreException.Kind.WRONG_PASSPHRASE ? p
                    : new StoreException(StoreException.Kind.DAMAGED_BACKUP, null);
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
        try (Connection c = Store.dataSource(dataFolder.resolve(Store.NAME), oldKey).getConnection();
                Statement st = c.createStatement()) {
            st.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw Store.translate(e, oldKey != null);
        }
        StoreKey next = StoreKey.fresh();
        next.write(pending);
        try {
            ChangeFileEncryption.execute(dataFolder.toAbsolutePath().toString(), Store.NAME, "AES", oldKey,
                    next.filePassword(newPassphrase), true);
            Files.move(pending, salt, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException | IOException e) {
            throw new StoreException(StoreException.Kind.CANNOT_OPEN, null);
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
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tmp))) {
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

    private static void deleteTree(Path dir) {
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
