package org.visitdesk.ui.facilities;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.visitdesk.app.FacilityService.FacilityRules;
import org.visitdesk.app.OtherChange;
import org.visitdesk.app.VisitListing;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.BlackoutDay;
import org.visitdesk.domain.Facility;
import org.visitdesk.domain.FieldError;
import org.visitdesk.domain.VisitingWindow;
import org.visitdesk.ui.Background;
import org.visitdesk.ui.ChangedMeanwhile;
import org.visitdesk.ui.Failure;
import org.visitdesk.ui.Form;
import org.visitdesk.ui.Toolbars;

/**
 * The state of the Facilities page: the list of facilities and the one being edited, with its visiting windows and
 * blackout days. Edits stay here until Save, which writes facility, windows and blackouts in one transaction.
 */
public final class FacilitiesViewModel {

    /** Defaults of a new facility (ICE's Adelanto limits; the capacity is a guess the coordinator corrects). */
    static final int NEW_CAPACITY = 10;
    static final int NEW_VISITORS_PER_VISIT = 3;
    static final int NEW_VISITS_PER_WEEK = 3;

    private final Workspace workspace;
    private final Background background;
    private final ObservableList<Facility> facilities = FXCollections.observableArrayList();
    private final ObservableList<Facility> facilitiesReadOnly = FXCollections.unmodifiableObservableList(facilities);
    /** The facility as last read or saved; null while none is open or a new one is not saved yet. */
    private final ReadOnlyObjectWrapper<FacilityRules> loaded = new ReadOnlyObjectWrapper<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty capacity = new SimpleStringProperty("");
    private final StringProperty visitorsPerVisit = new SimpleStringProperty("");
    private final StringProperty visitsPerWeek = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObservableList<WindowRow> windows = FXCollections.observableArrayList(WindowRow::observables);
    private final ObservableList<WindowRow> windowsReadOnly = FXCollections.unmodifiableObservableList(windows);
    private final ObservableList<BlackoutDay> blackouts = FXCollections.observableArrayList();
    private final ObservableList<BlackoutDay> blackoutsReadOnly = FXCollections.unmodifiableObservableList(blackouts);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private boolean filling;
    /** The version of the facility the next save goes at: the one opened, or the one saved now when saving over. */
    private int version;
    /** The other coordinator's change the next save goes over on purpose; null when none. */
    private OtherChange overwriting;

    public FacilitiesViewModel(Workspace workspace, Background background) {
        this.workspace = workspace;
        this.background = background;
        for (Observable o : new Observable[] {name, address, capacity, visitorsPerVisit, visitsPerWeek, notes}) {
            o.addListener(x -> touched());
        }
        windows.addListener((ListChangeListener<WindowRow>) c -> touched());
        blackouts.addListener((ListChangeListener<BlackoutDay>) c -> touched());
    }

    private void touched() {
        if (!filling) {
            dirty.set(true);
        }
    }

    /** Reads the list of facilities again; {@code then} runs once it is shown. */
    public void load(Runnable then) {
        busy.set(true);
        background.run(() -> workspace.facilities().listAll(), list -> {
            facilities.setAll(list);
            busy.set(false);
            then.run();
        }, e -> {
            busy.set(false);
            Failure.show(e);
        });
    }

    /** Opens a facility for editing (what was edited before is dropped: ask first). */
    public void open(Facility f, Runnable then) {
        busy.set(true);
        background.run(() -> workspace.facilities().rules(f.id()), rules -> {
            busy.set(false);
            fill(rules);
            then.run();
        }, e -> {
            busy.set(false);
            Failure.show(e);
        });
    }

    /** Starts a new, unsaved facility with the usual limits. */
    public void startNew(String newName) {
        fill(null);
        filling = true;
        name.set(newName);
        capacity.set(Integer.toString(NEW_CAPACITY));
        visitorsPerVisit.set(Integer.toString(NEW_VISITORS_PER_VISIT));
        visitsPerWeek.set(Integer.toString(NEW_VISITS_PER_WEEK));
        filling = false;
        open.set(true);
        dirty.set(true);
    }

    /** Drops the edits: back to what is stored (a new facility is dropped altogether). */
    public void revert() {
        fill(loaded.get());
    }

