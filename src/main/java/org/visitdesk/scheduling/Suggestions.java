package org.visitdesk.scheduling;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.visitdesk.domain.Availability;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Languages;
import org.visitdesk.domain.Message;
import org.visitdesk.domain.SearchKey;
import org.visitdesk.domain.VisitingWindow;
import org.visitdesk.domain.Visitor;
import org.visitdesk.domain.WeeklyHours;

/**
 * Suggested visitors for a person on a day, in the order of DESIGN.md section 7: cleared volunteers who are not the
 * person's family; one who shares a language first; then one available (weekday and hours) for a time the person
 * can be visited, free then and not away; then one under their monthly commitment; then one who visited this person
 * before; then the fewest visits this month; last, by name, so that the list is the same every time.
 */
public final class Suggestions {

    /** Reason codes, as the command line prints them. */
    public enum Reason {
        LANGUAGE, NO_COMMON_LANGUAGE, AVAILABLE, NOT_AVAILABLE, UNDER_COMMITMENT, OVER_COMMITMENT, VISITED_BEFORE
    }

    /** A time on one day: a visiting window of the person's unit, a visit's own time, or a visit a volunteer is on. */
    public record Slot(LocalDateTime start, LocalDateTime end) {

        boolean overlaps(Slot other) {
            return start.isBefore(other.end) && other.start.isBefore(end);
        }
    }

    /**
     * A volunteer with what the records say of them: visits this month (cancelled, denied and no-show ones left out),
     * whether a visit of theirs with this person happened before the day, and the visits they are on that day.
     */
    public record Candidate(Visitor visitor, int visitsThisMonth, boolean visitedBefore, List<Slot> busy) {

        public Candidate {
            busy = busy == null ? List.of() : List.copyOf(busy);
        }
    }

    /** One reason: its code (null for words that carry no code) and its words for the coordinator. */
    public record Why(Reason code, Message words) {
    }

    /** A suggested volunteer, 1 the best, with the reasons of its place. */
    public record Suggestion(int rank, Visitor visitor, List<Why> reasons) {

        public Suggestion {
            reasons = List.copyOf(reasons);
        }

        /** The reason codes, in the order of the reasons. */
        public List<Reason> codes() {
            return reasons.stream().map(Why::code).filter(c -> c != null).toList();
        }

        /** The words of the reasons, in order. */
        public List<Message> words() {
            return reasons.stream().map(Why::words).toList();
        }
    }

    private record Scored(Candidate candidate, boolean language, boolean available, boolean under, List<Why> why) {
    }

    private static final Comparator<Scored> ORDER = Comparator
            .comparing((Scored s) -> !s.language())
            .thenComparing(s -> !s.available())
            .thenComparing(s -> !s.under())
            .thenComparing(s -> !s.candidate().visitedBefore())
            .thenComparingInt(s -> s.candidate().visitsThisMonth())
            .thenComparing(s -> SearchKey.fold(s.candidate().visitor().familyName()))
            .thenComparing(s -> SearchKey.fold(s.candidate().visitor().givenName()))
            .thenComparingLong(s -> s.candidate().visitor().id());

    private Suggestions() {
    }

    /** The visiting windows of the person's housing unit on the day, as times of that day. */
    public static List<Slot> slots(Collection<VisitingWindow> windows, String housingUnit, LocalDate day) {
        List<Slot> out = new ArrayList<>();
        for (VisitingWindow w : windows) {
            if (w.day() == day.getDayOfWeek() && w.serves(housingUnit)) {
                out.add(new Slot(day.atTime(w.start()), day.atTime(w.end())));
            }
        }
        out.sort(Comparator.comparing(Slot::start));
        return out;
    }

