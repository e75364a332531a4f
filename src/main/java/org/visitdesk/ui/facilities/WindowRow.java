package org.visitdesk.ui.facilities;

import java.text.Collator;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Comparator;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.visitdesk.app.Messages;
import org.visitdesk.domain.VisitingWindow;
import org.visitdesk.ui.Dates;

/**
 * One visiting window as it is being edited: the times are kept as typed, so a time that cannot be read stays on
 * screen (marked) instead of being lost. The marks follow the typing.
 */
public final class WindowRow {

    private final StringProperty unit = new SimpleStringProperty("");
    private final ObjectProperty<DayOfWeek> day = new SimpleObjectProperty<>(DayOfWeek.MONDAY);
    private final StringProperty start = new SimpleStringProperty("");
    private final StringProperty end = new SimpleStringProperty("");
    private final BooleanProperty contact = new SimpleBooleanProperty(true);
    /** Message key of what is wrong with the start time, or null. */
    private final ObjectProperty<String> startError = new SimpleObjectProperty<>();
    /** Message key of what is wrong with the end time, or null. */
    private final ObjectProperty<String> endError = new SimpleObjectProperty<>();

    public WindowRow(String unit, DayOfWeek day, String start, String end, boolean contact) {
        this.unit.set(unit == null ? "" : unit);
        this.day.set(day == null ? DayOfWeek.MONDAY : day);
        this.start.set(start == null ? "" : start);
        this.end.set(end == null ? "" : end);
        this.contact.set(contact);
        this.start.addListener((o, a, b) -> check());
        this.end.addListener((o, a, b) -> check());
        check();
    }

    /** A row showing a stored window. */
    public static WindowRow of(VisitingWindow w) {
        return new WindowRow(w.housingUnit(), w.day(), Dates.show(w.start()), Dates.show(w.end()), w.contact());
    }

    /** Housing unit, then weekday, then start time (times that cannot be read last). */
    public static Comparator<WindowRow> order() {
        Collator names = Collator.getInstance(Messages.locale());
        names.setStrength(Collator.SECONDARY);
        return Comparator.<WindowRow, String>comparing(r -> r.unit.get().strip(), names)
                .thenComparing(r -> r.day.get())
                .thenComparing(r -> readOrNull(r.start.get()), Comparator.nullsLast(Comparator.naturalOrder()));
    }

    /** Checks the times and marks them; true when the row is a valid window. */
    public boolean check() {
        LocalTime s = read(start.get(), startError);
        LocalTime e = read(end.get(), endError);
        if (s != null && e != null && !e.isAfter(s)) {
            endError.set("facilities.error.endBeforeStart");
            return false;
        }
        return s != null && e != null && day.get() != null;
    }

    /** The window this row stands for, or null when its times are wrong (then they are marked). */
    public VisitingWindow toWindow(long facilityId) {
        if (!check()) {
            return null;
        }
        return new VisitingWindow(0, facilityId, unit.get(), day.get(), Dates.parseTime(start.get()),
                Dates.parseTime(end.get()), contact.get());
    }

    private static LocalTime read(String text, ObjectProperty<String> error) {
        if (text == null || text.isBlank()) {
            error.set("facilities.error.timeRequired");
            return null;
        }
        LocalTime t = readOrNull(text);
        error.set(t == null ? "facilities.error.time" : null);
        return t;
    }

    private static LocalTime readOrNull(String text) {
        try {
            return Dates.parseTime(text);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** What a list must watch to see this row change. */
    Observable[] observables() {
        return new Observable[] {unit, day, start, end, contact};
    }

    public StringProperty unitProperty() {
        return unit;
    }

    public ObjectProperty<DayOfWeek> dayProperty() {
        return day;
    }

    public StringProperty startProperty() {
        return start;
    }

    public StringProperty endProperty() {
        return end;
    }

    public BooleanProperty contactProperty() {
        return contact;
    }

    public ObjectProperty<String> startErrorProperty() {
        return startError;
    }

    public ObjectProperty<String> endErrorProperty() {
        return endError;
    }
}
