package org.visitdesk.ui.outcomes;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import org.visitdesk.app.Messages;
import org.visitdesk.ui.Form;
import org.visitdesk.ui.ListPage;
import org.visitdesk.ui.PageContext;
import org.visitdesk.ui.visits.VisitRow;
import org.visitdesk.ui.visits.VisitsPage;

/**
 * The visits whose report has not come in yet, oldest first. Enter opens the Report dialog of the chosen visit;
 * once it is saved the visit leaves the list and the next one is chosen, so ten reports are ten times Enter, a
 * few keys and Enter again.
 */
public final class ReportsDuePage extends ListPage<VisitRow, ReportsDueViewModel> {

    public ReportsDuePage(PageContext ctx) {
        super(ctx, new ReportsDueViewModel(ctx.workspace(), ctx.background()), "due");
        DatePicker since = Form.datePicker();
        since.setId("due-since");
        since.setPrefWidth(165);
        since.setTooltip(new Tooltip(Messages.get("due.since.tooltip")));
        since.valueProperty().bindBidirectional(model.sinceProperty());
        Label sinceLabel = new Label(Messages.get("due.since"));
        sinceLabel.setLabelFor(since);
        build(new Words("due.title", "visits.search", "due.empty"), columns(), List.of(),
                List.of(sinceLabel, since, search), null);
        // once read, the first visit is chosen: Enter opens its report
        model.loadingProperty().addListener((o, was, loading) -> {
            if (!loading && table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                table.getSelectionModel().clearAndSelect(0);
                table.getFocusModel().focus(0);
            }
        });
    }

    @Override
    protected boolean adds() {
        return false;
    }

    @Override
    protected String openKey() {
        return "report.action";
    }

    @Override
    protected String openIcon() {
        return "fth-clipboard";
    }

    private static List<TableColumn<VisitRow, ?>> columns() {
        List<TableColumn<VisitRow, ?>> all = new ArrayList<>(VisitsPage.whenAndWho());
        all.add(wrappingColumn("visit.visitors", r -> r.listing().visitorNames()));
        all.add(wholeColumn("visit.status", r -> Messages.of("status.visit", r.listing().visit().status())));
        return all;
    }

    /** Opens the report of the visit; once saved, the visit leaves the list and the next one is chosen. */
    @Override
    protected void open(VisitRow row) {
        if (row == null) {
            return;
        }
        int at = table.getSelectionModel().getSelectedIndex();
        ReportDialog.open(ctx, row.listing()).ifPresent(r -> {
            model.reported(row.id());
            if (!table.getItems().isEmpty()) {
                int next = Math.max(0, Math.min(at, table.getItems().size() - 1));
                table.getSelectionModel().clearAndSelect(next);
                table.getFocusModel().focus(next);
                table.scrollTo(next);
            }
            // back to the list, so Enter opens the next report
            Platform.runLater(table::requestFocus);
        });
    }

    /** Reads the list again, and puts the keyboard on it: Enter opens the first report. */
    @Override
    public void shown() {
        model.load();
        table.requestFocus();
    }

    @Override
    protected Object keyOf(VisitRow row) {
        return row.listing().visit().id();
    }
}
