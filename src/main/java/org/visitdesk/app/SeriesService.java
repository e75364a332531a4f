package org.visitdesk.app;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.visitdesk.domain.FieldError;
import org.visitdesk.domain.Repeat;
import org.visitdesk.domain.Visit;
import org.visitdesk.storage.SeriesDao;
import org.visitdesk.storage.Transactions;
import org.visitdesk.storage.UnitOfWork;

/**
 * Visits that repeat: the occurrences a rule would make, each with its conflicts, saved together as single visits
 * that share a series; and "this and the following" of a series moved or cancelled. Every visit goes through the
 * same rules as one planned alone ({@link ScheduleService#plan}), and every change is one transaction.
 */
public final class SeriesService {

    private final Transactions records;
    private final ScheduleService schedule;
    private final VisitService visits;
    private final Clock clock;

    SeriesService(Transactions records, ScheduleService schedule, VisitService visits, Clock clock) {
        this.records = records;
        this.schedule = schedule;
        this.visits = visits;
        this.clock = clock;
    }

    /**
     * One visit a series would make, with the conflicts it would have and whether its time has passed.
     */
    public record Occurrence(Visit visit, List<ConflictNotice> conflicts, boolean past) {
        public Occurrence {
            conflicts = List.copyOf(conflicts);
        }

        /** True when it breaks a rule that blocks or has passed: left out unless someone decides otherwise. */
        public boolean needsDecision() {
            return past || conflicts.stream().anyMatch(ConflictNotice::isError);
        }
    }

    /** What a series would be: its occurrences, or what is wrong with the visit or the rule (then none). */
    public record Preview(List<Occurrence> occurrences, List<FieldError> errors) {
        public Preview {
            occurrences = List.copyOf(occurrences);
            errors = List.copyOf(errors);
        }
    }

    /**
     * What saving, moving or cancelling visits of a series did: all of them, or none (then the changes say why:
     * each visit's own answer, those that needed a decision or were refused among them).
     */
    public record SeriesChange(VisitChange.Kind kind, List<VisitChange> changes, List<FieldError> errors) {
        public SeriesChange {
            changes = List.copyOf(changes);
            errors = List.copyOf(errors);
        }

        /** True when the visits were saved. */
        public boolean isSaved() {
            return kind != VisitChange.Kind.NEEDS_DECISION && kind != VisitChange.Kind.REFUSED
                    && kind != VisitChange.Kind.CHANGED_MEANWHILE;
        }

        /** The visits as saved, in order; empty unless saved. */
        public List<Visit> saved() {
            return isSaved() ? changes.stream().map(VisitChange::saved).toList() : List.of();
        }

        /** The changes that kept it from being saved. */
        public List<VisitChange> blocking() {
            return changes.stream().filter(c -> !c.isSaved()).toList();
        }

        /**
         * The change as one visit's: the first visit's (the one in hand) when saved, with the conflicts of all
         * and every visit affected; when not saved, the conflicts of the visits that kept it from being saved.
         */
        public VisitChange asOne() {
            VisitChange first = changes.isEmpty() ? null : changes.get(0);
            Visit before = first == null ? null : first.before();
            Visit proposed = first == null ? null : first.proposed();
            List<ConflictNotice> conflicts = new ArrayList<>();
            if (!isSaved()) {
                blocking().forEach(c -> conflicts.addAll(c.conflicts()));
                return new VisitChange(kind, before, proposed, null, conflicts, errors, Set.of(),
                        first == null ? null : first.otherChange());
            }
            Set<Long> affected = new HashSet<>();
            for (VisitChange c : changes) {
                conflicts.addAll(c.conflicts());
                affected.addAll(c.affected());
            }
            return new VisitChange(kind, before, proposed, first.saved(), conflicts, List.of(), affected);
        }
    }

    /** The visits of a series as one visit sees them: how many there are from it on, itself included. */
    public record Membership(long seriesId, int fromThisOn, int all) {
        /** True when other planned visits of the series follow this one. */
        public boolean hasFollowing() {
            return fromThisOn > 1;
        }
    }

    /**
     * The visits a rule makes from a first visit (its day is the first day, its times each day's), each checked
     * as it would be planned alone. Reads only.
     */
    public Preview preview(Visit first, Repeat rule) {
        List<FieldError> errors = new ArrayList<>(first.problems());
        LocalDate day = first.start() == null ? null : first.start().toLocalDate();
        errors.addAll(rule.problems(day));
        if (!errors.isEmpty() || day == null) {
            return new Preview(List.of(), errors);
        }
        List<Visit> each = occurrences(first, rule);
        return records.read(u -> {
            List<Occurrence> out = new ArrayList<>(each.size());
            LocalDateTime now = LocalDateTime.now(clock);
            for (Visit v : each) {
                boolean past = v.status().isPlanned() && v.start().isBefore(now);
                out.add(new Occurrence(v, schedule.noticesIn(u, v), past));
            }
            return new Preview(out, List.of());
        });
    }

