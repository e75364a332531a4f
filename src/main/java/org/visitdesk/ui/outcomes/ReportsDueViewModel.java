package org.visitdesk.ui.outcomes;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.visitdesk.app.SearchQuery;
import org.visitdesk.app.Workspace;
import org.visitdesk.ui.Background;
import org.visitdesk.ui.RecordList;
import org.visitdesk.ui.visits.VisitRow;

/**
 * The state of the Reports due page: the visits since a day that have started, were not cancelled and have no
 * report yet, oldest first. A visit reported leaves the list at once, so the next one is the one to do.
 */
public final class ReportsDueViewModel extends RecordList<VisitRow> {

    /** How far back the page looks first: reports older than this are rarely still coming. */
    static final int WEEKS_BACK = 8;

    private final ObjectProperty<LocalDate> since = new SimpleObjectProperty<>();

    public ReportsDueViewModel(Workspace workspace, Background background) {
        super(workspace, background);
        since.set(LocalDate.now(workspace.clock()).minusWeeks(WEEKS_BACK));
        since.addListener((o, a, b) -> load());
    }

    @Override
    public void load() {
        LocalDate from = since.get();
        if (from == null) {
            clear();
            return;
        }
        read(() -> workspace.outcomes().reportsDue(from).stream().map(l -> VisitRow.of(l, List.of())).toList(),
                this::setAll);
    }

    @Override
    protected Predicate<VisitRow> filter(SearchQuery q) {
        return q.isEmpty() ? null : r -> q.test(r.searchKey());
    }

    /** A visit was reported: it leaves the list. */
    public void reported(long visitId) {
        remove(visitId, VisitRow::id);
    }

    /** The first day whose visits are listed. */
    public ObjectProperty<LocalDate> sinceProperty() {
        return since;
    }
}
