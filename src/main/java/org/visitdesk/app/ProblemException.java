package org.visitdesk.app;

/**
 * A problem the user can act on, with a message key for the window and an English line for the command line.
 * It never carries names or A-numbers.
 */
public final class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;

    public ProblemException(String key, String english, Throwable cause) {
        super(english, cause);
        this.key = key;
    }

    /** The message key of the text to show. */
    public String key() {
        return key;
    }
}
