package org.visitdesk.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.calendarfx.model.Entry;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitdesk.app.ConflictNotice;
import org.visitdesk.app.Messages;
import org.visitdesk.app.VisitChange;
import org.visitdesk.app.VisitListing;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.DateRange;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.DetaineeStatus;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.VisitType;
import org.visitdesk.domain.Visitor;
import org.visitdesk.domain.VisitorStatus;
import org.visitdesk.ui.Background;
import org.visitdesk.ui.UiFixture;

/**
 * After a visit is dragged to another time, the calendar names the visitors who were going, with their phones
 * (else their emails), for the coordinator to tell; a visit nobody was going on tells nobody.
 */
class VisitorsToTellTest {

    private static final DateRange WEEK = DateRange.isoWeekOf(LocalDate.of(2026, 12, 7));
    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 8);

    @TempDir
    Path dir;

    private Workspace ws;
    private CalendarViewModel model;
    private final List<VisitListing> told = new ArrayList<>();
    private long adelanto;
    private Detainee uno;
    private Visitor alfa;
    private Visitor beta;

    @BeforeEach
    void open() {
        Messages.setLocale(Locale.ENGLISH);
        ws = Workspace.open(dir, UiFixture.clock());
        adelanto = ws.facilities().listAll().get(0).id();
        uno = ws.detainees().save(new Detainee(0, ANumber.parse("A999000001").orElseThrow(), "Uno", "Prueba", null,
                "Honduras", List.of("Spanish"), "", adelanto, "West 3A", DetaineeStatus.DETAINED, null, "")).saved();
        alfa = ws.visitors().save(new Visitor(0, "Alfa", "Ana", "alfa@example.org", "555-0101", List.of("Spanish"),
                LocalDate.of(2026, 1, 5), true, VisitorStatus.ACTIVE, "")).saved();
        beta = ws.visitors().save(new Visitor(0, "Beta", "Bea", "beta@example.org", "", List.of("Spanish"),
                LocalDate.of(2026, 1, 5), true, VisitorStatus.ACTIVE, "")).saved();
        model = new CalendarViewModel(ws, Background.direct(), new CalendarViewModel.MovePrompt() {
            @Override
            public Optional<String> reasonToMoveAnyway(VisitListing visit, VisitChange change) {
                return Optional.empty();
            }

            @Override
            public void movedWithWarnings(VisitListing visit, List<ConflictNotice> warnings) {
            }

            @Override
            public void notMoved(VisitListing visit, VisitChange change) {
            }

            @Override
            public void moved(VisitListing visit, VisitChange change) {
                told.add(visit);
            }
        });
        model.visibleRangeProperty().set(WEEK);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void aMoveNamesTheVisitorsWhoWereGoingWithTheirPhonesElseEmails() {
        Visit v = ws.schedule().plan(new Visit(0, uno.id(), adelanto, TUESDAY.atTime(12, 10),
                TUESDAY.atTime(13, 10), List.of(alfa.id(), beta.id()), VisitType.SOCIAL, VisitStatus.SCHEDULED, "",
                ""), "").saved();
        model.ensureLoaded(WEEK.first(), WEEK.last());
        Entry<VisitListing> e = model.entryOf(v.id());
        LocalDateTime saturday = TUESDAY.plusDays(4).atTime(7, 0);
        e.setInterval(saturday, saturday.plusHours(1));

        assertThat(ws.visits().byId(v.id()).orElseThrow().start()).isEqualTo(saturday);
        assertThat(told).singleElement().satisfies(l -> {
            assertThat(VisitorsToTell.any(l)).isTrue();
            String text = VisitorsToTell.text(l);
            assertThat(text).contains("Ana Alfa · 555-0101", "Bea Beta · beta@example.org",
                    "next calendar files");
            assertThat(VisitorsToTell.movedHeader(l, saturday)).contains("12:10", "07:00");
        });
    }

    @Test
    void aVisitWithoutVisitorsTellsNobody() {
        Visit v = ws.schedule().plan(new Visit(0, uno.id(), adelanto, TUESDAY.atTime(12, 10),
                TUESDAY.atTime(13, 10), List.of(), VisitType.SOCIAL, VisitStatus.SCHEDULED, "", ""), "").saved();
        assertThat(VisitorsToTell.any(ws.visits().listing(v.id()).orElseThrow())).isFalse();
    }
}
