package org.visitdesk.domain;

/** Why staff denied a visit (DESIGN.md section 3): what a complaint about access counts. */
public enum DenialReason {
    DRESS_CODE, ID, NOT_ON_LIST, COUNT, LOCKDOWN, PERSON_MOVED, PERSON_DECLINED, STAFFING, TIME_RAN_OUT, OTHER
}
