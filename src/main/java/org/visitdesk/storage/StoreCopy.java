package org.visitdesk.storage;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies the records of a data folder's own store into an empty shared store, table by table, keeping every id.
 * The tables and columns are read from the two databases themselves (not listed here), so that whatever a later
 * migration adds comes along; both stores are at the same schema version, since both were brought up to date by
 * the same migrations when they were opened. The copy is one transaction on the shared store: all or nothing.
 */
public final class StoreCopy {

    private static final Logger LOG = LoggerFactory.getLogger(StoreCopy.class);

    /** Flyway's own table: each store keeps the history of its own migrations. */
    private static final String FLYWAY = "flyway_schema_history";
    /**
     * Tables a new store already has rows in: the migrations put the Adelanto facility and its visiting windows
     * in every store (V2). They are replaced by the copied ones, which keep their own ids.
     */
    private static final Set<String> SEEDED = Set.of("facility", "visiting_window");
    /** Rows sent to the server at once. */
    private static final int BATCH = 500;

    private StoreCopy() {
    }

    /** One table copied: the rows it holds in the embedded store and, counted after the copy, in the shared one. */
    public record Table(String name, long rows, long copied) {
    }

    /** Told before each table is copied, so that a large store shows how far the copy has gone. */
    @FunctionalInterface
    public interface Progress {
        /** The table about to be copied and the rows it holds. */
        void copying(String table, long rows);
    }

    /**
     * Copies everything from an embedded store into an empty shared one. Refuses ({@link StoreException.Kind#SHARED_NOT_EMPTY})
     * a shared store that holds any record beyond what a new store is made with. Afterwards the rows of each
     * table are counted on both sides; the copy is kept only when every count agrees.
     *
     * @return the tables copied with their rows, in the order they were copied
     */
    public static List<Table> copy(Store from, Store to, Progress progress) {
        if (from.shared() || !to.shared()) {
            throw new IllegalArgumentException("copies an embedded store into a shared one");
        }
        try (Handle source = from.jdbi().open(); Handle target = to.jdbi().open()) {
            Connection in = source.getConnection();
            Connection out = target.getConnection();
            // both connections go back to their pools as they came
            int inIsolation = in.getTransactionIsolation();
            int outIsolation = out.getTransactionIsolation();
            // one view of the records while they are read (the data folder's store is locked by this process)
            in.setAutoCommit(false);
            in.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            out.setAutoCommit(false);
            out.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            try {
                List<Table> copied = copy(in, out, progress);
                out.commit();
                in.commit();
                return copied;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(out);
                rollbackQuietly(in);
                throw e;
            } finally {
                restoreQuietly(out, outIsolation);
                restoreQuietly(in, inIsolation);
            }
        } catch (SQLException e) {
            // the SQL state only: the driver's message may quote a value of a record
            LOG.warn("copy into the shared store failed: SQL state {}", e.getSQLState());
            throw new StoreException(StoreException.Kind.SHARED_COPY_FAILED, null);
        }
    }

    private static List<Table> copy(Connection in, Connection out, Progress progress) throws SQLException {
        Map<String, String> sourceTables = tables(in, "PUBLIC");
        Map<String, String> targetTables = tables(out, out.getSchema());
        for (String table : sourceTables.keySet()) {
            if (!targetTables.containsKey(table)) {
                LOG.warn("copy refused: table {} is not in the shared store", table);
                throw new StoreException(StoreException.Kind.SHARED_COPY_MISMATCH, null);
            }
        }
        List<String> order = referencedFirst(out, targetTables);
        lock(out, order, targetTables);
        refuseUnlessEmpty(out, order, targetTables);
        // what the migrations put in a new shared store makes way for the same rows copied with their own ids
        for (int i = order.size() - 1; i >= 0; i--) {
            if (SEEDED.contains(order.get(i))) {
                execute(out, "DELETE FROM " + quote(targetTables.get(order.get(i))));
            }
        }
        List<Table> copied = new ArrayList<>();
        for (String table : order) {
            if (!sourceTables.containsKey(table)) {
                continue;
            }
            long rows = count(in, sourceTables.get(table));
            progress.copying(table, rows);
            copyTable(in, sourceTables.get(table), out, targetTables.get(table));
            copied.add(new Table(table, rows, -1));
        }
        raiseIdentities(out, targetTables);
        List<Table> counted = new ArrayList<>();
        for (Table t : copied) {
            long there = count(out, targetTables.get(t.name()));
            if (there != t.rows()) {
                LOG.warn("copy undone: table {} has {} rows here and {} in the shared store", t.name(), t.rows(), there);
                throw new StoreException(StoreException.Kind.SHARED_COPY_MISMATCH, null);
            }
            counted.add(new Table(t.name(), t.rows(), there));
        }
        return counted;
    }

    /** The tables of a schema, by their name in lower case (H2 keeps names in upper case, PostgreSQL in lower). */
    private static Map<String, String> tables(Connection c, String schema) throws SQLException {
        Map<String, String> tables = new TreeMap<>();
        // H2 calls a table's type BASE TABLE, PostgreSQL TABLE
        try (ResultSet rs = c.getMetaData().getTables(null, schema, "%", null)) {
            while (rs.next()) {
                String type = rs.getString("TABLE_TYPE");
                if (!"TABLE".equals(type) && !"BASE TABLE".equals(type)) {
                    continue;
                }
                String name = rs.getString("TABLE_NAME");
                String key = name.toLowerCase(Locale.ROOT);
                if (!key.equals(FLYWAY)) {
                    tables.put(key, name);
                }
            }
        }
        return tables;
    }

