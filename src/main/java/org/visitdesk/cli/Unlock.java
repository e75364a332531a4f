package org.visitdesk.cli;

import java.io.Console;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import org.visitdesk.app.Messages;
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

    /**
     * Opens the workspace: an encrypted store takes the passphrase from the environment or the terminal; a new
     * store is encrypted when the environment holds one. A passphrase set for a store that has none changes
     * nothing, and a line on standard error says so; so does the recovery after an unexpected stop. Every line is
     * in the language of the command line.
     */
    static Workspace open(Path folder, Locale language) {
        char[] passphrase = fromEnvironment();
        Workspace.StoreState state = Workspace.state(folder);
        if (passphrase == null && state == Workspace.StoreState.ENCRYPTED) {
            passphrase = ask(Messages.in(language, "cli.passphrase.records"));
        }
        if (passphrase != null && state == Workspace.StoreState.PLAIN) {
            System.err.println(Messages.in(language, "cli.passphrase.plainStore"));
        }
        try {
            return Workspace.open(folder, Clock.systemDefaultZone(), passphrase,
                    () -> System.err.println(Messages.in(language, "cli.recovering")));
        } finally {
            clear(passphrase);
        }
    }
}
