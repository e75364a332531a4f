package org.visitdesk.app;

import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.FollowUp;
import org.visitdesk.domain.Visitor;

/** A follow-up with its person, its owner (null: the coordinator) and whether it is overdue today. */
public record FollowUpListing(FollowUp followUp, Detainee detainee, Visitor owner, boolean overdue) {
}
