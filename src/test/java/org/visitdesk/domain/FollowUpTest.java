package org.visitdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Follow-ups: what they need, who owns them, when they are overdue. */
class FollowUpTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @ParameterizedTest(name = "{0} due {1}: overdue {2}")
    @CsvSource({
        "OPEN,    2026-12-05, true",
        "OPEN,    2026-12-06, false",
        "OPEN,    2026-12-07, false",
        "DONE,    2026-12-01, false",
        "DROPPED, 2026-12-01, false"})
    void onlyAnOpenFollowUpPastItsDayIsOverdue(FollowUpStatus status, LocalDate due, boolean overdue) {
        FollowUp f = new FollowUp(1, FollowUpKind.COMMISSARY, 3, null, null, due, status, "");
        assertThat(f.overdueOn(TODAY)).isEqualTo(overdue);
    }

    @Test
    void noOwnerMeansTheCoordinatorAndHandingOffKeepsTheRest() {
        FollowUp f = new FollowUp(1, FollowUpKind.ATTORNEY, 3, 9L, 0L, TODAY, null, " call ");
        assertThat(f.ownedByCoordinator()).isTrue();
        assertThat(f.status()).isEqualTo(FollowUpStatus.OPEN);
        assertThat(f.note()).isEqualTo("call");
        FollowUp handed = f.handedTo(4L, "over to you");
        assertThat(handed.ownerVisitorId()).isEqualTo(4L);
        assertThat(handed).extracting(FollowUp::kind, FollowUp::detaineeId, FollowUp::visitId, FollowUp::due)
                .containsExactly(FollowUpKind.ATTORNEY, 3L, 9L, TODAY);
    }

    @Test
    void aFollowUpNeedsAKindAPersonAndADay() {
        assertThat(new FollowUp(0, null, 0, null, null, null, null, "x".repeat(Limits.FOLLOW_UP_NOTE + 1)).problems())
                .extracting(FieldError::field, FieldError::messageKey).containsExactly(
                        tuple("kind", "error.required"), tuple("detainee", "error.required"),
                        tuple("due", "error.required"), tuple("note", "error.tooLong"));
        assertThat(new FollowUp(0, FollowUpKind.BOND, 1, null, null, LocalDate.of(1800, 1, 1), null, "").problems())
                .extracting(FieldError::messageKey).containsExactly("error.date.range");
    }
}
