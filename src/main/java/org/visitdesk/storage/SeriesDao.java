package org.visitdesk.storage;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.visitdesk.domain.Repeat;

/**
 * SQL for series of visits: the rule a series was planned with, which series a visit is in, and a series' visits.
 * The visits themselves are read and written by {@link VisitDao}; a visit's series is kept beside it here, so that
 * the visit record stays what it is.
 */
public interface SeriesDao {

    @SqlUpdate("INSERT INTO visit_series (every_weeks, times, until_day, created_at) "
            + "VALUES (:every, :times, :until, :at)")
    @GetGeneratedKeys("id")
    long insertRow(@Bind("every") int everyWeeks, @Bind("times") int times, @Bind("until") LocalDate until,
            @Bind("at") LocalDateTime createdAt);

    /** Saves a new series with its rule and gives its id; call inside a transaction, then {@link #join}. */
    default long insert(Repeat rule, LocalDateTime createdAt) {
        return insertRow(rule.everyWeeks(), rule.times(), rule.until(), createdAt);
    }

    /** Puts a saved visit in a series. */
    @SqlUpdate("UPDATE visit SET series_id = :series WHERE id = :visit")
    int join(@Bind("visit") long visitId, @Bind("series") long seriesId);

    /** The series a visit is in, if any. */
    @SqlQuery("SELECT series_id FROM visit WHERE id = :visit AND series_id IS NOT NULL")
    Optional<Long> seriesOf(@Bind("visit") long visitId);

    /** The visits of a series, by start time (every status: a cancelled one stays in its series). */
    @SqlQuery("SELECT id FROM visit WHERE series_id = :series ORDER BY starts_at, id")
    List<Long> visitsOf(@Bind("series") long seriesId);

    /** The visits of a series that start at or after a time, by start time. */
    @SqlQuery("SELECT id FROM visit WHERE series_id = :series AND starts_at >= :from ORDER BY starts_at, id")
    List<Long> visitsFrom(@Bind("series") long seriesId, @Bind("from") LocalDateTime from);

    /** Those of the visits that are in some series. */
    @SqlQuery("SELECT id FROM visit WHERE id IN (<ids>) AND series_id IS NOT NULL ORDER BY id")
    List<Long> inSomeSeries(@BindList("ids") List<Long> visitIds);

    /** The series of each visit in any, as (visit, series) pairs: for the export of all records. */
    @SqlQuery("SELECT id AS visit_id, series_id FROM visit WHERE series_id IS NOT NULL ORDER BY id")
    @RegisterConstructorMapper(Member.class)
    List<Member> members();

    /** A visit and the series it is in. */
    record Member(long visitId, long seriesId) {
    }
}
