package org.visitdesk.ui.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.visitdesk.app.Messages;
import org.visitdesk.app.SeriesService;
import org.visitdesk.domain.FieldError;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.VisitType;

/** The preview of a series without a window: what starts ticked, when a reason is needed, what is saved. */
class SeriesPreviewModelTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 8);

    @BeforeEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    private static SeriesService.Occurrence on(int week, boolean past) {
        LocalDate d = TUESDAY.plusWeeks(week);
        return new SeriesService.Occurrence(new Visit(0, 1, 1, d.atTime(12, 10), d.atTime(13, 10), List.of(),
                VisitType.SOCIAL, VisitStatus.SCHEDULED, "", ""), List.of(), past);
    }

    @Test
    void whatNeedsADecisionStartsUntickedAndAReasonIsAskedOnlyWhenTickedAgain() {
        SeriesPreviewModel m = new SeriesPreviewModel(List.of(on(0, false), on(1, true), on(2, false)));
        assertThat(m.rows()).extracting(r -> r.ticked().get()).containsExactly(true, false, true);
        assertThat(m.chosen()).extracting(Visit::day).containsExactly(TUESDAY, TUESDAY.plusWeeks(2));
        assertThat(m.needsReasonProperty().get()).isFalse();
        assertThat(m.problems()).isEmpty();
        assertThat(m.summary()).startsWith("3 visits. One breaks a rule or its time has passed");

        m.rows().get(1).ticked().set(true);
        assertThat(m.needsReasonProperty().get()).isTrue();
        assertThat(m.problems()).extracting(FieldError::field).containsExactly("reason");
        m.reasonProperty().set("Recorded afterwards");
        assertThat(m.problems()).isEmpty();
        assertThat(m.reasonToSave()).isEqualTo("Recorded afterwards");
        assertThat(SeriesPreviewModel.conflicts(m.rows().get(1).occurrence())).startsWith("\u2716 This time has passed");

        m.rows().get(1).ticked().set(false);
        assertThat(m.reasonToSave()).as("no reason kept once no visit needs it").isEmpty();
    }

    @Test
    void nothingTickedIsSaidBeforeSaving() {
        SeriesPreviewModel m = new SeriesPreviewModel(List.of(on(0, false), on(1, false)));
        m.rows().forEach(r -> r.ticked().set(false));
        assertThat(m.problems()).extracting(FieldError::messageKey).containsExactly("error.series.noneChosen");
        assertThat(SeriesPreviewModel.when(on(0, false).visit())).contains("12:10").contains("13:10");
    }
}
