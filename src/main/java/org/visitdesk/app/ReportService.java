package org.visitdesk.app;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.visitdesk.domain.AccessReport;
import org.visitdesk.domain.DateRange;
import org.visitdesk.domain.DenialReason;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Facility;
import org.visitdesk.domain.FollowUp;
import org.visitdesk.domain.Outcome;
import org.visitdesk.domain.OutcomeCode;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.Visitor;
import org.visitdesk.scheduling.Unvisited;
import org.visitdesk.storage.OutcomeDao;
import org.visitdesk.storage.Transactions;
import org.visitdesk.storage.UnitOfWork;

/** The people nobody has visited, and the access report of a range of days (denials, waits, lockdowns). */
public final class ReportService {

    private final Transactions records;

    ReportService(Transactions records) {
        this.records = records;
    }

    /** The people held on the as-of day, in the order of DESIGN.md section 7 (the first most needs a visitor). */
    public List<UnvisitedListing> unvisited(LocalDate asOf) {
        return records.read(u -> {
            Map<Long, Detainee> people = new HashMap<>();
            u.detainees().all().forEach(d -> people.put(d.id(), d));
            List<Unvisited.Candidate> candidates = new ArrayList<>();
            for (OutcomeDao.Visited v : u.outcomes().visitingAsOf(asOf)) {
                Detainee d = people.get(v.detaineeId());
                if (d != null) {
                    candidates.add(new Unvisited.Candidate(d,
                            v.lastVisit() == null ? null : v.lastVisit().toLocalDate(),
                            v.nextVisit() == null ? null : v.nextVisit().toLocalDate(), v.openFollowUps()));
                }
            }
            List<UnvisitedListing> out = new ArrayList<>();
            int rank = 0;
            for (Unvisited.Candidate c : Unvisited.rank(candidates, asOf)) {
                Long days = c.daysSinceVisit(asOf).isPresent() ? c.daysSinceVisit(asOf).getAsLong() : null;
                out.add(new UnvisitedListing(++rank, c.person(), c.lastVisit(), days, c.nextVisit(),
                        c.openFollowUps()));
            }
            return out;
        });
    }

    /** The access report of the days: the Summary's figures and the rows of its other sheets. */
    public AccessReport report(DateRange days) {
        return records.read(u -> build(u, days));
    }

