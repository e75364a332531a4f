package org.visitdesk.storage;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for the change log: what was created, changed or deleted, when, and which fields from what to what. */
@RegisterConstructorMapper(HistoryDao.Row.class)
public interface HistoryDao {

    /**
     * One change_log row; {@code changes} is the encoded field list, {@code reason} may be blank; {@code coordinator}
     * made it (blank: the one coordinator of an embedded store); {@code overwroteAt} is set when it was saved over
     * another change on purpose, made then by {@code overwrote}.
     */
    record Row(long id, LocalDateTime at, String recordType, long recordId, String action, String changes,
            String reason, String coordinator, String overwrote, LocalDateTime overwroteAt) {
    }

    String COLUMNS = "id, at, record_type, record_id, action, changes, reason, coordinator, overwrote, overwrote_at";

    @SqlUpdate("INSERT INTO change_log (at, record_type, record_id, action, changes, reason, coordinator, overwrote, "
            + "overwrote_at) VALUES (:at, :type, :record, :action, :changes, :reason, :coordinator, :overwrote, "
            + ":overwroteAt)")
    void insert(@Bind("at") LocalDateTime at, @Bind("type") String recordType, @Bind("record") long recordId,
            @Bind("action") String action, @Bind("changes") String changes, @Bind("reason") String reason,
            @Bind("coordinator") String coordinator, @Bind("overwrote") String overwrote,
            @Bind("overwroteAt") LocalDateTime overwroteAt);

    @SqlQuery("SELECT " + COLUMNS + " FROM change_log "
            + "WHERE record_type = :type AND record_id = :record ORDER BY at DESC, id DESC")
    List<Row> of(@Bind("type") String recordType, @Bind("record") long recordId);

    /** The newest entry of a record: who changed it last, and when. */
    @SqlQuery("SELECT " + COLUMNS + " FROM change_log "
            + "WHERE record_type = :type AND record_id = :record ORDER BY at DESC, id DESC LIMIT 1")
    Optional<Row> newest(@Bind("type") String recordType, @Bind("record") long recordId);

    @SqlUpdate("DELETE FROM change_log WHERE record_type = :type AND record_id IN (<ids>)")
    int deleteOf(@Bind("type") String recordType, @BindList("ids") List<Long> recordIds);

    @SqlQuery("SELECT COUNT(*) FROM change_log")
    long count();
}
