package org.visitdesk.ui.visits;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.visitdesk.app.ConflictNotice;
import org.visitdesk.app.Messages;
import org.visitdesk.app.SeriesService;
import org.visitdesk.domain.FieldError;
import org.visitdesk.domain.Visit;
import org.visitdesk.ui.Dates;

/**
 * What the preview of a series holds, without the window: each visit the rule makes with its conflicts and a
 * tick (those that break a rule that blocks, or whose time has passed, start unticked: left out), and the reason
 * to plan anyway those of them ticked again.
 */
public final class SeriesPreviewModel {

    /** One visit of the series and whether it is planned. */
    public record Row(SeriesService.Occurrence occurrence, BooleanProperty ticked) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final BooleanBinding needsReason;

    public SeriesPreviewModel(List<SeriesService.Occurrence> occurrences) {
        for (SeriesService.Occurrence o : occurrences) {
            rows.add(new Row(o, new SimpleBooleanProperty(!o.needsDecision())));
        }
        BooleanProperty[] ticks = rows.stream().map(Row::ticked).toArray(BooleanProperty[]::new);
        needsReason = Bindings.createBooleanBinding(() -> rows.stream()
                .anyMatch(r -> r.ticked().get() && r.occurrence().needsDecision()), ticks);
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /** The visits ticked, in order. */
    public List<Visit> chosen() {
        return rows.stream().filter(r -> r.ticked().get()).map(r -> r.occurrence().visit()).toList();
    }

    /** True while a ticked visit breaks a rule that blocks or has passed: the reason is asked for. */
    public BooleanBinding needsReasonProperty() {
        return needsReason;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    /** The reason to give the series: only while one is needed. */
    public String reasonToSave() {
        return needsReason.get() ? reason.get().strip() : "";
    }

    /** What keeps the ticked visits from being saved: none ticked, or no reason while one is needed. */
    public List<FieldError> problems() {
        List<FieldError> out = new ArrayList<>();
        if (chosen().isEmpty()) {
            out.add(new FieldError("", "error.series.noneChosen"));
        }
        if (needsReason.get() && reason.get().isBlank()) {
            out.add(new FieldError("reason", "series.reason.required"));
        }
        return out;
    }

    /** "8 visits; 1 is left out because it breaks a rule or its time has passed." */
    public String summary() {
        long out = rows.stream().filter(r -> r.occurrence().needsDecision()).count();
        return Messages.get("series.summary", rows.size(), out);
    }

    /** "Tue 8 Dec 2026, 12:10–13:10": when one visit is. */
    public static String when(Visit v) {
        return Dates.showDay(v.day()) + ", " + Dates.show(v.start().toLocalTime()) + "\u2013"
                + Dates.show(v.end().toLocalTime());
    }

    /** The conflicts of one visit in words, one a line, each marked as error or warning; "no conflicts" if none. */
    public static String conflicts(SeriesService.Occurrence o) {
        StringBuilder sb = new StringBuilder();
        if (o.past()) {
            sb.append("\u2716 ").append(Messages.get("series.past")).append('\n');
        }
        for (ConflictNotice n : o.conflicts()) {
            sb.append(n.isError() ? "\u2716 " : "\u26A0 ").append(Messages.get(n.message())).append('\n');
        }
        return sb.length() == 0 ? Messages.get("visit.conflicts.none") : sb.toString().strip();
    }
}
