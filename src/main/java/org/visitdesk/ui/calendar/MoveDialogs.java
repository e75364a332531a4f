package org.visitdesk.ui.calendar;

import java.util.List;
import java.util.Optional;
import org.visitdesk.app.ConflictNotice;
import org.visitdesk.app.Messages;
import org.visitdesk.app.VisitChange;
import org.visitdesk.app.VisitListing;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.visitdesk.ui.Dialogs;

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
        dialogs.warn(Messages.get("calendar.moved"), Messages.get("calendar.movedWithWarnings"), lines(warnings));
    }

    @Override
    public void notMoved(VisitListing visit, VisitChange change) {
        StringBuilder why = new StringBuilder();
        change.errors().forEach(e -> why.append(Messages.get(e.messageKey())).append('\n'));
        why.append(lines(change.errorConflicts()));
        dialogs.error(Messages.get("calendar.moveNotSaved"), why.toString().strip());
    }

    @Override
    public Optional<CalendarViewModel.Scope> scopeOfMove(VisitListing visit, int following) {
        return askScope(dialogs, Messages.get("calendar.series.move", following), Messages.get("calendar.keepOldTime"));
    }

    /**
     * Only this visit of a series, or it and the {@code following} visits after it too, or neither (empty); only
     * this visit is the default, so that Enter never changes more than the one in hand.
     */
    static Optional<CalendarViewModel.Scope> askScope(Dialogs dialogs, String header, String neither) {
        Label text = Dialogs.wrapped(Messages.get("calendar.series.text"), 460);
        Dialog<CalendarViewModel.Scope> d = dialogs.frame(Messages.get("calendar.series.title"), header,
                new VBox(text));
        d.getDialogPane().setId("series-scope");
        ButtonType only = new ButtonType(Messages.get("calendar.series.onlyThis"), ButtonBar.ButtonData.OK_DONE);
        ButtonType following = new ButtonType(Messages.get("calendar.series.following"), ButtonBar.ButtonData.OTHER);
        ButtonType none = new ButtonType(neither, ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialogs.button(d, only, "series-only-this").setDefaultButton(true);
        Dialogs.button(d, following, "series-following");
        Dialogs.button(d, none, "series-neither");
        d.setResultConverter(b -> b == only ? CalendarViewModel.Scope.ONLY_THIS
                : b == following ? CalendarViewModel.Scope.THIS_AND_FOLLOWING : null);
        return d.showAndWait();
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
