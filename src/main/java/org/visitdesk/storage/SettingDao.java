package org.visitdesk.storage;

import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Small named values kept with the records (never personal data). */
public interface SettingDao {

    @SqlQuery("SELECT setting_value FROM setting WHERE setting_key = :key")
    Optional<String> get(@Bind("key") String key);

    @SqlUpdate("MERGE INTO setting (setting_key, setting_value) KEY (setting_key) VALUES (:key, :value)")
    void put(@Bind("key") String key, @Bind("value") String value);

    @SqlUpdate("DELETE FROM setting WHERE setting_key = :key")
    void remove(@Bind("key") String key);
}
