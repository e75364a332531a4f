package org.visitdesk.ui.detainees;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.visitdesk.app.DetaineeListing;
import org.visitdesk.app.Messages;
import org.visitdesk.app.OtherChange;
import org.visitdesk.app.SaveResult;
import org.visitdesk.app.SearchQuery;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.DetaineeStatus;
import org.visitdesk.domain.Facility;
import org.visitdesk.ui.Background;
import org.visitdesk.ui.ChangedMeanwhile;
import org.visitdesk.ui.RecordList;

/** The state of the Detainees page: every person with their last visit, filtered by text, status and facility. */
public final class DetaineesViewModel extends RecordList<DetaineeListing> {

    private final ObservableList<Facility> facilities = FXCollections.observableArrayList();
    private final ObservableList<Facility> facilitiesReadOnly = FXCollections.unmodifiableObservableList(facilities);
    private final ObjectProperty<DetaineeStatus> statusFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Facility> facilityFilter = new SimpleObjectProperty<>();

    public DetaineesViewModel(Workspace workspace, Background background) {
        super(workspace, background);
        refilterOn(statusFilter);
        refilterOn(facilityFilter);
    }

    /** Reads everyone and the facilities again. */
    @Override
    public void load() {
        read(() -> new Loaded(workspace.detainees().listAll(Messages.locale()), workspace.facilities().listAll()),
                l -> {
                    facilities.setAll(l.facilities());
                    setAll(l.detainees());
                });
    }

    private record Loaded(List<DetaineeListing> detainees, List<Facility> facilities) {
    }

    @Override
    protected Predicate<DetaineeListing> filter(SearchQuery q) {
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
    public void save(Detainee d, Consumer<SaveResult<Detainee>> done, Consumer<Throwable> failed) {
        save(d, null, done, failed);
    }

    /**
     * Saves like {@link #save(Detainee, Consumer, Consumer)}, over the other coordinator's change a save was refused
     * for (null: over nothing).
     */
    public void save(Detainee d, OtherChange overwriting, Consumer<SaveResult<Detainee>> done,
            Consumer<Throwable> failed) {
        background.run(() -> workspace.detainees().save(d, overwriting), r -> {
            // saved, or saved by someone else meanwhile: the list shows the person as saved now
            Detainee now = r.isSaved() ? r.saved() : r.current();
            if (now != null) {
                DetaineeListing before = all().stream().filter(l -> l.detainee().id() == now.id()).findFirst()
                        .orElse(null);
                replace(DetaineeListing.of(now, before == null ? null : before.lastVisit()),
                        l -> l.detainee().id());
            }
            done.accept(r);
        }, failed);
    }

    /**
     * Deletes a person (and their visits) in the background, as the list showed them: when someone else saved them
     * since, nothing is deleted and {@code ask} says who and when, then the list shows them as saved now, or they
     * are deleted anyway; a person deleted already is said and taken off the list.
     */
    public void delete(Detainee d, ChangedMeanwhile.Deleting ask, Runnable done) {
        deleteShown(d, workspace.detainees()::delete, ask, now -> {
            DetaineeListing before = all().stream().filter(l -> l.detainee().id() == now.id()).findFirst()
                    .orElse(null);
            replace(DetaineeListing.of(now, before == null ? null : before.lastVisit()), l -> l.detainee().id());
        }, () -> {
            remove(d.id(), l -> l.detainee().id());
            done.run();
        });
    }

    /** How many visits deleting would remove, then what to do with that number. */
    public void countVisits(Detainee d, Consumer<Long> then) {
        background.run(() -> workspace.detainees().visitCount(d.id()), then);
    }

    /**
     * The planned visits of a person from the day they left on (the facility will refuse them), and how many of
     * them are visits of a series (the rest of their weekly visits).
     */
    public record AfterLeaving(List<Long> visitIds, int inSeries) {
        public AfterLeaving {
            visitIds = List.copyOf(visitIds);
        }
    }

    /** The planned visits from the day a person left on (the facility will refuse them), then what to do. */
    public void visitsAfterLeaving(Detainee d, Consumer<AfterLeaving> then) {
        background.run(() -> {
            List<Long> ids = workspace.detainees().visitsAfterLeaving(d);
            return new AfterLeaving(ids, workspace.series().countInSeries(ids));
        }, then);
    }

    /** Cancels visits in the background. */
    public void cancelVisits(List<Long> ids, Consumer<Integer> then) {
        background.run(() -> workspace.detainees().cancelVisits(ids), then);
    }

    /** The facilities, for the filter and the dialog. */
    public ObservableList<Facility> facilities() {
        return facilitiesReadOnly;
    }

    public ObjectProperty<DetaineeStatus> statusFilterProperty() {
        return statusFilter;
    }

    public ObjectProperty<Facility> facilityFilterProperty() {
        return facilityFilter;
    }
}
