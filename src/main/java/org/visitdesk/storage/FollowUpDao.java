package org.visitdesk.storage;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.visitdesk.domain.FollowUp;

/** SQL for follow-ups: the tasks visits ask of the network. Open ones are read by status and due day. */
@RegisterRowMapper(Rows.FollowUpMapper.class)
public interface FollowUpDao {

    String COLUMNS = "f.id, f.kind, f.detainee_id, f.visit_id, f.owner_visitor_id, f.due, f.status, f.note";

    @SqlUpdate("INSERT INTO follow_up (kind, detainee_id, visit_id, owner_visitor_id, due, status, note, created_on) "
            + "VALUES (:kind, :detainee, :visit, :owner, :due, :status, :note, :created)")
    @GetGeneratedKeys("id")
    long insertRow(@Bind("kind") String kind, @Bind("detainee") long detaineeId, @Bind("visit") Long visitId,
            @Bind("owner") Long ownerVisitorId, @Bind("due") LocalDate due, @Bind("status") String status,
            @Bind("note") String note, @Bind("created") LocalDate createdOn);

    /** Saves a new follow-up made on a day; call inside a transaction. */
    default FollowUp insert(FollowUp f, LocalDate createdOn) {
        long id = insertRow(f.kind().name(), f.detaineeId(), f.visitId(), f.ownerVisitorId(), f.due(),
                f.status().name(), f.note(), createdOn);
        return f.withId(id);
    }

    @SqlUpdate("UPDATE follow_up SET kind = :kind, owner_visitor_id = :owner, due = :due, status = :status, "
            + "note = :note WHERE id = :id AND detainee_id IS NOT NULL")
    int updateRow(@Bind("id") long id, @Bind("kind") String kind, @Bind("owner") Long ownerVisitorId,
            @Bind("due") LocalDate due, @Bind("status") String status, @Bind("note") String note);

    /** Saves a changed follow-up (not one whose person clean-up removed); false when there is none. */
    default boolean update(FollowUp f) {
        return updateRow(f.id(), f.kind().name(), f.ownerVisitorId(), f.due(), f.status().name(), f.note()) == 1;
    }

    @SqlQuery("SELECT " + COLUMNS + " FROM follow_up f WHERE f.id = :id")
    Optional<FollowUp> byId(@Bind("id") long id);

    /** Open follow-ups of people still in the records, the most overdue first. */
    @SqlQuery("SELECT " + COLUMNS + " FROM follow_up f WHERE f.status = 'OPEN' AND f.detainee_id IS NOT NULL "
            + "ORDER BY f.due, f.id")
    List<FollowUp> open();

    /** Every follow-up of people still in the records: open ones first (by due day), then the others. */
    @SqlQuery("SELECT " + COLUMNS + " FROM follow_up f WHERE f.detainee_id IS NOT NULL "
            + "ORDER BY CASE WHEN f.status = 'OPEN' THEN 0 ELSE 1 END, f.due, f.id")
    List<FollowUp> all();

    /** Everything, anonymous counts too: for the export of all records. */
    @SqlQuery("SELECT " + COLUMNS + " FROM follow_up f ORDER BY f.id")
    List<FollowUp> everything();

    @SqlQuery("SELECT " + COLUMNS + " FROM follow_up f WHERE f.detainee_id = :d AND f.status = 'OPEN' "
            + "ORDER BY f.due, f.id")
    List<FollowUp> openOf(@Bind("d") long detaineeId);

    @SqlQuery("SELECT " + COLUMNS + " FROM follow_up f WHERE f.detainee_id = :d ORDER BY f.due DESC, f.id DESC")
    List<FollowUp> ofDetainee(@Bind("d") long detaineeId);

    @SqlQuery("SELECT COUNT(*) FROM follow_up f WHERE f.visit_id = :visit AND f.kind = :kind")
    int countFromVisit(@Bind("visit") long visitId, @Bind("kind") String kind);

    /**
     * The follow-ups a report of the days covers: those from a visit of the days, and those without a visit
     * made on one of the days.
     */
    @SqlQuery("SELECT " + COLUMNS + " FROM follow_up f LEFT JOIN visit v ON v.id = f.visit_id "
            + "WHERE (v.id IS NOT NULL AND v.starts_at >= :from AND v.starts_at < :to) "
            + "OR (v.id IS NULL AND f.created_on >= :firstDay AND f.created_on <= :lastDay) ORDER BY f.due, f.id")
    List<FollowUp> ofReport(@Bind("from") LocalDateTime from, @Bind("to") LocalDateTime to,
            @Bind("firstDay") LocalDate firstDay, @Bind("lastDay") LocalDate lastDay);

    @SqlQuery("SELECT COUNT(*) FROM follow_up")
    long count();
}
