package org.visitdesk.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the records live: the OS's per-user application-data folder unless told otherwise. */
public final class DataFolder {

    /** Environment variable that sets the data folder. */
    public static final String ENV = "VISITDESK_HOME";

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

    /** Creates the folder if it is missing. */
    public static Path ensure(Path folder) {
        try {
            return Files.createDirectories(folder);
        } catch (java.io.IOException | SecurityException e) {
            throw new StoreException(StoreException.Kind.CANNOT_CREATE_FOLDER, e);
        }
    }
}
