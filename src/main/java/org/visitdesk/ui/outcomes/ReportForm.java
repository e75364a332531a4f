package org.visitdesk.ui.outcomes;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.visitdesk.app.OutcomeService.Need;
import org.visitdesk.app.VisitListing;
import org.visitdesk.domain.DenialReason;
import org.visitdesk.domain.FieldError;
import org.visitdesk.domain.FollowUpKind;
import org.visitdesk.domain.Outcome;
import org.visitdesk.domain.OutcomeCode;
import org.visitdesk.ui.Dates;
import org.visitdesk.ui.Form;

/**
 * What the Report dialog holds, without a window: the outcome of one visit as typed (the code, the denial reason
 * only while the code is "denied", the three times as text, the note) and the needs ticked, each of which becomes
 * a follow-up. {@link #read()} gives the outcome and the needs, or the fields that cannot be read.
 */
public final class ReportForm {

    /** What was typed, read: the outcome and needs to save, and what could not be read (then nothing is saved). */
    public record Read(Outcome outcome, List<Need> needs, List<FieldError> typed) {
    }

    private final VisitListing visit;
    private final ObjectProperty<OutcomeCode> code = new SimpleObjectProperty<>();
    private final ObjectProperty<DenialReason> reason = new SimpleObjectProperty<>();
    private final StringProperty arrived = new SimpleStringProperty("");
    private final StringProperty seen = new SimpleStringProperty("");
    private final StringProperty left = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final Map<FollowUpKind, BooleanProperty> needs = new EnumMap<>(FollowUpKind.class);
    private final BooleanBinding denied = Bindings.createBooleanBinding(() -> code.get() == OutcomeCode.DENIED, code);

    public ReportForm(VisitListing visit) {
        this.visit = visit;
        for (FollowUpKind k : FollowUpKind.values()) {
            needs.put(k, new SimpleBooleanProperty(false));
        }
    }

    /** Shows an outcome recorded before, to be corrected. */
    public void fill(Outcome o) {
        code.set(o.code());
        reason.set(o.denialReason());
        arrived.set(Dates.show(o.arrived()));
        seen.set(Dates.show(o.seen()));
        left.set(Dates.show(o.left()));
        note.set(o.note());
    }

    /**
     * The outcome as typed and the needs ticked. A denial reason chosen and then hidden (the code changed from
     * "denied") is left out, as the coordinator no longer sees it.
     */
    public Read read() {
        List<FieldError> typed = new ArrayList<>();
        LocalTime a = Form.readTime(arrived.get(), "arrived", typed);
        LocalTime s = Form.readTime(seen.get(), "seen", typed);
        LocalTime l = Form.readTime(left.get(), "left", typed);
        Outcome o = new Outcome(visit.visit().id(), code.get(), denied.get() ? reason.get() : null, a, s, l,
                note.get());
        List<Need> asked = new ArrayList<>();
        needs.forEach((kind, ticked) -> {
            if (ticked.get()) {
                asked.add(Need.of(kind));
            }
        });
        return new Read(o, asked, typed);
    }


    public VisitListing visit() {
        return visit;
    }

    public ObjectProperty<OutcomeCode> codeProperty() {
        return code;
    }

    public ObjectProperty<DenialReason> reasonProperty() {
        return reason;
    }

    /** True while the outcome is "denied": only then is a reason asked for. */
    public BooleanBinding denied() {
        return denied;
    }

    public StringProperty arrivedProperty() {
        return arrived;
    }

    public StringProperty seenProperty() {
        return seen;
    }

    public StringProperty leftProperty() {
        return left;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** Whether a need is ticked. */
    public BooleanProperty need(FollowUpKind kind) {
        return needs.get(kind);
    }
}
