package org.visitdesk.app;

/** The kinds of records whose history is kept. */
public enum RecordType {
    DETAINEE, VISITOR, VISIT, FACILITY
}
