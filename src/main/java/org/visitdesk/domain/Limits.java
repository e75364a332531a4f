package org.visitdesk.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What a value may be, named once: the longest text each field may hold (the column sizes of the store's
 * migrations, so a value that is too long is a marked field or a row-exact import error instead of a failed
 * statement), the characters text may hold, and the dates that are plausible at all.
 */
public final class Limits {

    /** Family and given names of detained people and visitors, and a facility's name. */
    public static final int NAME = 200;
    public static final int COUNTRY = 100;
    /** The languages as one cell: {@code Spanish; Mam}. */
    public static final int LANGUAGES = 500;
    public static final int GENDER = 50;
    public static final int HOUSING_UNIT = 100;
    /** A visitor's weekly hours as one cell: {@code Tue 12:00-17:00; Sat 07:00-12:00}. */
    public static final int AVAILABLE = 500;
    /** Notes of a detained person, a visitor or a visit. */
    public static final int NOTES = 8000;
    public static final int EMAIL = 320;
    public static final int PHONE = 50;
    public static final int OVERRIDE_REASON = 1000;
    public static final int ADDRESS = 500;
    public static final int FACILITY_NOTES = 4000;
    /** The short note of a visit's outcome: what a follow-up needs, nothing more (it is sensitive). */
    public static final int OUTCOME_NOTE = 1000;
    /** The short note of a follow-up. */
    public static final int FOLLOW_UP_NOTE = 1000;
    /** What a request says the person needs, in a line. */
    public static final int REQUEST_NEEDS = 1000;
    /** How the one who asked relates to the person: "mother", "attorney". */
    public static final int RELATIONSHIP = 100;

    /** No date before this is plausible: not a date of birth, not any other. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    /** No date after this is plausible (a release date, a visit planned years ahead are fine). */
    public static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);

    private Limits() {
    }

    /**
     * A character that has no place in text a person typed: C0 control codes (ESC, BEL...) except tab, DEL, and
     * the C1 codes (a terminal obeys some of them). Line breaks only where {@code multiline}.
     */
    public static boolean isControl(char c, boolean multiline) {
        if (c == '\t' || multiline && (c == '\n' || c == '\r')) {
            return false;
        }
        return c < 0x20 || c >= 0x7F && c <= 0x9F;
    }

    /** The first control character of the text (see {@link #isControl}), or -1. */
    public static int firstControl(String s, boolean multiline) {
        for (int i = 0; s != null && i < s.length(); i++) {
            if (isControl(s.charAt(i), multiline)) {
                return i;
            }
        }
        return -1;
    }

    /** Adds what is wrong with one text field: too long, or holding a control character. */
    static void text(List<FieldError> errors, String field, String value, int max, boolean multiline) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            errors.add(new FieldError(field, "error.tooLong", List.of(max, value.length())));
        }
        if (firstControl(value, multiline) >= 0) {
            errors.add(new FieldError(field, multiline ? "error.controlCharacter" : "error.controlCharacterOrLineBreak"));
        }
    }

    /** Adds a problem when a date lies outside the plausible years. */
    static void date(List<FieldError> errors, String field, LocalDate value) {
        if (value != null && (value.isBefore(EARLIEST_DATE) || value.isAfter(LATEST_DATE))) {
            errors.add(new FieldError(field, "error.date.range", List.of(EARLIEST_DATE.toString(),
                    LATEST_DATE.toString())));
        }
    }
}
