package org.visitdesk.storage;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;

/** SQL for visits and who goes on them. Every query reads a time range or one person through an index. */
@RegisterRowMapper(Rows.VisitMapper.class)
@RegisterConstructorMapper(VisitDao.Link.class)
public interface VisitDao {

    String COLUMNS = "v.id, v.detainee_id, v.facility_id, v.starts_at, v.ends_at, v.type, v.status, v.notes, "
            + "v.override_reason, v.version";

    /** One pair of the visit-visitor link. */
    record Link(long visitId, long visitorId) {
    }

    /** The visits overlapping [from, to) through the start index, from {@code fromEarliest} (a day before) on. */
    String ROWS_BETWEEN = "SELECT " + COLUMNS + " FROM visit v WHERE v.starts_at < :to "
            + "AND v.starts_at >= :fromEarliest AND v.ends_at > :from ORDER BY v.starts_at, v.id";

    /** The visitors of the visits {@link #ROWS_BETWEEN} reads. */
    String LINKS_BETWEEN = "SELECT vv.visit_id, vv.visitor_id FROM visit_visitor vv JOIN visit v ON v.id = vv.visit_id "
            + "WHERE v.starts_at < :to AND v.starts_at >= :fromEarliest AND v.ends_at > :from "
            + "ORDER BY vv.visit_id, vv.position";

    /** The visitors of some visits. */
    String LINKS_OF = "SELECT visit_id, visitor_id FROM visit_visitor WHERE visit_id IN (<ids>) "
            + "ORDER BY visit_id, position";

    @SqlQuery(ROWS_BETWEEN)
    List<Visit> rowsBetween(@Bind("from") LocalDateTime from, @Bind("to") LocalDateTime to,
            @Bind("fromEarliest") LocalDateTime fromEarliest);

    @SqlQuery(LINKS_BETWEEN)
    List<Link> linksBetween(@Bind("from") LocalDateTime from, @Bind("to") LocalDateTime to,
            @Bind("fromEarliest") LocalDateTime fromEarliest);

    /**
     * Visits that overlap [from, to), with their visitors. No visit lasts longer than a day, so the start index
     * bounds the search from one day before.
     */
    default List<Visit> between(LocalDateTime from, LocalDateTime to) {
        LocalDateTime earliest = from.minusDays(1);
        return withVisitors(rowsBetween(from, to, earliest), linksBetween(from, to, earliest));
    }

    @SqlQuery("SELECT " + COLUMNS + " FROM visit v WHERE v.id = :id")
    Optional<Visit> rowById(@Bind("id") long id);

    @SqlQuery("SELECT visitor_id FROM visit_visitor WHERE visit_id = :id ORDER BY position")
    List<Long> visitorIds(@Bind("id") long visitId);

    /** One visit with its visitors. */
    default Optional<Visit> byId(long id) {
        return rowById(id).map(v -> new Visit(v.id(), v.detaineeId(), v.facilityId(), v.start(), v.end(),
                visitorIds(id), v.type(), v.status(), v.notes(), v.overrideReason(), v.version()));
    }

    @SqlQuery("SELECT " + COLUMNS + " FROM visit v WHERE v.detainee_id = :d AND v.starts_at >= :from "
            + "AND v.starts_at < :to ORDER BY v.starts_at")
    List<Visit> rowsOfDetainee(@Bind("d") long detaineeId, @Bind("from") LocalDateTime from,
            @Bind("to") LocalDateTime to);

    @SqlQuery("SELECT vv.visit_id, vv.visitor_id FROM visit_visitor vv JOIN visit v ON v.id = vv.visit_id "
            + "WHERE v.detainee_id = :d AND v.starts_at >= :from AND v.starts_at < :to ORDER BY vv.visit_id, vv.position")
    List<Link> linksOfDetainee(@Bind("d") long detaineeId, @Bind("from") LocalDateTime from,
            @Bind("to") LocalDateTime to);

    /** One person's visits that start in [from, to). */
    default List<Visit> ofDetainee(long detaineeId, LocalDateTime from, LocalDateTime to) {
        return withVisitors(rowsOfDetainee(detaineeId, from, to), linksOfDetainee(detaineeId, from, to));
    }

    @SqlQuery("SELECT COUNT(*) FROM visit")
    long count();

    @SqlQuery("SELECT COUNT(*) FROM visit WHERE detainee_id = :d")
    long countOfDetainee(@Bind("d") long detaineeId);

