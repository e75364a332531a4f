package org.visitdesk.ui.visits;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.visitdesk.app.ConflictNotice;
import org.visitdesk.app.DetaineeListing;
import org.visitdesk.app.Messages;
import org.visitdesk.app.OtherChange;
import org.visitdesk.app.SearchQuery;
import org.visitdesk.app.VisitChange;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Facility;
import org.visitdesk.domain.FieldError;
import org.visitdesk.domain.Languages;
import org.visitdesk.domain.Repeat;
import org.visitdesk.domain.SearchKey;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.VisitType;
import org.visitdesk.domain.Visitor;
import org.visitdesk.ui.Dates;
import org.visitdesk.ui.Form;

/**
 * What the visit dialog holds, without the window: the person and the volunteers picked, the day and the times as
 * typed, type, status, notes, and the reason to save anyway once it is asked for. It reads what was typed, says
 * what is wrong with it, builds the {@link Visit}, and says what the answer of a save means for the form.
 */
public final class VisitForm {

    /** At most this many suggestions: the lists can hold tens of thousands of people. */
    static final int MAX_SUGGESTIONS = 20;

    /** What the dialog does after a save: close with the visit, mark fields, or ask for a reason. */
    public record AfterSave(Visit saved, List<FieldError> errors, List<ConflictNotice> conflicts) {

        public AfterSave {
            errors = List.copyOf(errors);
            conflicts = List.copyOf(conflicts);
        }

        /** True when the visit was saved: the dialog closes. */
        public boolean closes() {
            return saved != null;
        }
    }

    /** Whether a new visit repeats: not, every week, every other week. */
    public enum Repeating {
        NO(0), EVERY_WEEK(1), EVERY_OTHER_WEEK(2);

        private final int weeks;

        Repeating(int weeks) {
            this.weeks = weeks;
        }

        /** 0 when it does not repeat, else every how many weeks. */
        public int weeks() {
            return weeks;
        }
    }

    /** A volunteer with the folded text the search matches. */
    private record VisitorChoice(Visitor visitor, String key) {
        static VisitorChoice of(Visitor v) {
            return new VisitorChoice(v, SearchKey.fold(v.givenName() + " " + v.familyName() + " " + v.familyName()
                    + " " + v.givenName() + " " + v.email()));
        }
    }

    /** The visit as opened, or as reloaded after someone else saved it meanwhile. */
    private Visit prefill;
    /** The version the next save goes at: the one opened, or the one saved now when saving over another's change. */
    private int version;
    /** The other coordinator's change the next save goes over on purpose; null when none. */
    private OtherChange overwriting;
    private final ObjectProperty<Detainee> detainee = new SimpleObjectProperty<>();
    private final StringProperty detaineeText = new SimpleStringProperty("");
    private final ObservableList<Visitor> visitors = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final StringProperty dayText = new SimpleStringProperty("");
    private final StringProperty start = new SimpleStringProperty("");
    private final StringProperty end = new SimpleStringProperty("");
    private final ObjectProperty<VisitType> type = new SimpleObjectProperty<>();
    private final ObjectProperty<VisitStatus> status = new SimpleObjectProperty<>();
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty overrideReason = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper overrideAsked = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<Repeating> repeating = new SimpleObjectProperty<>(Repeating.NO);
    private final StringProperty times = new SimpleStringProperty("");
    private final StringProperty untilText = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private volatile List<DetaineeListing> people = List.of();
    private volatile List<VisitorChoice> volunteers = List.of();
    private List<Facility> facilities = List.of();
    /** The end the form proposed (an hour after the start): it follows the start until someone types another. */
    private String autoEnd = "";

    /**
     * @param prefill a new visit (id 0; start, end, detainee or visitors may be set) or a saved one; null for a
     *                blank new visit
     */
    public VisitForm(Visit prefill) {
        this.prefill = prefill == null
                ? new Visit(0, 0, 0, null, null, List.of(), VisitType.SOCIAL, VisitStatus.SCHEDULED, "", "")
                : prefill;
        show(this.prefill);
        detaineeText.addListener((o, before, now) -> {
            Detainee d = detainee.get();
            if (d != null && !label(d).equals(now)) {
                detainee.set(null);
            }
        });
        start.addListener((o, before, now) -> followStart(now));
        times.set("8");
    }

