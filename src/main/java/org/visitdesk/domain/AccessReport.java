package org.visitdesk.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What happened at the visits of a range of days, the record a network can back a complaint with: the figures of
 * the Summary, then one row per denial, per recorded wait, per follow-up and per lockdown or closure day. Rows
 * name people by a reference that is the same for one person throughout the report ({@code P-001}), so a
 * de-identified copy still shows that one person was denied three times.
 */
public record AccessReport(DateRange days, Figures figures, List<VisitRow> denials, List<VisitRow> waits,
        List<FollowUpRow> followUps, List<LockdownRow> lockdowns, List<Week> weeks) {

    public AccessReport {
        denials = List.copyOf(denials);
        waits = List.copyOf(waits);
        followUps = List.copyOf(followUps);
        lockdowns = List.copyOf(lockdowns);
        weeks = List.copyOf(weeks);
    }

    /**
     * The Summary's numbers. {@code planned}: visits of the days not cancelled; {@code happened} and the next five:
     * visits by recorded outcome; {@code noOutcome}: planned visits with none yet; {@code peopleVisited}: people with
     * a visit that counts (seen, or completed); waits are seen − arrived over the visits with both times;
     * {@code lockdownDays}: days on which some facility was closed or a visit met a lockdown.
     */
    public record Figures(int planned, int happened, int denied, int notBroughtOut, int cutShort, int lockdown,
            int noShows, int noOutcome, int peopleVisited, int waitsRecorded, Duration medianWait,
            Duration longestWait, int lockdownDays, Map<DenialReason, Integer> denialsByReason) {

        public Figures {
            denialsByReason = Map.copyOf(denialsByReason);
        }
    }

    /** One visit with its outcome; name, A-number and phones are left out of a de-identified report. */
    public record VisitRow(long visitId, LocalDate date, LocalTime start, String facility, String housingUnit,
            String person, String name, String aNumber, String visitors, String visitorPhones, OutcomeCode outcome,
            DenialReason reason, LocalTime arrived, LocalTime seen, LocalTime left) {

        /** seen − arrived, when both are known. */
        public Optional<Duration> waitTime() {
            return new Outcome(visitId, outcome, reason, arrived, seen, left, "").waitTime();
        }
    }

    /** One follow-up, without its note (a report never carries notes). */
    public record FollowUpRow(long id, FollowUpKind kind, String person, String name, String aNumber,
            LocalDate visitDate, String owner, LocalDate due, FollowUpStatus status) {
    }

    /** A day a facility was closed (a blackout day) or a visit met a lockdown, with how many visits met it. */
    public record LockdownRow(LocalDate day, String facility, boolean closureRecorded, String reason,
            int visitsMarkedLockdown) {
    }

    /** One ISO week of the range (for a chart): visits by outcome, those with none, and the median wait. */
    public record Week(LocalDate monday, Map<OutcomeCode, Integer> byOutcome, int noOutcome, Duration medianWait) {
        public Week {
            byOutcome = Map.copyOf(byOutcome);
        }
    }

    /** The median of some waits (the mean of the middle two of an even count); null when there are none. */
    public static Duration median(List<Duration> waits) {
        if (waits.isEmpty()) {
            return null;
        }
        List<Duration> sorted = new ArrayList<>(waits);
        sorted.sort(null);
        int n = sorted.size();
        if (n % 2 == 1) {
            return sorted.get(n / 2);
        }
        return sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
    }
}
