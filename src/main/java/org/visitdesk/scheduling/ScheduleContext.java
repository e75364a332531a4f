package org.visitdesk.scheduling;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;

import org.visitdesk.domain.BlackoutDay;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Facility;
import org.visitdesk.domain.VisitingWindow;
import org.visitdesk.domain.Visitor;

/**
 * What the rules look up besides the visits: facilities, their windows and blackouts, people by id.
 * Missing entries are answered with {@code null} or an empty list, never an exception, so a partial context
 * (only the people of the visits at hand) is fine.
 */
public record ScheduleContext(
        Map<Long, Facility> facilities,
        Map<Long, List<VisitingWindow>> windowsByFacility,
        Map<Long, List<BlackoutDay>> blackoutsByFacility,
        Map<Long, Detainee> detainees,
        Map<Long, Visitor> visitors) {

    public ScheduleContext {
        facilities = facilities == null ? Map.of() : facilities;
        windowsByFacility = windowsByFacility == null ? Map.of() : windowsByFacility;
        blackoutsByFacility = blackoutsByFacility == null ? Map.of() : blackoutsByFacility;
        detainees = detainees == null ? Map.of() : detainees;
        visitors = visitors == null ? Map.of() : visitors;
    }

    /** Builds the lookups from plain lists, as storage returns them; nulls are skipped. */
    public static ScheduleContext of(Collection<Facility> facilities, Collection<VisitingWindow> windows,
            Collection<BlackoutDay> blackouts, Collection<Detainee> detainees, Collection<Visitor> visitors) {
        Map<Long, Facility> f = new HashMap<>();
        nonNull(facilities).forEach(x -> f.put(x.id(), x));
        Map<Long, List<VisitingWindow>> w = new HashMap<>();
        nonNull(windows).forEach(x -> w.computeIfAbsent(x.facilityId(), k -> new ArrayList<>()).add(x));
        Map<Long, List<BlackoutDay>> b = new HashMap<>();
        nonNull(blackouts).forEach(x -> b.computeIfAbsent(x.facilityId(), k -> new ArrayList<>()).add(x));
        Map<Long, Detainee> d = new HashMap<>();
        nonNull(detainees).forEach(x -> d.put(x.id(), x));
        Map<Long, Visitor> v = new HashMap<>();
        nonNull(visitors).forEach(x -> v.put(x.id(), x));
        return new ScheduleContext(f, w, b, d, v);
    }

    private static <T> List<T> nonNull(Collection<T> items) {
        List<T> out = new ArrayList<>();
        if (items != null) {
            for (T t : items) {
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** The facility, or {@code null} when unknown. */
    public Facility facility(long id) {
        return facilities.get(id);
    }

    /** The facility's visiting windows; empty when it has none or is unknown. */
    public List<VisitingWindow> windows(long facilityId) {
        List<VisitingWindow> list = windowsByFacility.get(facilityId);
        return list == null ? List.of() : list;
    }

    /** The facility's blackout days; empty when none. */
    public List<BlackoutDay> blackouts(long facilityId) {
        List<BlackoutDay> list = blackoutsByFacility.get(facilityId);
        return list == null ? List.of() : list;
    }

    /** The detained person, or {@code null} when unknown. */
    public Detainee detainee(long id) {
        return detainees.get(id);
    }

    /** The volunteer, or {@code null} when unknown. */
    public Visitor visitor(long id) {
        return visitors.get(id);
    }
}
