package org.visitdesk.domain;

/** Where a request stands: just received, matched to a person, a visit planned, or done with. */
public enum RequestStatus {
    NEW, MATCHED, SCHEDULED, CLOSED;

    /** True while the person still waits for a visit to be planned. */
    public boolean isWaiting() {
        return this == NEW || this == MATCHED;
    }
}