    private static AccessReport build(UnitOfWork u, DateRange days) {
        List<OutcomeDao.ReportRow> rows = u.outcomes().report(days.start(), days.end());
        Map<Long, String> facilities = new HashMap<>();
        for (Facility f : u.facilities().all()) {
            facilities.put(f.id(), f.name());
        }
        List<FollowUp> followUps = u.followUps().ofReport(days.start(), days.end(), days.first(), days.last());
        Set<Long> personIds = new TreeSet<>();
        rows.forEach(r -> {
            if (r.detaineeId() != null) {
                personIds.add(r.detaineeId());
            }
        });
        followUps.forEach(f -> personIds.add(f.detaineeId()));
        personIds.remove(0L);
        Map<Long, Detainee> people = new HashMap<>();
        if (!personIds.isEmpty()) {
            u.detainees().byIds(new ArrayList<>(personIds)).forEach(d -> people.put(d.id(), d));
        }
        // people are numbered in the order of their first visit of the range, whichever sheet shows them
        References refs = new References();
        rows.forEach(r -> refs.of(r.detaineeId() == null ? 0 : r.detaineeId()));

        int planned = 0;
        int noOutcome = 0;
        Map<OutcomeCode, Integer> byCode = new EnumMap<>(OutcomeCode.class);
        Map<DenialReason, Integer> byReason = new EnumMap<>(DenialReason.class);
        Set<Long> visited = new HashSet<>();
        List<Duration> waits = new ArrayList<>();
        List<OutcomeDao.ReportRow> denialRows = new ArrayList<>();
        List<OutcomeDao.ReportRow> waitRows = new ArrayList<>();
        Map<LocalDate, WeekTally> weeks = new TreeMap<>();
        Map<String, int[]> lockdownVisits = new LinkedHashMap<>();
        for (OutcomeDao.ReportRow r : rows) {
            if (r.status() == VisitStatus.CANCELLED) {
                continue;
            }
            planned++;
            LocalDate day = r.startsAt().toLocalDate();
            WeekTally week = weeks.computeIfAbsent(DateRange.mondayOf(day), k -> new WeekTally());
            if (r.code() == null) {
                noOutcome++;
                week.noOutcome++;
            } else {
                byCode.merge(r.code(), 1, Integer::sum);
                week.byOutcome.merge(r.code(), 1, Integer::sum);
            }
            if (r.code() == OutcomeCode.DENIED && r.denialReason() != null) {
                byReason.merge(r.denialReason(), 1, Integer::sum);
            }
            if (r.code() != null && r.code().refusedByFacility()) {
                denialRows.add(r);
            }
            if (r.code() == OutcomeCode.LOCKDOWN) {
                lockdownVisits.computeIfAbsent(day + "\t" + r.facilityId(), k -> new int[1])[0]++;
            }
            if (OutcomeCode.seenAt(r.code(), r.status()) && r.detaineeId() != null && r.detaineeId() != 0) {
                visited.add(r.detaineeId());
            }
            Optional<Duration> wait = wait(r);
            if (wait.isPresent()) {
                waits.add(wait.get());
                week.waits.add(wait.get());
                waitRows.add(r);
            }
        }
        List<AccessReport.LockdownRow> lockdowns = lockdowns(u, days, facilities, lockdownVisits);
        Set<LocalDate> lockdownDays = new TreeSet<>();
        lockdowns.forEach(l -> lockdownDays.add(l.day()));
        Duration longest = waits.stream().max(Duration::compareTo).orElse(null);
        AccessReport.Figures figures = new AccessReport.Figures(planned, count(byCode, OutcomeCode.HAPPENED),
                count(byCode, OutcomeCode.DENIED), count(byCode, OutcomeCode.NOT_BROUGHT_OUT),
                count(byCode, OutcomeCode.CUT_SHORT), count(byCode, OutcomeCode.LOCKDOWN),
                count(byCode, OutcomeCode.VISITOR_NO_SHOW), noOutcome, visited.size(), waits.size(),
                AccessReport.median(waits), longest, lockdownDays.size(), byReason);

        Map<Long, List<Long>> visitorsOf = visitorsOf(u, denialRows, waitRows);
        Map<Long, Visitor> visitors = new HashMap<>();
        Set<Long> visitorIds = new TreeSet<>();
        visitorsOf.values().forEach(visitorIds::addAll);
        followUps.forEach(f -> {
            if (f.ownerVisitorId() != null) {
                visitorIds.add(f.ownerVisitorId());
            }
        });
        if (!visitorIds.isEmpty()) {
            u.visitors().byIds(new ArrayList<>(visitorIds)).forEach(v -> visitors.put(v.id(), v));
        }
        List<AccessReport.VisitRow> denials = new ArrayList<>();
        for (OutcomeDao.ReportRow r : denialRows) {
            denials.add(visitRow(r, people, facilities, visitorsOf, visitors, refs));
        }
        List<AccessReport.VisitRow> waitList = new ArrayList<>();
        for (OutcomeDao.ReportRow r : waitRows) {
            waitList.add(visitRow(r, people, facilities, visitorsOf, visitors, refs));
        }
        Map<Long, LocalDate> visitDays = new HashMap<>();
        rows.forEach(r -> visitDays.put(r.visitId(), r.startsAt().toLocalDate()));
        List<AccessReport.FollowUpRow> followUpRows = new ArrayList<>();
        for (FollowUp f : followUps) {
            Detainee d = people.get(f.detaineeId());
            Visitor owner = f.ownerVisitorId() == null ? null : visitors.get(f.ownerVisitorId());
            LocalDate visitDay = f.visitId() == null ? null : visitDays.computeIfAbsent(f.visitId(),
                    id -> u.visits().byId(id).map(v -> v.day()).orElse(null));
            followUpRows.add(new AccessReport.FollowUpRow(f.id(), f.kind(), refs.of(f.detaineeId()), name(d),
                    aNumber(d), visitDay, owner == null ? "" : owner.fullName(), f.due(), f.status()));
        }
        List<AccessReport.Week> weekList = new ArrayList<>();
        weeks.forEach((monday, t) -> weekList.add(new AccessReport.Week(monday, t.byOutcome, t.noOutcome,
                AccessReport.median(t.waits))));
        return new AccessReport(days, figures, denials, waitList, followUpRows, lockdowns, weekList);
    }

