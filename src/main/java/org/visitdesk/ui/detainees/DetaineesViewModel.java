package org.visitdesk.ui.detainees;

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
import org.visitdesk.app.DetaineeListing;
import org.visitdesk.app.Messages;
import org.visitdesk.app.SaveResult;
import org.visitdesk.app.SearchQuery;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.DetaineeStatus;
import org.visitdesk.domain.Facility;
import org.visitdesk.ui.Background;

/**
 * The state of the Detainees page: every person in memory (loaded once, in the background) and a filter that
 * runs as the coordinator types, so search stays instant on tens of thousands of records.
 */
public final class DetaineesViewModel {

    private final Workspace workspace;
    private final Background background;
    private final ObservableList<DetaineeListing> all = FXCollections.observableArrayList();
    private final FilteredList<DetaineeListing> shown = new FilteredList<>(all);
    private final ObservableList<Facility> facilities = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<DetaineeStatus> statusFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Facility> facilityFilter = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);

    public DetaineesViewModel(Workspace workspace, Background background) {
        this.workspace = workspace;
        this.background = background;
        search.addListener((o, a, b) -> refilter());
        statusFilter.addListener((o, a, b) -> refilter());
        facilityFilter.addListener((o, a, b) -> refilter());
    }

    /** Reads everyone and the facilities again. */
    public void load() {
        loading.set(true);
        background.run(() -> new Loaded(workspace.detainees().listAll(Messages.locale()),
                workspace.facilities().listAll()), l -> {
            facilities.setAll(l.facilities());
            all.setAll(l.detainees());
            loading.set(false);
        }, e -> {
            loading.set(false);
            org.visitdesk.ui.Failure.show(e);
        });
    }

    private record Loaded(List<DetaineeListing> detainees, List<Facility> facilities) {
    }

    private void refilter() {
        shown.setPredicate(predicate());
    }

    /** The filter as it stands: search text, status and facility together. */
    Predicate<DetaineeListing> predicate() {
        SearchQuery q = SearchQuery.of(search.get());
        DetaineeStatus st = statusFilter.get();
        Facility f = facilityFilter.get();
        if (q.isEmpty() && st == null && f == null) {
            return null;
        }
        return l -> (st == null || l.detainee().status() == st)
                && (f == null || Long.valueOf(f.id()).equals(l.detainee().facilityId()))
                && (q.isEmpty() || q.test(l.searchKey()));
    }

    /** Saves in the background; {@code done} gets the result on the UI thread, and the list is updated. */
    public void save(Detainee d, Consumer<SaveResult<Detainee>> done) {
        background.run(() -> workspace.detainees().save(d), r -> {
            if (r.isSaved()) {
                replace(r.saved());
            }
            done.accept(r);
        });
    }

    private void replace(Detainee saved) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).detainee().id() == saved.id()) {
                all.set(i, DetaineeListing.of(saved, all.get(i).lastVisit()));
                return;
            }
        }
        all.add(DetaineeListing.of(saved, null));
    }

    /** Deletes a person (and their visits) in the background. */
    public void delete(Detainee d, Runnable done) {
        background.run(() -> {
            workspace.detainees().delete(d.id());
            return d.id();
        }, id -> {
            all.removeIf(l -> l.detainee().id() == id);
            done.run();
        });
    }

    /** How many visits deleting would remove, then what to do with that number. */
    public void countVisits(Detainee d, Consumer<Long> then) {
        background.run(() -> workspace.detainees().visitCount(d.id()), then);
    }

    /** The future active visits of a person who just left detention, then what to do with them. */
    public void futureVisits(Detainee d, Consumer<List<Long>> then) {
        background.run(() -> workspace.detainees().futureVisits(d.id(),
                java.time.LocalDate.now(workspace.clock())), then);
    }

    /** Cancels visits in the background. */
    public void cancelVisits(List<Long> ids, Consumer<Integer> then) {
        background.run(() -> workspace.detainees().cancelVisits(ids), then);
    }

    public ObservableList<DetaineeListing> all() {
        return all;
    }

    public FilteredList<DetaineeListing> shown() {
        return shown;
    }

    public ObservableList<Facility> facilities() {
        return facilities;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<DetaineeStatus> statusFilterProperty() {
        return statusFilter;
    }

    public ObjectProperty<Facility> facilityFilterProperty() {
        return facilityFilter;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public Workspace workspace() {
        return workspace;
    }
}
