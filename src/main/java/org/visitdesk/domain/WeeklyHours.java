package org.visitdesk.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Hours a volunteer can be at the facility every week on one weekday: {@code Tue 12:00-17:00}. */
public record WeeklyHours(DayOfWeek day, LocalTime from, LocalTime to) {

    /** The field name availability errors carry (a form marks it, an import names its column). */
    public static final String FIELD = "available";

    private static final Pattern ENTRY = Pattern.compile("(\\D*\\p{L}\\.?)\\s*(\\d[^\\s\\-–—]*)\\s*[-–—]\\s*(\\S+)");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.h](\\d{2}))?");
    private static final Pattern DAY_SEPARATOR = Pattern.compile("[/,&+]|\\s+(?:and|y)\\s+");
    private static final Map<String, DayOfWeek> DAYS = new HashMap<>();

    static {
        for (DayOfWeek d : DayOfWeek.values()) {
            for (Locale l : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
                DAYS.put(SearchKey.fold(d.getDisplayName(TextStyle.FULL, l)), d);
                DAYS.put(SearchKey.fold(d.getDisplayName(TextStyle.SHORT, l)).replace(".", ""), d);
            }
        }
        for (String[] more : new String[][] {{"tues", "TUESDAY"}, {"weds", "WEDNESDAY"}, {"thur", "THURSDAY"},
                {"thurs", "THURSDAY"}, {"thu", "THURSDAY"}, {"tu", "TUESDAY"}, {"th", "THURSDAY"},
                {"mie", "WEDNESDAY"}, {"sab", "SATURDAY"}}) {
            DAYS.put(more[0], DayOfWeek.valueOf(more[1]));
        }
    }

    public WeeklyHours {
        if (day == null || from == null || to == null) {
            throw new IllegalArgumentException("weekly hours need a day, a start and an end");
        }
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("weekly hours must end after they start");
        }
    }

    /** What reading a typed availability gave: the hours, or the first thing wrong with the text (never both). */
    public record Reading(List<WeeklyHours> hours, FieldError error) {

        public Reading {
            hours = hours == null ? List.of() : List.copyOf(hours);
        }

        public boolean ok() {
            return error == null;
        }
    }

    /**
     * Reads availability as people type it: entries separated by {@code ;}, each one or more weekdays (English or
     * Spanish, short or full, joined by {@code /}, {@code ,} or {@code &}) and 24-hour times:
     * {@code Tue 12:00-17:00; Tue/Thu 9-12; sáb 07:00-12:00}. Blank text means no hours given.
     */
    public static Reading read(String text) {
        List<WeeklyHours> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return new Reading(out, null);
        }
        for (String raw : text.split(";")) {
            String entry = raw.strip();
            if (entry.isEmpty()) {
                continue;
            }
            Matcher m = ENTRY.matcher(entry);
            if (!m.matches()) {
                return failed("error.available.format", entry);
            }
            LocalTime from = time(m.group(2));
            LocalTime to = time(m.group(3));
            if (from == null || to == null) {
                return failed("error.available.time", entry);
            }
            if (!to.isAfter(from)) {
                return failed("error.available.order", entry);
            }
            for (String dayWord : DAY_SEPARATOR.split(m.group(1))) {
                String word = SearchKey.fold(dayWord).replace(".", "").strip();
                DayOfWeek day = DAYS.get(word);
                if (day == null) {
                    return failed(word.isEmpty() ? "error.available.format" : "error.available.day",
                            word.isEmpty() ? entry : dayWord.strip());
                }
                out.add(new WeeklyHours(day, from, to));
            }
        }
        return new Reading(out, null);
    }

    private static Reading failed(String key, String what) {
        return new Reading(List.of(), new FieldError(FIELD, key, List.of(what)));
    }

    private static LocalTime time(String text) {
        Matcher m = TIME.matcher(text);
        if (!m.matches()) {
            return null;
        }
        int h = Integer.parseInt(m.group(1));
        int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (h > 23 || min > 59) {
            return null;
        }
        return LocalTime.of(h, min);
    }

    /** The list as one cell, the way it reads back in: {@code Tue 12:00-17:00; Sat 07:00-12:00}. */
    public static String join(List<WeeklyHours> hours) {
        List<String> parts = new ArrayList<>(hours.size());
        for (WeeklyHours h : hours) {
            parts.add(h.toString());
        }
        return String.join("; ", parts);
    }

    /** True when the whole of [start, end) on this weekday lies within these hours. */
    public boolean covers(DayOfWeek onDay, LocalTime start, LocalTime end) {
        return onDay == day && !start.isBefore(from) && !end.isAfter(to);
    }

    /** {@code Tue 12:00-17:00}: English short day names, so that a stored or exported value reads back in. */
    @Override
    public String toString() {
        return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + from + "-" + to;
    }
}