    @SqlQuery("SELECT visit_id FROM visit_visitor WHERE visitor_id = :v ORDER BY visit_id")
    List<Long> visitIdsOfVisitor(@Bind("v") long visitorId);

    @SqlQuery("SELECT COUNT(*) FROM visit_visitor WHERE visitor_id = :v")
    long countOfVisitor(@Bind("v") long visitorId);

    @SqlUpdate("INSERT INTO visit (detainee_id, facility_id, starts_at, ends_at, type, status, notes, override_reason) "
            + "VALUES (:d, :f, :start, :end, :type, :status, :notes, :reason)")
    @GetGeneratedKeys("id")
    long insertRow(@Bind("d") long detainee, @Bind("f") long facility, @Bind("start") LocalDateTime start,
            @Bind("end") LocalDateTime end, @Bind("type") String type, @Bind("status") String status,
            @Bind("notes") String notes, @Bind("reason") String reason);

    @SqlUpdate("UPDATE visit SET detainee_id = :d, facility_id = :f, starts_at = :start, ends_at = :end, type = :type, "
            + "status = :status, notes = :notes, override_reason = :reason, version = version + 1 "
            + "WHERE id = :id AND version = :version")
    int updateRow(@Bind("id") long id, @Bind("d") long detainee, @Bind("f") long facility,
            @Bind("start") LocalDateTime start, @Bind("end") LocalDateTime end, @Bind("type") String type,
            @Bind("status") String status, @Bind("notes") String notes, @Bind("reason") String reason,
            @Bind("version") int version);

    @SqlQuery("SELECT COUNT(*) FROM visit WHERE id = :id AND version = :version")
    int countAt(@Bind("id") long id, @Bind("version") int version);

    @SqlUpdate("DELETE FROM visit_visitor WHERE visit_id = :id")
    int unlinkAll(@Bind("id") long visitId);

    @SqlBatch("INSERT INTO visit_visitor (visit_id, visitor_id, position) VALUES (:visit, :visitor, :position)")
    void link(@Bind("visit") long visitId, @Bind("visitor") List<Long> visitorIds,
            @Bind("position") List<Integer> positions);

    /** Saves a new visit with its visitors; call inside a transaction. */
    default Visit insert(Visit v) {
        long id = insertRow(v.detaineeId(), v.facilityId(), v.start(), v.end(), v.type().name(), v.status().name(),
                v.notes(), v.overrideReason());
        linkVisitors(id, v.visitorIds());
        return v.withId(id);
    }

    /**
     * Saves changes to a visit and its visitors, if it is still at the version it was read at (which then grows by
     * one); call inside a transaction. False when it is gone or someone else saved it meanwhile: nothing changed.
     */
    default boolean update(Visit v) {
        if (countAt(v.id(), v.version()) != 1) {
            return false;
        }
        calendarChanges(v);
        int n = updateRow(v.id(), v.detaineeId(), v.facilityId(), v.start(), v.end(), v.type().name(),
                v.status().name(), v.notes(), v.overrideReason(), v.version());
        if (n == 1) {
            unlinkAll(v.id());
            linkVisitors(v.id(), v.visitorIds());
        }
        return n == 1;
    }

