package org.visitdesk.storage;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.visitdesk.domain.BlackoutDay;
import org.visitdesk.domain.Facility;
import org.visitdesk.domain.VisitingWindow;

/** SQL for facilities, their visiting windows and blackout days. */
@RegisterRowMapper(Rows.FacilityMapper.class)
@RegisterRowMapper(Rows.WindowMapper.class)
@RegisterRowMapper(Rows.BlackoutMapper.class)
public interface FacilityDao {

    @SqlQuery("SELECT * FROM facility ORDER BY name")
    List<Facility> all();

    @SqlQuery("SELECT * FROM facility WHERE id = :id")
    Optional<Facility> byId(@Bind("id") long id);

    @SqlQuery("SELECT * FROM facility WHERE LOWER(name) = LOWER(:name)")
    Optional<Facility> byName(@Bind("name") String name);

    @SqlUpdate("INSERT INTO facility (name, address, room_capacity, max_visitors_per_visit, max_visits_per_week, notes) "
            + "VALUES (:name, :address, :cap, :perVisit, :perWeek, :notes)")
    @GetGeneratedKeys("id")
    long insertRow(@Bind("name") String name, @Bind("address") String address, @Bind("cap") int cap,
            @Bind("perVisit") int perVisit, @Bind("perWeek") int perWeek, @Bind("notes") String notes);

    @SqlUpdate("UPDATE facility SET name = :name, address = :address, room_capacity = :cap, "
            + "max_visitors_per_visit = :perVisit, max_visits_per_week = :perWeek, notes = :notes, "
            + "version = version + 1 WHERE id = :id AND version = :version")
    int updateRow(@Bind("id") long id, @Bind("name") String name, @Bind("address") String address,
            @Bind("cap") int cap, @Bind("perVisit") int perVisit, @Bind("perWeek") int perWeek,
            @Bind("notes") String notes, @Bind("version") int version);

    /** Saves a new facility and returns it with its id. */
    default Facility insert(Facility f) {
        return f.withId(insertRow(f.name(), f.address(), f.roomCapacity(), f.maxVisitorsPerVisit(),
                f.maxVisitsPerWeek(), f.notes()));
    }

    /** Saves changes to a facility if it is still at the version it was read at (which then grows by one). */
    default boolean update(Facility f) {
        return updateRow(f.id(), f.name(), f.address(), f.roomCapacity(), f.maxVisitorsPerVisit(),
                f.maxVisitsPerWeek(), f.notes(), f.version()) == 1;
    }

    @SqlQuery("SELECT COUNT(*) FROM visit WHERE facility_id = :id")
    long visitCount(@Bind("id") long id);

    @SqlUpdate("DELETE FROM facility WHERE id = :id")
    int delete(@Bind("id") long id);

    @SqlQuery("SELECT * FROM visiting_window ORDER BY facility_id, housing_unit, day_of_week, start_time")
    List<VisitingWindow> allWindows();

    @SqlQuery("SELECT * FROM visiting_window WHERE facility_id = :id ORDER BY housing_unit, day_of_week, start_time")
    List<VisitingWindow> windows(@Bind("id") long facilityId);

    @SqlUpdate("INSERT INTO visiting_window (facility_id, housing_unit, day_of_week, start_time, end_time, contact) "
            + "VALUES (:facility, :unit, :day, :start, :end, :contact)")
    @GetGeneratedKeys("id")
    long insertWindowRow(@Bind("facility") long facility, @Bind("unit") String unit, @Bind("day") int day,
            @Bind("start") LocalTime start, @Bind("end") LocalTime end, @Bind("contact") boolean contact);

    /** Saves a new visiting window. */
    default VisitingWindow insertWindow(VisitingWindow w) {
        return w.withId(insertWindowRow(w.facilityId(), w.housingUnit(), w.day().getValue(), w.start(), w.end(),
                w.contact()));
    }

    @SqlUpdate("DELETE FROM visiting_window WHERE facility_id = :id")
    int deleteWindows(@Bind("id") long facilityId);

    @SqlQuery("SELECT * FROM blackout_day ORDER BY facility_id, from_date")
    List<BlackoutDay> allBlackouts();

    @SqlQuery("SELECT * FROM blackout_day WHERE facility_id = :id ORDER BY from_date")
    List<BlackoutDay> blackouts(@Bind("id") long facilityId);

    @SqlUpdate("INSERT INTO blackout_day (facility_id, from_date, to_date, reason) "
            + "VALUES (:facility, :from, :to, :reason)")
    @GetGeneratedKeys("id")
    long insertBlackoutRow(@Bind("facility") long facility, @Bind("from") LocalDate from, @Bind("to") LocalDate to,
            @Bind("reason") String reason);

    /** Saves a new blackout. */
    default BlackoutDay insertBlackout(BlackoutDay b) {
        return b.withId(insertBlackoutRow(b.facilityId(), b.from(), b.to(), b.reason()));
    }

    @SqlUpdate("DELETE FROM blackout_day WHERE facility_id = :id")
    int deleteBlackouts(@Bind("id") long facilityId);

    /** A facility's time zone (an IANA id such as America/Los_Angeles). */
    record Zone(long id, String timeZone) {
    }

    @SqlQuery("SELECT id, time_zone FROM facility")
    @RegisterConstructorMapper(Zone.class)
    List<Zone> zones();
}
