package org.visitdesk.domain;

/** Where a visit stands in its life. */
public enum VisitStatus {
    REQUESTED, SCHEDULED, CONFIRMED, COMPLETED, CANCELLED, DENIED, NO_SHOW;

    /** Cancelled, denied and no-show visits take part in no scheduling rule. */
    public boolean isActive() {
        return this != CANCELLED && this != DENIED && this != NO_SHOW;
    }
}
