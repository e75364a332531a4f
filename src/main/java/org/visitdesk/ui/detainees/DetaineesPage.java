package org.visitdesk.ui.detainees;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.visitdesk.app.DetaineeListing;
import org.visitdesk.app.ImportFileKind;
import org.visitdesk.app.Messages;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.DetaineeStatus;
import org.visitdesk.domain.Facility;
import org.visitdesk.domain.Languages;
import org.visitdesk.ui.ChangedMeanwhile;
import org.visitdesk.ui.Dates;
import org.visitdesk.ui.Dialogs;
import org.visitdesk.ui.ListPage;
import org.visitdesk.ui.PageContext;
import org.visitdesk.ui.Pickers;
import org.visitdesk.ui.Toolbars;
import org.visitdesk.ui.followups.LeavingFollowUps;
import org.visitdesk.ui.importing.ImportWizard;

/** The list of detained people: search as you type, filter, add, edit, delete, import, clean up. */
public final class DetaineesPage extends ListPage<DetaineeListing, DetaineesViewModel> {

    public DetaineesPage(PageContext ctx) {
        super(ctx, new DetaineesViewModel(ctx.workspace(), ctx.background()), "detainee");
        ComboBox<DetaineeStatus> status = statusFilter(DetaineeStatus.values(), "status.detainee",
                "detainees.allStatuses", model.statusFilterProperty());
        ComboBox<Facility> facility = Pickers.facilityFilter(model.facilities(), "detainees.allFacilities");
        facility.setId("detainee-facility-filter");
        model.facilityFilterProperty().bind(facility.valueProperty());
        Button delete = deleteButton(this::delete);
        Button importFile = new Button(Messages.get("import.button"), new FontIcon("fth-upload"));
        importFile.setId("detainee-import");
        importFile.setOnAction(e -> new ImportWizard(ctx, null, ImportFileKind.DETAINEES, model::load).show());
        Button cleanUp = new Button(Messages.get("cleanup.button"), new FontIcon("fth-archive"));
        cleanUp.setId("detainee-cleanup");
        cleanUp.setTooltip(new Tooltip(Messages.get("cleanup.tooltip")));
        cleanUp.setOnAction(e -> new CleanUpDialog(ctx).ask(model::load));
        build(new Words("detainees.title", "detainees.search", "detainees.empty"), columns(),
                List.of(delete, importFile, cleanUp), List.of(search, status, facility), this::delete);
    }

    /**
     * Opens one person's dialog from another page (a follow-up, the Unvisited list), once the records it needs are
     * read; saving it asks what saving it here asks (visits after a release, open follow-ups). {@code after} runs
     * when the dialog is closed.
     */
    public static void openPerson(PageContext ctx, long detaineeId, Runnable after) {
        DetaineesPage page = new DetaineesPage(ctx);
        page.model.loadingProperty().addListener(new ChangeListener<Boolean>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (!now) {
                    page.model.loadingProperty().removeListener(this);
                    page.model.all().stream().filter(l -> l.detainee().id() == detaineeId).findFirst()
                            .ifPresent(page::open);
                    after.run();
                }
            }
        });
        page.model.load();
    }

    /** The A-number always whole (two people may share a name); names, countries, languages and units wrap. */
    private static List<TableColumn<DetaineeListing, ?>> columns() {
        TableColumn<DetaineeListing, String> name = wrappingColumn("detainee.name", l -> l.detainee().sortName());
        name.setComparator(Toolbars.NAME_ORDER);
        TableColumn<DetaineeListing, String> aNumber = wholeColumn("detainee.aNumber",
                l -> l.detainee().aNumber().display());
        aNumber.getStyleClass().add("mono");
        return List.of(name, aNumber, wrappingColumn("detainee.country", l -> l.detainee().countryOfBirth()),
                wrappingColumn("detainee.languages", l -> Languages.join(l.detainee().languages())),
                wrappingColumn("detainee.housingUnit", l -> l.detainee().housingUnit()),
                wholeColumn("detainee.status", l -> Messages.of("status.detainee", l.detainee().status())),
                valueColumn("detainee.lastVisit", 120, DetaineeListing::lastVisit, t -> Dates.show(t.toLocalDate())));
    }

    @Override
    protected void open(DetaineeListing row) {
        Detainee existing = row == null ? null : row.detainee();
        new DetaineeDialog(ctx, model, existing).showAndWait().ifPresent(d -> {
            select(l -> l.detainee().id() == d.id());
            boolean left = d.status().hasLeft() && (existing == null || existing.status() != d.status());
            if (d.status().hasLeft() && (left || !Objects.equals(existing.statusDate(), d.statusDate()))) {
                // the visits first, then what becomes of the open follow-ups: one question at a time
                offerToCancelVisitsAfterLeaving(d, left ? () -> LeavingFollowUps.ask(ctx, d, () -> { }) : () -> { });
            }
        });
    }

    /**
     * A person transferred, released or deported, now or on a day known in advance: offers to cancel the visits
     * planned from that day on, which the facility will refuse (and the calendar marks); then runs {@code then}.
     */
    private void offerToCancelVisitsAfterLeaving(Detainee d, Runnable then) {
        model.visitsAfterLeaving(d, after -> {
            List<Long> ids = after.visitIds();
            if (ids.isEmpty()) {
                then.run();
                return;
            }
            LocalDate today = LocalDate.now(model.workspace().clock());
            String title = d.statusDate() == null || d.statusDate().equals(today)
                    ? Messages.get("detainees.cancelFuture.title", d.fullName(),
                            Messages.of("status.detainee", d.status()))
                    : Messages.get("detainees.cancelFrom.title", d.fullName(),
                            Messages.of("status.detainee", d.status()), Dates.showDay(d.statusDate()));
            String text = d.statusDate() == null || d.statusDate().equals(today)
                    ? Messages.get("detainees.cancelFuture.text", ids.size())
                    : Messages.get("detainees.cancelFrom.text", ids.size());
            if (after.inSeries() > 0) {
                // the rest of their weekly visits goes with the others: said, so that nobody looks for it later
                text = text + "\n\n" + Messages.get("detainees.cancelFuture.series", after.inSeries());
            }
            if (ctx.dialogs().confirm(Dialogs.Question.of(title, text, Messages.get("action.yes"))
                    .orElse(Messages.get("action.no")).yesId("detainee-cancel-visits"))) {
                model.cancelVisits(ids, n -> then.run());
            } else {
                then.run();
            }
        });
    }

    private void delete(DetaineeListing row) {
        Detainee d = row.detainee();
        model.countVisits(d, visits -> {
            if (ctx.dialogs().confirm(Dialogs.Question.of(
                    Messages.get("detainees.delete.title", d.fullName(), d.aNumber().display()),
                    visits > 0 ? Messages.get("detainees.delete.withVisits", visits)
                            : Messages.get("detainees.delete.text"), Messages.get("action.delete"))
                    .titled(Messages.get("action.delete")).careful())) {
                model.delete(d, ChangedMeanwhile.Deleting.in(ctx.dialogs()), () -> { });
            }
        });
    }

    @Override
    protected Object keyOf(DetaineeListing row) {
        return row.detainee().id();
    }
}
