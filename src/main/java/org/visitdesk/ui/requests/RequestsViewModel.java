package org.visitdesk.ui.requests;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.visitdesk.app.RequestListing;
import org.visitdesk.app.SaveResult;
import org.visitdesk.app.SearchQuery;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.Languages;
import org.visitdesk.domain.LanguageGap;
import org.visitdesk.domain.Request;
import org.visitdesk.domain.RequestStatus;
import org.visitdesk.domain.SearchKey;
import org.visitdesk.ui.Background;
import org.visitdesk.ui.ChangedMeanwhile;
import org.visitdesk.ui.RecordList;

/**
 * The state of the Requests page: the waiting list, urgent first then the longest waiting (the scheduled and closed
 * ones too when asked), searched by name, A-number or language, and the languages nobody cleared speaks.
 */
public final class RequestsViewModel extends RecordList<RequestListing> {

    private final BooleanProperty showAll = new SimpleBooleanProperty(false);
    private final ObservableList<LanguageGap> gaps = FXCollections.observableArrayList();

    /** What one read brings: the list and the language gap. */
    private record Read(List<RequestListing> rows, List<LanguageGap> gaps) {
    }

    public RequestsViewModel(Workspace workspace, Background background) {
        super(workspace, background);
        showAll.addListener((o, a, b) -> load());
    }

    @Override
    public void load() {
        boolean all = showAll.get();
        read(() -> new Read(workspace.requests().list(all), workspace.requests().languageGap()), r -> {
            setAll(r.rows());
            gaps.setAll(r.gaps());
        });
    }

    /** The languages of waiting people that no cleared visitor speaks, the most waiting first. */
    public ObservableList<LanguageGap> gaps() {
        return gaps;
    }

    public BooleanProperty showAllProperty() {
        return showAll;
    }

    /**
     * Saves a request in the background (matching it to its person), then reads the list again; also when someone
     * else saved it after it was opened (nothing saved), so that the list shows it as saved now.
     */
    public void save(Request r, Consumer<SaveResult<Request>> done, Consumer<Throwable> failed) {
        background.run(() -> workspace.requests().save(r), result -> {
            if (result.isSaved() || result.changedMeanwhile()) {
                load();
            }
            done.accept(result);
        }, failed);
    }

    /** Closes a request by hand in the background, then reads the list again. */
    public void close(RequestListing l) {
        background.run(() -> workspace.requests().close(l.request().id()), ok -> load());
    }

    /** Opens a closed request again in the background, then reads the list again; says where it stands now. */
    public void reopen(RequestListing l, Consumer<RequestStatus> done) {
        background.run(() -> workspace.requests().reopen(l.request().id()), now -> {
            load();
            now.ifPresent(done);
        });
    }

    /**
     * Deletes a request in the background (typed by mistake), as the list showed it, then reads the list again. When
     * someone else saved it since, nothing is deleted and {@code ask} says so: the list shows it as saved now, or it
     * is deleted anyway; a request deleted already is said.
     */
    public void delete(RequestListing l, ChangedMeanwhile.Deleting ask, Runnable done) {
        deleteShown(l.request(), workspace.requests()::delete, ask, now -> load(), () -> {
            load();
            done.run();
        });
    }

    /** The name a row shows: the person's when matched, else the request's. */
    public static String name(RequestListing l) {
        if (l.person() != null) {
            return l.person().sortName();
        }
        Request r = l.request();
        return r.familyName().isEmpty() ? r.givenName() : r.familyName() + ", " + r.givenName();
    }

    /** The A-number a row shows: the person's when matched, else the request's; blank when not known. */
    public static String aNumber(RequestListing l) {
        if (l.person() != null) {
            return l.person().aNumber().display();
        }
        return l.request().aNumber() == null ? "" : l.request().aNumber().display();
    }

    /** The languages a row shows: the request's, else the person's. */
    public static String languages(RequestListing l) {
        List<String> own = l.request().languages();
        return Languages.join(own.isEmpty() && l.person() != null ? l.person().languages() : own);
    }

    @Override
    protected Predicate<RequestListing> filter(SearchQuery q) {
        return q.isEmpty() ? null : l -> q.test(SearchKey.fold(name(l) + " " + l.request().givenName() + " "
                + l.request().familyName() + " " + languages(l)) + " " + aNumber(l).replace("-", "").replace("A", ""));
    }
}
