package org.visitdesk.app;

import java.time.LocalDateTime;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.SearchKey;

/** A detained person as the list shows them: with their last visit and the folded text search matches. */
public record DetaineeListing(Detainee detainee, LocalDateTime lastVisit, String searchKey) {

    /** A listing with its search key computed. */
    public static DetaineeListing of(Detainee d, LocalDateTime lastVisit) {
        return new DetaineeListing(d, lastVisit, SearchKey.fold(d.givenName() + " " + d.familyName() + " "
                + d.familyName() + " " + d.givenName()) + " " + d.aNumber().digits());
    }

    /** True when the typed text matches the name or A-number, ignoring case, accents and A-number punctuation. */
    public boolean matches(String typed) {
        return SearchQuery.of(typed).test(searchKey);
    }
}
