package org.visitdesk.ui.visits;

import java.util.List;
import org.visitdesk.app.ConflictNotice;
import org.visitdesk.app.VisitListing;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.SearchKey;
import org.visitdesk.domain.Visitor;

/**
 * One line of the visits table: the visit with its people, the conflicts it takes part in, and the folded text
 * that the search box matches (detainee name and A-number digits, visitor names).
 */
public record VisitRow(VisitListing listing, List<ConflictNotice> conflicts, String searchKey) {

    public VisitRow {
        conflicts = List.copyOf(conflicts);
    }

    /** A row with its search key computed. */
    public static VisitRow of(VisitListing listing, List<ConflictNotice> conflicts) {
        StringBuilder key = new StringBuilder();
        Detainee d = listing.detainee();
        if (d != null) {
            key.append(SearchKey.fold(d.givenName() + " " + d.familyName() + " " + d.familyName() + " "
                    + d.givenName()));
            if (d.aNumber() != null) {
                key.append(' ').append(d.aNumber().digits());
            }
        }
        for (Visitor v : listing.visitors()) {
            key.append(" | ").append(SearchKey.fold(v.givenName() + " " + v.familyName() + " " + v.familyName()
                    + " " + v.givenName()));
        }
        return new VisitRow(listing, conflicts, key.toString());
    }

    /** The visit's id. */
    public long id() {
        return listing.visit().id();
    }

    /** True when an error-level conflict involves this visit. */
    public boolean hasErrors() {
        return conflicts.stream().anyMatch(ConflictNotice::isError);
    }
}
