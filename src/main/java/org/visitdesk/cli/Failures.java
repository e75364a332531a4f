package org.visitdesk.cli;

import org.visitdesk.app.ProblemException;

/** Turns any failure into one plain line for standard error, without personal data. */
final class Failures {

    private Failures() {
    }

    static String oneLine(Throwable ex) {
        ProblemException pe = ProblemException.behind(ex);
        if (pe != null) {
            return "visitdesk: " + pe.getMessage();
        }
        if (ex instanceof IllegalArgumentException || ex instanceof IllegalStateException) {
            return "visitdesk: " + ex.getMessage();
        }
        return "visitdesk: something went wrong (" + ex.getClass().getSimpleName()
                + "). Nothing was changed. Run again with --debug for details.";
    }
}
