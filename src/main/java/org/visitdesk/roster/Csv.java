package org.visitdesk.roster;

import java.util.List;
import java.util.stream.Collectors;

/**
 * How VisitDesk writes a CSV field, for every CSV it writes. A spreadsheet runs a cell that starts with
 * {@code =}, {@code +}, {@code -} or {@code @} (and tab or carriage return) as a formula even when it is quoted,
 * so such a cell gets a leading apostrophe, as OWASP advises; then the field is quoted as RFC 4180 asks.
 */
public final class Csv {

    private Csv() {
    }

    /** True when a spreadsheet would read this text as the start of a formula or a command. */
    public static boolean looksLikeFormula(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n';
    }

    /** One field: neutralised when it looks like a formula, quoted when it holds a comma, quote or line break. */
    public static String field(String value) {
        String s = value == null ? "" : value;
        if (looksLikeFormula(s)) {
            s = "'" + s;
        }
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0
                && s.indexOf('\'') != 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** One line of fields, without the line end. */
    public static String line(List<String> values) {
        return values.stream().map(Csv::field).collect(Collectors.joining(","));
    }
}