    /** The days of the range a facility was closed, and the days visits met a lockdown, one row per day and place. */
    private static List<AccessReport.LockdownRow> lockdowns(UnitOfWork u, DateRange days, Map<Long, String> facilities,
            Map<String, int[]> lockdownVisits) {
        Map<String, AccessReport.LockdownRow> out = new TreeMap<>();
        for (OutcomeDao.Closure c : u.outcomes().closures(days.first(), days.last())) {
            LocalDate from = c.fromDate().isBefore(days.first()) ? days.first() : c.fromDate();
            LocalDate to = c.toDate().isAfter(days.last()) ? days.last() : c.toDate();
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                String key = d + "\t" + c.facilityId();
                int[] hit = lockdownVisits.remove(key);
                out.put(key, new AccessReport.LockdownRow(d, facilities.getOrDefault(c.facilityId(), ""), true,
                        c.reason(), hit == null ? 0 : hit[0]));
            }
        }
        lockdownVisits.forEach((key, hit) -> {
            String[] parts = key.split("\t");
            out.put(key, new AccessReport.LockdownRow(LocalDate.parse(parts[0]),
                    facilities.getOrDefault(Long.parseLong(parts[1]), ""), false, "", hit[0]));
        });
        return new ArrayList<>(out.values());
    }

    private static Map<Long, List<Long>> visitorsOf(UnitOfWork u, List<OutcomeDao.ReportRow> a,
            List<OutcomeDao.ReportRow> b) {
        Set<Long> ids = new TreeSet<>();
        a.forEach(r -> ids.add(r.visitId()));
        b.forEach(r -> ids.add(r.visitId()));
        Map<Long, List<Long>> out = new HashMap<>();
        if (!ids.isEmpty()) {
            u.visits().linksOf(new ArrayList<>(ids)).forEach(l -> out.computeIfAbsent(l.visitId(),
                    k -> new ArrayList<>()).add(l.visitorId()));
        }
        return out;
    }

    private static AccessReport.VisitRow visitRow(OutcomeDao.ReportRow r, Map<Long, Detainee> people,
            Map<Long, String> facilities, Map<Long, List<Long>> visitorsOf, Map<Long, Visitor> visitors,
            References refs) {
        Detainee d = r.detaineeId() == null ? null : people.get(r.detaineeId());
        List<String> names = new ArrayList<>();
        List<String> phones = new ArrayList<>();
        for (Long id : visitorsOf.getOrDefault(r.visitId(), List.of())) {
            Visitor v = visitors.get(id);
            if (v != null) {
                names.add(v.fullName());
                if (!v.phone().isBlank()) {
                    phones.add(v.phone());
                }
            }
        }
        return new AccessReport.VisitRow(r.visitId(), r.startsAt().toLocalDate(), r.startsAt().toLocalTime(),
                facilities.getOrDefault(r.facilityId(), ""), d == null ? "" : d.housingUnit(),
                refs.of(r.detaineeId() == null ? 0 : r.detaineeId()), name(d), aNumber(d), String.join(", ", names),
                String.join(", ", phones), r.code(), r.denialReason(), r.arrivedAt(), r.seenAt(), r.leftAt());
    }

    private static Optional<Duration> wait(OutcomeDao.ReportRow r) {
        return r.code() == null ? Optional.empty() : new Outcome(r.visitId(), r.code(), r.denialReason(),
                r.arrivedAt(), r.seenAt(), r.leftAt(), "").waitTime();
    }

    private static int count(Map<OutcomeCode, Integer> byCode, OutcomeCode code) {
        return byCode.getOrDefault(code, 0);
    }

    private static String name(Detainee d) {
        return d == null ? "" : d.fullName();
    }

    private static String aNumber(Detainee d) {
        return d == null || d.aNumber() == null ? "" : d.aNumber().display();
    }

    /** P-001, P-002... in order of first appearance; a person removed by clean-up has none. */
    private static final class References {
        private final Map<Long, String> byPerson = new HashMap<>();

        String of(long detaineeId) {
            if (detaineeId == 0) {
                return "";
            }
            return byPerson.computeIfAbsent(detaineeId, k -> String.format("P-%03d", byPerson.size() + 1));
        }
    }

    /** One week's counts for the chart. */
    private static final class WeekTally {
        final Map<OutcomeCode, Integer> byOutcome = new EnumMap<>(OutcomeCode.class);
        final List<Duration> waits = new ArrayList<>();
        int noOutcome;
    }
}
