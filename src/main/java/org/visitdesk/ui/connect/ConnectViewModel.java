package org.visitdesk.ui.connect;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.visitdesk.app.Diagnostics;
import org.visitdesk.app.Messages;
import org.visitdesk.app.ProblemException;
import org.visitdesk.app.SharedAddress;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.FieldError;
import org.visitdesk.ui.Background;
import org.visitdesk.ui.Settings;

/**
 * The "Connect to a shared store" dialog without its window: what is typed, trying the connection in the
 * background, and connecting. The server, database, user and name are remembered on this computer; the password
 * only passes through, as characters cleared once used.
 */
public final class ConnectViewModel {

    /** Opening a shared store; tests put a stand-in here. */
    public interface Opener {
        /** Tries the store without changing it; a problem says what is wrong. */
        void tryOpen(String url, char[] password);

        /** Opens the store for this coordinator. */
        Workspace open(String url, String coordinatorName, char[] password);
    }

    /** The real stores: the coordinator's name goes with the store it opens, and the history writes it. */
    public static Opener stores(Path dataFolder, Clock clock) {
        return new Opener() {
            @Override
            public void tryOpen(String url, char[] password) {
                Workspace.tryShared(url, password);
            }

            @Override
            public Workspace open(String url, String coordinatorName, char[] password) {
                Workspace opened = Workspace.openSharedTyped(url, password, dataFolder, clock);
                opened.useCoordinator(coordinatorName);
                return opened;
            }
        };
    }

    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(String.valueOf(SharedAddress.DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final BooleanProperty tls = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper works = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<List<FieldError>> errors = new SimpleObjectProperty<>(List.of());
    private final Settings settings;
    private final Background background;
    private final Opener opener;

    public ConnectViewModel(Settings settings, Background background, Opener opener) {
        this.settings = settings;
        this.background = background;
        this.opener = opener;
        SharedAddress last = settings.lastSharedAddress();
        if (last != null) {
            host.set(last.host());
            port.set(String.valueOf(last.port()));
            database.set(last.database());
            user.set(last.user());
            tls.set(last.tls());
        }
        name.set(settings.coordinatorName());
    }

    public StringProperty host() {
        return host;
    }

    public StringProperty port() {
        return port;
    }

    public StringProperty database() {
        return database;
    }

    public StringProperty user() {
        return user;
    }

    /** The coordinator's name, shown in the history instead of the database user; may be empty. */
    public StringProperty name() {
        return name;
    }

    /** Whether the connection asks for TLS with the server's certificate checked. */
    public BooleanProperty tls() {
        return tls;
    }

    /** What the last try or connect found, in words: that it works, or what is wrong and what to do. */
    public ReadOnlyStringProperty outcome() {
        return outcome.getReadOnlyProperty();
    }

    /** True when the last try found that the connection works. */
    public ReadOnlyBooleanProperty works() {
        return works.getReadOnlyProperty();
    }

    /** True while a try or a connect runs: the buttons wait. */
    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    /** The fields typed wrong, for the form to mark. */
    public ObjectProperty<List<FieldError>> errors() {
        return errors;
    }

    /** The address typed, or empty with the fields marked. */
    Optional<SharedAddress> address() {
        SharedAddress.Result r = SharedAddress.read(host.get(), port.get(), database.get(), user.get(), tls.get());
        errors.set(r.errors());
        if (r.address() == null) {
            // the form says which fields, above them
            say("", false);
            return Optional.empty();
        }
        return Optional.of(r.address());
    }

    /** Tries the connection in the background; the password (may be empty) is cleared once tried. */
    public void test(char[] password) {
        Optional<SharedAddress> a = address();
        if (a.isEmpty() || busy.get()) {
            clear(password);
            return;
        }
        busy.set(true);
        say(Messages.get("connect.trying"), false);
        String url = a.get().url();
        background.run(() -> {
            try {
                opener.tryOpen(url, password);
                return true;
            } finally {
                clear(password);
            }
        }, ok -> {
            busy.set(false);
            say(Messages.get("connect.works"), true);
        }, e -> {
            busy.set(false);
            say(words(e), false);
        });
    }

    /**
     * Connects in the background; once open, the address and name are remembered (never the password, which is
     * cleared) and {@code connected} gets the records.
     */
    public void connect(char[] password, Consumer<Workspace> connected) {
        Optional<SharedAddress> a = address();
        if (a.isEmpty() || busy.get()) {
            clear(password);
            return;
        }
        busy.set(true);
        say(Messages.get("connect.connecting"), false);
        String coordinator = name.get() == null ? "" : name.get().strip();
        background.run(() -> {
            try {
                return opener.open(a.get().url(), coordinator, password);
            } finally {
                clear(password);
            }
        }, ws -> {
            busy.set(false);
            settings.setSharedAddress(a.get());
            settings.setCoordinatorName(coordinator);
            say("", false);
            connected.accept(ws);
        }, e -> {
            busy.set(false);
            say(words(e), false);
        });
    }

    private void say(String text, boolean good) {
        works.set(good);
        outcome.set(text);
    }

    /** What went wrong, in the words the store uses for it (server unreachable, wrong password, ...). */
    public static String words(Throwable e) {
        if (e instanceof ProblemException pe) {
            // typed in the window: "type it" rather than the command line's variable
            return Messages.get(switch (pe.key()) {
                case "store.SHARED_NEEDS_PASSWORD" -> "connect.needsPassword";
                case "store.SHARED_WRONG_PASSWORD" -> "connect.wrongPassword";
                default -> pe.key();
            });
        }
        Diagnostics.logUnexpected(e);
        return Messages.get("store.SHARED_CANNOT_OPEN");
    }

    private static void clear(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