    private void show(Visit v) {
        version = v.version();
        if (v.start() != null) {
            autoEnd = Dates.show(v.start().toLocalTime().plusHours(1));
            day.set(v.start().toLocalDate());
            start.set(Dates.show(v.start().toLocalTime()));
            end.set(Dates.show((v.end() != null ? v.end() : v.start().plusHours(1)).toLocalTime()));
        }
        type.set(v.type());
        status.set(v.status());
        notes.set(v.notes());
        // a visit saved despite conflicts keeps its reason when saved again, while it still breaks the rules
        overrideReason.set(v.overrideReason());
        overrideAsked.set(!v.overrideReason().isBlank());
    }

    /**
     * Someone else saved the visit after the form opened it: the form shows it as saved now (what was typed is
     * dropped) and edits that version from here on.
     */
    public void reload(Visit current) {
        prefill = current;
        overwriting = null;
        show(current);
        if (current.start() != null) {
            // as the date picker writes it, for a form that is read without one
            dayText.set(Form.dayFormat().format(current.start().toLocalDate()));
        }
        visitors.clear();
        detainee.set(null);
        detaineeText.set("");
        pickSaved();
    }

    /**
     * Someone else saved the visit after the form opened it, and the coordinator saves what they typed over that
     * change: the next save goes at the version saved now, and its history says whose change it replaced.
     */
    public void overwrite(Visit current, OtherChange other) {
        version = current.version();
        overwriting = other;
    }

    /** The other coordinator's change the next save goes over on purpose; null when none. */
    public OtherChange overwriting() {
        return overwriting;
    }

    /** True when the visit as read has another start or end than the one it was opened with. */
    public boolean timeChanged(Visit read) {
        return !Objects.equals(read.start(), prefill.start())
                || !Objects.equals(read.end(), prefill.end());
    }

    /** True for a visit not saved yet. */
    public boolean isNew() {
        return prefill.id() == 0;
    }

    /** The visit's id; 0 when new. */
    public long id() {
        return prefill.id();
    }

    /** Everyone who can be picked, read once; the person and volunteers of the visit are picked among them. */
    public void choices(List<DetaineeListing> people, List<Visitor> volunteers, List<Facility> facilities) {
        this.people = List.copyOf(people);
        this.volunteers = volunteers.stream().map(VisitorChoice::of).toList();
        this.facilities = List.copyOf(facilities);
        pickSaved();
        ready.set(true);
    }

    /** Picks the person and volunteers of the visit as opened, among those that can be picked. */
    private void pickSaved() {
        if (prefill.detaineeId() > 0) {
            people.stream().filter(l -> l.detainee().id() == prefill.detaineeId()).findFirst()
                    .ifPresent(l -> pick(l.detainee()));
        }
        for (Long id : prefill.visitorIds()) {
            volunteers.stream().map(VisitorChoice::visitor).filter(x -> x.id() == id).findFirst()
                    .ifPresent(this::addVisitor);
        }
    }

    /** The people whose name or A-number match what was typed (may run away from the UI thread). */
    public List<DetaineeListing> detaineeSuggestions(String typed, BooleanSupplier cancelled) {
        SearchQuery q = SearchQuery.of(typed);
        List<DetaineeListing> out = new ArrayList<>();
        if (q.isEmpty()) {
            return out;
        }
        for (DetaineeListing l : people) {
            if (q.test(l.searchKey())) {
                out.add(l);
                if (out.size() >= MAX_SUGGESTIONS || cancelled.getAsBoolean()) {
                    break;
                }
            }
        }
        return out;
    }

    /** The volunteers not yet on the visit whose name or email match what was typed. */
    public List<Visitor> visitorSuggestions(String typed, BooleanSupplier cancelled) {
        SearchQuery q = SearchQuery.of(typed);
        List<Visitor> out = new ArrayList<>();
        if (q.isEmpty()) {
            return out;
        }
        List<Long> already = visitors.stream().map(Visitor::id).toList();
        for (VisitorChoice c : volunteers) {
            if (!already.contains(c.visitor().id()) && q.test(c.key())) {
                out.add(c.visitor());
                if (out.size() >= MAX_SUGGESTIONS || cancelled.getAsBoolean()) {
                    break;
                }
            }
        }
        return out;
    }

    /** Picks the person visited; the field shows their name and A-number. */
    public void pick(Detainee d) {
        detaineeText.set(label(d));
        detainee.set(d);
    }

    /** Adds a volunteer to the visit, once. */
    public void addVisitor(Visitor v) {
        if (visitors.stream().noneMatch(x -> x.id() == v.id())) {
            visitors.add(v);
        }
    }

    /** Takes a volunteer off the visit. */
    public void removeVisitor(Visitor v) {
        visitors.remove(v);
    }

