package org.visitdesk.storage;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Batch inserts with ids chosen by the caller, for loading many rows at once (sample data, imports). The write
 * delay and the checkpoint are H2's; a shared PostgreSQL store skips them (its server decides when to write).
 */
public interface BulkDao extends SqlObject {

    /** A detainee row in column types. */
    record DetaineeRow(long id, String aNumber, String familyName, String givenName, LocalDate dateOfBirth,
            String countryOfBirth, String languages, String gender, Long facilityId, String housingUnit,
            String status, LocalDate statusDate, String notes, String searchKey) {
    }

    /** A visitor row in column types. */
    record VisitorRow(long id, String familyName, String givenName, String email, String phone, String languages,
            LocalDate orientationDate, boolean idChecked, String status, String notes, String searchKey,
            String available, int visitsPerMonth) {
    }

    /** A visit row in column types. */
    record VisitRow(long id, long detaineeId, long facilityId, LocalDateTime startsAt, LocalDateTime endsAt,
            String type, String status, String notes) {
    }

    /** A visit-visitor link. */
    record LinkRow(long visitId, long visitorId, int position) {
    }

    @SqlQuery("SELECT COALESCE(MAX(id), 0) FROM <table>")
    long maxId(@Define("table") String table);

    @SqlUpdate("ALTER TABLE <table> ALTER COLUMN id RESTART WITH <next>")
    void restartIds(@Define("table") String table, @Define("next") long next);

    @SqlBatch("INSERT INTO detainee (id, a_number, family_name, given_name, date_of_birth, country_of_birth, languages, "
            + "gender, facility_id, housing_unit, status, status_date, notes, search_key) VALUES (:id, :aNumber, "
            + ":familyName, :givenName, :dateOfBirth, :countryOfBirth, :languages, :gender, :facilityId, :housingUnit, "
            + ":status, :statusDate, :notes, :searchKey)")
    void detainees(@BindMethods List<DetaineeRow> rows);

    @SqlBatch("INSERT INTO visitor (id, family_name, given_name, email, phone, languages, orientation_date, id_checked, "
            + "status, notes, search_key, available, visits_per_month) VALUES (:id, :familyName, :givenName, :email, "
            + ":phone, :languages, :orientationDate, :idChecked, :status, :notes, :searchKey, :available, "
            + ":visitsPerMonth)")
    void visitors(@BindMethods List<VisitorRow> rows);

    @SqlBatch("INSERT INTO visit (id, detainee_id, facility_id, starts_at, ends_at, type, status, notes) "
            + "VALUES (:id, :detaineeId, :facilityId, :startsAt, :endsAt, :type, :status, :notes)")
    void visits(@BindMethods List<VisitRow> rows);

    @SqlBatch("INSERT INTO visit_visitor (visit_id, visitor_id, position) VALUES (:visitId, :visitorId, :position)")
    void links(@BindMethods List<LinkRow> rows);

    @SqlUpdate("INSERT INTO blackout_day (facility_id, from_date, to_date, reason) VALUES (:f, :from, :to, :reason)")
    void blackout(@Bind("f") long facilityId, @Bind("from") LocalDate from, @Bind("to") LocalDate to,
            @Bind("reason") String reason);

    @SqlUpdate("DELETE FROM <table> WHERE id >= :from")
    int deleteFrom(@Define("table") String table, @Bind("from") long fromId);

    /**
     * How long H2 may keep changes in memory before writing; 0 (the store's normal) writes at every commit. Nothing
     * on a shared store: PostgreSQL's commits are durable and its write-ahead log needs no such help.
     */
    default void writeDelay(int millis) {
        if (embedded()) {
            h2WriteDelay(millis);
        }
    }

    /** Writes everything to disk now; nothing on a shared store (its server's checkpoints are its own business). */
    default void checkpoint() {
        if (embedded()) {
            h2Checkpoint();
        }
    }

    /** True on the embedded H2 store. */
    default boolean embedded() {
        return Store.Engine.H2.name().equals(getHandle().getConfig(SqlStatements.class).getAttribute(Store.ENGINE));
    }

    @SqlUpdate("SET WRITE_DELAY <ms>")
    void h2WriteDelay(@Define("ms") int millis);

    @SqlUpdate("CHECKPOINT SYNC")
    void h2Checkpoint();

    /**
     * Drops the visit indexes that a bulk load would otherwise update row by row; {@link #createVisitIndexes}
     * builds them again from sorted rows, which is several times faster. Same names and columns as the migrations.
     */
    @SqlUpdate("DROP INDEX IF EXISTS ix_visit_start; DROP INDEX IF EXISTS ix_visit_detainee; "
            + "DROP INDEX IF EXISTS ix_visit_facility; DROP INDEX IF EXISTS ix_visit_detainee_status; "
            + "DROP INDEX IF EXISTS ix_visit_visitor_visitor; DROP INDEX IF EXISTS ix_visit_series")
    void dropVisitIndexes();

    /** Builds the visit indexes of the migrations (V1, V4, V9) if they are missing. */
    @SqlUpdate("CREATE INDEX IF NOT EXISTS ix_visit_start ON visit (starts_at); "
            + "CREATE INDEX IF NOT EXISTS ix_visit_detainee ON visit (detainee_id, starts_at); "
            + "CREATE INDEX IF NOT EXISTS ix_visit_facility ON visit (facility_id, starts_at); "
            + "CREATE INDEX IF NOT EXISTS ix_visit_detainee_status ON visit (detainee_id, starts_at, status); "
            + "CREATE INDEX IF NOT EXISTS ix_visit_visitor_visitor ON visit_visitor (visitor_id, visit_id); "
            + "CREATE INDEX IF NOT EXISTS ix_visit_series ON visit (series_id, starts_at)")
    void createVisitIndexes();
}
