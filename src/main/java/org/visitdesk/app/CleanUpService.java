package org.visitdesk.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.visitdesk.storage.CleanUpDao;
import org.visitdesk.storage.HistoryDao;
import org.visitdesk.storage.Transactions;
import org.visitdesk.storage.UnitOfWork;

/**
 * Removes people who were released, transferred or deported more than N days ago (a person whose leaving day is
 * not known is kept). Their visits stay as anonymous counts for the network's reports: the visit keeps its
 * facility, time, type, status and volunteers, and loses whom it was for, its notes and its override reason (the
 * personal fields); their outcomes stay without their notes, and their follow-ups stay as counts (kind, due day,
 * status) without whom they were for and their notes. The volunteers stay linked: they are the network's own people, not the person removed. The
 * history of the removed people and of their visits goes too (it holds their names). Nothing else is deleted.
 */
public final class CleanUpService {

    /** The setting that holds N. */
    public static final String DAYS_KEY = "cleanup.days";
    /** N unless set. */
    public static final int DEFAULT_DAYS = 90;

    private final Transactions records;
    private final Clock clock;

    CleanUpService(Transactions records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /** What a clean-up would remove (or did remove): how many people, how many of their visits made anonymous. */
    public record Summary(int days, LocalDate cutoff, int people, int visits) {
    }

    /** How many days after leaving people are removed. */
    public int days() {
        return records.read(u -> u.settings().get(DAYS_KEY)).map(v -> {
            try {
                int n = Integer.parseInt(v.strip());
                return n >= 0 ? n : DEFAULT_DAYS;
            } catch (NumberFormatException e) {
                return DEFAULT_DAYS;
            }
        }).orElse(DEFAULT_DAYS);
    }

    /** Sets how many days after leaving people are removed (0 or more). */
    public void setDays(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must be 0 or more");
        }
        records.write(u -> {
            u.settings().put(DAYS_KEY, Integer.toString(days));
            return null;
        });
    }

    /** How many people and visits a clean-up would touch now, changing nothing. */
    public Summary preview() {
        int days = days();
        return records.read(u -> summary(u, days));
    }

    /** Removes the people and makes their visits anonymous, all in one transaction; returns what it did. */
    public Summary run() {
        int days = days();
        return records.write(u -> {
            Summary s = summary(u, days);
            CleanUpDao dao = u.cleanUp();
            List<Long> people = dao.leftBefore(s.cutoff());
            if (people.isEmpty()) {
                return s;
            }
            List<Long> visits = dao.visitsOf(people);
            HistoryDao history = u.history();
            history.deleteOf(RecordType.DETAINEE.name(), people);
            if (!visits.isEmpty()) {
                history.deleteOf(RecordType.VISIT.name(), visits);
            }
            dao.clearOutcomeNotesOf(people);
            dao.anonymizeFollowUpsOf(people);
            dao.anonymizeVisitsOf(people);
            dao.deleteDetainees(people);
            return s;
        });
    }

    private Summary summary(UnitOfWork u, int days) {
        LocalDate cutoff = LocalDate.now(clock).minusDays(days);
        CleanUpDao dao = u.cleanUp();
        List<Long> people = dao.leftBefore(cutoff);
        int visits = people.isEmpty() ? 0 : dao.visitsOf(people).size();
        return new Summary(days, cutoff, people.size(), visits);
    }
}
