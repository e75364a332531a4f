package org.visitdesk.cli;

import java.util.Locale;
import org.visitdesk.app.Messages;
import org.visitdesk.app.ProblemException;

/** Turns any failure into one plain line for standard error, without personal data. */
final class Failures {

    private Failures() {
    }

    /** The line, in English or (for a problem the coordinator can act on, and the unexpected) in Spanish. */
    static String oneLine(Throwable ex, Locale language) {
        boolean english = "en".equals(language.getLanguage());
        ProblemException pe = ProblemException.behind(ex);
        if (pe != null) {
            // the English line is written for the command line; the bundle's sentence serves other languages
            return "visitdesk: " + (english ? pe.getMessage() : Messages.in(language, pe.key()));
        }
        if (ex instanceof IllegalArgumentException || ex instanceof IllegalStateException) {
            return "visitdesk: " + ex.getMessage();
        }
        return "visitdesk: " + Messages.in(language, "cli.failure.unexpected", ex.getClass().getSimpleName());
    }
}
