package org.visitdesk.storage;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.Visitor;

/**
 * The reads behind every conflict check and calendar week: the visits that matter, or of some weeks, and the
 * people they name. Kept apart and small on purpose: Jdbi attaches a SqlObject to each unit of work at a cost
 * for every method it declares, and attaching the big DAOs took half of checking one visit.
 */
@RegisterRowMapper(Rows.VisitMapper.class)
@RegisterRowMapper(Rows.LinkMapper.class)
@RegisterRowMapper(Rows.DetaineeMapper.class)
@RegisterRowMapper(Rows.VisitorMapper.class)
public interface ScheduleDao {

    @SqlQuery(VisitDao.ROWS_BETWEEN)
    List<Visit> rowsBetween(@Bind("from") LocalDateTime from, @Bind("to") LocalDateTime to,
            @Bind("fromEarliest") LocalDateTime fromEarliest);

    @SqlQuery(VisitDao.LINKS_BETWEEN)
    List<VisitDao.Link> linksBetween(@Bind("from") LocalDateTime from, @Bind("to") LocalDateTime to,
            @Bind("fromEarliest") LocalDateTime fromEarliest);

    /** Visits that overlap [from, to), with their visitors, as {@link VisitDao#between} reads them. */
    default List<Visit> between(LocalDateTime from, LocalDateTime to) {
        LocalDateTime earliest = from.minusDays(1);
        return VisitDao.withVisitors(rowsBetween(from, to, earliest), linksBetween(from, to, earliest));
    }

    /*
     * The three ways a visit can matter, as one statement: each branch reads through its own index (facility and
     * start; start, then the visitor link; detainee and start), and the rows are read once by id. Empty visitors
     * bind as IN (NULL), which matches nothing.
     */
    @SqlQuery("SELECT " + VisitDao.COLUMNS + " FROM visit v WHERE v.id IN ("
            + "SELECT f.id FROM visit f WHERE f.facility_id = :f AND f.starts_at < :to "
            + "AND f.starts_at >= :fromEarliest AND f.ends_at > :from "
            + "UNION ALL SELECT w.id FROM visit w WHERE w.starts_at < :to AND w.starts_at >= :fromEarliest "
            + "AND w.ends_at > :from AND EXISTS (SELECT 1 FROM visit_visitor vv WHERE vv.visit_id = w.id "
            + "AND vv.visitor_id IN (<visitors>)) "
            + "UNION ALL SELECT d.id FROM visit d WHERE d.detainee_id = :d AND d.starts_at >= :weekFrom "
            + "AND d.starts_at < :weekTo) ORDER BY v.starts_at, v.id")
    List<Visit> rowsThatMatter(@Bind("f") long facilityId, @Bind("d") long detaineeId,
            @BindList(value = "visitors", onEmpty = BindList.EmptyHandling.NULL_STRING) List<Long> visitorIds,
            @Bind("from") LocalDateTime from, @Bind("to") LocalDateTime to,
            @Bind("fromEarliest") LocalDateTime fromEarliest, @Bind("weekFrom") LocalDateTime weekFrom,
            @Bind("weekTo") LocalDateTime weekTo);

    @SqlQuery(VisitDao.LINKS_OF)
    List<VisitDao.Link> linksOf(@BindList("ids") List<Long> visitIds);

    /**
     * The visits that can change the conflicts of a visit at [from, to): those overlapping it at the facility or
     * with any of its visitors, and the detainee's visits in [weekFrom, weekTo). Two statements: the rows, each
     * branch through an index, then their visitors.
     */
    default List<Visit> thatMatter(long facilityId, long detaineeId, List<Long> visitorIds, LocalDateTime from,
            LocalDateTime to, LocalDateTime weekFrom, LocalDateTime weekTo) {
        List<Visit> rows = rowsThatMatter(facilityId, detaineeId, visitorIds, from, to, from.minusDays(1), weekFrom,
                weekTo);
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>(rows.size());
        rows.forEach(v -> ids.add(v.id()));
        return VisitDao.withVisitors(rows, linksOf(ids));
    }

    @SqlQuery("SELECT " + DetaineeDao.COLUMNS + " FROM detainee WHERE id IN (SELECT v.detainee_id FROM visit v "
            + "WHERE v.starts_at < :to AND v.starts_at >= :fromEarliest AND v.ends_at > :from)")
    List<Detainee> detaineeRowsBetween(@Bind("from") LocalDateTime from, @Bind("to") LocalDateTime to,
            @Bind("fromEarliest") LocalDateTime fromEarliest);

    @SqlQuery("SELECT " + VisitorDao.COLUMNS + " FROM visitor WHERE id IN (SELECT vv.visitor_id FROM visit_visitor vv "
            + "JOIN visit v ON v.id = vv.visit_id "
            + "WHERE v.starts_at < :to AND v.starts_at >= :fromEarliest AND v.ends_at > :from)")
    List<Visitor> visitorRowsBetween(@Bind("from") LocalDateTime from, @Bind("to") LocalDateTime to,
            @Bind("fromEarliest") LocalDateTime fromEarliest);

    /**
     * The detained people of the visits {@link #between} reads, chosen by the same range: a week names some 150
     * people, and a list of that many ids costs more to bind and match than the range.
     */
    default List<Detainee> detaineesBetween(LocalDateTime from, LocalDateTime to) {
        return detaineeRowsBetween(from, to, from.minusDays(1));
    }

    /** The volunteers of the visits {@link #between} reads, chosen by the same range. */
    default List<Visitor> visitorsBetween(LocalDateTime from, LocalDateTime to) {
        return visitorRowsBetween(from, to, from.minusDays(1));
    }

    /** The detained people with these ids, as {@link DetaineeDao#byIds} reads them. */
    @SqlQuery("SELECT " + DetaineeDao.COLUMNS + " FROM detainee WHERE id IN (<ids>)")
    List<Detainee> detainees(@BindList("ids") List<Long> ids);

    /** The volunteers with these ids, as {@link VisitorDao#byIds} reads them. */
    @SqlQuery("SELECT " + VisitorDao.COLUMNS + " FROM visitor WHERE id IN (<ids>)")
    List<Visitor> visitors(@BindList("ids") List<Long> ids);
}
