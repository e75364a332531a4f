package org.visitdesk.app;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * What a log line may hold (wired in {@code logback.xml} and by {@link Diagnostics}). Libraries' messages can quote
 * the data they were given (POI: "Failed to parse SST index 'José Luis … A200000001'"; H2: an A-number in a key
 * violation), so only VisitDesk's own messages are written, which never carry a value; of an exception only its
 * kinds and stack frames, never its messages.
 */
public final class LogLines {

    /** Loggers whose messages are written: VisitDesk's own. */
    static final String OWN = "org.visitdesk";

    /** System property set by {@code --debug}: library events reach standard error too. */
    public static final String DEBUG_PROPERTY = "visitdesk.debug";

    private LogLines() {
    }

    static boolean own(ILoggingEvent event) {
        String name = event.getLoggerName();
        return name != null && (name.equals(OWN) || name.startsWith(OWN + "."));
    }

    /** {@code %safeMsg}: the message of VisitDesk's own loggers; for a library's, only that it was withheld. */
    public static final class Message extends ClassicConverter {
        @Override
        public String convert(ILoggingEvent event) {
            return own(event) ? event.getFormattedMessage() : "(library message withheld: it may quote data)";
        }
    }

    /** {@code %frames}: the exception's kinds and stack frames, with every message left out. */
    public static final class Frames extends ThrowableHandlingConverter {
        private static final int MAX_FRAMES = 40;
        private static final int MAX_CAUSES = 10;

        @Override
        public String convert(ILoggingEvent event) {
            IThrowableProxy t = event.getThrowableProxy();
            if (t == null) {
                return "";
            }
            StringBuilder sb = new StringBuilder();
            for (int depth = 0; t != null && depth < MAX_CAUSES; depth++, t = t.getCause()) {
                sb.append(depth == 0 ? "" : "caused by ").append(t.getClassName()).append('\n');
                StackTraceElementProxy[] frames = t.getStackTraceElementProxyArray();
                for (int i = 0; frames != null && i < frames.length && i < MAX_FRAMES; i++) {
                    sb.append("    at ").append(frames[i].getStackTraceElement()).append('\n');
                }
            }
            return sb.toString();
        }
    }

    /**
     * Standard error gets VisitDesk's own lines only (a command's output is its one line of failure); with
     * {@code --debug}, libraries' too.
     */
    public static final class OwnOnStandardError extends Filter<ILoggingEvent> {
        @Override
        public FilterReply decide(ILoggingEvent event) {
            return own(event) || Boolean.getBoolean(DEBUG_PROPERTY) ? FilterReply.NEUTRAL : FilterReply.DENY;
        }
    }
}
