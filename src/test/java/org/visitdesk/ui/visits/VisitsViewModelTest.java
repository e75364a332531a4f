package org.visitdesk.ui.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitdesk.app.ConflictNotice;
import org.visitdesk.app.Messages;
import org.visitdesk.app.SampleData;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.ConflictCode;
import org.visitdesk.domain.DateRange;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.Visitor;
import org.visitdesk.ui.Background;
import org.visitdesk.ui.UiFixture;

/** The Visits page's state on a real store with the sample data (made-up people), without a window. */
class VisitsViewModelTest {

    @TempDir
    Path dir;

    private Workspace ws;
    private VisitsViewModel model;

    @BeforeEach
    void open() {
        Messages.setLocale(Locale.ENGLISH);
        ws = Workspace.open(dir, UiFixture.clock());
        ws.loadSampleData(SampleData.Size.DEFAULT, 7, f -> { });
        model = new VisitsViewModel(ws, Background.direct());
        model.load();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void defaultRangeIsMondayOfThisWeekToSundayOfNext() {
        assertThat(model.fromProperty().get()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(model.toProperty().get()).isEqualTo(LocalDate.of(2026, 12, 13));
        assertThat(VisitsViewModel.defaultFrom(LocalDate.of(2026, 11, 30))).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(VisitsViewModel.defaultTo(LocalDate.of(2026, 11, 30))).isEqualTo(LocalDate.of(2026, 12, 13));
    }

    @Test
    void listsTheVisitsOfTheRangeInTimeOrder() {
        List<VisitRow> rows = model.all();
        assertThat(rows).isNotEmpty();
        assertThat(rows).hasSize(ws.visits().between(new DateRange(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 13))).size());
        assertThat(rows).allSatisfy(r -> {
            LocalDateTime start = r.listing().visit().start();
            assertThat(start).isAfterOrEqualTo(LocalDate.of(2026, 11, 30).atStartOfDay())
                    .isBefore(LocalDate.of(2026, 12, 14).atStartOfDay());
        });
        assertThat(rows).extracting(r -> r.listing().visit().start()).isSorted();

        // a narrower range reloads by itself
        model.fromProperty().set(LocalDate.of(2026, 12, 7));
        model.toProperty().set(LocalDate.of(2026, 12, 7));
        assertThat(model.all()).isNotEmpty().allSatisfy(r -> assertThat(r.listing().visit().day())
                .isEqualTo(LocalDate.of(2026, 12, 7)));
        // a reversed range shows nothing
        model.fromProperty().set(LocalDate.of(2026, 12, 8));
        assertThat(model.all()).isEmpty();
    }

    @Test
    void statusFilterKeepsOnlyThatStatus() {
        long scheduled = model.all().stream().filter(r -> r.listing().visit().status() == VisitStatus.SCHEDULED)
                .count();
        assertThat(scheduled).isPositive().isLessThan(model.all().size());
        model.statusFilterProperty().set(VisitStatus.SCHEDULED);
        assertThat(model.shown()).hasSize((int) scheduled)
                .allSatisfy(r -> assertThat(r.listing().visit().status()).isEqualTo(VisitStatus.SCHEDULED));
        model.statusFilterProperty().set(null);
        assertThat(model.shown()).hasSameSizeAs(model.all());
    }

    @Test
    void searchFindsByDetaineeNameANumberOrVisitorName() {
        VisitRow some = model.all().stream().filter(r -> !r.listing().visitors().isEmpty()).findFirst()
                .orElseThrow();
        long detaineeId = some.listing().detainee().id();

        model.searchProperty().set(some.listing().detainee().aNumber().display());
        assertThat(model.shown()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.listing().detainee().id()).isEqualTo(detaineeId));

        model.searchProperty().set(some.listing().detainee().familyName().toUpperCase(Locale.ROOT) + " "
                + some.listing().detainee().givenName());
        assertThat(model.shown()).extracting(r -> r.id()).contains(some.id());
        assertThat(model.shown()).hasSizeLessThan(model.all().size());

        Visitor v = some.listing().visitors().get(0);
        model.searchProperty().set(v.fullName());
        assertThat(model.shown()).extracting(r -> r.id()).contains(some.id());
        // every word typed is in the row's people (a row may match through two visitors' names)
        for (String word : org.visitdesk.domain.SearchKey.fold(v.fullName()).split(" ")) {
            assertThat(model.shown()).allSatisfy(r -> assertThat(r.listing().visitors().stream()
                    .map(x -> org.visitdesk.domain.SearchKey.fold(x.fullName())).toList().toString()
                    + org.visitdesk.domain.SearchKey.fold(r.listing().detainee().fullName())).contains(word));
        }

        model.searchProperty().set("zzzz nobody");
        assertThat(model.shown()).isEmpty();
        model.searchProperty().set("");
        assertThat(model.shown()).hasSameSizeAs(model.all());
    }

