package org.visitdesk.domain;

/** A volunteer's standing with the network. */
public enum VisitorStatus {
    ACTIVE, INACTIVE, RESTRICTED
}
