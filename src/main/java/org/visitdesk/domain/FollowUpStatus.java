package org.visitdesk.domain;

/** Where a follow-up stands: still to do, done, or dropped (no longer needed or not possible). */
public enum FollowUpStatus {
    OPEN, DONE, DROPPED
}
