package org.visitdesk.ui.visitors;

import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.visitdesk.app.OtherChange;
import org.visitdesk.app.SaveResult;
import org.visitdesk.app.SearchQuery;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.SearchKey;
import org.visitdesk.domain.Visitor;
import org.visitdesk.domain.VisitorStatus;
import org.visitdesk.ui.Background;
import org.visitdesk.ui.ChangedMeanwhile;
import org.visitdesk.ui.RecordList;

/** The state of the Visitors page: every volunteer, filtered by text and status, like the Detainees page. */
public final class VisitorsViewModel extends RecordList<VisitorsViewModel.Row> {

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

    private final ObjectProperty<VisitorStatus> statusFilter = new SimpleObjectProperty<>();

    public VisitorsViewModel(Workspace workspace, Background background) {
        super(workspace, background);
        refilterOn(statusFilter);
    }

    /** Reads every volunteer again. */
    @Override
    public void load() {
        read(() -> workspace.visitors().listAll().stream().map(Row::of).toList(), this::setAll);
    }

    @Override
    protected Predicate<Row> filter(SearchQuery q) {
        VisitorStatus st = statusFilter.get();
        if (q.isEmpty() && st == null) {
            return null;
        }
        return r -> (st == null || r.visitor().status() == st) && (q.isEmpty() || q.test(r.searchKey()));
    }

    /** Saves in the background; {@code done} gets the result on the UI thread, and the list is updated. */
    public void save(Visitor v, Consumer<SaveResult<Visitor>> done, Consumer<Throwable> failed) {
        save(v, null, done, failed);
    }

    /**
     * Saves like {@link #save(Visitor, Consumer, Consumer)}, over the other coordinator's change a save was refused
     * for (null: over nothing).
     */
    public void save(Visitor v, OtherChange overwriting, Consumer<SaveResult<Visitor>> done,
            Consumer<Throwable> failed) {
        background.run(() -> workspace.visitors().save(v, overwriting), r -> {
            // saved, or saved by someone else meanwhile: the list shows the volunteer as saved now
            Visitor now = r.isSaved() ? r.saved() : r.current();
            if (now != null) {
                replace(Row.of(now), row -> row.visitor().id());
            }
            done.accept(r);
        }, failed);
    }

    /**
     * Deletes a volunteer in the background, as the list showed them; their visits stay, without them. When someone
     * else saved them since, nothing is deleted and {@code ask} says who and when, then the list shows them as saved
     * now, or they are deleted anyway; a volunteer deleted already is said and taken off the list.
     */
    public void delete(Visitor v, ChangedMeanwhile.Deleting ask, Runnable done) {
        deleteShown(v, workspace.visitors()::delete, ask, now -> replace(Row.of(now), row -> row.visitor().id()),
                () -> {
                    remove(v.id(), row -> row.visitor().id());
                    done.run();
                });
    }

    /** How many visits list this volunteer, then what to do with that number. */
    public void countVisits(Visitor v, Consumer<Long> then) {
        background.run(() -> workspace.visitors().visitCount(v.id()), then);
    }

    public ObjectProperty<VisitorStatus> statusFilterProperty() {
        return statusFilter;
    }
}