    @Test
    void cancelKeepsTheVisitMarkedCancelled() {
        VisitRow row = model.all().stream().filter(r -> r.listing().visit().status() == VisitStatus.SCHEDULED)
                .findFirst().orElseThrow();
        int before = model.all().size();
        model.cancel(row, () -> { });
        assertThat(ws.visits().byId(row.id())).get().extracting(Visit::status).isEqualTo(VisitStatus.CANCELLED);
        assertThat(model.all()).hasSize(before);
        assertThat(model.row(row.id())).get().satisfies(r -> assertThat(r.listing().visit().status())
                .isEqualTo(VisitStatus.CANCELLED));
    }

    @Test
    void conflictsAreAttachedToTheVisitsTheyInvolve() {
        VisitRow outside = byNote("outside visiting hours");
        assertThat(outside.listing().visit().start()).isEqualTo(LocalDate.of(2026, 12, 7).atTime(15, 0));
        assertThat(codes(outside)).contains(ConflictCode.OUTSIDE_VISITING_HOURS);
        assertThat(outside.hasErrors()).isTrue();

        VisitRow noVisitor = byNote("no visitor yet");
        assertThat(codes(noVisitor)).contains(ConflictCode.NO_VISITOR);
        assertThat(codes(noVisitor)).doesNotContain(ConflictCode.OUTSIDE_VISITING_HOURS);

        VisitRow closed = byNote("facility is closed");
        assertThat(codes(closed)).contains(ConflictCode.FACILITY_CLOSED);

        // the sample puts the double booking on some future visit: show the week it is in
        LocalDate twiceDay = ws.visits().between(new DateRange(LocalDate.of(2026, 12, 7), LocalDate.of(2027, 1, 31))).stream()
                .filter(l -> l.visit().notes().contains("booked twice")).findFirst().orElseThrow().visit().day();
        model.fromProperty().set(VisitsViewModel.defaultFrom(twiceDay));
        model.toProperty().set(VisitsViewModel.defaultFrom(twiceDay).plusDays(6));
        VisitRow twice = byNote("booked twice");
        assertThat(codes(twice)).contains(ConflictCode.VISITOR_DOUBLE_BOOKED);
        // the other visit of the double-booked visitor carries the same conflict
        ConflictNotice dbl = twice.conflicts().stream()
                .filter(n -> n.conflict().code() == ConflictCode.VISITOR_DOUBLE_BOOKED).findFirst().orElseThrow();
        long otherId = dbl.conflict().visitIds().stream().filter(id -> id != twice.id()).findFirst().orElseThrow();
        assertThat(model.row(otherId)).get().satisfies(r -> assertThat(codes(r))
                .contains(ConflictCode.VISITOR_DOUBLE_BOOKED));

        // every notice on a line names that line's visit; ordinary visits carry none
        assertThat(model.all()).allSatisfy(r -> assertThat(r.conflicts())
                .allSatisfy(n -> assertThat(n.conflict().visitIds()).contains(r.id())));
        assertThat(model.all()).filteredOn(r -> r.conflicts().isEmpty()).hasSizeGreaterThan(model.all().size() / 2);
        assertThat(outside.conflicts()).allSatisfy(n -> assertThat(Messages.get(n.message())).isNotBlank()
                .doesNotContain("conflict."));
    }

    private VisitRow byNote(String part) {
        return model.all().stream().filter(r -> r.listing().visit().notes().contains(part)).findFirst()
                .orElseThrow(() -> new AssertionError("no sample visit noted '" + part + "'"));
    }

    private static List<ConflictCode> codes(VisitRow r) {
        return r.conflicts().stream().map(n -> n.conflict().code()).toList();
    }
}
