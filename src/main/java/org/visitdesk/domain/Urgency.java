package org.visitdesk.domain;

/** How soon a request needs a visit; the waiting list puts urgent ones first. */
public enum Urgency {
    URGENT, SOON, ROUTINE
}