    /** The tables in an order where each comes after those its foreign keys point to. */
    private static List<String> referencedFirst(Connection c, Map<String, String> tables) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        Map<String, Set<String>> needs = new LinkedHashMap<>();
        for (Map.Entry<String, String> t : tables.entrySet()) {
            Set<String> parents = new LinkedHashSet<>();
            try (ResultSet rs = meta.getImportedKeys(null, c.getSchema(), t.getValue())) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(t.getKey()) && tables.containsKey(parent)) {
                        parents.add(parent);
                    }
                }
            }
            needs.put(t.getKey(), parents);
        }
        List<String> order = new ArrayList<>();
        Deque<String> ready = new ArrayDeque<>();
        needs.forEach((t, parents) -> {
            if (parents.isEmpty()) {
                ready.add(t);
            }
        });
        while (!ready.isEmpty()) {
            String t = ready.poll();
            order.add(t);
            needs.forEach((child, parents) -> {
                if (parents.remove(t) && parents.isEmpty()) {
                    ready.add(child);
                }
            });
        }
        if (order.size() != tables.size()) {
            // tables that point at each other: no order lets every row go in; VisitDesk's schema has none
            throw new StoreException(StoreException.Kind.SHARED_COPY_MISMATCH, null);
        }
        return order;
    }

    /** No other coordinator writes while the copy runs: their saves wait until it has ended. */
    private static void lock(Connection out, List<String> order, Map<String, String> tables) throws SQLException {
        List<String> names = order.stream().map(t -> quote(tables.get(t))).toList();
        execute(out, "LOCK TABLE " + String.join(", ", names) + " IN EXCLUSIVE MODE");
    }

    /** A shared store that holds any record is left alone: a copy would mix two sets of records. */
    private static void refuseUnlessEmpty(Connection out, List<String> order, Map<String, String> tables)
            throws SQLException {
        for (String table : order) {
            long rows = count(out, tables.get(table));
            boolean seedOnly = SEEDED.contains(table) && (!table.equals("facility") || rows <= 1);
            if (rows > 0 && !seedOnly) {
                throw new StoreException(StoreException.Kind.SHARED_NOT_EMPTY, null);
            }
        }
    }

    private static void copyTable(Connection in, String from, Connection out, String to) throws SQLException {
        Map<String, Integer> targetColumns = new LinkedHashMap<>();
        try (ResultSet rs = out.getMetaData().getColumns(null, out.getSchema(), to, "%")) {
            while (rs.next()) {
                targetColumns.put(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), rs.getInt("DATA_TYPE"));
            }
        }
        try (Statement read = in.createStatement(); ResultSet rs = read.executeQuery("SELECT * FROM " + quote(from))) {
            ResultSetMetaData meta = rs.getMetaData();
            int n = meta.getColumnCount();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                String name = meta.getColumnName(i).toLowerCase(Locale.ROOT);
                if (!targetColumns.containsKey(name)) {
                    LOG.warn("copy refused: column {}.{} is not in the shared store", to, name);
                    throw new StoreException(StoreException.Kind.SHARED_COPY_MISMATCH, null);
                }
                names.add(name);
            }
            String sql = "INSERT INTO " + quote(to) + " (" + String.join(", ", names.stream().map(StoreCopy::quote)
                    .toList()) + ") VALUES (" + String.join(", ", names.stream().map(x -> "?").toList()) + ")";
            try (PreparedStatement write = out.prepareStatement(sql)) {
                int pending = 0;
                while (rs.next()) {
                    for (int i = 1; i <= n; i++) {
                        Object value = value(rs, i, meta.getColumnType(i));
                        if (value == null) {
                            write.setNull(i, targetColumns.get(names.get(i - 1)));
                        } else {
                            write.setObject(i, value);
                        }
                    }
                    write.addBatch();
                    if (++pending == BATCH) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    write.executeBatch();
                }
            }
        }
    }

    /** A value as Java time types for dates and times: no time zone of this computer may shift them. */
    private static Object value(ResultSet rs, int i, int type) throws SQLException {
        return switch (type) {
            case Types.DATE -> rs.getObject(i, LocalDate.class);
            case Types.TIME -> rs.getObject(i, LocalTime.class);
            case Types.TIMESTAMP -> rs.getObject(i, LocalDateTime.class);
            default -> rs.getObject(i);
        };
    }

    /** The ids the shared store hands out next come after the copied ones. */
    private static void raiseIdentities(Connection out, Map<String, String> tables) throws SQLException {
        List<String[]> identities = new ArrayList<>();
        try (PreparedStatement ps = out.prepareStatement("SELECT table_name, column_name FROM information_schema.columns"
                + " WHERE table_schema = current_schema() AND is_identity = 'YES'");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                identities.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        for (String[] id : identities) {
            if (!tables.containsKey(id[0].toLowerCase(Locale.ROOT))) {
                continue;
            }
            try (PreparedStatement ps = out.prepareStatement("SELECT setval(pg_get_serial_sequence("
                    + "format('%I.%I', current_schema(), ?::text), ?), COALESCE(MAX(" + quote(id[1]) + "), 0) + 1, false)"
                    + " FROM " + quote(id[0]))) {
                ps.setString(1, id[0]);
                ps.setString(2, id[1]);
                ps.executeQuery().close();
            }
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + quote(table))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /** A name as the database spells it (read from its own metadata, so never typed by a person). */
    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static void restoreQuietly(Connection c, int isolation) {
        try {
            c.setAutoCommit(true);
            c.setTransactionIsolation(isolation);
        } catch (SQLException ignored) {
            // a dropped connection is not reused: its handle closes it
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // a dropped connection has rolled back on the server already
        }
    }
}
