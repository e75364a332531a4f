package org.visitdesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup someone crafted to run code when it is restored: a view calling FILE_WRITE, an alias to a static Java
 * method, an alias and a trigger written in Java source. Each is refused in plain words, nothing is written
 * outside the data folder, and the current records are untouched.
 */
class CraftedBackupTest {

    @TempDir
    Path dir;

    Path data;
    Path outside;

    /** The ways a crafted store tries to run code. */
    enum Attack {
        VIEW_CALLING_FILE_WRITE, ALIAS_TO_STATIC_METHOD, ALIAS_WITH_JAVA_SOURCE, TRIGGER_WITH_JAVA_SOURCE,
        CONSTANT, DOMAIN
    }

    /** Called through a crafted alias: writes the file named. */
    public static String touch(String path) throws IOException {
        Files.writeString(Path.of(path), "ran");
        return path;
    }

    @BeforeEach
    void records() {
        data = dir.resolve("data");
        outside = dir.resolve("outside");
        try (Store s = Store.open(data)) {
            EncryptedStoreTest.add(s, "A201-555-130", "Actual");
        }
    }

    /** A real VisitDesk store with one thing added to its schema, zipped as a backup. */
    Path crafted(Attack attack, Path marker) throws Exception {
        Path folder = dir.resolve("crafted-" + attack);
        try (Store s = Store.open(folder)) {
            EncryptedStoreTest.add(s, "A201-555-131", "Crafted");
        }
        String m = marker.toString().replace("'", "''");
        String url = "jdbc:h2:file:" + folder.resolve(Store.NAME).toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url, "visitdesk", "");
                Statement st = c.createStatement()) {
            switch (attack) {
                case VIEW_CALLING_FILE_WRITE -> st.execute(
                        "CREATE VIEW A_VIEW AS SELECT FILE_WRITE('ran', '" + m + "') AS X");
                case ALIAS_TO_STATIC_METHOD -> {
                    // FORCE: this JVM already forbids H2 to load the class, so it is not checked now
                    st.execute("CREATE FORCE ALIAS TOUCH FOR \"" + CraftedBackupTest.class.getName() + ".touch\"");
                    st.execute("CREATE FORCE VIEW A_VIEW AS SELECT TOUCH('" + m + "') AS X");
                }
                case ALIAS_WITH_JAVA_SOURCE -> {
                    st.execute("CREATE ALIAS RUN_IT AS $$ String runIt(String p) throws Exception { "
                            + "java.nio.file.Files.writeString(java.nio.file.Path.of(p), \"ran\"); return p; } $$");
                    st.execute("CREATE VIEW A_VIEW AS SELECT RUN_IT('" + m + "') AS X");
                }
                case TRIGGER_WITH_JAVA_SOURCE -> st.execute("CREATE TRIGGER A_TRIGGER BEFORE SELECT ON DETAINEE AS $$"
                        + "org.h2.api.Trigger create() throws Exception { "
                        + "java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + marker.toString()
                                .replace("\\", "\\\\") + "\"), \"ran\"); "
                        + "return (conn, oldRow, newRow) -> { }; } $$");
                case CONSTANT -> st.execute("CREATE CONSTANT A_CONSTANT VALUE FILE_WRITE('ran', '" + m + "')");
                case DOMAIN -> st.execute("CREATE DOMAIN A_DOMAIN AS VARCHAR(10) DEFAULT FILE_WRITE('ran', '" + m
                        + "')");
            }
            st.execute("SHUTDOWN");
        }
        // a trigger written in Java source runs as it is created (and as the file is opened): that was here
        Files.deleteIfExists(marker);
        Path zip = dir.resolve("crafted-" + attack + ".zip");
        try (OutputStream raw = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(raw)) {
            out.putNextEntry(new ZipEntry(Store.NAME + ".mv.db"));
            Files.copy(Store.dbFile(folder), out);
            out.closeEntry();
        }
        return zip;
    }

    @ParameterizedTest
    @EnumSource(Attack.class)
    void aCraftedBackupIsRefusedAndRunsNothing(Attack attack) throws Exception {
        Files.createDirectories(outside);
        Path marker = outside.resolve("ran-" + attack + ".txt");
        Path zip = crafted(attack, marker);
        byte[] before = Files.readAllBytes(Store.dbFile(data));

        assertThatThrownBy(() -> Backups.restore(data, zip, null, Clock.systemDefaultZone()))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.kind()).isEqualTo(StoreException.Kind.DAMAGED_BACKUP);
                    assertThat(e.getMessage()).contains("not a VisitDesk backup", "Nothing was changed");
                });

        assertThat(marker).as("the crafted code ran").doesNotExist();
        try (Stream<Path> files = Files.list(outside)) {
            assertThat(files).as("nothing written outside the data folder").isEmpty();
        }
        assertThat(Files.readAllBytes(Store.dbFile(data))).isEqualTo(before);
        assertThat(Backups.list(data)).as("no store was replaced").isEmpty();
        assertThat(data.resolve(".restore")).doesNotExist();
        try (Store s = Store.open(data)) {
            assertThat(EncryptedStoreTest.aNumbers(s)).containsExactly("A201555130");
        }
    }

    @Test
    void aTableOfItsOwnOrAChangedColumnIsRefusedToo() throws Exception {
        for (String change : List.of("CREATE TABLE EXTRA (ID INT)",
                "ALTER TABLE DETAINEE ADD COLUMN EXTRA VARCHAR(40) DEFAULT CAST(RAND() AS VARCHAR(40))",
                "ALTER TABLE VISITOR ALTER COLUMN NOTES VARCHAR(9000)",
                "DROP INDEX IX_VISIT_START")) {
            Path folder = dir.resolve("changed-" + Math.abs(change.hashCode()));
            try (Store s = Store.open(folder)) {
                EncryptedStoreTest.add(s, "A201-555-132", "Changed");
            }
            try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve(Store.NAME)
                    .toAbsolutePath(), "visitdesk", ""); Statement st = c.createStatement()) {
                st.execute(change);
                st.execute("SHUTDOWN");
            } catch (SQLException e) {
                throw new AssertionError(change, e);
            }
            Path zip = folder.resolveSibling(folder.getFileName() + ".zip");
            try (OutputStream raw = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(raw)) {
                out.putNextEntry(new ZipEntry(Store.NAME + ".mv.db"));
                Files.copy(Store.dbFile(folder), out);
                out.closeEntry();
            }
            assertThatThrownBy(() -> Backups.restore(data, zip, null, Clock.systemDefaultZone())).as(change)
                    .isInstanceOfSatisfying(StoreException.class,
                            e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.DAMAGED_BACKUP));
        }
        try (Store s = Store.open(data)) {
            assertThat(EncryptedStoreTest.aNumbers(s)).containsExactly("A201555130");
        }
    }

    @Test
    void h2MayCallNoJavaClassInAnyStoreVisitDeskOpens() throws Exception {
        try (Store s = Store.open(dir.resolve("own"))) {
            assertThatThrownBy(() -> s.jdbi().useHandle(h -> h.execute("CREATE ALIAS TOUCH FOR \""
                    + CraftedBackupTest.class.getName() + ".touch\"")))
                    .hasStackTraceContaining(String.valueOf(org.h2.api.ErrorCode.ACCESS_DENIED_TO_CLASS_1));
        }
        assertThat(System.getProperty(H2Classes.PROPERTY)).isEqualTo(H2Classes.NONE);
    }
}
