package org.visitdesk.storage;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.visitdesk.domain.DenialReason;
import org.visitdesk.domain.Outcome;
import org.visitdesk.domain.OutcomeCode;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;

/** SQL for what happened at visits, the reports still due, and the figures of the access report. */
@RegisterRowMapper(Rows.OutcomeMapper.class)
@RegisterRowMapper(Rows.VisitMapper.class)
@RegisterConstructorMapper(OutcomeDao.Visited.class)
@RegisterConstructorMapper(OutcomeDao.ReportRow.class)
@RegisterConstructorMapper(OutcomeDao.Closure.class)
public interface OutcomeDao {

    String COLUMNS = "o.visit_id, o.code, o.denial_reason, o.arrived_at, o.seen_at, o.left_at, o.note";

    /**
     * One person's visiting as of a day: the last day a visit counted (null: never), the next day one is planned
     * after the as-of day (null: none), and how many follow-ups are open.
     */
    record Visited(long detaineeId, LocalDateTime lastVisit, LocalDateTime nextVisit, int openFollowUps) {
    }

    /** One visit of a report's range with its outcome (null fields when none is recorded yet). */
    record ReportRow(long visitId, Long detaineeId, long facilityId, LocalDateTime startsAt, VisitStatus status,
            OutcomeCode code, DenialReason denialReason, LocalTime arrivedAt, LocalTime seenAt, LocalTime leftAt) {
    }

    /** A closed day of a facility (a lockdown or closure) that touches a report's range. */
    record Closure(long facilityId, LocalDate fromDate, LocalDate toDate, String reason) {
    }

    @SqlQuery("SELECT " + COLUMNS + " FROM outcome o WHERE o.visit_id = :id")
    Optional<Outcome> byVisit(@Bind("id") long visitId);

    @SqlQuery("SELECT " + COLUMNS + " FROM outcome o WHERE o.visit_id IN (<ids>) ORDER BY o.visit_id")
    List<Outcome> ofVisits(@BindList("ids") List<Long> visitIds);

    @SqlQuery("SELECT " + COLUMNS + " FROM outcome o ORDER BY o.visit_id")
    List<Outcome> all();

    @SqlQuery("SELECT COUNT(*) FROM outcome")
    long count();

    @SqlUpdate("INSERT INTO outcome (visit_id, code, denial_reason, arrived_at, seen_at, left_at, note, recorded_at) "
            + "VALUES (:visit, :code, :reason, :arrived, :seen, :left, :note, :at)")
    void insertRow(@Bind("visit") long visitId, @Bind("code") String code, @Bind("reason") String reason,
            @Bind("arrived") LocalTime arrived, @Bind("seen") LocalTime seen, @Bind("left") LocalTime left,
            @Bind("note") String note, @Bind("at") LocalDateTime at);

    @SqlUpdate("UPDATE outcome SET code = :code, denial_reason = :reason, arrived_at = :arrived, seen_at = :seen, "
            + "left_at = :left, note = :note, recorded_at = :at WHERE visit_id = :visit")
    int updateRow(@Bind("visit") long visitId, @Bind("code") String code, @Bind("reason") String reason,
            @Bind("arrived") LocalTime arrived, @Bind("seen") LocalTime seen, @Bind("left") LocalTime left,
            @Bind("note") String note, @Bind("at") LocalDateTime at);

    /** Saves the outcome of its visit, replacing one recorded before; call inside a transaction. */
    default void put(Outcome o, LocalDateTime at) {
        String reason = o.denialReason() == null ? null : o.denialReason().name();
        if (updateRow(o.visitId(), o.code().name(), reason, o.arrived(), o.seen(), o.left(), o.note(), at) == 0) {
            insertRow(o.visitId(), o.code().name(), reason, o.arrived(), o.seen(), o.left(), o.note(), at);
        }
    }

    @SqlUpdate("DELETE FROM outcome WHERE visit_id = :id")
    int delete(@Bind("id") long visitId);

    /**
     * Visits of a person that started in [from, to) and have no outcome yet: the reports still due. Cancelled
     * visits need none, and an anonymous visit (its person removed) is only a count.
     */
    @SqlQuery("SELECT " + VisitDao.COLUMNS + " FROM visit v WHERE v.starts_at >= :from AND v.starts_at < :to "
            + "AND v.status <> 'CANCELLED' AND v.detainee_id IS NOT NULL "
            + "AND NOT EXISTS (SELECT 1 FROM outcome o WHERE o.visit_id = v.id) ORDER BY v.starts_at, v.id")
    List<Visit> withoutOutcome(@Bind("from") LocalDateTime from, @Bind("to") LocalDateTime to);

    /**
     * For every person, the last visit that counted by the end of the as-of day (an outcome that says the person
     * was seen, or a completed status: {@code OutcomeCode.seenAt}), the first still planned on a later day
     * ({@code Unvisited.plannedAfter}), and the open follow-ups.
     */
    @SqlQuery("SELECT d.id AS detainee_id, "
            + "(SELECT MAX(v.starts_at) FROM visit v LEFT JOIN outcome o ON o.visit_id = v.id "
            + "  WHERE v.detainee_id = d.id AND v.starts_at < :dayAfter "
            + "  AND (o.code IN (<seen>) OR v.status = 'COMPLETED')) AS last_visit, "
            + "(SELECT MIN(v.starts_at) FROM visit v WHERE v.detainee_id = d.id AND v.starts_at >= :dayAfter "
            + "  AND v.status IN (<planned>)) AS next_visit, "
            + "(SELECT COUNT(*) FROM follow_up f WHERE f.detainee_id = d.id AND f.status = 'OPEN') AS open_follow_ups "
            + "FROM detainee d ORDER BY d.id")
    List<Visited> visiting(@Bind("dayAfter") LocalDateTime dayAfterAsOf, @BindList("planned") List<String> planned,
            @BindList("seen") List<String> seen);

    /** Every person's visiting as of the day. */
    default List<Visited> visitingAsOf(LocalDate asOf) {
        return visiting(asOf.plusDays(1).atStartOfDay(), VisitStatus.plannedNames(), OutcomeCode.seenNames());
    }

    /** The visits that start in [from, to) with their outcomes, by start. */
    @SqlQuery("SELECT v.id AS visit_id, v.detainee_id, v.facility_id, v.starts_at, v.status, o.code, o.denial_reason, "
            + "o.arrived_at, o.seen_at, o.left_at FROM visit v LEFT JOIN outcome o ON o.visit_id = v.id "
            + "WHERE v.starts_at >= :from AND v.starts_at < :to ORDER BY v.starts_at, v.id")
    List<ReportRow> report(@Bind("from") LocalDateTime from, @Bind("to") LocalDateTime to);

    @SqlQuery("SELECT facility_id, from_date, to_date, reason FROM blackout_day "
            + "WHERE from_date <= :last AND to_date >= :first ORDER BY from_date, facility_id")
    List<Closure> closures(@Bind("first") LocalDate first, @Bind("last") LocalDate last);
}
