package org.visitdesk.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.pattern.DynamicConverter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.visitdesk.storage.DataFolder;

/**
 * What an unexpected error leaves behind: the kinds of exception and where they happened, never their messages
 * (an H2 or SQL message can quote an A-number or a name). Written to {@code logs/visitdesk.log} in the data folder.
 */
public final class Diagnostics {

    /** The log file, relative to the data folder. */
    public static final String LOG_FILE = "logs/visitdesk.log";

    private static final Logger LOG = LoggerFactory.getLogger(Diagnostics.class);
    private static final Set<Path> STARTED = new HashSet<>();

    private Diagnostics() {
    }

    /**
     * Adds the data folder's log file to the logging. Lines hold VisitDesk's own words only, and of an exception its
     * kinds and frames ({@link LogLines}); the file is private to the user.
     */
    public static synchronized void logTo(Path dataFolder) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx) || STARTED.contains(dataFolder.toAbsolutePath())) {
            return;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(ctx);
        registerConverters(ctx);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level %logger{30} - %safeMsg%n%frames");
        encoder.start();
        FileAppender<ILoggingEvent> file = new FileAppender<>();
        file.setContext(ctx);
        file.setName("data-folder-log");
        file.setFile(dataFolder.resolve(LOG_FILE).toString());
        file.setAppend(true);
        file.setEncoder(encoder);
        file.start();
        Path written = dataFolder.resolve(LOG_FILE);
        DataFolder.makePrivate(written.getParent());
        DataFolder.makePrivate(written);
        ch.qos.logback.classic.Logger root = ctx.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(file);
        if (!root.isEnabledFor(Level.WARN)) {
            root.setLevel(Level.WARN);
        }
        STARTED.add(dataFolder.toAbsolutePath());
    }

    /** The conversion words of {@link LogLines}, for a context not configured from logback.xml (tests). */
    @SuppressWarnings("unchecked")
    private static void registerConverters(LoggerContext ctx) {
        Object found = ctx.getObject(CoreConstants.PATTERN_RULE_REGISTRY_FOR_SUPPLIERS);
        Map<String, Supplier<DynamicConverter<?>>> rules;
        if (found instanceof Map<?, ?> m) {
            rules = (Map<String, Supplier<DynamicConverter<?>>>) m;
        } else {
            rules = new HashMap<>();
            ctx.putObject(CoreConstants.PATTERN_RULE_REGISTRY_FOR_SUPPLIERS, rules);
        }
        rules.putIfAbsent("safeMsg", LogLines.Message::new);
        rules.putIfAbsent("frames", LogLines.Frames::new);
    }

    /** Exception classes of the cause chain and their stack frames: no messages, so no data. */
    public static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder();
        Throwable t = e;
        int depth = 0;
        while (t != null && depth < 10) {
            sb.append(depth == 0 ? "" : "caused by ").append(t.getClass().getName()).append('\n');
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < frames.length && i < 40; i++) {
                sb.append("    at ").append(frames[i]).append('\n');
            }
            t = t.getCause() == t ? null : t.getCause();
            depth++;
        }
        return sb.toString();
    }

    /** Logs an unexpected error without personal data. */
    public static void logUnexpected(Throwable e) {
        LOG.error("unexpected error\n{}", describe(e));
    }
}
