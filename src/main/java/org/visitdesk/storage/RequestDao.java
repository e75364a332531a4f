package org.visitdesk.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.Languages;
import org.visitdesk.domain.Request;
import org.visitdesk.domain.RequestSource;
import org.visitdesk.domain.RequestStatus;
import org.visitdesk.domain.Urgency;
import org.visitdesk.domain.VisitStatus;

/** SQL for requests for a visit: the waiting list, and the visits that move a request on. */
@RegisterRowMapper(RequestDao.RequestMapper.class)
public interface RequestDao {

    String COLUMNS = "r.id, r.received, r.source, r.a_number, r.family_name, r.given_name, r.country_of_birth, "
            + "r.languages, r.needs, r.urgency, r.caller, r.relationship, r.caller_phone, r.notes, r.status, "
            + "r.status_date, r.detainee_id, r.version";

    /** A request as the store binds it: enums by name, the A-number as stored, languages as one cell. */
    record Row(Request request) {
        public String aNumber() {
            return request.aNumber() == null ? null : request.aNumber().value();
        }

        public String source() {
            return request.source().name();
        }

        public String urgency() {
            return request.urgency().name();
        }

        public String status() {
            return request.status().name();
        }

        public String languages() {
            return Languages.join(request.languages());
        }
    }

    @SqlUpdate("INSERT INTO request (received, source, a_number, family_name, given_name, country_of_birth, "
            + "languages, needs, urgency, caller, relationship, caller_phone, notes, status, status_date, detainee_id) "
            + "VALUES (:r.received, :source, :aNumber, :r.familyName, :r.givenName, :r.countryOfBirth, :languages, "
            + ":r.needs, :urgency, :r.caller, :r.relationship, :r.callerPhone, :r.notes, :status, :r.statusDate, "
            + ":r.detaineeId)")
    @GetGeneratedKeys("id")
    long insertRow(@BindMethods Row row, @BindMethods("r") Request r);

    /** Saves a new request; call inside a transaction. */
    default Request insert(Request r) {
        return r.withId(insertRow(new Row(r), r));
    }

    @SqlUpdate("UPDATE request SET received = :r.received, source = :source, a_number = :aNumber, "
            + "family_name = :r.familyName, given_name = :r.givenName, country_of_birth = :r.countryOfBirth, "
            + "languages = :languages, needs = :r.needs, urgency = :urgency, caller = :r.caller, "
            + "relationship = :r.relationship, caller_phone = :r.callerPhone, notes = :r.notes, status = :status, "
            + "status_date = :r.statusDate, detainee_id = :r.detaineeId, version = version + 1 "
            + "WHERE id = :r.id AND version = :r.version")
    int updateRow(@BindMethods Row row, @BindMethods("r") Request r);

    /**
     * Saves a changed request if it is still at the version it was read at (which then grows by one); false when it
     * is gone or someone else saved it meanwhile.
     */
    default boolean update(Request r) {
        return updateRow(new Row(r), r) == 1;
    }

    @SqlQuery("SELECT " + COLUMNS + " FROM request r WHERE r.id = :id")
    Optional<Request> byId(@Bind("id") long id);

    /** The requests still waiting (new or matched), the oldest first. */
    @SqlQuery("SELECT " + COLUMNS + " FROM request r WHERE r.status IN ('NEW', 'MATCHED') ORDER BY r.received, r.id")
    List<Request> waiting();

    /** The requests not yet closed: what the visits of their people may move on. */
    @SqlQuery("SELECT " + COLUMNS + " FROM request r WHERE r.status <> 'CLOSED' AND r.detainee_id IS NOT NULL "
            + "ORDER BY r.id")
    List<Request> open();

    /** Every request, the oldest first. */
    @SqlQuery("SELECT " + COLUMNS + " FROM request r ORDER BY r.received, r.id")
    List<Request> all();

    /** A person's requests, the latest first. */
    @SqlQuery("SELECT " + COLUMNS + " FROM request r WHERE r.detainee_id = :d ORDER BY r.received DESC, r.id DESC")
    List<Request> ofDetainee(@Bind("d") long detaineeId);

    @SqlUpdate("DELETE FROM request WHERE id = :id")
    int delete(@Bind("id") long id);

    /** Deletes a request only at the version it was read at; 0 when it is gone or someone saved it meanwhile. */
    @SqlUpdate("DELETE FROM request WHERE id = :id AND version = :version")
    int deleteAt(@Bind("id") long id, @Bind("version") int version);

    @SqlQuery("SELECT COUNT(*) FROM request")
    long count();

    /** True when the person has a planned (requested, scheduled, confirmed) visit starting on or after the day. */
    default boolean hasPlannedVisitFrom(long detaineeId, LocalDate day) {
        return countVisitsFrom(detaineeId, day.atStartOfDay(), VisitStatus.plannedNames()) > 0;
    }

    /** True when the person has a visit that happened (completed), on or after the day. */
    default boolean hasVisitThatHappenedFrom(long detaineeId, LocalDate day) {
        return countVisitsFrom(detaineeId, day.atStartOfDay(), List.of(VisitStatus.COMPLETED.name())) > 0;
    }

    @SqlQuery("SELECT COUNT(*) FROM visit WHERE detainee_id = :d AND starts_at >= :from AND status IN (<statuses>)")
    int countVisitsFrom(@Bind("d") long detaineeId, @Bind("from") LocalDateTime from,
            @BindList("statuses") List<String> statuses);

    /** Maps {@code request} rows. */
    final class RequestMapper implements RowMapper<Request> {
        @Override
        public Request map(ResultSet rs, StatementContext ctx) throws SQLException {
            String a = rs.getString("a_number");
            return new Request(rs.getLong("id"), Rows.date(rs, "received"),
                    RequestSource.valueOf(rs.getString("source")), a == null ? null : new ANumber(a.strip()),
                    rs.getString("family_name"), rs.getString("given_name"), rs.getString("country_of_birth"),
                    Languages.parse(rs.getString("languages")), rs.getString("needs"),
                    Urgency.valueOf(rs.getString("urgency")), rs.getString("caller"), rs.getString("relationship"),
                    rs.getString("caller_phone"), rs.getString("notes"),
                    RequestStatus.valueOf(rs.getString("status")), Rows.date(rs, "status_date"),
                    Rows.nullableLong(rs, "detainee_id"), rs.getInt("version"));
        }
    }
}
