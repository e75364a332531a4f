package org.visitdesk;

import java.nio.file.Path;
import org.visitdesk.cli.VisitDeskCommand;
import org.visitdesk.ui.VisitDeskApplication;

/** Starts VisitDesk: no arguments (or only options) opens the window, a command runs on the command line. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // SLF4J's own notes (a replay of calls made while logging starts) would break the one-line error contract
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        boolean[] windowOpened = {false};
        int code = VisitDeskCommand.commandLine((Path folder, String sharedUrl) -> {
            windowOpened[0] = true;
            VisitDeskApplication.launch(folder, sharedUrl);
        }).execute(args);
        if (!windowOpened[0] || code != 0) {
            System.exit(code);
        }
    }
}
