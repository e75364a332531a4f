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
import org.visitdesk.domain.Languages;
import org.visitdesk.domain.SearchKey;
import org.visitdesk.domain.Visitor;

/** SQL for volunteer visitors. */
@RegisterRowMapper(Rows.VisitorMapper.class)
public interface VisitorDao {

    String COLUMNS = "id, family_name, given_name, email, phone, languages, orientation_date, id_checked, status, notes";

    @SqlQuery("SELECT " + COLUMNS + " FROM visitor ORDER BY family_name, given_name, id")
    List<Visitor> all();

    @SqlQuery("SELECT " + COLUMNS + " FROM visitor WHERE id = :id")
    Optional<Visitor> byId(@Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM visitor WHERE id IN (<ids>)")
    List<Visitor> byIds(@BindList("ids") List<Long> ids);

    @SqlQuery("SELECT " + COLUMNS + " FROM visitor WHERE email = :email")
    Optional<Visitor> byEmail(@Bind("email") String email);

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
            + "notes = :notes, search_key = :key WHERE id = :id")
    int updateRow(@Bind("id") long id, @Bind("family") String family, @Bind("given") String given,
            @Bind("email") String email, @Bind("phone") String phone, @Bind("languages") String languages,
            @Bind("oriented") LocalDate oriented, @Bind("idChecked") boolean idChecked, @Bind("status") String status,
            @Bind("notes") String notes, @Bind("key") String key);

    /** Saves a new volunteer and returns it with its id. */
    default Visitor insert(Visitor v) {
        long id = insertRow(v.familyName(), v.givenName(), emailOrNull(v), v.phone(), Languages.join(v.languages()),
                v.orientationDate(), v.idChecked(), v.status().name(), v.notes(), searchKey(v));
        return v.withId(id);
    }

    /** Saves changes to a volunteer; false when the record no longer exists. */
    default boolean update(Visitor v) {
        return updateRow(v.id(), v.familyName(), v.givenName(), emailOrNull(v), v.phone(),
                Languages.join(v.languages()), v.orientationDate(), v.idChecked(), v.status().name(), v.notes(),
                searchKey(v)) == 1;
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
