package org.visitdesk.domain;

/** Where a detained person stands: only {@link #DETAINED} people can be visited. */
public enum DetaineeStatus {
    DETAINED, TRANSFERRED, RELEASED, DEPORTED, UNKNOWN;

    /** True for the statuses that mean the person has left the facility. */
    public boolean hasLeft() {
        return this == TRANSFERRED || this == RELEASED || this == DEPORTED;
    }
}
