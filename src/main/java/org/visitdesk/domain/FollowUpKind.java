package org.visitdesk.domain;

/** What a visit asks of the network (DESIGN.md section 2b): each becomes a follow-up somebody does by a date. */
public enum FollowUpKind {
    COMMISSARY, PHONE, BOOKS_LETTERS, ATTORNEY, BOND, COURT, MEDICAL, FAMILY_CONTACT, RELEASE_SUPPORT, OTHER
}
