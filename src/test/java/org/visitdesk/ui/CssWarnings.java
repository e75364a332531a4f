package org.visitdesk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.collections.ListChangeListener;
import javafx.css.CssParser;

/**
 * Collects what JavaFX says about style sheets while it runs: the warnings of the {@code javafx.css} logger (a
 * value that does not convert, a looked-up colour that is not defined; JavaFX logs them through
 * {@code System.Logger}, which goes to java.util.logging here) and the errors of parsing a sheet. Start it before
 * the window shows; {@link #close()} stops collecting.
 */
public final class CssWarnings implements AutoCloseable {

    /** The logger JavaFX's CSS code writes to (com.sun.javafx.util.Logging.getCSSLogger()). */
    public static final String LOGGER = "javafx.css";

    // held here: java.util.logging keeps loggers only weakly, and a collected logger loses its handler
    private final Logger logger = Logger.getLogger(LOGGER);
    private final List<String> found = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord r) {
            if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                add(r.getMessage() + (r.getThrown() == null ? "" : " (" + r.getThrown() + ")"));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final ListChangeListener<CssParser.ParseError> parseErrors = c -> {
        while (c.next()) {
            c.getAddedSubList().forEach(e -> add("parse error: " + e));
        }
    };

    private CssWarnings() {
        logger.addHandler(handler);
        CssParser.errorsProperty().addListener(parseErrors);
    }

    /** Starts collecting. */
    public static CssWarnings collect() {
        return new CssWarnings();
    }

    private synchronized void add(String message) {
        found.add(message);
    }

    /** What was said so far, in order. */
    public synchronized List<String> found() {
        return List.copyOf(found);
    }

    /** Forgets what was said so far. */
    public synchronized void clear() {
        found.clear();
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
        CssParser.errorsProperty().removeListener(parseErrors);
    }
}
