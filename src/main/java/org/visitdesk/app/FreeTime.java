package org.visitdesk.app;

import java.time.LocalDateTime;
import java.util.List;

/** A time a person and chosen volunteers could meet without breaking a rule that blocks, and its warnings. */
public record FreeTime(LocalDateTime start, LocalDateTime end, List<ConflictNotice> warnings) {

    public FreeTime {
        warnings = List.copyOf(warnings);
    }
}
