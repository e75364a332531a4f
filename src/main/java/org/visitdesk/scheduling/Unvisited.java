package org.visitdesk.scheduling;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.OutcomeCode;
import org.visitdesk.domain.VisitStatus;

/**
 * The people nobody has visited, in the order of DESIGN.md section 7: people held on the as-of day with no visit
 * planned after it before those with one; then the never visited before the visited; then the longest since the
 * last visit; then the A-number. Only a visit that happened counts: a denial or a no-show does not reset the clock.
 */
public final class Unvisited {

    /** One held person with the day of their last visit that counted and of their next planned visit (or null). */
    public record Candidate(Detainee person, LocalDate lastVisit, LocalDate nextVisit, int openFollowUps) {

        /** Whole days from the last visit to the as-of day; empty when never visited. */
        public OptionalLong daysSinceVisit(LocalDate asOf) {
            return lastVisit == null ? OptionalLong.empty()
                    : OptionalLong.of(ChronoUnit.DAYS.between(lastVisit, asOf));
        }
    }

    /** The order of the list; {@code lastVisit} earlier means longer since, A-number breaks the last tie. */
    public static final Comparator<Candidate> ORDER = Comparator
            .comparing((Candidate c) -> c.nextVisit() != null)
            .thenComparing(c -> c.lastVisit() != null)
            .thenComparing(Candidate::lastVisit, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(c -> c.person().aNumber() == null ? "" : c.person().aNumber().value());

    private Unvisited() {
    }

    /** The people held on the as-of day, ranked: the first is the one who most needs a visitor. */
    public static List<Candidate> rank(Collection<Candidate> people, LocalDate asOf) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : people) {
            if (c.person().heldOn(asOf)) {
                out.add(c);
            }
        }
        out.sort(ORDER);
        return out;
    }

    /**
     * True when a visit counts as a visit on the as-of day: it took place on or before that day, and its outcome
     * says the person was seen (happened, or cut short) or its status is completed.
     */
    public static boolean countsAsVisit(VisitStatus status, OutcomeCode outcome, LocalDate day, LocalDate asOf) {
        if (day.isAfter(asOf)) {
            return false;
        }
        return OutcomeCode.seenAt(outcome, status);
    }

    /** True when a visit is planned after the as-of day: still requested, scheduled or confirmed, on a later day. */
    public static boolean plannedAfter(VisitStatus status, LocalDate day, LocalDate asOf) {
        return status.isPlanned() && day.isAfter(asOf);
    }
}
