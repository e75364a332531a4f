package org.visitdesk.domain;

/** How much a conflict matters: an error blocks saving unless overridden with a reason, a warning is only shown. */
public enum Severity {
    ERROR, WARNING
}
