package org.visitdesk.storage;

import java.util.List;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.result.ResultIterable;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.UseRowMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * What a store is made of, through H2's INFORMATION_SCHEMA and Flyway's history; used to check a backup whose
 * schema already matched the one VisitDesk's migrations make, and to read its rows by explicit columns.
 */
interface SchemaDao {

    /** One applied migration, as Flyway recorded it. */
    record Migration(String version, String script, Integer checksum, boolean success) {
    }

    @SqlQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' "
            + "AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")
    List<String> tables();

    @SqlQuery("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' "
            + "AND TABLE_NAME = :table ORDER BY ORDINAL_POSITION")
    List<String> columns(@Bind("table") String table);

    /** Schema objects that can run code or hide a query: VisitDesk's migrations make none. */
    @SqlQuery("SELECT (SELECT COUNT(*) FROM INFORMATION_SCHEMA.ROUTINES WHERE ROUTINE_SCHEMA = 'PUBLIC')"
            + " + (SELECT COUNT(*) FROM INFORMATION_SCHEMA.TRIGGERS)"
            + " + (SELECT COUNT(*) FROM INFORMATION_SCHEMA.CONSTANTS)"
            + " + (SELECT COUNT(*) FROM INFORMATION_SCHEMA.DOMAINS)"
            + " + (SELECT COUNT(*) FROM INFORMATION_SCHEMA.SYNONYMS)"
            + " + (SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_TYPE <> 'BASE TABLE'"
            + " AND TABLE_SCHEMA <> 'INFORMATION_SCHEMA')")
    long codeObjects();

    @RegisterConstructorMapper(Migration.class)
    @SqlQuery("SELECT \"version\", \"script\", \"checksum\", \"success\" FROM \"flyway_schema_history\" "
            + "ORDER BY \"installed_rank\"")
    List<Migration> history();

    /**
     * Every row of a table, by the columns named (quoted identifiers from the reference schema, never from the
     * file being checked); each value is read, so a damaged page fails here.
     */
    @UseRowMapper(EveryValue.class)
    @SqlQuery("SELECT <columns> FROM \"PUBLIC\".<table>")
    ResultIterable<Integer> everyRow(@Define("columns") String columns, @Define("table") String table);

    /** Reads every value of a row; gives the number of columns read. */
    final class EveryValue implements RowMapper<Integer> {
        @Override
        public Integer map(ResultSet rs, StatementContext ctx) throws SQLException {
            int n = rs.getMetaData().getColumnCount();
            for (int i = 1; i <= n; i++) {
                rs.getObject(i);
            }
            return n;
        }
    }
}
