package org.visitdesk.ui.unvisited;

import java.time.LocalDate;
import java.util.function.Predicate;
import org.visitdesk.app.SearchQuery;
import org.visitdesk.app.UnvisitedListing;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Languages;
import org.visitdesk.domain.SearchKey;
import org.visitdesk.ui.Background;
import org.visitdesk.ui.RecordList;

/**
 * The state of the Unvisited page: the people held today, those most in need of a visitor first (nothing planned,
 * never visited, longest since a visit that happened), searched by name, A-number or language.
 */
public final class UnvisitedViewModel extends RecordList<UnvisitedListing> {

    public UnvisitedViewModel(Workspace workspace, Background background) {
        super(workspace, background);
    }

    @Override
    public void load() {
        LocalDate today = LocalDate.now(workspace.clock());
        read(() -> workspace.reports().unvisited(today), this::setAll);
    }

    @Override
    protected Predicate<UnvisitedListing> filter(SearchQuery q) {
        return q.isEmpty() ? null : l -> q.test(searchKey(l.person()));
    }

    private static String searchKey(Detainee d) {
        return SearchKey.fold(d.givenName() + " " + d.familyName() + " " + d.familyName() + " " + d.givenName()
                + " " + Languages.join(d.languages())) + (d.aNumber() == null ? "" : " " + d.aNumber().digits());
    }
}
