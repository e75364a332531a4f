package org.visitdesk.ui.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitdesk.app.Messages;
import org.visitdesk.app.ProblemException;
import org.visitdesk.app.SharedAddress;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.FieldError;
import org.visitdesk.storage.Store;
import org.visitdesk.storage.TestStores;
import org.visitdesk.ui.Background;
import org.visitdesk.ui.Settings;

/** The connect dialog's view model, without a window: what is typed, tried, connected and remembered. */
class ConnectViewModelTest {

    @TempDir
    Path dir;

    private final Preferences node = Preferences.userRoot().node("org/visitdesk-connect-test-" + ProcessHandle
            .current().pid());
    private final Settings settings = new Settings(node);
    private final List<String> tried = new ArrayList<>();
    private final List<char[]> passwords = new ArrayList<>();
    private RuntimeException failWith;
    private Workspace opened;

    /** A stand-in server: records what it was asked, fails when told to. */
    private final ConnectViewModel.Opener fake = new ConnectViewModel.Opener() {
        @Override
        public void tryOpen(String url, char[] password) {
            tried.add(url);
            passwords.add(password);
            if (failWith != null) {
                throw failWith;
            }
        }

        @Override
        public Workspace open(String url, String coordinatorName, char[] password) {
            tried.add(url + " as " + coordinatorName);
            passwords.add(password);
            if (failWith != null) {
                throw failWith;
            }
            opened = Workspace.open(dir.resolve("records"));
            return opened;
        }
    };

    @AfterEach
    void clean() throws BackingStoreException {
        node.removeNode();
        if (opened != null) {
            opened.close();
        }
    }

    private ConnectViewModel typed(ConnectViewModel.Opener opener) {
        ConnectViewModel vm = new ConnectViewModel(settings, Background.direct(), opener);
        vm.host().set(" db.example.org ");
        vm.port().set("5433");
        vm.database().set("visitdesk");
        vm.user().set("ana");
        return vm;
    }

    @Test
    void aWorkingConnectionIsSaidAndThePasswordIsClearedOnceTried() {
        ConnectViewModel vm = typed(fake);
        vm.tls().set(true);
        char[] password = "correct-horse".toCharArray();
        vm.test(password);
        assertThat(tried).containsExactly("jdbc:postgresql://db.example.org:5433/visitdesk?user=ana&sslmode=verify-full");
        assertThat(vm.outcome().get()).isEqualTo(Messages.get("connect.works"));
        assertThat(vm.works().get()).isTrue();
        assertThat(vm.busy().get()).isFalse();
        assertThat(password).containsOnly('\0');
        // a try remembers nothing: only connecting does
        assertThat(settings.sharedAddress()).isNull();
    }

    @Test
    void whatWentWrongIsSaidInTheStoresOwnWords() {
        ConnectViewModel vm = typed(fake);
        for (String kind : List.of("SHARED_UNREACHABLE", "SHARED_WRONG_PASSWORD", "SHARED_NO_DATABASE",
                "SHARED_SCHEMA_NEWER")) {
            failWith = new ProblemException("store." + kind, "in English", null);
            vm.test(new char[0]);
            // the window's own words for a refused password: it was typed here, not set in a variable
            assertThat(vm.outcome().get()).isEqualTo(Messages.get(kind.equals("SHARED_WRONG_PASSWORD")
                    ? "connect.wrongPassword" : "store." + kind));
            assertThat(vm.works().get()).isFalse();
        }
        // asked for a password in the window: type it, rather than the command line's variable
        failWith = new ProblemException("store.SHARED_NEEDS_PASSWORD", "in English", null);
        vm.test(new char[0]);
        assertThat(vm.outcome().get()).isEqualTo(Messages.get("connect.needsPassword"));
    }

    @Test
    void fieldsTypedWrongAreMarkedAndNothingIsTried() {
        ConnectViewModel vm = new ConnectViewModel(settings, Background.direct(), fake);
        vm.port().set("54x32");
        vm.user().set("ana");
        char[] password = "secret-one".toCharArray();
        vm.test(password);
        assertThat(tried).isEmpty();
        assertThat(vm.errors().get()).extracting(FieldError::field).containsExactly("host", "port", "database");
        assertThat(password).containsOnly('\0');
    }