    /** The visits of a rule: the first one's fields on each day, at its times. */
    static List<Visit> occurrences(Visit first, Repeat rule) {
        List<Visit> out = new ArrayList<>();
        for (LocalDate d : rule.dates(first.start().toLocalDate())) {
            out.add(first.withId(0).withTime(d.atTime(first.start().toLocalTime()), d.atTime(first.end().toLocalTime())));
        }
        return out;
    }

    /**
     * Saves the chosen occurrences of a rule as a new series, all in one transaction: each is planned as
     * {@link ScheduleService#plan} plans one visit, and when any of them breaks a rule that blocks (or has passed)
     * and no reason is given, or is refused, nothing is saved. The reason is kept only on those that need it.
     */
    public SeriesChange save(Repeat rule, List<Visit> chosen, String overrideReason) {
        if (chosen.isEmpty()) {
            return new SeriesChange(VisitChange.Kind.REFUSED, List.of(),
                    List.of(new FieldError("", "error.series.noneChosen")));
        }
        // the chosen visits may leave out the rule's first day (a time that has passed): the rule was checked
        // against that day by the preview; here each chosen one must only be within it
        List<FieldError> wrong = new ArrayList<>(rule.problems(null));
        if (chosen.size() > Repeat.MAX_OCCURRENCES || rule.until() != null && chosen.stream()
                .anyMatch(v -> v.start() == null || v.start().toLocalDate().isAfter(rule.until()))) {
            wrong.add(new FieldError("until", "error.repeat.tooMany", List.of(Repeat.MAX_OCCURRENCES)));
        }
        if (!wrong.isEmpty()) {
            return new SeriesChange(VisitChange.Kind.REFUSED, List.of(), wrong);
        }
        try {
            return records.write(u -> {
                long series = u.series().insert(rule, LocalDateTime.now(clock));
                List<VisitChange> changes = new ArrayList<>();
                for (Visit v : chosen) {
                    VisitChange c = schedule.planIn(u, v.withId(0), overrideReason);
                    changes.add(c);
                    if (c.isSaved()) {
                        u.series().join(c.saved().id(), series);
                    }
                }
                return settled(changes);
            });
        } catch (Undone undone) {
            return undone.change;
        }
    }

    /** Which series a visit is in, and how many of its planned visits start with it or after it. */
    public Optional<Membership> membership(long visitId) {
        return records.read(u -> {
            Optional<Long> series = u.series().seriesOf(visitId);
            Optional<Visit> v = u.visits().byId(visitId);
            if (series.isEmpty() || v.isEmpty()) {
                return Optional.empty();
            }
            int from = following(u, series.get(), v.get()).size();
            return Optional.of(new Membership(series.get(), from, u.series().visitsOf(series.get()).size()));
        });
    }

    /** Those of the visits that are in a series: what a person's leaving would cancel of their weekly visits. */
    public int countInSeries(List<Long> visitIds) {
        return visitIds.isEmpty() ? 0 : records.read(u -> u.series().inSomeSeries(visitIds).size());
    }

    /**
     * Moves a visit and the planned visits of its series that follow it by the same shift, with the new length:
     * each through the rules, all in one transaction, all or none (as {@link #save}). A visit in no series moves
     * alone.
     */
    public SeriesChange moveFollowing(long visitId, LocalDateTime start, LocalDateTime end, String overrideReason) {
        return editFollowing(visitId, v -> v.withTime(start, end), overrideReason, null);
    }

    /**
     * Moves like {@link #moveFollowing(long, LocalDateTime, LocalDateTime, String)} the visit a calendar shows, at
     * the version it showed: when someone else saved it since, nothing moves ({@link VisitChange.Kind#CHANGED_MEANWHILE});
     * {@code overwriting} (or null) is the change a move refused so goes over on purpose.
     */
    public SeriesChange moveFollowing(long visitId, int shownVersion, LocalDateTime start, LocalDateTime end,
            String overrideReason, OtherChange overwriting) {
        return editFollowing(visitId, v -> v.withVersion(shownVersion).withTime(start, end), overrideReason,
                overwriting);
    }

    /**
     * Saves an edited visit of a series (its time, and anything else, as edited) and moves the planned visits of
     * the series that follow it by the same shift of its start, with its new length; all or none, as
     * {@link #moveFollowing}.
     */
    public SeriesChange editFollowing(Visit edited, String overrideReason) {
        return editFollowing(edited.id(), v -> edited, overrideReason, null);
    }

    /** Saves like {@link #editFollowing(Visit, String)}, over the other coordinator's change it was refused for. */
    public SeriesChange editFollowing(Visit edited, String overrideReason, OtherChange overwriting) {
        return editFollowing(edited.id(), v -> edited, overrideReason, overwriting);
    }

