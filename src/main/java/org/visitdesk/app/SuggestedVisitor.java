package org.visitdesk.app;

import java.util.List;
import org.visitdesk.domain.Message;
import org.visitdesk.domain.Visitor;

/**
 * One suggested visitor: rank (1 the best), the volunteer, the reason codes of DESIGN.md section 7 ({@code LANGUAGE},
 * {@code AVAILABLE}, ...) and the reasons in words for the coordinator ("speaks Vietnamese", "2 of 2 visits this
 * month").
 */
public record SuggestedVisitor(int rank, Visitor visitor, List<String> codes, List<Message> reasons) {

    public SuggestedVisitor {
        codes = List.copyOf(codes);
        reasons = List.copyOf(reasons);
    }
}
