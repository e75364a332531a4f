package org.visitdesk.ui.visitors;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.visitdesk.app.SaveResult;
import org.visitdesk.app.SearchQuery;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.SearchKey;
import org.visitdesk.domain.Visitor;
import org.visitdesk.domain.VisitorStatus;
import org.visitdesk.ui.Background;
import org.visitdesk.ui.Failure;

/**
 * The state of the Visitors page: every volunteer in memory (loaded in the background) and a filter that runs
 * as the coordinator types, like the Detainees page, so the two lists behave the same.
 */
public final class VisitorsViewModel {

    /** One line of the list: the volunteer, the name as sorted and a search key folded once. */
    public record Row(Visitor visitor, String sortName, String searchKey) {

        /** Folds name, email and phone (also as bare digits, so "5550100" finds "(555) 555-0100"). */
        public static Row of(Visitor v) {
            String sort = v.givenName().isEmpty() ? v.familyName() : v.familyName() + ", " + v.givenName();
            String digits = v.phone().replaceAll("\\D", "");
            String key = SearchKey.fold(String.join(" ", v.familyName(), v.givenName(), v.email(), v.phone(), digits));
            return new Row(v, sort, key);
        }
    }

    private final Workspace workspace;
    private final Background background;
    private final ObservableList<Row> all = FXCollections.observableArrayList();
    private final FilteredList<Row> shown = new FilteredList<>(all);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<VisitorStatus> statusFilter = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);

    public VisitorsViewModel(Workspace workspace, Background background) {
        this.workspace = workspace;
        this.background = background;
        search.addListener((o, a, b) -> refilter());
        statusFilter.addListener((o, a, b) -> refilter());
    }

    /** Reads every volunteer again. */
    public void load() {
        loading.set(true);
        background.run(() -> workspace.visitors().listAll().stream().map(Row::of).toList(), rows -> {
            all.setAll(rows);
            loading.set(false);
        }, e -> {
            loading.set(false);
            Failure.show(e);
        });
    }

    private void refilter() {
        shown.setPredicate(predicate());
    }

    /** The filter as it stands: search text and status together; null when nothing filters. */
    Predicate<Row> predicate() {
        SearchQuery q = SearchQuery.of(search.get());
        VisitorStatus st = statusFilter.get();
        if (q.isEmpty() && st == null) {
            return null;
        }
        return r -> (st == null || r.visitor().status() == st) && (q.isEmpty() || q.test(r.searchKey()));
    }

    /** Saves in the background; {@code done} gets the result on the UI thread, and the list is updated. */
    public void save(Visitor v, Consumer<SaveResult<Visitor>> done) {
        background.run(() -> workspace.visitors().save(v), r -> {
            if (r.isSaved()) {
                replace(r.saved());
            }
            done.accept(r);
        });
    }

    private void replace(Visitor saved) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).visitor().id() == saved.id()) {
                all.set(i, Row.of(saved));
                return;
            }
        }
        all.add(Row.of(saved));
    }

    /** Deletes a volunteer in the background; their visits stay, without them. */
    public void delete(Visitor v, Runnable done) {
        background.run(() -> {
            workspace.visitors().delete(v.id());
            return v.id();
        }, id -> {
            all.removeIf(r -> r.visitor().id() == id);
            done.run();
        });
    }

    /** How many visits list this volunteer, then what to do with that number. */
    public void countVisits(Visitor v, Consumer<Long> then) {
        background.run(() -> workspace.visitors().visitCount(v.id()), then);
    }

    public ObservableList<Row> all() {
        return all;
    }

    public FilteredList<Row> shown() {
        return shown;
    }

    /** The volunteers shown now, for tests and callers that do not need the rows. */
    public List<Visitor> shownVisitors() {
        return shown.stream().map(Row::visitor).toList();
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<VisitorStatus> statusFilterProperty() {
        return statusFilter;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public Workspace workspace() {
        return workspace;
    }
}
