package org.visitdesk.cli;

import java.io.Console;
import java.nio.file.Path;
import java.time.Clock;
import org.visitdesk.app.ProblemException;
import org.visitdesk.app.Workspace;

/** Opens the records for a command: the passphrase from VISITDESK_PASSPHRASE, else asked on the terminal. */
final class Unlock {

    /** Environment variable holding the passphrase. */
    static final String ENV = "VISITDESK_PASSPHRASE";

    private Unlock() {
    }

    /** The passphrase from the environment, or null. */
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

    /**
     * Opens the workspace: an encrypted store takes the passphrase from the environment or the terminal; a new
     * store is encrypted when the environment holds one.
     */
    static Workspace open(Path folder, String prompt) {
        char[] passphrase = fromEnvironment();
        if (passphrase == null && Workspace.state(folder) == Workspace.StoreState.ENCRYPTED) {
            passphrase = ask(prompt);
        }
        return Workspace.open(folder, Clock.systemDefaultZone(), passphrase);
    }
}
