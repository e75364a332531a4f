package org.visitdesk.ui.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.visitdesk.app.OutcomeService.Need;
import org.visitdesk.app.VisitListing;
import org.visitdesk.domain.DenialReason;
import org.visitdesk.domain.FieldError;
import org.visitdesk.domain.FollowUpKind;
import org.visitdesk.domain.Outcome;
import org.visitdesk.domain.OutcomeCode;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.VisitType;

/** The Report dialog's state without a window: what is typed becomes an outcome and needs, or field errors. */
class ReportFormTest {

    private static final LocalDateTime START = LocalDateTime.of(2026, 12, 1, 12, 10);

    private final ReportForm form = new ReportForm(new VisitListing(new Visit(41, 7, 1, START, START.plusHours(1),
            List.of(), VisitType.SOCIAL, VisitStatus.SCHEDULED, "", ""), null, List.of(), null));

    @Test
    void aDenialWithItsReasonTimesAndNeedsIsReadWhole() {
        form.codeProperty().set(OutcomeCode.DENIED);
        form.reasonProperty().set(DenialReason.DRESS_CODE);
        form.arrivedProperty().set("1205");
        form.seenProperty().set("");
        form.leftProperty().set("12:40");
        form.noteProperty().set("  Told to come back in other shoes ");
        form.need(FollowUpKind.COMMISSARY).set(true);
        form.need(FollowUpKind.ATTORNEY).set(true);

        ReportForm.Read read = form.read();

        assertThat(read.typed()).isEmpty();
        assertThat(read.outcome()).isEqualTo(new Outcome(41, OutcomeCode.DENIED, DenialReason.DRESS_CODE,
                LocalTime.of(12, 5), null, LocalTime.of(12, 40), "Told to come back in other shoes"));
        assertThat(read.outcome().problems()).isEmpty();
        assertThat(read.needs()).extracting(Need::kind).containsExactly(FollowUpKind.COMMISSARY,
                FollowUpKind.ATTORNEY);
        assertThat(read.needs()).allSatisfy(n -> assertThat(n).isEqualTo(Need.of(n.kind())));
    }

    @Test
    void theReasonIsAskedOnlyOfADenialAndAHiddenReasonIsLeftOut() {
        assertThat(form.denied().get()).isFalse();
        form.codeProperty().set(OutcomeCode.DENIED);
        assertThat(form.denied().get()).isTrue();
        assertThat(form.read().outcome().problems()).extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("denialReason", "error.outcome.reasonRequired"));

        form.reasonProperty().set(DenialReason.COUNT);
        form.codeProperty().set(OutcomeCode.HAPPENED);
        assertThat(form.denied().get()).isFalse();
        assertThat(form.read().outcome().denialReason()).isNull();
        assertThat(form.read().outcome().problems()).isEmpty();
    }

    @Test
    void unreadableAndImpossibleTimesAreMarkedOnTheirFields() {
        form.codeProperty().set(OutcomeCode.HAPPENED);
        form.arrivedProperty().set("half past");
        form.seenProperty().set("13:00");
        form.leftProperty().set("12:30");

        ReportForm.Read read = form.read();

        assertThat(read.typed()).extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("arrived", "error.time.format"));
        assertThat(read.outcome().problems()).extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("left", "error.outcome.leftBeforeSeen"));
    }

    @Test
    void aReportRecordedBeforeIsShownToBeCorrected() {
        form.fill(new Outcome(41, OutcomeCode.CUT_SHORT, null, LocalTime.of(9, 5), LocalTime.of(9, 50),
                LocalTime.of(10, 0), "Count called early"));

        assertThat(form.codeProperty().get()).isEqualTo(OutcomeCode.CUT_SHORT);
        assertThat(form.arrivedProperty().get()).isEqualTo("09:05");
        assertThat(form.seenProperty().get()).isEqualTo("09:50");
        assertThat(form.leftProperty().get()).isEqualTo("10:00");
        assertThat(form.noteProperty().get()).isEqualTo("Count called early");
        assertThat(form.read().outcome()).isEqualTo(new Outcome(41, OutcomeCode.CUT_SHORT, null,
                LocalTime.of(9, 5), LocalTime.of(9, 50), LocalTime.of(10, 0), "Count called early"));
    }
}