    @Test
    void connectingRemembersWhereAndTheNameButNeverThePassword() throws BackingStoreException {
        ConnectViewModel vm = typed(fake);
        vm.name().set("  Ana Coordinator ");
        List<Workspace> connected = new ArrayList<>();
        char[] password = "never-kept-7".toCharArray();
        vm.connect(password, connected::add);
        assertThat(connected).containsExactly(opened);
        assertThat(tried).containsExactly("jdbc:postgresql://db.example.org:5433/visitdesk?user=ana as Ana Coordinator");
        assertThat(password).containsOnly('\0');
        assertThat(settings.sharedAddress()).isEqualTo(new SharedAddress("db.example.org", 5433, "visitdesk", "ana",
                false));
        assertThat(settings.coordinatorName()).isEqualTo("Ana Coordinator");
        for (String key : node.keys()) {
            assertThat(node.get(key, "")).doesNotContain("never-kept-7");
        }
        // the dialog shows it again; going back to this computer's store keeps what was typed for next time
        settings.useThisComputersStore();
        assertThat(settings.sharedAddress()).isNull();
        ConnectViewModel again = new ConnectViewModel(settings, Background.direct(), fake);
        assertThat(again.host().get()).isEqualTo("db.example.org");
        assertThat(again.port().get()).isEqualTo("5433");
        assertThat(again.user().get()).isEqualTo("ana");
        assertThat(again.name().get()).isEqualTo("Ana Coordinator");
    }

    @Test
    void aFailedConnectRemembersNothing() {
        ConnectViewModel vm = typed(fake);
        failWith = new ProblemException("store.SHARED_UNREACHABLE", "in English", null);
        List<Workspace> connected = new ArrayList<>();
        vm.connect("pw-123456".toCharArray(), connected::add);
        assertThat(connected).isEmpty();
        assertThat(vm.outcome().get()).isEqualTo(Messages.get("store.SHARED_UNREACHABLE"));
        assertThat(settings.sharedAddress()).isNull();
        assertThat(passwords.get(0)).containsOnly('\0');
    }

    @Test
    void addressesAreWrittenAsTheDriverReadsThem() {
        assertThat(new SharedAddress("::1", 5432, "visit desk", "ana maría", false).url())
                .isEqualTo("jdbc:postgresql://[::1]:5432/visit%20desk?user=ana%20mar%C3%ADa");
        assertThat(SharedAddress.read("db", "", "d", "u", false).address().port()).isEqualTo(5432);
        assertThat(SharedAddress.read("db/x", "0", "d", "u", false).errors()).extracting(FieldError::field)
                .containsExactly("host", "port");
    }

    /** The real server: each way a try fails is told apart, and a try changes nothing on the server. */
    @Test
    void theRealServerSaysWhatIsWrong() throws Exception {
        TestStores.requireServer();
        URI server = URI.create(TestStores.serverUrl().substring("jdbc:".length()));
        String user = Arrays.stream(server.getQuery().split("&")).filter(p -> p.startsWith("user="))
                .map(p -> p.substring(5)).findFirst().orElseThrow();
        ConnectViewModel vm = new ConnectViewModel(settings, Background.direct(),
                ConnectViewModel.stores(dir, Clock.systemUTC()));
        vm.host().set(server.getHost());
        vm.port().set(String.valueOf(server.getPort()));
        vm.user().set(user);
        vm.database().set("visitdesk_no_such_database_" + ProcessHandle.current().pid());
        vm.test(new char[0]);
        assertThat(vm.outcome().get()).isEqualTo(Messages.get("store.SHARED_NO_DATABASE"));

        vm.database().set(server.getPath().substring(1));
        // the password from .pgpass (PGPASSFILE), as a coordinator's own
        vm.test(new char[0]);
        assertThat(vm.outcome().get()).isEqualTo(Messages.get("connect.works"));

        vm.test("not-the-password-42".toCharArray());
        assertThat(vm.outcome().get()).isEqualTo(Messages.get("connect.wrongPassword"));

        vm.port().set("1");
        vm.test(new char[0]);
        assertThat(vm.outcome().get()).isEqualTo(Messages.get("store.SHARED_UNREACHABLE"));
    }

    /** The name typed in the dialog is the one the history writes; without one, the database user is. */
    @Test
    void theNameTypedNamesTheCoordinatorInTheHistory() {
        try (TestStores.Place place = TestStores.place(Store.Engine.POSTGRESQL, dir.resolve("shared"))) {
            ConnectViewModel.Opener stores = ConnectViewModel.stores(dir.resolve("shared"), Clock.systemUTC());
            try (Workspace named = stores.open(place.url(), "Test Coordinator Uno", place.password())) {
                assertThat(named.coordinator()).isEqualTo("Test Coordinator Uno");
            }
            String user = URI.create(TestStores.serverUrl().substring("jdbc:".length())).getQuery();
            try (Workspace unnamed = stores.open(place.url(), "", place.password())) {
                assertThat(user).contains("user=" + unnamed.coordinator());
                assertThat(unnamed.coordinator()).isNotBlank();
            }
        }
    }
}
