package org.visitdesk.storage;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where the records live: the OS's per-user application-data folder unless told otherwise. On POSIX systems
 * (Linux, macOS) everything in it is private to the user (folders 700, files 600); on Windows the per-user
 * application-data folder already is.
 */
public final class DataFolder {

    /** Environment variable that sets the data folder. */
    public static final String ENV = "VISITDESK_HOME";

    /** Folder inside the data folder for temporary files (export sheets); emptied whenever the store opens. */
    public static final String TEMP = "tmp";

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private DataFolder() {
    }

    /**
     * The data folder to use: the {@code --data-dir} option, else {@code VISITDESK_HOME}, else the OS default.
     *
     * @param option the command-line option, or null
     */
    public static Path choose(String option, Map<String, String> env, String osName, Path userHome) {
        if (option != null && !option.isBlank()) {
            return Path.of(option).toAbsolutePath();
        }
        String home = env.get(ENV);
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : userHome.resolve("AppData/Roaming");
            return base.resolve("VisitDesk");
        }
        if (os.contains("mac")) {
            return userHome.resolve("Library/Application Support/VisitDesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local/share");
        return base.resolve("visitdesk");
    }

    /** The default for this process: its environment, OS and home folder. */
    public static Path choose(String option) {
        return choose(option, System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    /** Creates the folder (and missing parents, which stay as the system makes them) if it is missing; private. */
    public static Path ensure(Path folder) {
        try {
            Path made = Files.createDirectories(folder);
            makePrivate(made);
            return made;
        } catch (IOException | SecurityException e) {
            throw new StoreException(DiskFull.isCause(e) ? StoreException.Kind.DISK_FULL
                    : StoreException.Kind.CANNOT_CREATE_FOLDER, e);
        }
    }

    /** Makes one file or folder private to the user (700 or 600); a no-op where POSIX permissions do not exist. */
    public static void makePrivate(Path p) {
        if (!POSIX) {
            return;
        }
        try {
            if (Files.isSymbolicLink(p)) {
                return;
            }
            Files.setPosixFilePermissions(p, Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? FOLDER : FILE);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // a file of another user, or a file system without permissions: nothing more can be done
        }
    }

    /** Makes the data folder and everything in it private: on every open, for files made before or by others. */
    static void makeAllPrivate(Path folder) {
        if (!POSIX) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.forEach(DataFolder::makePrivate);
        } catch (IOException | RuntimeException e) {
            // a file removed while walking: the next open finishes the job
        }
    }

    /** Deletes whatever is left in the temporary folder (an export cut short by a crash). */
    static void clearTemp(Path folder) {
        Path tmp = folder.resolve(TEMP);
        if (!Files.isDirectory(tmp, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(tmp)) {
            List<Path> inside = all.filter(p -> !p.equals(tmp)).sorted(Comparator.reverseOrder()).toList();
            inside.forEach(Store::deleteQuietly);
        } catch (IOException | RuntimeException e) {
            // tried again at the next open
        }
    }
}
