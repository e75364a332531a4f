package org.visitdesk.ui.visitors;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.visitdesk.app.Messages;
import org.visitdesk.domain.Languages;
import org.visitdesk.domain.Visitor;
import org.visitdesk.domain.VisitorStatus;
import org.visitdesk.ui.ChangedMeanwhile;
import org.visitdesk.ui.Columns;
import org.visitdesk.ui.Dates;
import org.visitdesk.ui.Dialogs;
import org.visitdesk.ui.ListPage;
import org.visitdesk.ui.PageContext;
import org.visitdesk.ui.Toolbars;
import org.visitdesk.ui.visitors.VisitorsViewModel.Row;

/**
 * The list of volunteer visitors: search as you type, filter by status, add, edit, delete. A "Cleared" column
 * shows at a glance who the facility will let in (active, oriented, ID checked) and, if not, why.
 */
public final class VisitorsPage extends ListPage<Row, VisitorsViewModel> {

    public VisitorsPage(PageContext ctx) {
        super(ctx, new VisitorsViewModel(ctx.workspace(), ctx.background()), "visitor");
        ComboBox<VisitorStatus> status = statusFilter(VisitorStatus.values(), "status.visitor",
                "visitors.allStatuses", model.statusFilterProperty());
        build(new Words("visitors.title", "visitors.search", "visitors.empty"), columns(),
                List.of(deleteButton(this::delete)), List.of(search, status), this::delete);
    }

    /**
     * The phone and the dates always whole; names, emails, languages and the reasons wrap. On a narrow window the
     * ID check and the status go first: the Cleared column says them too.
     */
    private static List<TableColumn<Row, ?>> columns() {
        TableColumn<Row, String> name = wrappingColumn("visitor.name", Row::sortName);
        name.setComparator(Toolbars.NAME_ORDER);
        TableColumn<Row, String> email = wrappingColumn("visitor.email", r -> r.visitor().email());
        email.setComparator(Toolbars.NAME_ORDER);
        TableColumn<Row, LocalDate> oriented = valueColumn("visitor.orientationDate", 130,
                r -> r.visitor().orientationDate(), Dates::show);
        TableColumn<Row, String> idChecked = Columns.optional(wholeColumn("visitor.idChecked",
                r -> Messages.get(r.visitor().idChecked() ? "visitor.yes" : "visitor.no")), 0);
        TableColumn<Row, String> status = Columns.optional(wholeColumn("visitor.status",
                r -> Messages.of("status.visitor", r.visitor().status())), 1);
        return List.of(name, email, wholeColumn("visitor.phone", r -> r.visitor().phone()),
                wrappingColumn("visitor.languages", r -> Languages.join(r.visitor().languages())), oriented,
                idChecked, status, cleared());
    }

    /** "Yes" with a green check, or "No" and the reasons (no orientation, ID not checked...). */
    private static TableColumn<Row, Visitor> cleared() {
        TableColumn<Row, Visitor> cleared = new TableColumn<>(Messages.get("visitor.cleared"));
        cleared.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().visitor()));
        cleared.setComparator(Comparator.comparing(Visitor::isCleared));
        cleared.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Visitor v, boolean empty) {
                super.updateItem(v, empty);
                getStyleClass().remove(Styles.TEXT_MUTED);
                setTooltip(null);
                setContentDisplay(ContentDisplay.LEFT);
                if (empty || v == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                if (v.isCleared()) {
                    setText(Messages.get("visitor.yes"));
                    FontIcon check = new FontIcon("fth-check-circle");
                    check.getStyleClass().add(Styles.SUCCESS);
                    setGraphic(check);
                } else {
                    Columns.wrapText(this, clearedText(v));
                    getStyleClass().add(Styles.TEXT_MUTED);
                    setTooltip(new Tooltip(Messages.get("hint.cleared")));
                }
            }
        });
        cleared.setPrefWidth(170);
        return Columns.wrappingBy(cleared, r -> clearedText(r.visitor()));
    }

    private static String clearedText(Visitor v) {
        return v.isCleared() ? Messages.get("visitor.yes")
                : Messages.get("visitor.notCleared", String.join(", ", notClearedBecause(v)));
    }

    private static List<String> notClearedBecause(Visitor v) {
        List<String> why = new ArrayList<>();
        if (v.status() != VisitorStatus.ACTIVE) {
            why.add(Messages.of("conflict.notCleared", v.status()));
        }
        if (v.orientationDate() == null) {
            why.add(Messages.get("conflict.notCleared.noOrientation"));
        }
        if (!v.idChecked()) {
            why.add(Messages.get("conflict.notCleared.noIdCheck"));
        }
        return why;
    }

    @Override
    protected void open(Row row) {
        new VisitorDialog(ctx, model, row == null ? null : row.visitor()).showAndWait()
                .ifPresent(v -> select(r -> r.visitor().id() == v.id()));
    }

    private void delete(Row row) {
        Visitor v = row.visitor();
        model.countVisits(v, visits -> {
            if (ctx.dialogs().confirm(Dialogs.Question.of(Messages.get("visitors.delete.title", v.fullName()),
                    visits > 0 ? Messages.get("visitors.delete.withVisits", visits)
                            : Messages.get("visitors.delete.text"), Messages.get("action.delete"))
                    .titled(Messages.get("action.delete")).yesId("visitor-delete-confirm").careful())) {
                model.delete(v, ChangedMeanwhile.Deleting.in(ctx.dialogs()), () -> { });
            }
        });
    }

    @Override
    protected Object keyOf(Row row) {
        return row.visitor().id();
    }
}
