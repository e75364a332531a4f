package org.visitdesk.ui.tomorrow;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.visitdesk.app.Diagnostics;
import org.visitdesk.app.Messages;
import org.visitdesk.app.ProblemException;
import org.visitdesk.app.SearchQuery;
import org.visitdesk.app.VisitChange;
import org.visitdesk.app.VisitListing;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.DateRange;
import org.visitdesk.domain.SearchKey;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.Visitor;
import org.visitdesk.ui.Background;
import org.visitdesk.ui.RecordList;

/**
 * The state of the Tomorrow page: the visits of one day (at first the next day after today that has a visit
 * planned, within two weeks), to call each visitor the day before and tick confirmed or cancelled. The ticks
 * change the visit's status in the records, in the background.
 */
public final class TomorrowViewModel extends RecordList<VisitListing> {

    /** How far ahead the next visiting day is looked for. */
    static final int LOOK_AHEAD_DAYS = 14;

    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

    public TomorrowViewModel(Workspace workspace, Background background) {
        super(workspace, background);
    }

    /** The day whose visits are listed; null until the next visiting day is found. */
    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    /** What the last tick could not do, in words; blank when it went through. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Reads the day's visits; without a day, finds the next visiting day first. */
    @Override
    public void load() {
        LocalDate chosen = day.get();
        LocalDate tomorrow = LocalDate.now(workspace.clock()).plusDays(1);
        read(() -> {
            if (chosen != null) {
                return new Answer(chosen, ofDay(workspace, chosen));
            }
            List<VisitListing> ahead = workspace.visits().between(
                    new DateRange(tomorrow, tomorrow.plusDays(LOOK_AHEAD_DAYS - 1)));
            LocalDate first = ahead.stream().filter(l -> l.visit().status().isPlanned())
                    .map(l -> l.visit().day()).min(Comparator.naturalOrder()).orElse(tomorrow);
            return new Answer(first, ahead.stream().filter(l -> l.visit().day().equals(first))
                    .filter(l -> shown(l.visit())).toList());
        }, a -> {
            if (!a.day().equals(day.get())) {
                day.set(a.day());
            }
            setAll(a.visits());
        });
    }

    private record Answer(LocalDate day, List<VisitListing> visits) {
    }

    /** The day's visits that a call is about: planned, confirmed or cancelled ones (not those already past). */
    static List<VisitListing> ofDay(Workspace ws, LocalDate d) {
        return ws.visits().between(DateRange.of(d)).stream()
                .filter(l -> l.visit().day().equals(d) && shown(l.visit())).toList();
    }

    private static boolean shown(Visit v) {
        return v.status().isPlanned() || v.status() == VisitStatus.CANCELLED;
    }

    /** Ticks the visit confirmed or takes the tick back; the row shows the visit as saved. */
    public void setConfirmed(VisitListing row, boolean confirmed) {
        long id = row.visit().id();
        background.run(() -> {
            boolean done = workspace.visits().setConfirmed(id, confirmed);
            return new Tick(done ? "" : Messages.get("tomorrow.notPlanned"),
                    workspace.visits().listing(id).orElse(null));
        }, this::show, this::failed);
    }

    /**
     * Ticks the visit cancelled, or takes the tick back: the visit is planned again through the rules, and stays
     * cancelled when it now breaks one that blocks (the coordinator decides in the calendar).
     */
    public void setCancelled(VisitListing row, boolean cancelled) {
        long id = row.visit().id();
        background.run(() -> {
            String said = "";
            if (cancelled) {
                if (!workspace.visits().cancel(id)) {
                    said = Messages.get("tomorrow.notPlanned");
                }
            } else {
                Visit now = workspace.visits().byId(id).orElse(null);
                if (now != null && now.status() == VisitStatus.CANCELLED) {
                    VisitChange c = workspace.schedule().plan(now.withStatus(VisitStatus.SCHEDULED), "");
                    if (!c.isSaved()) {
                        said = Messages.get("tomorrow.cannotRestore");
                    }
                }
            }
            return new Tick(said, workspace.visits().listing(id).orElse(null));
        }, this::show, this::failed);
    }

    private record Tick(String notice, VisitListing row) {
    }

    private void show(Tick t) {
        notice.set(t.notice());
        if (t.row() != null) {
            replace(t.row(), l -> l.visit().id());
        }
    }

    private void failed(Throwable e) {
        if (ProblemException.behind(e) == null) {
            Diagnostics.logUnexpected(e);
        }
        notice.set(Messages.get("tomorrow.failed"));
        load();
    }

    /** The visitors with their phones, one a line: whom to call. */
    static String calls(VisitListing l) {
        StringBuilder out = new StringBuilder();
        for (Visitor v : l.visitors()) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(v.fullName());
            if (!v.phone().isEmpty()) {
                // the number never breaks across lines
                out.append(" · ").append(v.phone().replace(' ', '\u00A0'));
            }
        }
        return out.length() == 0 ? Messages.get("tomorrow.noVisitor") : out.toString();
    }

    @Override
    protected Predicate<VisitListing> filter(SearchQuery q) {
        return q.isEmpty() ? null : l -> q.test(SearchKey.fold((l.detainee() == null ? ""
                : l.detainee().givenName() + " " + l.detainee().familyName() + " " + l.detainee().housingUnit())
                + " " + l.visitors().stream().map(v -> v.fullName() + " " + v.phone()).reduce("", String::concat)));
    }
}