    private void linkVisitors(long visitId, List<Long> visitorIds) {
        if (visitorIds.isEmpty()) {
            return;
        }
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < visitorIds.size(); i++) {
            positions.add(i);
        }
        link(visitId, visitorIds, positions);
    }

    @SqlUpdate("DELETE FROM visit WHERE id = :id")
    int delete(@Bind("id") long id);

    @SqlQuery("SELECT id FROM visit WHERE detainee_id = :d AND starts_at >= :from AND status IN (<planned>)")
    List<Long> plannedOfDetainee(@Bind("d") long detaineeId, @Bind("from") LocalDateTime from,
            @BindList("planned") List<String> planned);

    /** A person's visits from a moment on that are still planned (requested, scheduled or confirmed). */
    default List<Long> futurePlannedOfDetainee(long detaineeId, LocalDateTime from) {
        return plannedOfDetainee(detaineeId, from, VisitStatus.plannedNames());
    }

    @SqlUpdate("UPDATE visit SET status = 'CANCELLED', ics_sequence = ics_sequence + 1, version = version + 1 "
            + "WHERE id IN (<ids>)")
    int cancelAll(@BindList("ids") List<Long> ids);

    /** Joins visit rows with their visitor links (both ordered by visit id or start). */
    static List<Visit> withVisitors(List<Visit> rows, List<Link> links) {
        Map<Long, List<Long>> byVisit = new HashMap<>();
        for (Link l : links) {
            byVisit.computeIfAbsent(l.visitId(), k -> new ArrayList<>(3)).add(l.visitorId());
        }
        List<Visit> out = new ArrayList<>(rows.size());
        for (Visit v : rows) {
            List<Long> ids = byVisit.getOrDefault(v.id(), List.of());
            out.add(new Visit(v.id(), v.detaineeId(), v.facilityId(), v.start(), v.end(), ids, v.type(), v.status(),
                    v.notes(), v.overrideReason(), v.version()));
        }
        return out;
    }

    @SqlQuery(LINKS_OF)
    List<Link> linksOf(@BindList("ids") List<Long> visitIds);

    // --- calendar files (issue 15): the SEQUENCE of a visit and the visits a visitor's calendar must drop ---

    /** A visit's iCalendar sequence. */
    record Sequence(long id, int icsSequence) {
    }

    /** A visit that left a visitor's calendar: sent to them as cancelled by the next calendar file. */
    record Removal(long visitId, long visitorId, long facilityId, LocalDateTime startsAt, LocalDateTime endsAt,
            int icsSequence) {
    }

    @SqlUpdate("UPDATE visit SET ics_sequence = ics_sequence + 1 WHERE id = :id AND (starts_at <> :start "
            + "OR ends_at <> :end OR status <> :status OR facility_id <> :f)")
    int bumpSequenceIfMoved(@Bind("id") long id, @Bind("f") long facility, @Bind("start") LocalDateTime start,
            @Bind("end") LocalDateTime end, @Bind("status") String status);

    @SqlUpdate("UPDATE visit SET ics_sequence = ics_sequence + 1 WHERE id = :id")
    int bumpSequence(@Bind("id") long id);

    @SqlUpdate("DELETE FROM calendar_removal WHERE visit_id = :visit AND visitor_id IN (<visitors>)")
    int forgetRemovals(@Bind("visit") long visitId, @BindList("visitors") List<Long> visitorIds);

    @SqlUpdate("INSERT INTO calendar_removal (visit_id, visitor_id, facility_id, starts_at, ends_at, ics_sequence) "
            + "SELECT v.id, vv.visitor_id, v.facility_id, v.starts_at, v.ends_at, v.ics_sequence FROM visit v "
            + "JOIN visit_visitor vv ON vv.visit_id = v.id WHERE v.id = :visit AND vv.visitor_id IN (<visitors>)")
    int rememberRemovals(@Bind("visit") long visitId, @BindList("visitors") List<Long> visitorIds);

    @SqlQuery("SELECT id, ics_sequence FROM visit WHERE id IN (<ids>)")
    @RegisterConstructorMapper(Sequence.class)
    List<Sequence> sequences(@BindList("ids") List<Long> visitIds);

    @SqlQuery("SELECT visit_id, visitor_id, facility_id, starts_at, ends_at, ics_sequence FROM calendar_removal "
            + "WHERE starts_at >= :from AND starts_at < :to ORDER BY starts_at, visit_id")
    @RegisterConstructorMapper(Removal.class)
    List<Removal> removalsBetween(@Bind("from") LocalDateTime from, @Bind("to") LocalDateTime to);

    /**
     * Before an update: a visit that moves, changes place or status gets a higher sequence; a visitor taken off it
     * keeps a removal (the visit as it was) so that their next calendar file cancels it; a visitor put back on it
     * loses the removal. Call inside the update's transaction, before the row changes.
     */
    default void calendarChanges(Visit v) {
        bumpSequenceIfMoved(v.id(), v.facilityId(), v.start(), v.end(), v.status().name());
        List<Long> before = visitorIds(v.id());
        List<Long> gone = before.stream().filter(id -> !v.visitorIds().contains(id)).toList();
        keepRemovals(v.id(), gone);
        if (!v.visitorIds().isEmpty()) {
            forgetRemovals(v.id(), v.visitorIds());
        }
    }

    /**
     * The visit is about to be deleted or these visitors taken off it: it gets a higher sequence, and their
     * calendars get it as cancelled.
     */
    default void keepRemovals(long visitId, List<Long> visitorIds) {
        if (visitorIds.isEmpty()) {
            return;
        }
        bumpSequence(visitId);
        forgetRemovals(visitId, visitorIds);
        rememberRemovals(visitId, visitorIds);
    }
}
