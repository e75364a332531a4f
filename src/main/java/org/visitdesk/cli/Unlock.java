package org.visitdesk.cli;

import java.io.Console;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import org.visitdesk.app.ProblemException;
import org.visitdesk.app.Workspace;

/** Opens the records for a command: the passphrase from VISITDESK_PASSPHRASE, else asked on the terminal. */
final class Unlock {

    /** Environment variable holding the passphrase. */
    static final String ENV = "VISITDESK_PASSPHRASE";

    private Unlock() {
    }

    /**
     * The passphrase from the environment, or null. The environment's own copy is a String that Java cannot clear;
     * callers clear the array they get ({@link #clear}).
     */
    static char[] fromEnvironment() {
        String p = System.getenv(ENV);
        return p == null || p.isEmpty() ? null : p.toCharArray();
    }

    /** Asks on the terminal; without a terminal, one clear line and exit 1. */
    static char[] ask(String prompt) {
        Console console = System.console();
        if (console == null) {
            throw new ProblemException("store.NEEDS_PASSPHRASE",
                    "The records are protected by a passphrase: set " + ENV + " or run in a terminal.", null);
        }
        char[] p = console.readPassword("%s", prompt);
        if (p == null || p.length == 0) {
            throw new ProblemException("store.NEEDS_PASSPHRASE", "No passphrase was typed. Nothing was changed.", null);
        }
        return p;
    }

    /** Overwrites a passphrase once it has been used. */
    static void clear(char[] passphrase) {
        if (passphrase != null) {
            Arrays.fill(passphrase, '\0');
        }
    }

    /** The line said while a store that stopped unexpectedly is recovered (it can take a minute). */
    static final String RECOVERING = "visitdesk: recovering after an unexpected stop… (this can take a minute)";

    /**
     * Opens the workspace: an encrypted store takes the passphrase from the environment or the terminal; a new
     * store is encrypted when the environment holds one. A passphrase set for a store that has none changes
     * nothing, and a line on standard error says so.
     */
    static Workspace open(Path folder) {
        char[] passphrase = fromEnvironment();
        Workspace.StoreState state = Workspace.state(folder);
        if (passphrase == null && state == Workspace.StoreState.ENCRYPTED) {
            passphrase = ask("Passphrase for the VisitDesk records: ");
        }
        if (passphrase != null && state == Workspace.StoreState.PLAIN) {
            System.err.println(PLAIN_STORE_WARNING);
        }
        try {
            return Workspace.open(folder, Clock.systemDefaultZone(), passphrase,
                    () -> System.err.println(RECOVERING));
        } finally {
            clear(passphrase);
        }
    }

    /** Said when VISITDESK_PASSPHRASE is set but the records have no passphrase. */
    static final String PLAIN_STORE_WARNING = "visitdesk: warning: " + ENV + " is set, but these records have no "
            + "passphrase and stay unprotected. To protect them, open the VisitDesk window and choose "
            + "Safety > Protect with a passphrase.";
}
