package org.visitdesk.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.time.Clock;
import java.util.function.BiConsumer;
import org.visitdesk.app.LogLines;
import org.visitdesk.app.Messages;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.Message;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code visitdesk} command: with no subcommand it opens the window. */
@Command(name = "visitdesk", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Plan volunteer visits to people in immigration detention.",
        subcommands = {SampleDataCommand.class, ConflictsCommand.class, ImportCommand.class, ExportCommand.class,
            UnvisitedCommand.class, FollowUpsCommand.class, RequestsCommand.class, SuggestCommand.class, PlanCommand.class,
            BackupCommand.class, RestoreCommand.class, CopyToCommand.class})
public final class VisitDeskCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder of the records (default: VISITDESK_HOME, else the per-user data folder).")
    String dataDir;

    @Option(names = "--db", paramLabel = "URL",
            description = "A shared store of several coordinators: a PostgreSQL JDBC URL such as "
                    + "jdbc:postgresql://HOST:5432/DB?user=USER (default: VISITDESK_DB, else the data folder's own "
                    + "store). The password comes from VISITDESK_DB_PASSWORD or ~/.pgpass, never from here.")
    String db;

    @Option(names = "--debug", description = "Print the full details of an error.")
    boolean debug;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", converter = Language.class,
            description = "Language of what the commands print: en or es (default: ${DEFAULT-VALUE}, whatever the "
                    + "computer's language).")
    Locale lang = Locale.ENGLISH;

    /** Reads {@code --lang}: English or Spanish, nothing else. */
    static final class Language implements CommandLine.ITypeConverter<Locale> {
        @Override
        public Locale convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "en" -> Locale.ENGLISH;
                case "es" -> Locale.forLanguageTag("es");
                default -> throw new CommandLine.TypeConversionException("'" + value + "' is not a language here: "
                        + "use en (English) or es (Spanish)");
            };
        }
    }

    private final BiConsumer<Path, String> openWindow;

    /** @param openWindow opens the window on the data folder and the shared store's URL (null: none) */
    public VisitDeskCommand(BiConsumer<Path, String> openWindow) {
        this.openWindow = openWindow;
    }

    @Spec
    CommandSpec spec;

    /** The command's model, for usage errors. */
    CommandSpec spec() {
        return spec;
    }

    /** The language the commands print in: English unless {@code --lang es}. */
    Locale language() {
        return lang;
    }

    /** A message of the bundle in the commands' language. */
    String say(String key, Object... args) {
        return Messages.in(lang, key, args);
    }

    /** A message in the commands' language. */
    String say(Message message) {
        return Messages.in(lang, message);
    }

    /**
     * Opens the records these options name: the shared store of {@code --db} (or VISITDESK_DB), else the data
     * folder's own store, asking for the passphrase when it needs one.
     */
    Workspace openWorkspace() {
        String shared = sharedStore();
        if (shared != null) {
            return Workspace.openShared(shared, dataFolder(), Clock.systemDefaultZone());
        }
        return Unlock.open(dataFolder(), language());
    }

    /** The shared store's URL these options name, or null for the data folder's own store. */
    String sharedStore() {
        return Workspace.chooseShared(db);
    }

    /** The data folder these options name. */
    Path dataFolder() {
        return Workspace.chooseFolder(dataDir);
    }

    @Override
    public Integer call() {
        openWindow.accept(dataFolder(), sharedStore());
        return 0;
    }

    /**
     * Opens the window as {@code visitdesk} without arguments does, but without building the command line's model
     * of every command first (a third of a second of every start before the window): the exit code, with a failure
     * said in one line as the command line says it; null, and nothing opened, when the data folder cannot be had
     * (then the command line says why in its own words).
     */
    public static Integer openWindowAtOnce(BiConsumer<Path, String> openWindow) {
        Path folder;
        String shared;
        try {
            folder = Workspace.chooseFolder(null);
            shared = Workspace.chooseShared(null);
        } catch (RuntimeException e) {
            return null;
        }
        try {
            openWindow.accept(folder, shared);
            return 0;
        } catch (RuntimeException e) {
            System.err.println(Failures.oneLine(e, Locale.ENGLISH));
            return 1;
        }
    }

    /** Builds the command line with one-line errors: exit 1 on failure, 2 on wrong usage. */
    public static CommandLine commandLine(BiConsumer<Path, String> openWindow) {
        VisitDeskCommand top = new VisitDeskCommand(openWindow);
        CommandLine cl = new CommandLine(top);
        cl.setExecutionStrategy(parseResult -> {
            if (top.debug) {
                // libraries' log lines reach standard error too (their messages still withheld)
                System.setProperty(LogLines.DEBUG_PROPERTY, "true");
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            cmd.getErr().println(Failures.oneLine(ex, top.language()));
            if (top.debug) {
                ex.printStackTrace(cmd.getErr());
            }
            return 1;
        });
        return cl;
    }
}
