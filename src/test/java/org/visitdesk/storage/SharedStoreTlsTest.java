package org.visitdesk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shared store over TLS ({@code sslmode=verify-full}): the server whose certificate the given authority signed
 * for the name in the address is used over an encrypted connection; one that cannot prove it is refused in words.
 * The test server speaks TLS when .ci/run gives it a certificate and names its authority in
 * VISITDESK_TEST_PG_ROOTCERT (and a second authority that signed nothing in VISITDESK_TEST_PG_OTHERCERT).
 */
class SharedStoreTlsTest {

    private static final String ROOT_ENV = "VISITDESK_TEST_PG_ROOTCERT";
    private static final String OTHER_ENV = "VISITDESK_TEST_PG_OTHERCERT";

    @TempDir
    Path dir;

    TestStores.Place place;
    String root;
    String other;

    @BeforeEach
    void place() {
        root = System.getenv(ROOT_ENV);
        other = System.getenv(OTHER_ENV);
        boolean given = root != null && Files.isReadable(Path.of(root)) && other != null
                && Files.isReadable(Path.of(other));
        if (!given) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("CI=true and " + ROOT_ENV + "/" + OTHER_ENV + " name no certificates (.ci/run makes them)");
            }
            Assumptions.abort(ROOT_ENV + " and " + OTHER_ENV + " are not set: the test server's TLS is not known");
        }
        place = TestStores.place(Store.Engine.POSTGRESQL, dir.resolve("pg"));
    }

    @AfterEach
    void drop() {
        if (place != null) {
            place.close();
        }
    }

    private String url(String host, String authority) {
        String url = place.url().replaceFirst("//localhost:", "//" + host + ":");
        return TestStores.withParameter(TestStores.withParameter(url, "sslmode=verify-full"), "sslrootcert=" + authority);
    }

    @Test
    void aServerItsAuthoritySignedIsUsedOverAnEncryptedConnection() {
        try (Store store = Store.openShared(url("localhost", root), place.password(), dir.resolve("pg"))) {
            Boolean encrypted = store.read(h -> h.createQuery("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
                    .mapTo(Boolean.class).one());
            assertThat(encrypted).isTrue();
        }
    }

    @Test
    void aCertificateAnotherAuthoritySignedIsRefusedInWords() {
        assertThat(kindOf(url("localhost", other))).isEqualTo(StoreException.Kind.SHARED_TLS_UNTRUSTED);
    }

    @Test
    void aCertificateMadeForAnotherNameIsRefusedInWords() {
        // the test server's certificate names localhost only
        assertThat(kindOf(url("127.0.0.1", root))).isEqualTo(StoreException.Kind.SHARED_TLS_UNTRUSTED);
    }

    @Test
    void aRootCertificateThatIsNotThereIsRefusedInWords() {
        assertThat(kindOf(url("localhost", dir.resolve("no-such-root.crt").toString())))
                .isEqualTo(StoreException.Kind.SHARED_TLS_UNTRUSTED);
    }

    private StoreException.Kind kindOf(String url) {
        try (Store store = Store.openShared(url, place.password(), dir.resolve("pg"))) {
            throw new AssertionError("the store opened over " + url);
        } catch (StoreException e) {
            assertThat(e.getMessage()).isEqualTo(e.kind().english());
            assertThat(e.getCause()).isNull();
            return e.kind();
        }
    }
}