    /** The visit edited must still be at the version it was opened with; the ones following are read as they are. */
    private SeriesChange editFollowing(long visitId, UnaryOperator<Visit> edit, String overrideReason,
            OtherChange overwriting) {
        try {
            return records.write(u -> {
                Optional<Visit> now = u.visits().byId(visitId);
                if (now.isEmpty() || now.get().detaineeId() == 0) {
                    return new SeriesChange(VisitChange.Kind.REFUSED, List.of(),
                            List.of(new FieldError("", "error.record.gone")));
                }
                Visit first = now.get();
                Visit edited = edit.apply(first);
                OtherChange other = VisitService.changeSince(u, first, edited.version());
                if (other != null) {
                    VisitChange refused = VisitChange.changedMeanwhile(first, edited, other);
                    return new SeriesChange(refused.kind(), List.of(refused), refused.errors());
                }
                if (!edited.problems().isEmpty()) {
                    return settled(List.of(schedule.planIn(u, edited, overrideReason)));
                }
                Duration shift = Duration.between(first.start(), edited.start());
                Duration length = Duration.between(edited.start(), edited.end());
                List<Visit> those = u.series().seriesOf(visitId).map(s -> following(u, s, first))
                        .orElse(List.of(first));
                List<Visit> moved = new ArrayList<>();
                moved.add(edited);
                for (Visit v : those.subList(1, those.size())) {
                    LocalDateTime from = v.start().plus(shift);
                    moved.add(v.withTime(from, from.plus(length)));
                }
                // each is checked against the others where they are at that moment: moved later, the last goes
                // first, so that no visit lands on the old time of the next one (a week later is its next one's
                // time), which would be a double booking that never exists
                boolean later = !shift.isNegative() && !shift.isZero();
                VisitChange[] changes = new VisitChange[moved.size()];
                for (int k = 0; k < moved.size(); k++) {
                    int i = later ? moved.size() - 1 - k : k;
                    changes[i] = schedule.planIn(u, moved.get(i), overrideReason, i == 0 ? overwriting : null);
                }
                return settled(List.of(changes));
            });
        } catch (Undone undone) {
            return undone.change;
        }
    }

    /**
     * Cancels a visit and the planned visits of its series that follow it, in one transaction; they stay in the
     * records. Gives how many were cancelled (0 when the visit is gone).
     */
    public int cancelFollowing(long visitId) {
        return records.write(u -> {
            Optional<Visit> now = u.visits().byId(visitId);
            if (now.isEmpty() || now.get().detaineeId() == 0) {
                return 0;
            }
            List<Visit> those = u.series().seriesOf(visitId).map(s -> following(u, s, now.get()))
                    .orElse(List.of(now.get()));
            int n = 0;
            for (Visit v : those) {
                if (visits.cancelIn(u, v.id())) {
                    n++;
                }
            }
            return n;
        });
    }

    /** The visit and the planned visits of its series that start after it, by start time. */
    private static List<Visit> following(UnitOfWork u, long series, Visit first) {
        SeriesDao dao = u.series();
        List<Visit> out = new ArrayList<>();
        out.add(first);
        for (Long id : dao.visitsFrom(series, first.start())) {
            if (id != first.id()) {
                u.visits().byId(id).filter(v -> v.status().isPlanned()).ifPresent(out::add);
            }
        }
        return out;
    }

    /** All saved, or the transaction is rolled back with what kept it from being saved. */
    private static SeriesChange settled(List<VisitChange> changes) {
        boolean refused = changes.stream().anyMatch(c -> c.kind() == VisitChange.Kind.REFUSED
                || c.kind() == VisitChange.Kind.CHANGED_MEANWHILE);
        boolean undecided = changes.stream().anyMatch(c -> c.kind() == VisitChange.Kind.NEEDS_DECISION);
        if (refused || undecided) {
            List<FieldError> errors = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            changes.stream().flatMap(c -> c.errors().stream()).filter(e -> seen.add(e.messageKey()))
                    .forEach(errors::add);
            throw new Undone(new SeriesChange(refused ? VisitChange.Kind.REFUSED : VisitChange.Kind.NEEDS_DECISION,
                    changes, errors));
        }
        VisitChange.Kind kind = VisitChange.Kind.SAVED;
        for (VisitChange c : changes) {
            if (c.kind() == VisitChange.Kind.SAVED_DESPITE_ERRORS) {
                kind = c.kind();
            } else if (c.kind() == VisitChange.Kind.SAVED_WITH_WARNINGS && kind == VisitChange.Kind.SAVED) {
                kind = c.kind();
            }
        }
        return new SeriesChange(kind, changes, List.of());
    }

    /** Thrown to roll back a series of which some visit could not be saved: all or none. */
    private static final class Undone extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient SeriesChange change;

        Undone(SeriesChange change) {
            super(null, null, false, false);
            this.change = change;
        }
    }
}
