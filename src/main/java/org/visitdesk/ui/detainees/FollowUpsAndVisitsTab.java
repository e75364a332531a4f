package org.visitdesk.ui.detainees;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.visitdesk.app.FollowUpListing;
import org.visitdesk.app.Messages;
import org.visitdesk.app.OutcomeService.PastVisit;
import org.visitdesk.domain.Outcome;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.ui.Columns;
import org.visitdesk.ui.Dates;
import org.visitdesk.ui.PageContext;
import org.visitdesk.ui.followups.FollowUpsPage;
import org.visitdesk.ui.followups.FollowUpsViewModel;

/**
 * A tab of a person's dialog: their open follow-ups (the overdue in colour) and their last visits with what
 * happened, read in the background when the dialog opens.
 */
final class FollowUpsAndVisitsTab {

    /** How many of the latest visits show. */
    static final int LAST_VISITS = 5;

    private record Read(List<FollowUpListing> followUps, List<PastVisit> visits) {
    }

    private FollowUpsAndVisitsTab() {
    }

    static Tab of(PageContext ctx, long detaineeId) {
        ListView<FollowUpListing> followUps = list("person-followups", FollowUpsViewModel::describe,
                FollowUpListing::overdue);
        ListView<PastVisit> visits = list("person-visits", FollowUpsAndVisitsTab::describe, v -> false);
        followUps.setPrefHeight(150);
        visits.setPrefHeight(200);
        Label openTitle = title("person.openFollowUps");
        Label visitsTitle = title("person.lastVisits");
        VBox box = new VBox(6, openTitle, followUps, visitsTitle, visits);
        VBox.setVgrow(followUps, Priority.ALWAYS);
        VBox.setVgrow(visits, Priority.ALWAYS);
        box.setPrefWidth(560);
        box.setPadding(new Insets(8, 0, 0, 0));
        Tab tab = new Tab(Messages.get("person.afterTab"), box);
        tab.setId("tab-after");
        ctx.background().run(() -> new Read(ctx.workspace().followUps().openOf(detaineeId),
                ctx.workspace().outcomes().lastVisits(detaineeId, LAST_VISITS)), (Read r) -> {
                    followUps.setPlaceholder(new Label(Messages.get("person.noFollowUps")));
                    visits.setPlaceholder(new Label(Messages.get("person.noVisits")));
                    followUps.getItems().setAll(r.followUps());
                    visits.getItems().setAll(r.visits());
                    openTitle.setText(Messages.get("person.openFollowUps.count", r.followUps().size()));
                });
        return tab;
    }

    private static Label title(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add(Styles.TEXT_BOLD);
        return l;
    }

    private static <T> ListView<T> list(String id, Function<T, String> text, Predicate<T> late) {
        ListView<T> list = new ListView<>();
        list.setId(id);
        list.setPlaceholder(new Label(Messages.get("history.loading")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove(FollowUpsPage.OVERDUE);
                if (!empty && item != null && late.test(item)) {
                    getStyleClass().add(FollowUpsPage.OVERDUE);
                }
                // wrapped at the list's width: a long note never makes the list scroll sideways
                Columns.wrapText(this, empty || item == null ? null : text.apply(item));
                setPrefWidth(0);
            }
        });
        return list;
    }

    /** "Sat 28 Nov 2026 07:00  ·  Denied (Dress code)  ·  the visitors". */
    static String describe(PastVisit p) {
        Outcome o = p.outcome();
        VisitStatus status = p.listing().visit().status();
        boolean planned = status == VisitStatus.REQUESTED || status == VisitStatus.SCHEDULED
                || status == VisitStatus.CONFIRMED;
        // a visit marked completed or cancelled by hand says so; one still planned waits for its report
        String what = o == null ? planned ? Messages.get("person.noReport") : Messages.of("status.visit", status)
                : o.denialReason() == null ? Messages.of("outcome", o.code())
                : Messages.of("outcome", o.code()) + " (" + Messages.of("denialReason", o.denialReason()) + ")";
        String when = Dates.showDay(p.listing().visit().day()) + " " + Dates.show(p.listing().visit().start()
                .toLocalTime());
        String who = p.listing().visitorNames();
        return who.isEmpty() ? when + "  ·  " + what : when + "  ·  " + what + "  ·  " + who;
    }
}
