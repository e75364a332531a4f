package org.visitdesk.storage;

import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Small named values kept with the records (never personal data). */
public interface SettingDao {

    @SqlQuery("SELECT setting_value FROM setting WHERE setting_key = :key")
    Optional<String> get(@Bind("key") String key);

    /** Sets a value, replacing the one there (in SQL both engines read: H2's MERGE ... KEY is its own). */
    default void put(String key, String value) {
        if (change(key, value) == 0) {
            insert(key, value);
        }
    }

    @SqlUpdate("UPDATE setting SET setting_value = :value WHERE setting_key = :key")
    int change(@Bind("key") String key, @Bind("value") String value);

    @SqlUpdate("INSERT INTO setting (setting_key, setting_value) VALUES (:key, :value)")
    void insert(@Bind("key") String key, @Bind("value") String value);

    @SqlUpdate("DELETE FROM setting WHERE setting_key = :key")
    void remove(@Bind("key") String key);
}
