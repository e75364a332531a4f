package org.visitdesk.storage;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.Availability;
import org.visitdesk.domain.Languages;
import org.visitdesk.domain.SearchKey;
import org.visitdesk.domain.Visitor;
import org.visitdesk.domain.WeeklyHours;

/** SQL for volunteer visitors. */
@RegisterRowMapper(Rows.VisitorMapper.class)
public interface VisitorDao {

    /** The people a volunteer is family of, as one cell of A-numbers (read with the row, so no query misses it). */
    String FAMILY = "(SELECT STRING_AGG(d.a_number, ';' ORDER BY d.a_number) FROM visitor_family f "
            + "JOIN detainee d ON d.id = f.detainee_id WHERE f.visitor_id = visitor.id) AS family_of";

    String COLUMNS = "id, family_name, given_name, email, phone, languages, orientation_date, id_checked, status, notes, "
            + "version, available, visits_per_month, away_from, away_to, " + FAMILY;

    @SqlQuery("SELECT " + COLUMNS + " FROM visitor ORDER BY family_name, given_name, id")
    List<Visitor> all();

    @SqlQuery("SELECT " + COLUMNS + " FROM visitor WHERE id = :id")
    Optional<Visitor> byId(@Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM visitor WHERE id IN (<ids>)")
    List<Visitor> byIds(@BindList("ids") List<Long> ids);

    @SqlQuery("SELECT " + COLUMNS + " FROM visitor WHERE email = :email")
    Optional<Visitor> byEmail(@Bind("email") String email);

    /** The visitors whose email is this one in any case: people type addresses as they like. */
    @SqlQuery("SELECT " + COLUMNS + " FROM visitor WHERE LOWER(email) = LOWER(:email)")
    List<Visitor> byEmailInAnyCase(@Bind("email") String email);

    @SqlQuery("SELECT COUNT(*) FROM visitor")
    long count();

    @SqlUpdate("INSERT INTO visitor (family_name, given_name, email, phone, languages, orientation_date, id_checked, "
            + "status, notes, search_key) VALUES (:family, :given, :email, :phone, :languages, :oriented, :idChecked, "
            + ":status, :notes, :key)")
    @GetGeneratedKeys("id")
    long insertRow(@Bind("family") String family, @Bind("given") String given, @Bind("email") String email,
            @Bind("phone") String phone, @Bind("languages") String languages, @Bind("oriented") LocalDate oriented,
            @Bind("idChecked") boolean idChecked, @Bind("status") String status, @Bind("notes") String notes,
            @Bind("key") String key);

    @SqlUpdate("UPDATE visitor SET family_name = :family, given_name = :given, email = :email, phone = :phone, "
            + "languages = :languages, orientation_date = :oriented, id_checked = :idChecked, status = :status, "
            + "notes = :notes, search_key = :key, version = version + 1 WHERE id = :id AND version = :version")
    int updateRow(@Bind("id") long id, @Bind("family") String family, @Bind("given") String given,
            @Bind("email") String email, @Bind("phone") String phone, @Bind("languages") String languages,
            @Bind("oriented") LocalDate oriented, @Bind("idChecked") boolean idChecked, @Bind("status") String status,
            @Bind("notes") String notes, @Bind("key") String key, @Bind("version") int version);

    @SqlUpdate("UPDATE visitor SET available = :available, visits_per_month = :perMonth, away_from = :awayFrom, "
            + "away_to = :awayTo WHERE id = :id")
    int updateAvailability(@Bind("id") long id, @Bind("available") String available, @Bind("perMonth") int perMonth,
            @Bind("awayFrom") LocalDate awayFrom, @Bind("awayTo") LocalDate awayTo);

    @SqlUpdate("DELETE FROM visitor_family WHERE visitor_id = :id")
    void forgetFamily(@Bind("id") long visitorId);

    @SqlUpdate("INSERT INTO visitor_family (visitor_id, detainee_id) SELECT :id, d.id FROM detainee d "
            + "WHERE d.a_number = :a")
    int linkFamily(@Bind("id") long visitorId, @Bind("a") String aNumber);

    /** Saves a new volunteer and returns it with its id (family links only to people in the records). */
    default Visitor insert(Visitor v) {
        long id = insertRow(v.familyName(), v.givenName(), emailOrNull(v), v.phone(), Languages.join(v.languages()),
                v.orientationDate(), v.idChecked(), v.status().name(), v.notes(), searchKey(v));
        saveAvailability(id, v.availability());
        return v.withId(id);
    }

    /**
     * Saves changes to a volunteer if the record is still at the version it was read at (which then grows by one);
     * false when it no longer exists or someone else saved it meanwhile.
     */
    default boolean update(Visitor v) {
        boolean found = updateRow(v.id(), v.familyName(), v.givenName(), emailOrNull(v), v.phone(),
                Languages.join(v.languages()), v.orientationDate(), v.idChecked(), v.status().name(), v.notes(),
                searchKey(v), v.version()) == 1;
        if (found) {
            saveAvailability(v.id(), v.availability());
        }
        return found;
    }

    /** Writes the availability columns and family links of a saved volunteer. */
    default void saveAvailability(long id, Availability a) {
        updateAvailability(id, WeeklyHours.join(a.hours()), a.visitsPerMonth(), a.awayFrom(), a.awayTo());
        forgetFamily(id);
        for (ANumber n : a.familyOf()) {
            linkFamily(id, n.value());
        }
    }

    @SqlUpdate("DELETE FROM visitor WHERE id = :id")
    int delete(@Bind("id") long id);

    /** Blank emails are stored as NULL so that the unique constraint only binds known addresses. */
    static String emailOrNull(Visitor v) {
        return v.email().isEmpty() ? null : v.email().toLowerCase(Locale.ROOT);
    }

    /** What the search field matches. */
    static String searchKey(Visitor v) {
        return SearchKey.fold(v.givenName() + " " + v.familyName() + " " + v.familyName() + " " + v.givenName() + " "
                + v.email() + " " + v.phone());
    }
}