    /** Closes the editor (the facility was deleted, or there is none). */
    public void close() {
        fill(null);
    }

    private void fill(FacilityRules rules) {
        filling = true;
        try {
            loaded.set(rules);
            version = rules == null ? 0 : rules.facility().version();
            overwriting = null;
            Facility f = rules == null ? null : rules.facility();
            name.set(f == null ? "" : f.name());
            address.set(f == null ? "" : f.address());
            capacity.set(f == null ? "" : Integer.toString(f.roomCapacity()));
            visitorsPerVisit.set(f == null ? "" : Integer.toString(f.maxVisitorsPerVisit()));
            visitsPerWeek.set(f == null ? "" : Integer.toString(f.maxVisitsPerWeek()));
            notes.set(f == null ? "" : f.notes());
            List<WindowRow> rows = new ArrayList<>();
            if (rules != null) {
                rules.windows().forEach(w -> rows.add(WindowRow.of(w)));
            }
            rows.sort(WindowRow.order());
            windows.setAll(rows);
            List<BlackoutDay> days = new ArrayList<>(rules == null ? List.of() : rules.blackouts());
            days.sort(Comparator.comparing(BlackoutDay::from));
            blackouts.setAll(days);
        } finally {
            filling = false;
        }
        open.set(rules != null);
        dirty.set(false);
    }

    /** Adds a window like the given one (or Monday 09:00–10:00 for every unit) and returns it. */
    public WindowRow addWindow(WindowRow like) {
        WindowRow row = like == null ? new WindowRow("", DayOfWeek.MONDAY, "09:00", "10:00", true)
                : new WindowRow(like.unitProperty().get(), like.dayProperty().get(), like.startProperty().get(),
                        like.endProperty().get(), like.contactProperty().get());
        int at = like == null ? windows.size() : windows.indexOf(like) + 1;
        windows.add(at, row);
        return row;
    }

    public void removeWindow(WindowRow row) {
        windows.remove(row);
    }

    /** Adds blackout days, in date order. */
    public void addBlackout(BlackoutDay day) {
        int at = 0;
        while (at < blackouts.size() && !blackouts.get(at).from().isAfter(day.from())) {
            at++;
        }
        blackouts.add(at, day);
    }

    public void removeBlackout(BlackoutDay day) {
        blackouts.remove(day);
    }

    /** What is edited now, or the problems that stop it from being saved (times are then marked on their rows). */
    record Checked(FacilityRules rules, List<FieldError> errors) {
    }

    Checked check() {
        List<FieldError> typed = new ArrayList<>();
        int cap = number(capacity.get(), "roomCapacity", typed);
        int visitors = number(visitorsPerVisit.get(), "maxVisitorsPerVisit", typed);
        int week = number(visitsPerWeek.get(), "maxVisitsPerWeek", typed);
        long id = loaded.get() == null ? 0 : loaded.get().facility().id();
        Facility f = new Facility(id, name.get(), address.get(), cap, visitors, week, notes.get(), version);
        List<FieldError> errors = Form.merge(typed, f.problems());
        List<VisitingWindow> ws = new ArrayList<>();
        boolean badWindow = false;
        for (WindowRow r : windows) {
            VisitingWindow w = r.toWindow(id);
            if (w == null) {
                badWindow = true;
            } else {
                ws.add(w);
            }
        }
        if (badWindow) {
            errors.add(new FieldError("windows", "facilities.error.windows"));
        }
        return new Checked(errors.isEmpty() ? new FacilityRules(f, ws, blackouts) : null, errors);
    }

