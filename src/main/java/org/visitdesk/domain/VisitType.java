package org.visitdesk.domain;

/** What kind of visit it is. */
public enum VisitType {
    SOCIAL, PASTORAL, LEGAL_ACCOMPANIMENT
}