    /**
     * The suggestions for a person on a day, best first. {@code slots} are the times the visit could take place
     * (the unit's visiting windows that day, or the one time of a visit being planned).
     */
    public static List<Suggestion> rank(Detainee person, LocalDate day, List<Slot> slots,
            Collection<Candidate> candidates) {
        List<Scored> scored = new ArrayList<>();
        for (Candidate c : candidates) {
            Visitor v = c.visitor();
            if (!v.isCleared() || v.availability().isFamilyOf(person.aNumber())) {
                continue;
            }
            List<Why> why = new ArrayList<>();
            boolean language = language(person, v, why);
            boolean available = available(c, day, slots, why);
            boolean under = commitment(c, why);
            if (c.visitedBefore()) {
                why.add(new Why(Reason.VISITED_BEFORE, Message.of("suggest.visitedBefore." + pronoun(person))));
            }
            scored.add(new Scored(c, language, available, under, why));
        }
        scored.sort(ORDER);
        List<Suggestion> out = new ArrayList<>(scored.size());
        for (Scored s : scored) {
            out.add(new Suggestion(out.size() + 1, s.candidate().visitor(), s.why()));
        }
        return out;
    }

    private static boolean language(Detainee person, Visitor v, List<Why> why) {
        List<String> shared = new ArrayList<>();
        for (String l : person.languages()) {
            if (Languages.shareAny(List.of(l), v.languages())) {
                shared.add(l);
            }
        }
        if (!shared.isEmpty()) {
            why.add(new Why(Reason.LANGUAGE, Message.of("suggest.speaks", shared)));
            return true;
        }
        why.add(new Why(Reason.NO_COMMON_LANGUAGE, person.languages().isEmpty()
                ? Message.of("suggest.languagesUnknown") : Message.of("suggest.speaksNone", person.languages())));
        return false;
    }

    private static boolean available(Candidate c, LocalDate day, List<Slot> slots, List<Why> why) {
        Availability a = c.visitor().availability();
        DayOfWeek weekday = day.getDayOfWeek();
        Message days = Message.of("suggest.days." + weekday.name());
        Message no;
        if (a.isAwayOn(day)) {
            no = a.awayFrom() == null ? Message.of("suggest.awayUntil", a.awayTo())
                    : a.awayTo() == null ? Message.of("suggest.awayFrom", a.awayFrom())
                    : Message.of("suggest.away", a.awayFrom(), a.awayTo());
        } else if (a.hours().isEmpty()) {
            no = Message.of("suggest.noHours");
        } else if (a.on(weekday).isEmpty()) {
            no = Message.of("suggest.notFree", days);
        } else if (slots.isEmpty()) {
            no = Message.of("suggest.noVisitingHours", days);
        } else {
            WeeklyHours fitting = null;
            Slot busyAt = null;
            for (WeeklyHours h : a.on(weekday)) {
                for (Slot s : slots) {
                    if (!s.start().toLocalDate().equals(day)
                            || !h.covers(weekday, s.start().toLocalTime(), s.end().toLocalTime())) {
                        continue;
                    }
                    Slot clash = c.busy().stream().filter(s::overlaps).findFirst().orElse(null);
                    if (clash == null) {
                        why.add(new Why(Reason.AVAILABLE, Message.of("suggest.free", days, h.from(), h.to())));
                        return true;
                    }
                    fitting = h;
                    busyAt = busyAt == null ? clash : busyAt;
                }
            }
            no = fitting == null
                    ? Message.of("suggest.freeOutside", days, a.on(weekday).get(0).from(), a.on(weekday).get(0).to())
                    : Message.of("suggest.busy", busyAt.start().toLocalTime(), busyAt.end().toLocalTime());
        }
        why.add(new Why(Reason.NOT_AVAILABLE, no));
        return false;
    }

    private static boolean commitment(Candidate c, List<Why> why) {
        int promised = c.visitor().availability().visitsPerMonth();
        if (promised == 0) {
            why.add(new Why(null, Message.of("suggest.noCommitment", c.visitsThisMonth())));
            return false;
        }
        boolean under = c.visitsThisMonth() < promised;
        why.add(new Why(under ? Reason.UNDER_COMMITMENT : Reason.OVER_COMMITMENT,
                Message.of("suggest.commitment", c.visitsThisMonth(), promised)));
        return under;
    }

    /** "her", "him" or "them" as the person's gender says (a free-text field: unknown words give "them"). */
    static String pronoun(Detainee person) {
        String g = SearchKey.fold(person.gender());
        if (g.startsWith("f") || g.startsWith("w") || g.startsWith("mujer")) {
            return "her";
        }
        if (g.equals("m") || g.startsWith("male") || g.startsWith("masc") || g.startsWith("man")
                || g.startsWith("hombre") || g.startsWith("varon")) {
            return "him";
        }
        return "them";
    }
}
