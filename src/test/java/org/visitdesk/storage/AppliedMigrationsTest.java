package org.visitdesk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppliedMigrationsTest {

    @TempDir
    Path dir;

    private Connection connect() throws SQLException {
        return Store.dataSource(dir.resolve(Store.NAME), null).getConnection();
    }

    @Test
    void aStoreWithEveryMigrationNeedsNoFlyway() throws SQLException {
        Store.open(dir).close();
        try (Connection c = connect()) {
            assertThat(AppliedMigrations.all(c, Store.migrations("h2"))).isTrue();
        }
    }

    @Test
    void aStoreAtAnOlderVersionIsLeftToFlyway() throws SQLException {
        Store.open(dir, null, "1").close();
        try (Connection c = connect()) {
            assertThat(AppliedMigrations.all(c, Store.migrations("h2"))).isFalse();
        }
        // and Flyway brings it up to date as before
        Store.open(dir).close();
        try (Connection c = connect()) {
            assertThat(AppliedMigrations.all(c, Store.migrations("h2"))).isTrue();
        }
    }

    @Test
    void aFailedMigrationIsLeftToFlyway() throws SQLException {
        Store.open(dir).close();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '4'");
            assertThat(AppliedMigrations.all(c, Store.migrations("h2"))).isFalse();
        }
    }

    @Test
    void aDatabaseWithoutHistoryOrMigrationsIsLeftToFlyway() throws SQLException {
        try (Connection c = connect()) {
            assertThat(AppliedMigrations.all(c, Store.migrations("h2"))).isFalse();
        }
        Store.open(dir).close();
        try (Connection c = connect()) {
            assertThat(AppliedMigrations.all(c, "classpath:org/visitdesk/no/such/folder")).isFalse();
            assertThat(AppliedMigrations.all(c, "filesystem:/tmp")).isFalse();
        }
    }
}