    private static int number(String text, String field, List<FieldError> errors) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            errors.add(new FieldError(field, "error.required"));
            return 0;
        }
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "facilities.error.number"));
            return 0;
        }
    }

    /**
     * Saves facility, windows and blackouts together in the background. {@code done} gets the problems (empty when
     * saved); when there are any, nothing was saved and the edits stay.
     */
    public void save(Consumer<List<FieldError>> done) {
        save(done, other -> Optional.empty());
    }

    /**
     * Saves like {@link #save(Consumer)}; when someone else saved the facility after it was opened, {@code ask}
     * says who and when and answers: reload (the editor shows the facility as saved now), save over their change,
     * or neither (empty: the edits stay, unsaved, and {@code done} gets why).
     */
    public void save(Consumer<List<FieldError>> done, Function<OtherChange, Optional<ChangedMeanwhile.Choice>> ask) {
        Checked c = check();
        if (!c.errors().isEmpty()) {
            done.accept(c.errors());
            return;
        }
        busy.set(true);
        OtherChange over = overwriting;
        background.run(() -> workspace.facilities().save(c.rules(), over), result -> {
            busy.set(false);
            if (result.isSaved()) {
                fill(result.saved());
                replace(result.saved().facility());
            } else if (result.changedMeanwhile()) {
                Optional<ChangedMeanwhile.Choice> choice = ask.apply(result.otherChange());
                if (choice.isPresent() && choice.get() == ChangedMeanwhile.Choice.RELOAD) {
                    fill(result.current());
                    replace(result.current().facility());
                    return;
                }
                if (choice.isPresent()) {
                    version = result.current().facility().version();
                    overwriting = result.otherChange();
                    save(done, ask);
                    return;
                }
            }
            done.accept(result.errors());
        }, e -> {
            busy.set(false);
            Failure.show(e);
        });
    }

    private void replace(Facility saved) {
        facilities.removeIf(f -> f.id() == saved.id());
        int at = 0;
        while (at < facilities.size() && Toolbars.NAME_ORDER.compare(facilities.get(at).name(), saved.name()) < 0) {
            at++;
        }
        facilities.add(at, saved);
    }

    /** How many visits the open facility has (a facility with visits cannot be deleted). */
    public void visitCount(Consumer<Long> then) {
        FacilityRules r = loaded.get();
        if (r == null) {
            then.accept(0L);
            return;
        }
        background.run(() -> workspace.facilities().visitCount(r.facility().id()), then);
    }

    /** Deletes the open facility; {@code done} gets false when it has visits (then nothing was deleted). */
    public void delete(Consumer<Boolean> done) {
        FacilityRules r = loaded.get();
        if (r == null) {
            // a new facility that was never saved: nothing to delete but the edits
            close();
            done.accept(true);
            return;
        }
        long id = r.facility().id();
        background.run(() -> workspace.facilities().delete(id), deleted -> {
            if (deleted) {
                facilities.removeIf(f -> f.id() == id);
                close();
            }
            done.accept(deleted);
        });
    }

    /** The id of the open facility; 0 when it is new or none is open. */
    /** The visits a closure hit that have begun and wait for a report, then what to do with them. */
    public void visitsHitBy(BlackoutDay day, Consumer<List<VisitListing>> then) {
        background.run(() -> workspace.outcomes().hitByClosure(day.facilityId(), day.from(), day.to()), then);
    }

    /** Marks the visits {@code LOCKDOWN} in the background, then says how many were marked. */
    public void markLockdown(List<Long> visitIds, Consumer<Integer> then) {
        background.run(() -> workspace.outcomes().markLockdown(visitIds), then);
    }

    public long openId() {
        return loaded.get() == null ? 0 : loaded.get().facility().id();
    }

    public ObservableList<Facility> facilities() {
        return facilitiesReadOnly;
    }

    /** The facility as last read or saved; null while none is open or a new one is not saved yet. */
    public ReadOnlyObjectProperty<FacilityRules> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty capacityProperty() {
        return capacity;
    }

    public StringProperty visitorsPerVisitProperty() {
        return visitorsPerVisit;
    }

    public StringProperty visitsPerWeekProperty() {
        return visitsPerWeek;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    /** The weekly visiting windows being edited; rows change through {@link #addWindow} and their cells. */
    public ObservableList<WindowRow> windows() {
        return windowsReadOnly;
    }

    /** The blackout days being edited. */
    public ObservableList<BlackoutDay> blackouts() {
        return blackoutsReadOnly;
    }

    /** True when something was edited since the facility was opened or saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** True when a facility (stored or new) is in the editor. */
    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    /** True while a read or a save runs: nothing can be typed then. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public Workspace workspace() {
        return workspace;
    }
}