    /** The end follows the start (one hour later) until someone types an end of their own. */
    private void followStart(String startText) {
        LocalTime t;
        try {
            t = Dates.parseTime(startText);
        } catch (DateTimeParseException e) {
            return;
        }
        if (t != null && (end.get().isBlank() || end.get().strip().equals(autoEnd))) {
            autoEnd = Dates.show(t.plusHours(1));
            end.set(autoEnd);
        }
    }

    /** The facility of the visit: the person's own, else the one the visit had, else the first there is. */
    public Facility facilityOf(Detainee d) {
        if (d != null && d.facilityId() != null) {
            Optional<Facility> own = facilities.stream().filter(f -> f.id() == d.facilityId()).findFirst();
            if (own.isPresent()) {
                return own.get();
            }
        }
        if (d == null && prefill.facilityId() > 0) {
            Optional<Facility> before = facilities.stream().filter(f -> f.id() == prefill.facilityId()).findFirst();
            if (before.isPresent()) {
                return before.get();
            }
        }
        return facilities.isEmpty() ? null : facilities.get(0);
    }

    /** The visit as entered, when it can be checked: a person, a day and two readable times in order. */
    public Optional<Visit> checkable() {
        List<FieldError> errors = new ArrayList<>();
        Visit v = read(errors, false);
        return errors.isEmpty() && v.detaineeId() > 0 && v.start() != null && v.end() != null
                && v.end().isAfter(v.start()) ? Optional.of(v) : Optional.empty();
    }

    /** The visit to save and everything wrong with it; when the list is empty, it can be saved. */
    public record ToSave(Visit visit, List<FieldError> errors, String overrideReason, Repeat repeat) {

        /** True when the visit is the first of a series to plan: the occurrences are shown before saving. */
        public boolean repeats() {
            return repeat != null;
        }
    }

    /**
     * Reads the form for saving: what could not be read first, then the domain's rules for the other fields (a
     * time is not said to be missing when it is the day that is). The reason counts only once it was asked for.
     */
    public ToSave toSave() {
        List<FieldError> typed = new ArrayList<>();
        Visit v = read(typed, true);
        boolean noDay = v.start() == null && day.get() == null;
        if (noDay && typed.stream().noneMatch(e -> e.field().equals("date"))) {
            typed.add(new FieldError("date", "error.required"));
        }
        List<FieldError> problems = new ArrayList<>();
        for (FieldError e : v.problems()) {
            String text = e.field().equals("start") ? start.get() : e.field().equals("end") ? end.get() : "";
            boolean told = problems.stream().anyMatch(p -> p.field().equals(e.field()));
            if (!told && !(noDay && !text.isBlank())) {
                problems.add(e);
            }
        }
        Repeat rule = repeat(typed, v);
        return new ToSave(v, Form.merge(typed, problems), overrideAsked.get() ? overrideReason.get() : "", rule);
    }

