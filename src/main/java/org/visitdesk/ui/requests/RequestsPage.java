package org.visitdesk.ui.requests;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.visitdesk.app.Messages;
import org.visitdesk.app.RequestListing;
import org.visitdesk.domain.LanguageGap;
import org.visitdesk.domain.RequestStatus;
import org.visitdesk.domain.Urgency;
import org.visitdesk.ui.ChangedMeanwhile;
import org.visitdesk.ui.Columns;
import org.visitdesk.ui.Dates;
import org.visitdesk.ui.Dialogs;
import org.visitdesk.ui.ListPage;
import org.visitdesk.ui.PageContext;
import org.visitdesk.ui.Toolbars;
import org.visitdesk.ui.calendar.FindTimeDialog;

/**
 * Requests and the waiting list: urgent first, then the longest waiting, each with its person as found (or what is
 * missing to find them). One action plans a visit: "Find a time" with the person filled in. Below the list, the
 * languages of waiting people that no cleared visitor speaks, with how many wait: whom to recruit.
 */
public final class RequestsPage extends ListPage<RequestListing, RequestsViewModel> {

    private final FlowPane gapList = new FlowPane(12, 4);
    private final Label noGap = new Label(Messages.get("requests.gap.none"));

    public RequestsPage(PageContext ctx) {
        super(ctx, new RequestsViewModel(ctx.workspace(), ctx.background()), "request");
        Button findTime = forSelection(Messages.get("requests.findTime"), "fth-search", "request-find-time",
                l -> l.person() != null && l.request().status().isWaiting(), this::findTime);
        findTime.getStyleClass().add(Styles.SUCCESS);
        Button close = forSelection(Messages.get("requests.close"), "fth-x", "request-close",
                l -> l.request().status() != RequestStatus.CLOSED, model::close);
        Button reopen = forSelection(Messages.get("requests.reopen"), "fth-rotate-ccw", "request-reopen",
                l -> l.request().status() == RequestStatus.CLOSED, this::reopen);
        reopen.setTooltip(new Tooltip(Messages.get("requests.reopen.tip")));
        CheckBox all = new CheckBox(Messages.get("requests.showAll"));
        all.setId("request-all");
        all.selectedProperty().bindBidirectional(model.showAllProperty());
        build(new Words("requests.title", "requests.search", "requests.empty"), columns(),
                List.of(findTime, close, reopen, deleteButton(this::delete)), List.of(search, all), this::delete);
        below(gapPanel());
    }

    private VBox gapPanel() {
        Label title = new Label(Messages.get("requests.gap.title"));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.setWrapText(true);
        noGap.getStyleClass().add(Styles.TEXT_MUTED);
        noGap.setWrapText(true);
        gapList.setId("request-gaps");
        model.gaps().addListener((ListChangeListener<LanguageGap>) c -> showGaps());
        showGaps();
        VBox box = new VBox(4, title, gapList);
        box.setId("request-gap-panel");
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private void showGaps() {
        if (model.gaps().isEmpty()) {
            gapList.getChildren().setAll(noGap);
            return;
        }
        gapList.getChildren().setAll(model.gaps().stream().map(g -> {
            Label l = new Label(Messages.get("requests.gap.item", g.language(), g.waiting()));
            l.getStyleClass().add("gap-language");
            return l;
        }).toList());
    }

    private static List<TableColumn<RequestListing, ?>> columns() {
        TableColumn<RequestListing, Urgency> urgency = valueColumn("request.urgencyLabel", 90,
                l -> l.request().urgency(), u -> Messages.of("request.urgency", u));
        // the days waiting say it too: on a small screen the day received gives way first
        TableColumn<RequestListing, LocalDate> received = Columns.optional(valueColumn("request.received", 110,
                l -> l.request().received(), Dates::showDay), 0);
        TableColumn<RequestListing, Long> waiting = valueColumn("requests.waiting", 80, RequestListing::daysWaiting,
                d -> Messages.get("requests.days", d));
        TableColumn<RequestListing, String> person = wrappingColumn("visit.detainee", RequestsViewModel::name);
        person.setComparator(Toolbars.NAME_ORDER);
        TableColumn<RequestListing, String> aNumber = wholeColumn("visit.aNumber", RequestsViewModel::aNumber);
        aNumber.getStyleClass().add("mono");
        TableColumn<RequestListing, String> languages = wrappingColumn("detainee.languages",
                RequestsViewModel::languages);
        TableColumn<RequestListing, String> found = Columns.optional(wrappingColumn("requests.match",
                RequestsPage::foundWords), 1);
        TableColumn<RequestListing, String> status = wrappingColumn("requests.status", RequestsPage::statusWords);
        return List.of(urgency, received, waiting, person, aNumber, languages, found, status);
    }

    /** How the person was found, and how many requests they have. */
    private static String foundWords(RequestListing l) {
        String how = Messages.of("requests.match", l.match());
        return l.requestsForPerson() > 1 ? Messages.get("requests.andMore", how, l.requestsForPerson()) : how;
    }

    /** Where the request stands; a person who has already left says so. */
    private static String statusWords(RequestListing l) {
        String s = Messages.of("request.status", l.request().status());
        return l.personHasLeft() ? Messages.get("requests.hasLeft", s) : s;
    }

    /** "Find a time" for the request's person, from today; the list is read again once a visit is planned. */
    private void findTime(RequestListing l) {
        if (l.person() != null) {
            FindTimeDialog.open(ctx, LocalDate.now(ctx.workspace().clock()), l.person(), List.of())
                    .ifPresent(v -> model.load());
        }
    }

    /** Opens a closed request again; says so when a visit that took place since closes it again. */
    private void reopen(RequestListing l) {
        model.reopen(l, now -> {
            if (now == RequestStatus.CLOSED) {
                ctx.dialogs().inform(Messages.get("requests.reopen"), Messages.get("requests.reopen.visited"),
                        Messages.get("requests.reopen.newRequest"));
            }
        });
    }

    /** Deletes a request typed by mistake, once the coordinator says so. */
    private void delete(RequestListing l) {
        if (ctx.dialogs().confirm(Dialogs.Question.of(Messages.get("requests.delete.title", RequestsViewModel.name(l)),
                Messages.get("requests.delete.text"), Messages.get("action.delete"))
                .titled(Messages.get("action.delete")).yesId("request-delete-confirm").careful())) {
            model.delete(l, ChangedMeanwhile.Deleting.in(ctx.dialogs()), () -> { });
        }
    }

    /** Adds a request, or edits the chosen one; the list is read again once it is saved. */
    @Override
    protected void open(RequestListing row) {
        new RequestDialog(ctx, model, row).showAndWait();
    }

    @Override
    protected Object keyOf(RequestListing row) {
        return row.request().id();
    }
}
