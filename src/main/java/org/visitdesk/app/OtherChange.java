package org.visitdesk.app;

import java.time.LocalDateTime;

/**
 * A change someone else saved to a record after it was opened, read from the record's newest history entry: who
 * made it (blank on the embedded store, where there is one coordinator, or when the change kept no name) and when
 * ({@code at} is null when the change left no history, such as an import of visits).
 */
public record OtherChange(String coordinator, LocalDateTime at) {

    public OtherChange {
        coordinator = coordinator == null ? "" : coordinator;
    }

    /** True when the change names who made it. */
    public boolean named() {
        return !coordinator.isBlank();
    }
}
