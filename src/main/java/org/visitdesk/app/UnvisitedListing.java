package org.visitdesk.app;

import java.time.LocalDate;
import org.visitdesk.domain.Detainee;

/**
 * One line of the Unvisited list: its rank (1 = most in need of a visitor), the person, the day of the last visit
 * that counted and the days since (null when never visited), the next planned visit (null: none) and how many
 * follow-ups are open.
 */
public record UnvisitedListing(int rank, Detainee person, LocalDate lastVisit, Long daysSinceVisit,
        LocalDate nextVisit, int openFollowUps) {
}
