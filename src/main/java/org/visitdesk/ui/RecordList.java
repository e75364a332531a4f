package org.visitdesk.ui;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.visitdesk.app.DeleteResult;
import org.visitdesk.app.SearchQuery;
import org.visitdesk.app.Workspace;

/**
 * The state every list page shares: all its records in memory (read in the background), the ones the search and
 * the filters let through, and whether a read is running. Filtering runs in memory as the coordinator types, so
 * search stays instant on tens of thousands of records.
 *
 * @param <R> one line of the list
 */
public abstract class RecordList<R> {

    protected final Workspace workspace;
    protected final Background background;
    private final ObservableList<R> all = FXCollections.observableArrayList();
    private final ObservableList<R> allReadOnly = FXCollections.unmodifiableObservableList(all);
    private final FilteredList<R> shown = new FilteredList<>(all);
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    /** Counts reads, so that an older answer arriving late never replaces a newer one. */
    private long generation;

    protected RecordList(Workspace workspace, Background background) {
        this.workspace = workspace;
        this.background = background;
        refilterOn(search);
    }

    /** Reads the records again. */
    public abstract void load();

    /**
     * What the search and the filters let through as they stand; null when nothing is filtered.
     *
     * @param typed what is typed in the search field
     */
    protected abstract Predicate<R> filter(SearchQuery typed);

    /** Filters again whenever the value (a filter of the subclass) changes. */
    protected final void refilterOn(ObservableValue<?> value) {
        value.addListener((o, a, b) -> shown.setPredicate(filter(SearchQuery.of(search.get()))));
    }

    /** Reads in the background and hands the answer to {@code apply} on the UI thread, unless a newer read ran. */
    protected final <T> void read(Callable<T> work, Consumer<T> apply) {
        long mine = ++generation;
        loading.set(true);
        background.run(work, answer -> {
            if (mine == generation) {
                apply.accept(answer);
                loading.set(false);
            }
        }, e -> {
            if (mine == generation) {
                // an older read that failed while a newer one runs says nothing: the newer one will
                loading.set(false);
                Failure.show(e);
            }
        });
    }

    /** Shows nothing, and drops the answer of any read still running. */
    protected final void clear() {
        generation++;
        all.clear();
        loading.set(false);
    }

    /** Replaces every record. */
    protected final void setAll(List<R> rows) {
        all.setAll(rows);
    }

    /** Puts a saved record in place of the one with its id, or adds it. */
    protected final void replace(R row, ToLongFunction<R> id) {
        long key = id.applyAsLong(row);
        for (int i = 0; i < all.size(); i++) {
            if (id.applyAsLong(all.get(i)) == key) {
                all.set(i, row);
                return;
            }
        }
        all.add(row);
    }

    /** Takes the record with the id away. */
    protected final void remove(long key, ToLongFunction<R> id) {
        all.removeIf(r -> id.applyAsLong(r) == key);
    }

    /**
     * Deletes a record as the list showed it, at its version, in the background. Deleted, or gone already (then
     * said): {@code deleted} takes it off the list. Someone else saved it since: the list shows it as saved now
     * ({@code showNow}), and the coordinator says whether to leave it so or delete it anyway, at that version.
     */
    protected final <T> void deleteShown(T shown, Function<T, DeleteResult<T>> delete,
            ChangedMeanwhile.Deleting ask, Consumer<T> showNow, Runnable deleted) {
        background.run(() -> delete.apply(shown), result -> {
            switch (result.kind()) {
                case DELETED -> deleted.run();
                case GONE -> {
                    deleted.run();
                    ask.gone();
                }
                case CHANGED_MEANWHILE -> {
                    showNow.accept(result.current());
                    if (ask.changedMeanwhile(result.otherChange())
                            .filter(c -> c == ChangedMeanwhile.Choice.OVERWRITE).isPresent()) {
                        deleteShown(result.current(), delete, ask, showNow, deleted);
                    }
                }
            }
        });
    }

    /** Every record read. */
    public final ObservableList<R> all() {
        return allReadOnly;
    }

    /** The records the search and the filters let through. */
    public final ObservableList<R> shown() {
        return shown;
    }

    /** What is typed in the search field. */
    public final StringProperty searchProperty() {
        return search;
    }

    /** True while a read runs. */
    public final ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public final Workspace workspace() {
        return workspace;
    }
}
