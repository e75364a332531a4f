package org.visitdesk.ui.reports;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.AccessReport;
import org.visitdesk.domain.DateRange;
import org.visitdesk.ui.Background;
import org.visitdesk.ui.Failure;

/**
 * The state of the Reports page: a range of days (eight weeks up to today at first) and, for every ISO week of it,
 * the visits by outcome and the median wait, read in the background from the access report.
 */
public final class ReportsViewModel {

    /** Weeks shown at first. */
    static final int WEEKS = 8;

    private final Workspace workspace;
    private final Background background;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<AccessReport.Week> weeks = FXCollections.observableArrayList();
    private final ObjectProperty<AccessReport.Figures> figures = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private long generation;

    public ReportsViewModel(Workspace workspace, Background background) {
        this.workspace = workspace;
        this.background = background;
        LocalDate today = LocalDate.now(workspace.clock());
        to.set(today);
        from.set(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS - 1));
    }

    /** Reads the report of the chosen days again; a range that ends before it starts shows nothing. */
    public void load() {
        LocalDate a = from.get();
        LocalDate b = to.get();
        long mine = ++generation;
        if (a == null || b == null || b.isBefore(a)) {
            weeks.clear();
            figures.set(null);
            return;
        }
        loading.set(true);
        background.run(() -> workspace.reports().report(new DateRange(a, b)), r -> {
            if (mine == generation) {
                weeks.setAll(everyWeek(a, b, r.weeks()));
                figures.set(r.figures());
                loading.set(false);
            }
        }, e -> {
            if (mine == generation) {
                loading.set(false);
            }
            Failure.show(e);
        });
    }

    /** Every ISO week that touches [from, to], in order; a week without visits shows as empty, not left out. */
    static List<AccessReport.Week> everyWeek(LocalDate from, LocalDate to, List<AccessReport.Week> read) {
        Map<LocalDate, AccessReport.Week> byMonday = new HashMap<>();
        read.forEach(w -> byMonday.put(w.monday(), w));
        List<AccessReport.Week> out = new ArrayList<>();
        for (LocalDate m = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); !m.isAfter(to);
                m = m.plusWeeks(1)) {
            out.add(byMonday.getOrDefault(m, new AccessReport.Week(m, Map.of(), 0, null)));
        }
        return out;
    }

    /** The median wait of a week in whole minutes, or null when no wait was recorded. */
    static Long minutes(Duration wait) {
        return wait == null ? null : wait.toMinutes();
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** The weeks of the range, read. */
    public ObservableList<AccessReport.Week> weeks() {
        return weeks;
    }

    /** The figures of the whole range, or null before the first read. */
    public ObjectProperty<AccessReport.Figures> figuresProperty() {
        return figures;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }
}
