package org.visitdesk.ui.visits;

import java.util.Optional;
import org.visitdesk.domain.Visit;
import org.visitdesk.ui.PageContext;

/** PLACEHOLDER until the visits branch lands: the visit editor. */
public final class VisitDialog {

    private VisitDialog() {
    }

    /** Opens the editor; the saved visit, or empty when cancelled. */
    public static Optional<Visit> open(PageContext ctx, Visit prefill) {
        return Optional.empty();
    }
}
