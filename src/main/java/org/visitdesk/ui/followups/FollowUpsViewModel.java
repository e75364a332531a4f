package org.visitdesk.ui.followups;

import java.util.List;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.visitdesk.app.FollowUpListing;
import org.visitdesk.app.Messages;
import org.visitdesk.app.SearchQuery;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.FollowUpKind;
import org.visitdesk.domain.SearchKey;
import org.visitdesk.ui.Background;
import org.visitdesk.ui.Dates;
import org.visitdesk.ui.RecordList;
import org.visitdesk.ui.Toolbars;

/**
 * The state of the Follow-ups page: the open follow-ups, the longest overdue first (with the done and dropped
 * ones after them when asked), filtered by kind, by owner and by the person's name or A-number.
 */
public final class FollowUpsViewModel extends RecordList<FollowUpListing> {

    private final ObjectProperty<FollowUpKind> kind = new SimpleObjectProperty<>();
    private final StringProperty owner = new SimpleStringProperty();
    private final BooleanProperty showAll = new SimpleBooleanProperty(false);
    private final ObservableList<String> owners = FXCollections.observableArrayList();

    public FollowUpsViewModel(Workspace workspace, Background background) {
        super(workspace, background);
        refilterOn(kind);
        refilterOn(owner);
        showAll.addListener((o, a, b) -> load());
    }

    @Override
    public void load() {
        load(() -> { });
    }

    /** Reads the list again, then runs {@code then} (on the UI thread) once it shows. */
    public void load(Runnable then) {
        boolean all = showAll.get();
        read(() -> workspace.followUps().list(all), rows -> {
            // the owners first: their filter may show the list again, which would drop a row chosen on the new rows
            List<String> names = rows.stream().map(FollowUpsViewModel::ownerName).distinct()
                    .sorted(Toolbars.NAME_ORDER).toList();
            String chosen = owner.get();
            owners.setAll(names);
            if (chosen != null && !names.contains(chosen)) {
                owner.set(null);
            }
            setAll(rows);
            then.run();
        });
    }

    /** Who does it, in words: the visitor's name, or "Coordinator". */
    public static String ownerName(FollowUpListing l) {
        return l.owner() == null ? Messages.get("followUp.coordinator") : l.owner().fullName();
    }

    /** "Overdue · Sat 5 Dec 2026 · Commissary · Coordinator · the note". */
    public static String describe(FollowUpListing l) {
        StringBuilder sb = new StringBuilder();
        if (l.overdue()) {
            sb.append(Messages.get("followups.overdue")).append("  ·  ");
        }
        sb.append(Dates.showDay(l.followUp().due())).append("  ·  ")
                .append(Messages.of("followUp.kind", l.followUp().kind())).append("  ·  ")
                .append(ownerName(l));
        if (!l.followUp().note().isEmpty()) {
            sb.append("  ·  ").append(l.followUp().note());
        }
        return sb.toString();
    }

    @Override
    protected Predicate<FollowUpListing> filter(SearchQuery q) {
        FollowUpKind k = kind.get();
        String o = owner.get();
        if (q.isEmpty() && k == null && o == null) {
            return null;
        }
        return l -> (k == null || l.followUp().kind() == k) && (o == null || o.equals(ownerName(l)))
                && (q.isEmpty() || q.test(searchKey(l.detainee())));
    }

    private static String searchKey(Detainee d) {
        if (d == null) {
            return "";
        }
        return SearchKey.fold(d.givenName() + " " + d.familyName() + " " + d.familyName() + " " + d.givenName())
                + (d.aNumber() == null ? "" : " " + d.aNumber().digits());
    }

    /** Marks it done in the background, then reads the list again. */
    public void markDone(FollowUpListing l, Runnable done) {
        background.run(() -> workspace.followUps().markDone(l.followUp().id()), ok -> {
            load();
            done.run();
        });
    }

    /** Marks it dropped in the background, then reads the list again. */
    public void markDropped(FollowUpListing l, Runnable done) {
        background.run(() -> workspace.followUps().markDropped(l.followUp().id()), ok -> {
            load();
            done.run();
        });
    }

    public ObjectProperty<FollowUpKind> kindProperty() {
        return kind;
    }

    /** The owner chosen (a name as {@link #ownerName} gives it), or null for everyone. */
    public StringProperty ownerProperty() {
        return owner;
    }

    /** True to list the done and dropped ones too. */
    public BooleanProperty showAllProperty() {
        return showAll;
    }

    /** The owners of the follow-ups read, by name. */
    public ObservableList<String> owners() {
        return owners;
    }
}
