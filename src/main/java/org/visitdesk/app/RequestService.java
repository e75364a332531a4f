package org.visitdesk.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.DetaineeStatus;
import org.visitdesk.domain.Facility;
import org.visitdesk.domain.FieldError;
import org.visitdesk.domain.LanguageGap;
import org.visitdesk.domain.Request;
import org.visitdesk.domain.RequestMatch;
import org.visitdesk.domain.RequestStatus;
import org.visitdesk.domain.Visitor;
import org.visitdesk.storage.DetaineeDao;
import org.visitdesk.storage.RequestDao;
import org.visitdesk.storage.Transactions;
import org.visitdesk.storage.UnitOfWork;

/**
 * Requests and the waiting list: saving a request matches it to its person (by A-number, else by exact names and
 * country of birth, else a new person when the A-number and names are known), the list follows each person's visits
 * (a planned visit schedules the request, one that happened closes it), and the language gap says whom to recruit.
 */
public final class RequestService {

    /** Urgent first, then the longest waiting, then the oldest. */
    static final Comparator<RequestListing> ORDER = Comparator
            .comparing((RequestListing l) -> l.request().urgency())
            .thenComparing(Comparator.comparingLong(RequestListing::daysWaiting).reversed())
            .thenComparing(l -> l.request().received())
            .thenComparingLong(l -> l.request().id());

    /** Who changed a request and when: not known, requests keep no history. */
    private static final OtherChange UNKNOWN = new OtherChange("", null);

    private final Transactions records;
    private final Clock clock;
    private final HistoryLog history;

    RequestService(Transactions records, Clock clock, HistoryLog history) {
        this.records = records;
        this.clock = clock;
        this.history = history;
    }

    /**
     * The waiting list (new and matched requests), urgent first, then the longest waiting; with {@code all}, the
     * scheduled and closed ones too, in the same order. Requests first catch up with their people's visits.
     */
    public List<RequestListing> list(boolean all) {
        return records.write(u -> {
            Map<Long, RequestMatch.Kind> kinds = catchUp(u, LocalDate.now(clock));
            return listings(u, all ? u.requests().all() : u.requests().waiting(), kinds);
        });
    }

    /** One request. */
    public Optional<Request> byId(long id) {
        return records.read(u -> u.requests().byId(id));
    }

    /** A person's requests, the latest first. */
    public List<Request> ofDetainee(long detaineeId) {
        return records.read(u -> u.requests().ofDetainee(detaineeId));
    }

    /**
     * Validates, matches and saves a request (new when its id is 0). A request naming nobody is refused; one for a
     * person already released is saved and flagged in the list. Nothing is saved when any field is wrong, or when
     * someone else saved the request after the version {@code r} carries ({@link SaveResult#changedMeanwhile()}; who
     * and when are not known: requests keep no history). Saving over that change is saving {@code r} at the version
     * of the refusal's current request.
     */
    public SaveResult<Request> save(Request r) {
        List<FieldError> errors = r.problems(LocalDate.now(clock));
        if (!errors.isEmpty()) {
            return SaveResult.failed(errors);
        }
        return records.write(u -> saveIn(u, r));
    }

    /** Closes a request by hand (withdrawn, or no longer needed). False when it is gone. */
    public boolean close(long id) {
        return records.write(u -> {
            Optional<Request> r = u.requests().byId(id);
            return r.isPresent() && u.requests().update(r.get().withStatus(RequestStatus.CLOSED, LocalDate.now(clock)));
        });
    }

    /**
     * Opens a closed request again (closed by mistake): it waits again, or is scheduled when its person has a visit
     * planned. A visit that took place since it came closes it again at once: that person's next visit is a new
     * request. Gives where it stands now; empty when it is gone.
     */
    public Optional<RequestStatus> reopen(long id) {
        return records.write(u -> {
            Optional<Request> r = u.requests().byId(id);
            if (r.isEmpty()) {
                return Optional.empty();
            }
            Request open = r.get().withStatus(r.get().detaineeId() == null ? RequestStatus.NEW
                    : RequestStatus.MATCHED, null);
            if (open.detaineeId() != null) {
                open = open.followingVisits(u.requests().hasPlannedVisitFrom(open.detaineeId(), open.received()),
                        u.requests().hasVisitThatHappenedFrom(open.detaineeId(), open.received()),
                        LocalDate.now(clock));
            }
            u.requests().update(open);
            return Optional.of(open.status());
        });
    }

    /** Deletes a request (typed by mistake), whatever its version. */
    public void delete(long id) {
        records.write(u -> u.requests().delete(id));
    }

    /**
     * Deletes a request as it was shown, at {@code shown}'s version: nothing is deleted when it is gone, or when
     * someone else saved it since (who and when are not known: requests keep no history).
     */
    public DeleteResult<Request> delete(Request shown) {
        return records.write(u -> {
            Optional<Request> now = u.requests().byId(shown.id());
            if (now.isEmpty()) {
                return DeleteResult.gone();
            }
            if (u.requests().deleteAt(shown.id(), shown.version()) != 1) {
                return DeleteResult.changedMeanwhile(now.get(), UNKNOWN);
            }
            return DeleteResult.deleted();
        });
    }

