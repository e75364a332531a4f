package org.visitdesk.app;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.DateRange;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Limits;
import org.visitdesk.domain.Outcome;
import org.visitdesk.domain.OutcomeCode;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitingWindow;
import org.visitdesk.domain.Visitor;
import org.visitdesk.scheduling.Suggestions;
import org.visitdesk.scheduling.Unvisited;
import org.visitdesk.storage.Transactions;
import org.visitdesk.storage.UnitOfWork;

/** Suggested visitors for a person: who speaks their language, is free, under their commitment, knows them. */
public final class SuggestionService {

    private final Transactions records;

    SuggestionService(Transactions records) {
        this.records = records;
    }

    /** The person with this A-number, if the records hold them. */
    public Optional<Detainee> person(ANumber aNumber) {
        return records.read(u -> u.detainees().byANumber(aNumber.value()));
    }

    /** For a day: any visiting window of the person's housing unit that day will do. */
    public List<SuggestedVisitor> forDay(long detaineeId, LocalDate day) {
        return records.read(u -> {
            Detainee person = u.detainees().byId(detaineeId).orElse(null);
            if (person == null) {
                return List.<SuggestedVisitor>of();
            }
            List<VisitingWindow> windows = person.facilityId() == null ? List.of()
                    : u.facilities().windows(person.facilityId());
            return suggest(u, person, day, Suggestions.slots(windows, person.housingUnit(), day), 0);
        });
    }

    /**
     * For one visit's time, as the visit dialog has it ({@code visitId} 0 for a new visit; its own visitors are not
     * busy because of it).
     */
    public List<SuggestedVisitor> forTime(long detaineeId, LocalDateTime start, LocalDateTime end, long visitId) {
        return records.read(u -> {
            Detainee person = u.detainees().byId(detaineeId).orElse(null);
            if (person == null || !end.isAfter(start)) {
                return List.<SuggestedVisitor>of();
            }
            return suggest(u, person, start.toLocalDate(), List.of(new Suggestions.Slot(start, end)), visitId);
        });
    }

    private static List<SuggestedVisitor> suggest(UnitOfWork u, Detainee person, LocalDate day,
            List<Suggestions.Slot> slots, long leaveOut) {
        DateRange month = DateRange.monthOf(day);
        Map<Long, Integer> thisMonth = new HashMap<>();
        Map<Long, List<Suggestions.Slot>> busy = new HashMap<>();
        for (Visit v : u.visits().between(month.start(), month.end())) {
            if (!v.status().isActive() || v.id() == leaveOut) {
                continue;
            }
            for (Long id : v.visitorIds()) {
                thisMonth.merge(id, 1, Integer::sum);
                if (v.day().equals(day)) {
                    busy.computeIfAbsent(id, k -> new ArrayList<>()).add(new Suggestions.Slot(v.start(), v.end()));
                }
            }
        }
        Set<Long> knewThem = visitedBefore(u, person, day);
        List<Suggestions.Candidate> candidates = new ArrayList<>();
        for (Visitor v : u.visitors().all()) {
            candidates.add(new Suggestions.Candidate(v, thisMonth.getOrDefault(v.id(), 0), knewThem.contains(v.id()),
                    busy.getOrDefault(v.id(), List.of())));
        }
        List<SuggestedVisitor> out = new ArrayList<>();
        for (Suggestions.Suggestion s : Suggestions.rank(person, day, slots, candidates)) {
            out.add(new SuggestedVisitor(s.rank(), s.visitor(), s.codes().stream().map(Enum::name).toList(),
                    s.words()));
        }
        return out;
    }

    /** The volunteers of the person's visits that counted (happened, or completed) up to the day. */
    private static Set<Long> visitedBefore(UnitOfWork u, Detainee person, LocalDate day) {
        List<Visit> visits = u.visits().ofDetainee(person.id(), Limits.EARLIEST_DATE.atStartOfDay(),
                day.plusDays(1).atStartOfDay());
        Map<Long, OutcomeCode> outcomes = new HashMap<>();
        if (!visits.isEmpty()) {
            for (Outcome o : u.outcomes().ofVisits(visits.stream().map(Visit::id).toList())) {
                outcomes.put(o.visitId(), o.code());
            }
        }
        Set<Long> out = new HashSet<>();
        for (Visit v : visits) {
            if (Unvisited.countsAsVisit(v.status(), outcomes.get(v.id()), v.day(), day)) {
                out.addAll(v.visitorIds());
            }
        }
        return out;
    }
}
