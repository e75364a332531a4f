package org.visitdesk.ui.followups;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.util.Callback;
import org.visitdesk.app.FollowUpListing;
import org.visitdesk.app.Messages;
import org.visitdesk.domain.FollowUpKind;
import org.visitdesk.domain.FollowUpStatus;
import org.visitdesk.ui.Columns;
import org.visitdesk.ui.Dates;
import org.visitdesk.ui.ListPage;
import org.visitdesk.ui.PageContext;
import org.visitdesk.ui.Pickers;
import org.visitdesk.ui.Toolbars;
import org.visitdesk.ui.detainees.DetaineesPage;

/**
 * What visits asked of the network, still to be done: the overdue first, filtered by kind and owner. Each can be
 * marked done or dropped, handed to someone else, and its person opened (Enter). Overdue rows show in colour.
 */
public final class FollowUpsPage extends ListPage<FollowUpListing, FollowUpsViewModel> {

    /** The style class of an overdue row. */
    public static final String OVERDUE = "overdue";

    public FollowUpsPage(PageContext ctx) {
        super(ctx, new FollowUpsViewModel(ctx.workspace(), ctx.background()), "followup");
        ComboBox<FollowUpKind> kind = Pickers.enumFilter(FollowUpKind.values(), "followUp.kind", "followups.allKinds");
        kind.setId("followup-kind-filter");
        model.kindProperty().bind(kind.valueProperty());
        ComboBox<String> owner = ownerFilter();
        CheckBox all = new CheckBox(Messages.get("followups.showAll"));
        all.setId("followup-all");
        all.setTooltip(new Tooltip(Messages.get("followups.showAll.tooltip")));
        all.selectedProperty().bindBidirectional(model.showAllProperty());
        Button done = forSelection(Messages.get("followups.done"), "fth-check", "followup-done", FollowUpsPage::isOpen,
                l -> model.markDone(l, () -> { }));
        done.getStyleClass().add(Styles.SUCCESS);
        Button dropped = forSelection(Messages.get("followups.drop"), "fth-x", "followup-drop", FollowUpsPage::isOpen,
                l -> model.markDropped(l, () -> { }));
        Button handOff = forSelection(Messages.get("followups.handOff"), "fth-share", "followup-handoff",
                FollowUpsPage::isOpen, this::handOff);
        // "show closed" among the filters: the actions' row holds Done, Drop and Hand off on a small screen
        build(new Words("followups.title", "followups.search", "followups.empty"), columns(),
                List.of(done, dropped, handOff), List.of(search, kind, owner, all), null);
        markOverdueRows();
    }

    /** Overdue rows in the theme's "danger" colour, readable in light and dark, selected or not. */
    private void markOverdueRows() {
        Callback<TableView<FollowUpListing>, TableRow<FollowUpListing>> rows = table.getRowFactory();
        table.setRowFactory(tv -> {
            TableRow<FollowUpListing> row = rows.call(tv);
            row.itemProperty().addListener((o, was, now) -> {
                row.getStyleClass().remove(OVERDUE);
                if (now != null && now.overdue()) {
                    row.getStyleClass().add(OVERDUE);
                }
            });
            return row;
        });
    }

    /** Gives the follow-up to someone else; the list is read again once it is saved. */
    private void handOff(FollowUpListing l) {
        new HandOffDialog(ctx, l).showAndWait().ifPresent(saved -> {
            model.load(() -> select(r -> r.followUp().id() == saved.id()));
        });
    }

    private static boolean isOpen(FollowUpListing l) {
        return l.followUp().status() == FollowUpStatus.OPEN;
    }

    private ComboBox<String> ownerFilter() {
        ComboBox<String> box = new ComboBox<>();
        box.setId("followup-owner-filter");
        box.getItems().add(null);
        model.owners().addListener((ListChangeListener<String>) c -> {
            String chosen = box.getValue();
            box.getItems().setAll(model.owners());
            box.getItems().add(0, null);
            box.setValue(model.owners().contains(chosen) ? chosen : null);
        });
        Callback<ListView<String>, ListCell<String>> cells = v -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? Messages.get("followups.allOwners") : item);
            }
        };
        box.setCellFactory(cells);
        box.setButtonCell(cells.call(null));
        box.valueProperty().bindBidirectional(model.ownerProperty());
        return box;
    }

    @Override
    protected boolean adds() {
        return false;
    }

    @Override
    protected String openKey() {
        return "followups.openPerson";
    }

    @Override
    protected String openIcon() {
        return "fth-user";
    }

    private static List<TableColumn<FollowUpListing, ?>> columns() {
        TableColumn<FollowUpListing, LocalDate> due = valueColumn("followups.due", 120,
                l -> l.followUp().due(), Dates::showDay);
        TableColumn<FollowUpListing, String> state = wholeColumn("followups.status", l -> l.overdue()
                ? Messages.get("followups.overdue") : Messages.of("followUp.status", l.followUp().status()));
        TableColumn<FollowUpListing, String> kind = wholeColumn("followups.kind",
                l -> Messages.of("followUp.kind", l.followUp().kind()));
        TableColumn<FollowUpListing, String> person = wrappingColumn("visit.detainee",
                l -> l.detainee() == null ? "" : l.detainee().sortName());
        person.setComparator(Toolbars.NAME_ORDER);
        TableColumn<FollowUpListing, String> aNumber = wholeColumn("visit.aNumber",
                l -> l.detainee() == null || l.detainee().aNumber() == null ? "" : l.detainee().aNumber().display());
        aNumber.getStyleClass().add("mono");
        Columns.optional(aNumber, 1);
        TableColumn<FollowUpListing, String> owner = wrappingColumn("followups.owner", FollowUpsViewModel::ownerName);
        TableColumn<FollowUpListing, String> note = Columns.optional(wrappingColumn("followups.note",
                l -> l.followUp().note()), 0);
        return List.of(due, state, kind, person, aNumber, owner, note);
    }

    /** Opens the person of the follow-up; the list is read again afterwards (the person may have left). */
    @Override
    protected void open(FollowUpListing row) {
        if (row != null && row.detainee() != null) {
            DetaineesPage.openPerson(ctx, row.detainee().id(), model::load);
        }
    }

    @Override
    protected Object keyOf(FollowUpListing row) {
        return row.followUp().id();
    }
}
