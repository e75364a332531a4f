package org.visitdesk.domain;

/** How a request for a visit reached the network. */
public enum RequestSource {
    SIGN_UP_SHEET, HOTLINE, FAMILY, ATTORNEY, RELEASED_PERSON, OTHER
}
