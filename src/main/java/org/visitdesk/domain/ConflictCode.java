package org.visitdesk.domain;

/** The rules a visit can break (DESIGN.md section 4); the names are part of the command-line contract. */
public enum ConflictCode {
    VISITOR_DOUBLE_BOOKED(Severity.ERROR),
    DETAINEE_DOUBLE_BOOKED(Severity.ERROR),
    OUTSIDE_VISITING_HOURS(Severity.ERROR),
    FACILITY_CLOSED(Severity.ERROR),
    ROOM_FULL(Severity.ERROR),
    TOO_MANY_VISITORS(Severity.ERROR),
    DETAINEE_NOT_HELD(Severity.ERROR),
    VISITOR_NOT_CLEARED(Severity.ERROR),
    WEEKLY_LIMIT(Severity.WARNING),
    NO_COMMON_LANGUAGE(Severity.WARNING),
    NO_VISITOR(Severity.WARNING);

    private final Severity severity;

    ConflictCode(Severity severity) {
        this.severity = severity;
    }

    /** Whether breaking this rule blocks saving. */
    public Severity severity() {
        return severity;
    }
}
