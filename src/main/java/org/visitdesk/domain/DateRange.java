package org.visitdesk.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;

/** Whole days from {@code first} to {@code last}, both included. */
public record DateRange(LocalDate first, LocalDate last) {

    public DateRange {
        if (first == null || last == null) {
            throw new IllegalArgumentException("a range of days needs a first and a last day");
        }
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("a range of days cannot end before it starts");
        }
    }

    /** One day. */
    public static DateRange of(LocalDate day) {
        return new DateRange(day, day);
    }

    /** The ISO week (Monday to Sunday) holding the day: the week the weekly visit limit counts. */
    public static DateRange isoWeekOf(LocalDate day) {
        LocalDate monday = mondayOf(day);
        return new DateRange(monday, monday.plusDays(6));
    }

    /** The Monday of the ISO week holding the day. */
    public static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The calendar month holding the day. */
    public static DateRange monthOf(LocalDate day) {
        return new DateRange(day.withDayOfMonth(1), day.with(TemporalAdjusters.lastDayOfMonth()));
    }

    /** This range grown to whole ISO weeks, Monday of the first day's week to Sunday of the last day's. */
    public DateRange wholeWeeks() {
        return new DateRange(mondayOf(first), mondayOf(last).plusDays(6));
    }

    /** True when the day lies in the range. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    /** True when the two ranges share a day. */
    public boolean overlaps(DateRange other) {
        return !other.last.isBefore(first) && !other.first.isAfter(last);
    }

    /** The first moment of the range. */
    public LocalDateTime start() {
        return first.atStartOfDay();
    }

    /** The first moment after the range (midnight after the last day). */
    public LocalDateTime end() {
        return last.plusDays(1).atStartOfDay();
    }
}