    /**
     * The repeat rule of a new visit as typed, or null when it does not repeat; what cannot be read, and what is
     * wrong with the rule for the visit's day, go into {@code errors}. An end date, when one is given, wins over
     * the number of times left at its default.
     */
    Repeat repeat(List<FieldError> errors, Visit v) {
        if (!isNew() || repeating.get() == null || repeating.get() == Repeating.NO) {
            return null;
        }
        LocalDate until = null;
        if (!untilText.get().isBlank()) {
            try {
                until = Dates.parse(untilText.get(), Form.dayFormat());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("until", "error.date.format"));
                return null;
            }
        }
        int n = 0;
        if (until == null) {
            try {
                n = Integer.parseInt(times.get().strip());
            } catch (NumberFormatException e) {
                errors.add(new FieldError("times", "error.repeat.times", List.of(Repeat.MAX_OCCURRENCES)));
                return null;
            }
        }
        Repeat rule = new Repeat(repeating.get().weeks(), n, until);
        List<FieldError> wrong = rule.problems(v.start() == null ? null : v.start().toLocalDate());
        errors.addAll(wrong);
        return wrong.isEmpty() ? rule : null;
    }

    /**
     * What the answer of a save means: closed with the visit saved, fields to mark, or conflicts that block it
     * until a reason is given, which the form now asks for (and says so, more firmly the second time).
     */
    public AfterSave after(VisitChange change) {
        if (change.isSaved()) {
            return new AfterSave(change.saved(), List.of(), change.conflicts());
        }
        if (change.kind() == VisitChange.Kind.NEEDS_DECISION) {
            boolean askedBefore = overrideAsked.get();
            overrideAsked.set(true);
            // what besides the conflicts needs a decision (a time that has passed) is said on its own field
            List<FieldError> why = new ArrayList<>(change.errors());
            if (change.errorConflicts().isEmpty() && !why.isEmpty()) {
                why.add(new FieldError("overrideReason", why.get(0).messageKey()));
            } else {
                why.add(new FieldError("overrideReason",
                        askedBefore ? "error.override.required" : "visit.conflicts.blocked"));
            }
            return new AfterSave(null, why, change.conflicts());
        }
        return new AfterSave(null, change.errors(), List.of());
    }

    /** The visit as entered; what cannot be read goes into {@code errors}. */
    private Visit read(List<FieldError> errors, boolean commitDay) {
        Detainee d = detainee.get();
        if (d == null && !detaineeText.get().isBlank()) {
            errors.add(new FieldError("detainee", "error.detainee.pick"));
        }
        LocalDate date = null;
        try {
            date = Dates.parse(dayText.get(), Form.dayFormat());
            if (commitDay) {
                day.set(date);
            }
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("date", "error.date.format"));
        }
        LocalTime from = Form.readTime(start.get(), "start", errors);
        LocalTime to = Form.readTime(end.get(), "end", errors);
        Facility f = facilityOf(d);
        LocalDateTime a = date != null && from != null ? date.atTime(from) : null;
        LocalDateTime b = date != null && to != null ? date.atTime(to) : null;
        return new Visit(prefill.id(), d == null ? 0 : d.id(), f == null ? 0 : f.id(), a, b,
                visitors.stream().map(Visitor::id).toList(), type.get(), status.get(), notes.get(),
                overrideAsked.get() ? overrideReason.get() : prefill.overrideReason(), version);
    }


    /** "Ruiz, Ana  ·  A-123-456-789": how a picked person shows in the field. */
    static String label(Detainee d) {
        return d.sortName() + "  ·  " + (d.aNumber() == null ? "" : d.aNumber().display());
    }

    /** "West 3A · Spanish · Adelanto": what the dialog says under the person; blank until one is picked. */
    public String details(Detainee d) {
        if (d == null) {
            return "";
        }
        String unit = d.housingUnit().isBlank() ? Messages.get("visit.unit.none") : d.housingUnit();
        Facility f = facilityOf(d);
        return Messages.get("visit.detainee.details", unit, Languages.join(d.languages()),
                f == null ? Messages.get("facility.none") : f.name());
    }

    /** "Ana Ruiz <ana@example.org>  ·  Spanish, English  ·  cleared". */
    static String describe(Visitor v) {
        return who(v) + "  ·  " + about(v);
    }

    /** "Ana Ruiz <ana@example.org>". */
    static String who(Visitor v) {
        return v.fullName() + (v.email().isBlank() ? "" : " <" + v.email() + ">");
    }

    /** "Spanish, English  ·  cleared": what matters for the visit. */
    static String about(Visitor v) {
        String langs = Languages.join(v.languages());
        return (langs.isBlank() ? "—" : langs) + "  ·  "
                + Messages.get(v.isCleared() ? "visit.visitor.cleared" : "visit.visitor.notCleared");
    }

    /** The person picked; null until one is. */
    public ReadOnlyObjectProperty<Detainee> detaineeProperty() {
        return detainee;
    }

    /** What is typed in the person field. */
    public StringProperty detaineeTextProperty() {
        return detaineeText;
    }

    /** The volunteers on the visit, in order; change them with {@link #addVisitor} and {@link #removeVisitor}. */
    public ObservableList<Visitor> visitors() {
        return visitors;
    }

    /** The day, once read. */
    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    /** The day as typed. */
    public StringProperty dayTextProperty() {
        return dayText;
    }

    public StringProperty startProperty() {
        return start;
    }

    public StringProperty endProperty() {
        return end;
    }

    public ObjectProperty<VisitType> typeProperty() {
        return type;
    }

    public ObjectProperty<VisitStatus> statusProperty() {
        return status;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public StringProperty overrideReasonProperty() {
        return overrideReason;
    }

    /** True once the visit broke a rule that blocks: the reason to save anyway is asked for and shown. */
    public ReadOnlyBooleanProperty overrideAskedProperty() {
        return overrideAsked.getReadOnlyProperty();
    }

    /** Whether a new visit repeats. */
    public ObjectProperty<Repeating> repeatingProperty() {
        return repeating;
    }

    /** How many visits a series has in all, as typed. */
    public StringProperty timesProperty() {
        return times;
    }

    /** The last day of a series as typed; blank for a number of times instead. */
    public StringProperty untilTextProperty() {
        return untilText;
    }

    /** True once the people to pick from are read. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }
}
