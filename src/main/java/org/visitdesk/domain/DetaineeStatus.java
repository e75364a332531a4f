package org.visitdesk.domain;

import java.util.Arrays;
import java.util.List;

/** Where a detained person stands: only {@link #DETAINED} people can be visited. */
public enum DetaineeStatus {
    DETAINED, TRANSFERRED, RELEASED, DEPORTED, UNKNOWN;

    /** True for the statuses that mean the person has left the facility. */
    public boolean hasLeft() {
        return this == TRANSFERRED || this == RELEASED || this == DEPORTED;
    }

    /** The names of the statuses that mean the person has left, as stored. */
    public static List<String> leftNames() {
        return Arrays.stream(values()).filter(DetaineeStatus::hasLeft).map(Enum::name).toList();
    }
}
