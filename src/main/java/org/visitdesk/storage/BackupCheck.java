package org.visitdesk.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * Checks an unpacked backup without running anything it holds. First, below SQL, its schema must be exactly the
 * one VisitDesk's own migrations make (at the version the backup is at): the same tables, columns, keys and
 * indexes, and no view, alias, trigger, constant, domain or other object of its own. The reference is made by
 * running the migrations on a fresh store, so the check follows the migrations. Only then is the file opened
 * through SQL, Flyway's history compared, and every row of the known tables read by explicit columns.
 */
final class BackupCheck {

    /** H2's {@code DbObject} type numbers of the kinds treated specially. */
    private static final int USER = 2;
    private static final int SETTING = 6;

    /** Database settings H2 writes for VisitDesk's stores; any other (an event listener, say) is refused. */
    private static final Set<String> HARMLESS_SETTINGS = Set.of("CREATE_BUILD", "CACHE_SIZE", "WRITE_DELAY");

    private static final Pattern SYSTEM_SEQUENCE = Pattern.compile("SYSTEM_SEQUENCE_[0-9A-F_]+");
    private static final Pattern RESTART = Pattern.compile(" RESTART WITH -?\\d+");
    /** A column's statistics, which H2 writes after an ANALYZE (run by itself after 2,000 changes to a table). */
    private static final Pattern SELECTIVITY = Pattern.compile(" SELECTIVITY \\d+");
    private static final Pattern SALT_AND_HASH = Pattern.compile("SALT '[0-9a-f]*' HASH '[0-9a-f]*'");

    /** What the migrations make at one version: the schema, Flyway's history and the columns of each table. */
    record Reference(Set<String> schema, List<SchemaDao.Migration> history, Map<String, List<String>> columns) {
    }

    /** The backup is not a VisitDesk store, or is damaged. */
    static final class NotAStore extends Exception {
        private static final long serialVersionUID = 1L;

        NotAStore(String why) {
            super(why, null, false, false);
        }
    }

    private static final Map<String, Reference> REFERENCES = new HashMap<>();

    private BackupCheck() {
    }

    /**
     * Checks the store file {@code visitdesk.mv.db} in {@code folder}.
     *
     * @param filePassword H2's file password for an encrypted backup, or null
     * @param scratch an empty folder for the reference stores
     * @throws StoreFile.WrongKey when the file does not open with that key
     */
    static void verify(Path folder, char[] filePassword, Path scratch)
            throws StoreFile.WrongKey, NotAStore, IOException {
        Path file = Store.dbFile(folder);
        StoreFile.header(file, filePassword);
        Set<String> schema;
        try {
            schema = normalized(StoreFile.schema(file, filePassword));
        } catch (RuntimeException e) {
            throw new NotAStore("the file cannot be read as a store");
        }
        // versions whose migrations change no schema (seed data) share it: Flyway's history tells them apart
        List<Reference> candidates = matching(schema, scratch);
        Reference reference = candidates.get(0);
        char[] secret = filePassword == null ? null : Store.h2Password(filePassword);
        JdbcDataSource ds = Store.dataSource(folder.resolve(Store.NAME), secret);
        try {
            String problem = Jdbi.create(ds).installPlugin(new SqlObjectPlugin()).withHandle(h -> {
                SchemaDao dao = h.attach(SchemaDao.class);
                List<SchemaDao.Migration> history = dao.history();
                String found = dao.codeObjects() != 0 ? "objects that run code"
                        : candidates.stream().noneMatch(r -> r.history().equals(history))
                                ? "another migration history" : null;
                if (found == null) {
                    for (Map.Entry<String, List<String>> t : reference.columns().entrySet()) {
                        String columns = t.getValue().stream().map(BackupCheck::quoted)
                                .collect(Collectors.joining(", "));
                        for (Integer ignored : dao.everyRow(columns, quoted(t.getKey()))) {
                            // reading is the check
                        }
                    }
                }
                try (Statement st = h.getConnection().createStatement()) {
                    st.execute("SHUTDOWN");
                }
                return found;
            });
            if (problem != null) {
                throw new NotAStore(problem);
            }
        } catch (SQLException | RuntimeException e) {
            if (DiskFull.isCause(e)) {
                throw new StoreException(StoreException.Kind.DISK_FULL, null);
            }
            throw new NotAStore("the rows cannot be read");
        } finally {
            Store.clear(secret);
        }
    }

    /** The references the schema equals, the newest version first; none: not a VisitDesk store. */
    private static List<Reference> matching(Set<String> schema, Path scratch) throws NotAStore {
        Reference latest = reference(null, scratch);
        List<Reference> out = new ArrayList<>();
        if (latest.schema().equals(schema)) {
            out.add(latest);
        }
        List<SchemaDao.Migration> all = latest.history();
        for (int i = all.size() - 2; i >= 0; i--) {
            Reference r = reference(all.get(i).version(), scratch);
            if (r.schema().equals(schema)) {
                out.add(r);
            } else if (!out.isEmpty()) {
                // migrations only add: the versions that share a schema are next to each other
                break;
            }
        }
        if (out.isEmpty()) {
            throw new NotAStore("a schema VisitDesk's migrations do not make");
        }
        return out;
    }

    /** The reference at a version (null: the newest), made once per run on a fresh store. */
    static synchronized Reference reference(String version, Path scratch) {
        String name = version == null ? "latest" : version;
        Reference known = REFERENCES.get(name);
        if (known != null) {
            return known;
        }
        Path folder = scratch.resolve("reference-" + name);
        Backups.deleteTree(folder);
        List<SchemaDao.Migration> history;
        Map<String, List<String>> columns = new LinkedHashMap<>();
        try (Store s = Store.open(folder, null, version)) {
            history = s.read(h -> h.attach(SchemaDao.class).history());
            s.read(h -> {
                SchemaDao dao = h.attach(SchemaDao.class);
                for (String t : dao.tables()) {
                    columns.put(t, dao.columns(t));
                }
                return null;
            });
        }
        Reference r = new Reference(normalized(StoreFile.schema(Store.dbFile(folder), null)), List.copyOf(history),
                columns);
        Backups.deleteTree(folder);
        REFERENCES.put(name, r);
        return r;
    }

    /**
     * The schema objects as comparable lines: generated sequence names, sequence positions, columns' statistics
     * and the user's password hash vary between stores and are left out; harmless settings are dropped, any other
     * refused.
     */
    static Set<String> normalized(List<StoreFile.SchemaObject> objects) {
        Set<String> out = new TreeSet<>();
        for (StoreFile.SchemaObject o : objects) {
            String sql = o.sql() == null ? "" : o.sql();
            if (o.type() == SETTING) {
                String[] words = sql.split(" ");
                if (words.length < 2 || !"SET".equals(words[0]) || !HARMLESS_SETTINGS.contains(words[1])) {
                    out.add(o.type() + " " + sql);
                }
                continue;
            }
            sql = SYSTEM_SEQUENCE.matcher(sql).replaceAll("SYSTEM_SEQUENCE");
            sql = RESTART.matcher(sql).replaceAll("");
            sql = SELECTIVITY.matcher(sql).replaceAll("");
            if (o.type() == USER) {
                sql = SALT_AND_HASH.matcher(sql).replaceAll("SALT HASH");
            }
            out.add(o.type() + " " + sql);
        }
        return out;
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
