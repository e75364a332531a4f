package org.visitdesk.ui.calendar;

import java.util.List;
import java.util.Optional;
import org.visitdesk.app.ConflictNotice;
import org.visitdesk.app.Messages;
import org.visitdesk.app.VisitChange;
import org.visitdesk.app.VisitListing;
import org.visitdesk.ui.ChangedMeanwhile;
import org.visitdesk.ui.Dialogs;
import org.visitdesk.ui.visits.SeriesQuestion;

/** The calendar's questions about a drag, asked with the window's dialogs. */
final class MoveDialogs implements CalendarViewModel.MovePrompt {

    private final Dialogs dialogs;

    MoveDialogs(Dialogs dialogs) {
        this.dialogs = dialogs;
    }

    /** "Keep the old time" (nothing saved, the default) or "Move anyway" with a reason. */
    @Override
    public Optional<String> reasonToMoveAnyway(VisitListing visit, VisitChange change) {
        String breaks = Messages.get(change.errorConflicts().isEmpty() ? "calendar.moveToPast"
                : "calendar.moveBreaksRules");
        StringBuilder why = new StringBuilder();
        change.errors().forEach(e -> why.append("\u2716 ").append(Messages.get(e.messageKey())).append('\n'));
        why.append(lines(change.conflicts()));
        return dialogs.askReason(Dialogs.Question.of(breaks, why.toString().strip(),
                Messages.get("calendar.moveAnyway"))
                .titled(breaks).orElse(Messages.get("calendar.keepOldTime")),
                Messages.get("calendar.reasonLabel"), Messages.get("calendar.reasonPrompt"),
                new Dialogs.ReasonIds("move-breaks", "move-reason", "move-anyway", "keep-old-time"));
    }

    @Override
    public void movedWithWarnings(VisitListing visit, List<ConflictNotice> warnings) {
        // the visitors to tell go into the same notice: one window after a drag, not two
        dialogs.warn(Messages.get("calendar.moved"), Messages.get("calendar.movedWithWarnings"), lines(warnings)
                + (VisitorsToTell.any(visit) ? "\n\n" + VisitorsToTell.text(visit) : ""));
    }

    /** Whom to tell of the new time. */
    @Override
    public void moved(VisitListing visit, VisitChange change) {
        if (VisitorsToTell.any(visit) && change.saved() != null) {
            dialogs.inform(Messages.get("calendar.moved"), VisitorsToTell.movedHeader(visit, change.saved().start()),
                    VisitorsToTell.text(visit));
        }
    }

    @Override
    public void notMoved(VisitListing visit, VisitChange change) {
        StringBuilder why = new StringBuilder();
        change.errors().forEach(e -> why.append(Messages.get(e.messageKey())).append('\n'));
        why.append(lines(change.errorConflicts()));
        dialogs.error(Messages.get("calendar.moveNotSaved"), why.toString().strip());
    }

    /** Who moved or changed it meanwhile, and when: reload, or move it over their change. */
    @Override
    public Optional<ChangedMeanwhile.Choice> changedMeanwhile(VisitListing visit, VisitChange change) {
        return dialogs.changedMeanwhile(change.otherChange(), ChangedMeanwhile.Kind.MOVE);
    }

    @Override
    public Optional<CalendarViewModel.Scope> scopeOfMove(VisitListing visit, int following) {
        return askScope(dialogs, Messages.get("calendar.series.move", following), Messages.get("calendar.keepOldTime"));
    }

    /** Only this visit of a series, or it and the visits after it too, or neither (empty). */
    static Optional<CalendarViewModel.Scope> askScope(Dialogs dialogs, String header, String neither) {
        return SeriesQuestion.following(dialogs, header, neither).map(f -> f
                ? CalendarViewModel.Scope.THIS_AND_FOLLOWING : CalendarViewModel.Scope.ONLY_THIS);
    }

    /** The conflicts, one a line, each marked as error or warning. */
    static String lines(List<ConflictNotice> conflicts) {
        StringBuilder sb = new StringBuilder();
        for (ConflictNotice n : conflicts) {
            sb.append(n.isError() ? "\u2716 " : "\u26A0 ").append(Messages.get(n.message())).append('\n');
        }
        return sb.toString().strip();
    }
}
