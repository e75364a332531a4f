package org.visitdesk.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.AccessReport;
import org.visitdesk.domain.DenialReason;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Outcome;
import org.visitdesk.domain.OutcomeCode;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.Visitor;
import org.visitdesk.ui.Background;
import org.visitdesk.ui.TestRecords;
import org.visitdesk.ui.UiFixture;

/** The Reports page's weeks without a window, on a real store: every week of the range, empty ones too. */
class ReportsViewModelTest {

    @TempDir
    Path dir;

    private Workspace ws;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir, UiFixture.clock());
        Visitor alfa = TestRecords.volunteer(ws, "Alfa");
        Detainee uno = TestRecords.person(ws, "A999000001", "Uno", "West 3A");
        // Tuesday 10 November (waited 60 min), Tuesday 1 December (denied, waited 0) and Saturday 5 December
        // (no report yet); the weeks of 16 and 23 November have no visit
        Visit a = TestRecords.visit(ws, uno, LocalDate.of(2026, 11, 10).atTime(12, 10), List.of(alfa), "x");
        Visit b = TestRecords.visit(ws, uno, LocalDate.of(2026, 12, 1).atTime(12, 10), List.of(alfa), "x");
        TestRecords.visit(ws, uno, LocalDate.of(2026, 12, 5).atTime(7, 0), List.of(alfa), "x");
        record(a, OutcomeCode.HAPPENED, null, LocalTime.of(11, 10), LocalTime.of(12, 10));
        record(b, OutcomeCode.DENIED, DenialReason.DRESS_CODE, null, null);
    }

    private void record(Visit v, OutcomeCode code, DenialReason reason, LocalTime arrived, LocalTime seen) {
        assertThat(ws.outcomes().record(new Outcome(v.id(), code, reason, arrived, seen, null, ""), List.of())
                .isSaved()).isTrue();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void everyWeekOfTheRangeWithItsOutcomesAndMedianWait() {
        ReportsViewModel model = new ReportsViewModel(ws, Background.direct());
        assertThat(model.fromProperty().get()).as("eight weeks up to today, from a Monday")
                .isEqualTo(LocalDate.of(2026, 10, 12));
        model.fromProperty().set(LocalDate.of(2026, 11, 9));
        model.load();
        List<AccessReport.Week> weeks = model.weeks();
        assertThat(weeks).extracting(AccessReport.Week::monday).containsExactly(LocalDate.of(2026, 11, 9),
                LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30));
        assertThat(weeks.get(0).byOutcome()).containsEntry(OutcomeCode.HAPPENED, 1);
        assertThat(ReportsViewModel.minutes(weeks.get(0).medianWait())).isEqualTo(60L);
        assertThat(weeks.get(1).byOutcome()).isEmpty();
        assertThat(weeks.get(1).medianWait()).isNull();
        assertThat(weeks.get(3).byOutcome()).containsEntry(OutcomeCode.DENIED, 1);
        assertThat(weeks.get(3).noOutcome()).isEqualTo(1);
        assertThat(model.figuresProperty().get().planned()).isEqualTo(3);
        assertThat(model.figuresProperty().get().medianWait()).isEqualTo(Duration.ofMinutes(60));

        model.toProperty().set(LocalDate.of(2026, 11, 1));
        model.load();
        assertThat(model.weeks()).as("a range that ends before it starts shows nothing").isEmpty();
    }
}
