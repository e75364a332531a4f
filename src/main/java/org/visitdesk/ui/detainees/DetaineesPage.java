package org.visitdesk.ui.detainees;

import java.util.List;
import java.util.function.Function;
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
import org.visitdesk.ui.Dates;
import org.visitdesk.ui.Dialogs;
import org.visitdesk.ui.ListPage;
import org.visitdesk.ui.PageContext;
import org.visitdesk.ui.Pickers;
import org.visitdesk.ui.Toolbars;
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

    private static List<TableColumn<DetaineeListing, ?>> columns() {
        TableColumn<DetaineeListing, String> name = text("detainee.name", 230, Detainee::sortName);
        name.setComparator(Toolbars.NAME_ORDER);
        TableColumn<DetaineeListing, String> aNumber = text("detainee.aNumber", 130, d -> d.aNumber().display());
        aNumber.getStyleClass().add("mono");
        return List.of(name, aNumber, text("detainee.country", 120, Detainee::countryOfBirth),
                text("detainee.languages", 170, d -> Languages.join(d.languages())),
                text("detainee.housingUnit", 130, Detainee::housingUnit),
                text("detainee.status", 110, d -> Messages.of("status.detainee", d.status())),
                valueColumn("detainee.lastVisit", 120, DetaineeListing::lastVisit, t -> Dates.show(t.toLocalDate())));
    }

    private static TableColumn<DetaineeListing, String> text(String key, double width,
            Function<Detainee, String> value) {
        return textColumn(key, width, l -> value.apply(l.detainee()));
    }

    @Override
    protected void open(DetaineeListing row) {
        Detainee existing = row == null ? null : row.detainee();
        new DetaineeDialog(ctx, model, existing).showAndWait().ifPresent(d -> {
            select(l -> l.detainee().id() == d.id());
            if (existing != null && existing.status() != d.status() && d.status().hasLeft()) {
                offerToCancelFutureVisits(d);
            }
        });
    }

    private void offerToCancelFutureVisits(Detainee d) {
        model.futureVisits(d, ids -> {
            if (!ids.isEmpty() && ctx.dialogs().confirm(Dialogs.Question.of(
                    Messages.get("detainees.cancelFuture.title", d.fullName(),
                            Messages.of("status.detainee", d.status())),
                    Messages.get("detainees.cancelFuture.text", ids.size()), Messages.get("action.yes"))
                    .orElse(Messages.get("action.no")))) {
                model.cancelVisits(ids, n -> { });
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
                model.delete(d, () -> { });
            }
        });
    }
}