    /**
     * Languages of the people waiting (each person once, with the languages of their requests, else their own) that
     * no cleared volunteer speaks, with how many wait: the most first.
     */
    public List<LanguageGap> languageGap() {
        return records.write(u -> {
            Map<Long, RequestMatch.Kind> kinds = catchUp(u, LocalDate.now(clock));
            Map<String, List<String>> people = new LinkedHashMap<>();
            for (RequestListing l : listings(u, u.requests().waiting(), kinds)) {
                List<String> languages = !l.request().languages().isEmpty() || l.person() == null
                        ? l.request().languages() : l.person().languages();
                people.merge(RequestMatch.personKey(l.request()), languages, (a, b) -> a.isEmpty() ? b : a);
            }
            List<List<String>> cleared = u.visitors().all().stream().filter(Visitor::isCleared)
                    .map(Visitor::languages).toList();
            return LanguageGap.of(new ArrayList<>(people.values()), cleared);
        });
    }

    /** Saves a request in a unit of work, matched to its person: the import calls it for each row. */
    SaveResult<Request> saveIn(UnitOfWork u, Request r) {
        RequestMatch m = match(u, r);
        Long person = m.found() ? Long.valueOf(m.person().id()) : createPerson(u, r).orElse(null);
        Request matched = r.matchedTo(person);
        if (person != null) {
            LocalDate since = matched.received();
            matched = matched.followingVisits(u.requests().hasPlannedVisitFrom(person, since),
                    u.requests().hasVisitThatHappenedFrom(person, since), LocalDate.now(clock));
        }
        RequestDao dao = u.requests();
        if (matched.id() == 0) {
            return SaveResult.ok(dao.insert(matched));
        }
        Optional<Request> before = dao.byId(matched.id());
        if (before.isEmpty()) {
            return SaveResult.failed(List.of(new FieldError("", "error.record.gone")));
        }
        if (!dao.update(matched)) {
            return SaveResult.changedMeanwhile(before.get(), UNKNOWN);
        }
        return SaveResult.ok(matched.withVersion(matched.version() + 1));
    }

    private static RequestMatch match(UnitOfWork u, Request r) {
        DetaineeDao people = u.detainees();
        List<Detainee> candidates = r.aNumber() != null
                ? people.byANumber(r.aNumber().value()).map(List::of).orElse(List.of())
                : r.familyName().isEmpty() ? List.of() : people.search(r.familyName(), 500);
        return RequestMatch.of(r, candidates);
    }

    /** A new person when the request knows enough to be one (A-number and both names); else it waits unmatched. */
    private Optional<Long> createPerson(UnitOfWork u, Request r) {
        if (r.aNumber() == null || r.familyName().isEmpty() || r.givenName().isEmpty()) {
            return Optional.empty();
        }
        List<Facility> facilities = u.facilities().all();
        Long facility = facilities.size() == 1 ? facilities.get(0).id() : null;
        Detainee d = new Detainee(0, r.aNumber(), r.familyName(), r.givenName(), null, r.countryOfBirth(),
                r.languages(), "", facility, "", DetaineeStatus.DETAINED, null, "");
        if (!d.problems(LocalDate.now(clock)).isEmpty()) {
            return Optional.empty();
        }
        Detainee saved = u.detainees().insert(d);
        history.write(u, RecordType.DETAINEE, saved.id(), null, saved,
                ChangeDiff.of(null, saved, HistoryLog.names(u)), "");
        return Optional.of(saved.id());
    }

    /**
     * Brings the requests up to date: unmatched ones are matched to people added since (never creating one here),
     * and the matched ones follow their people's visits. Gives how each unmatched request stands.
     */
    private Map<Long, RequestMatch.Kind> catchUp(UnitOfWork u, LocalDate today) {
        Map<Long, RequestMatch.Kind> kinds = new HashMap<>();
        RequestDao dao = u.requests();
        for (Request r : dao.waiting()) {
            if (r.detaineeId() == null) {
                RequestMatch m = match(u, r);
                kinds.put(r.id(), m.kind());
                if (m.found()) {
                    dao.update(r.matchedTo(m.person().id()));
                }
            }
        }
        for (Request r : dao.open()) {
            LocalDate since = r.received();
            Request now = r.followingVisits(dao.hasPlannedVisitFrom(r.detaineeId(), since),
                    dao.hasVisitThatHappenedFrom(r.detaineeId(), since), today);
            if (!now.equals(r)) {
                dao.update(now);
            }
        }
        return kinds;
    }

    private List<RequestListing> listings(UnitOfWork u, List<Request> requests, Map<Long, RequestMatch.Kind> kinds) {
        List<Long> ids = requests.stream().map(Request::detaineeId).filter(d -> d != null).distinct().toList();
        Map<Long, Detainee> people = new HashMap<>();
        if (!ids.isEmpty()) {
            u.detainees().byIds(ids).forEach(d -> people.put(d.id(), d));
        }
        Map<String, Integer> perPerson = new HashMap<>();
        for (Request r : u.requests().all()) {
            perPerson.merge(RequestMatch.personKey(r), 1, Integer::sum);
        }
        LocalDate today = LocalDate.now(clock);
        List<RequestListing> out = new ArrayList<>();
        for (Request r : requests) {
            Detainee person = r.detaineeId() == null ? null : people.get(r.detaineeId());
            RequestMatch.Kind kind = person != null
                    ? (r.aNumber() != null ? RequestMatch.Kind.BY_A_NUMBER : RequestMatch.Kind.BY_NAME)
                    : kinds.getOrDefault(r.id(), RequestMatch.Kind.NEW_PERSON);
            out.add(new RequestListing(r, person, kind, person != null && person.status().hasLeft(),
                    r.daysWaiting(today), perPerson.getOrDefault(RequestMatch.personKey(r), 1)));
        }
        out.sort(ORDER);
        return out;
    }
}
