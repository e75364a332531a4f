package org.visitdesk.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Whether a store already has every migration this build carries, told from the migrations' file names and
 * Flyway's history table alone. Starting Flyway to ask the same costs a good part of a second at every start; it is
 * started only when this cannot say yes (a migration pending, a failed one, a store not made yet, files it cannot
 * list), and then decides as before.
 */
final class AppliedMigrations {

    private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9._]*)__.+\\.sql");

    private AppliedMigrations() {
    }

    /**
     * True when every versioned migration under the locations is in the history as applied successfully; false
     * when one is not, or when that cannot be told.
     *
     * @param locations Flyway locations of the form {@code classpath:some/folder}
     */
    static boolean all(Connection c, String... locations) {
        Set<String> carried = new HashSet<>();
        for (String location : locations) {
            if (!location.startsWith("classpath:") || !listInto(location.substring("classpath:".length()), carried)) {
                return false;
            }
        }
        if (carried.isEmpty()) {
            return false;
        }
        Set<String> applied = new HashSet<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\""
                        + " AND \"version\" IS NOT NULL")) {
            while (r.next()) {
                applied.add(r.getString(1));
            }
        } catch (SQLException e) {
            // no history yet (a new store), or one this build cannot read: Flyway knows what to do
            return false;
        }
        return applied.containsAll(carried);
    }

    /**
     * Adds the versions of the migrations in a class path folder, in every class path entry that has it, as Flyway
     * reads them; false when one cannot be listed or holds a subfolder (Flyway would read its migrations too).
     */
    private static boolean listInto(String folder, Set<String> versions) {
        List<URL> urls;
        try {
            urls = Collections.list(AppliedMigrations.class.getClassLoader().getResources(folder));
        } catch (IOException e) {
            return false;
        }
        if (urls.isEmpty()) {
            return false;
        }
        for (URL url : urls) {
            if (!listInto(url, folder, versions)) {
                return false;
            }
        }
        return true;
    }

    private static boolean listInto(URL url, String folder, Set<String> versions) {
        try {
            switch (url.getProtocol()) {
                case "jar" -> {
                    JarFile jar = ((JarURLConnection) url.openConnection()).getJarFile();
                    String prefix = folder.endsWith("/") ? folder : folder + "/";
                    for (JarEntry e : (Iterable<JarEntry>) jar.stream()::iterator) {
                        String name = e.getName();
                        if (!name.startsWith(prefix) || name.equals(prefix)) {
                            continue;
                        }
                        if (name.indexOf('/', prefix.length()) >= 0 || !add(name.substring(prefix.length()), versions)) {
                            return false;
                        }
                    }
                    return true;
                }
                case "file" -> {
                    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                        return files.allMatch(p -> Files.isRegularFile(p) && add(p.getFileName().toString(), versions));
                    }
                }
                default -> {
                    return false;
                }
            }
        } catch (IOException | UncheckedIOException | URISyntaxException | ClassCastException e) {
            return false;
        }
    }

    /**
     * Adds a migration's version (Flyway's form: {@code V1_2__x.sql} is 1.2); false for a migration this check does
     * not understand (repeatable, Java, another prefix), which leaves the decision to Flyway. Other files pass.
     */
    private static boolean add(String fileName, Set<String> versions) {
        Matcher m = VERSIONED.matcher(fileName);
        if (m.matches()) {
            versions.add(m.group(1).replace('_', '.'));
            return true;
        }
        return !fileName.endsWith(".sql") && !fileName.endsWith(".class");
    }
}
