package org.visitdesk.ui.unvisited;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.TableColumn;
import org.visitdesk.app.Messages;
import org.visitdesk.app.UnvisitedListing;
import org.visitdesk.domain.Languages;
import org.visitdesk.ui.Columns;
import org.visitdesk.ui.Dates;
import org.visitdesk.ui.ListPage;
import org.visitdesk.ui.PageContext;
import org.visitdesk.ui.Toolbars;
import org.visitdesk.ui.calendar.FindTimeDialog;

/**
 * The people nobody has visited, or not for the longest: first those with nothing planned, then those never
 * visited, then the longest since a visit that happened (a denial or a no-show does not count). One action, also
 * Enter: "Find a time" with the chosen person filled in.
 */
public final class UnvisitedPage extends ListPage<UnvisitedListing, UnvisitedViewModel> {

    public UnvisitedPage(PageContext ctx) {
        super(ctx, new UnvisitedViewModel(ctx.workspace(), ctx.background()), "unvisited");
        build(new Words("unvisited.title", "unvisited.search", "unvisited.empty"), columns(), List.of(),
                List.of(search), null);
        table.getSortOrder().add(table.getColumns().get(0));
    }

    @Override
    protected boolean adds() {
        return false;
    }

    @Override
    protected String openKey() {
        return "unvisited.findTime";
    }

    @Override
    protected String openIcon() {
        return "fth-search";
    }

    private static List<TableColumn<UnvisitedListing, ?>> columns() {
        TableColumn<UnvisitedListing, Integer> rank = valueColumn("unvisited.rank", 50, UnvisitedListing::rank,
                String::valueOf);
        TableColumn<UnvisitedListing, String> person = wrappingColumn("visit.detainee", l -> l.person().sortName());
        person.setComparator(Toolbars.NAME_ORDER);
        TableColumn<UnvisitedListing, String> aNumber = wholeColumn("visit.aNumber",
                l -> l.person().aNumber() == null ? "" : l.person().aNumber().display());
        aNumber.getStyleClass().add("mono");
        // never left out: it tells apart two people of one name
        TableColumn<UnvisitedListing, String> unit = Columns.optional(wholeColumn("visit.housingUnit",
                l -> l.person().housingUnit()), 0);
        TableColumn<UnvisitedListing, String> languages = wrappingColumn("detainee.languages",
                l -> Languages.join(l.person().languages()));
        TableColumn<UnvisitedListing, String> last = wrappingColumn("unvisited.lastVisit", l -> l.lastVisit() == null
                ? Messages.get("unvisited.never")
                : Messages.get("unvisited.daysAgo", Dates.showDay(l.lastVisit()), l.daysSinceVisit()));
        TableColumn<UnvisitedListing, LocalDate> next = valueColumn("unvisited.nextVisit", 120,
                UnvisitedListing::nextVisit, Dates::showDay);
        TableColumn<UnvisitedListing, Integer> open = valueColumn("unvisited.openFollowUps", 90,
                UnvisitedListing::openFollowUps, String::valueOf);
        return List.of(rank, person, aNumber, unit, languages, last, next, open);
    }

    /** "Find a time" for the person, from today; the list is read again once a visit is planned. */
    @Override
    protected void open(UnvisitedListing row) {
        if (row != null) {
            FindTimeDialog.open(ctx, LocalDate.now(ctx.workspace().clock()), row.person(), List.of())
                    .ifPresent(v -> model.load());
        }
    }

    @Override
    protected Object keyOf(UnvisitedListing row) {
        return row.person().id();
    }
}
