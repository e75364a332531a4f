package org.visitdesk.storage;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Languages;
import org.visitdesk.domain.SearchKey;
import org.visitdesk.domain.VisitStatus;

/** SQL for detained people. */
@RegisterRowMapper(Rows.DetaineeMapper.class)
public interface DetaineeDao {

    String COLUMNS = "id, a_number, family_name, given_name, date_of_birth, country_of_birth, languages, gender, "
            + "facility_id, housing_unit, status, status_date, notes, version";

    @SqlQuery("SELECT " + COLUMNS + " FROM detainee ORDER BY family_name, given_name, id")
    List<Detainee> all();

    @SqlQuery("SELECT " + COLUMNS + " FROM detainee WHERE id = :id")
    Optional<Detainee> byId(@Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM detainee WHERE id IN (<ids>)")
    List<Detainee> byIds(@BindList("ids") List<Long> ids);

    @SqlQuery("SELECT " + COLUMNS + " FROM detainee WHERE a_number = :a")
    Optional<Detainee> byANumber(@Bind("a") String aNumber);

    @SqlQuery("SELECT " + COLUMNS + " FROM detainee WHERE search_key LIKE :pattern ESCAPE '\\' "
            + "ORDER BY family_name, given_name, id LIMIT :limit")
    List<Detainee> searchPattern(@Bind("pattern") String pattern, @Bind("limit") int limit);

    /** People whose names or A-number contain the text, ignoring case and accents. */
    default List<Detainee> search(String text, int limit) {
        String folded = SearchKey.fold(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        String digits = folded.replaceAll("[\\s-]", "");
        if (!digits.isEmpty() && digits.matches("a?\\d+")) {
            folded = digits.startsWith("a") ? digits.substring(1) : digits;
        }
        return searchPattern("%" + folded + "%", limit);
    }

    @SqlQuery("SELECT COUNT(*) FROM detainee")
    long count();

    /** A person with the start of their latest visit that has begun (null when none). */
    record WithLastVisit(Detainee detainee, LocalDateTime lastVisit) {
    }

    /**
     * Everyone with their last visit (an active one: cancelled, denied and no-show visits do not count). One index
     * seek per person on (detainee_id, starts_at): on 500,000 visits a GROUP BY over the whole visit table is
     * several times slower.
     */
    default List<WithLastVisit> allWithLastVisit(LocalDateTime now) {
        return allWithLastVisit(now, VisitStatus.activeNames());
    }

    @SqlQuery("SELECT d.id, d.a_number, d.family_name, d.given_name, d.date_of_birth, d.country_of_birth, "
            + "d.languages, d.gender, d.facility_id, d.housing_unit, d.status, d.status_date, d.notes, d.version, "
            + "(SELECT MAX(v.starts_at) FROM visit v WHERE v.detainee_id = d.id AND v.starts_at <= :now "
            + "AND v.status IN (<active>)) AS last_visit FROM detainee d")
    @RegisterRowMapper(Rows.WithLastVisitMapper.class)
    List<WithLastVisit> allWithLastVisit(@Bind("now") LocalDateTime now, @BindList("active") List<String> active);

    String INSERT = "INSERT INTO detainee (a_number, family_name, given_name, date_of_birth, country_of_birth, "
            + "languages, gender, facility_id, housing_unit, status, status_date, notes, search_key) VALUES (:a, "
            + ":family, :given, :dob, :country, :languages, :gender, :facility, :unit, :status, :statusDate, :notes, "
            + ":key)";

    @SqlUpdate(INSERT)
    @GetGeneratedKeys("id")
    long insertRow(@Bind("a") String a, @Bind("family") String family, @Bind("given") String given,
            @Bind("dob") LocalDate dob, @Bind("country") String country, @Bind("languages") String languages,
            @Bind("gender") String gender, @Bind("facility") Long facility, @Bind("unit") String unit,
            @Bind("status") String status, @Bind("statusDate") LocalDate statusDate, @Bind("notes") String notes,
            @Bind("key") String key);

    @SqlUpdate("UPDATE detainee SET a_number = :a, family_name = :family, given_name = :given, date_of_birth = :dob, "
            + "country_of_birth = :country, languages = :languages, gender = :gender, facility_id = :facility, "
            + "housing_unit = :unit, status = :status, status_date = :statusDate, notes = :notes, search_key = :key, "
            + "version = version + 1 WHERE id = :id AND version = :version")
    int updateRow(@Bind("id") long id, @Bind("a") String a, @Bind("family") String family, @Bind("given") String given,
            @Bind("dob") LocalDate dob, @Bind("country") String country, @Bind("languages") String languages,
            @Bind("gender") String gender, @Bind("facility") Long facility, @Bind("unit") String unit,
            @Bind("status") String status, @Bind("statusDate") LocalDate statusDate, @Bind("notes") String notes,
            @Bind("key") String key, @Bind("version") int version);

    /** Saves a new person and returns it with its id. */
    default Detainee insert(Detainee d) {
        long id = insertRow(d.aNumber().value(), d.familyName(), d.givenName(), d.dateOfBirth(), d.countryOfBirth(),
                Languages.join(d.languages()), d.gender(), d.facilityId(), d.housingUnit(), d.status().name(),
                d.statusDate(), d.notes(), searchKey(d));
        return d.withId(id);
    }

    /** A new person's row in column types, named as in {@link #INSERT}. */
    record NewRow(String a, String family, String given, LocalDate dob, String country, String languages,
            String gender, Long facility, String unit, String status, LocalDate statusDate, String notes, String key) {
    }

    @SqlBatch(INSERT)
    void insertRows(@BindMethods List<NewRow> rows);

    /**
     * Saves new people in one batch, without reading their ids back: an import of thousands sends one statement
     * with all of them instead of one round of statement, keys and result per person.
     */
    default void insertAll(List<Detainee> people) {
        insertRows(people.stream().map(d -> new NewRow(d.aNumber().value(), d.familyName(), d.givenName(),
                d.dateOfBirth(), d.countryOfBirth(), Languages.join(d.languages()), d.gender(), d.facilityId(),
                d.housingUnit(), d.status().name(), d.statusDate(), d.notes(), searchKey(d))).toList());
    }

    /**
     * Saves changes to a person if the record is still at the version it was read at (which then grows by one);
     * false when it no longer exists or someone else saved it meanwhile.
     */
    default boolean update(Detainee d) {
        return updateRow(d.id(), d.aNumber().value(), d.familyName(), d.givenName(), d.dateOfBirth(),
                d.countryOfBirth(), Languages.join(d.languages()), d.gender(), d.facilityId(), d.housingUnit(),
                d.status().name(), d.statusDate(), d.notes(), searchKey(d), d.version()) == 1;
    }

    @SqlUpdate("DELETE FROM detainee WHERE id = :id")
    int delete(@Bind("id") long id);

    /** What the search field matches: both name orders and the A-number digits. */
    static String searchKey(Detainee d) {
        return SearchKey.fold(d.givenName() + " " + d.familyName() + " " + d.familyName() + " " + d.givenName())
                + " " + d.aNumber().digits();
    }
}
