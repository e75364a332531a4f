package org.visitdesk;

import java.nio.file.Path;
import java.util.function.BiConsumer;
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
        BiConsumer<Path, String> openWindow = (folder, sharedUrl) -> {
            windowOpened[0] = true;
            VisitDeskApplication.launch(folder, sharedUrl);
        };
        Integer opened = args.length == 0 ? VisitDeskCommand.openWindowAtOnce(openWindow) : null;
        if (opened != null) {
            if (opened != 0) {
                System.exit(opened);
            }
            return;
        }
        int code = VisitDeskCommand.commandLine(openWindow).execute(args);
        if (!windowOpened[0] || code != 0) {
            System.exit(code);
        }
    }
}
