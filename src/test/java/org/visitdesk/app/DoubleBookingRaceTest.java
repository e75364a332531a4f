package org.visitdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.DateRange;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.DetaineeStatus;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.VisitType;
import org.visitdesk.domain.Visitor;
import org.visitdesk.domain.VisitorStatus;
import org.visitdesk.storage.Store;
import org.visitdesk.storage.TestStores;

/**
 * Two coordinators book the same volunteer at the same moment for different people, 200 times over: the check and
 * the save of one must not interleave with the other's, so the volunteer is never double booked without a reason,
 * and every attempt ends saved or asking for a decision (never in an unexpected error). On PostgreSQL each
 * coordinator has its own connections to the shared store; an H2 store opens once, so both share it.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Store.Engine.class)
class DoubleBookingRaceTest {

    static final ZoneId ZONE = ZoneId.systemDefault();
    /** Sunday 6 December 2026, noon: every slot below is still to come. */
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 12, 6).atTime(12, 0).atZone(ZONE).toInstant(), ZONE);
    static final int ROUNDS = 200;

    @Parameter
    Store.Engine engine;

    @TempDir
    Path dir;

    TestStores.Place place;
    Workspace first;
    Workspace second;
    Visitor volunteer;
    List<Detainee> people = new ArrayList<>();
    long adelanto;

    @BeforeEach
    void open() {
        place = TestStores.place(engine, dir);
        first = TestWorkspaces.open(place, CLOCK);
        second = engine == Store.Engine.H2 ? first : TestWorkspaces.open(place, CLOCK);
        adelanto = first.facilities().listAll().get(0).id();
        volunteer = first.visitors().save(new Visitor(0, "Carrera", "Prueba", "prueba.carrera@example.org", "",
                List.of("Spanish"), LocalDate.of(2026, 1, 5), true, VisitorStatus.ACTIVE, "")).saved();
        for (String number : List.of("A999000601", "A999000602")) {
            people.add(first.detainees().save(new Detainee(0, ANumber.parse(number).orElseThrow(), "Carrera",
                    "Prueba " + number.substring(8), null, "Honduras", List.of("Spanish"), "", adelanto, "West 3A",
                    DetaineeStatus.DETAINED, null, "")).saved());
        }
    }

    @AfterEach
    void close() {
        try {
            if (second != first && second != null) {
                second.close();
            }
        } finally {
            TestWorkspaces.close(first, place);
        }
    }

    /**
     * The round's ten minutes in West 3A's visiting hours (Tuesdays and Thursdays 12:10 to 13:10, Saturdays 7:00
     * to 8:00): six a day, eighteen a week, from Tuesday 8 December on; no two rounds share a minute.
     */
    static LocalDateTime slot(int round) {
        int week = round / 18;
        int day = round % 18 / 6;
        int part = round % 6;
        LocalDate monday = LocalDate.of(2026, 12, 7).plusWeeks(week);
        LocalDateTime opens = day == 2 ? monday.with(DayOfWeek.SATURDAY).atTime(LocalTime.of(7, 0))
                : monday.with(day == 0 ? DayOfWeek.TUESDAY : DayOfWeek.THURSDAY).atTime(LocalTime.of(12, 10));
        return opens.plusMinutes(10L * part);
    }

    @Test
    void twoCoordinatorsNeverDoubleBookTheSameVolunteer() throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        Map<VisitChange.Kind, AtomicInteger> endings = new ConcurrentHashMap<>();
        List<Throwable> unexpected = Collections.synchronizedList(new ArrayList<>());
        List<Thread> coordinators = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            Workspace ws = c == 0 ? first : second;
            Detainee person = people.get(c);
            coordinators.add(new Thread(() -> {
                for (int round = 0; round < ROUNDS; round++) {
                    LocalDateTime start = slot(round);
                    Visit visit = new Visit(0, person.id(), adelanto, start, start.plusMinutes(10),
                            List.of(volunteer.id()), VisitType.SOCIAL, VisitStatus.SCHEDULED, "", "");
                    try {
                        together.await(20, TimeUnit.SECONDS);
                        VisitChange change = ws.schedule().plan(visit, null);
                        endings.computeIfAbsent(change.kind(), k -> new AtomicInteger()).incrementAndGet();
                    } catch (Throwable e) {
                        unexpected.add(e);
                        together.reset();
                        return;
                    }
                }
            }, "coordinator-" + (c + 1)));
        }
        coordinators.forEach(Thread::start);
        for (Thread t : coordinators) {
            t.join(TimeUnit.MINUTES.toMillis(2));
            assertThat(t.isAlive()).as(t.getName() + " still booking after two minutes").isFalse();
        }

        assertThat(unexpected).as("attempts that ended in an unexpected error").isEmpty();
        List<Visit> booked = first.visits().between(new DateRange(LocalDate.of(2026, 12, 7),
                slot(ROUNDS - 1).toLocalDate())).stream().map(VisitListing::visit)
                .filter(v -> v.visitorIds().contains(volunteer.id())).toList();
        List<String> doubleBooked = new ArrayList<>();
        for (int i = 0; i < booked.size(); i++) {
            for (int j = i + 1; j < booked.size(); j++) {
                Visit a = booked.get(i);
                Visit b = booked.get(j);
                if (a.start().isBefore(b.end()) && b.start().isBefore(a.end()) && a.overrideReason().isBlank()
                        && b.overrideReason().isBlank()) {
                    doubleBooked.add(a.start() + " (visits " + a.id() + " and " + b.id() + ")");
                }
            }
        }
        assertThat(doubleBooked).as("the volunteer booked twice at once without a reason").isEmpty();
        // each round: one saved, the other told of the double booking and asked to decide
        int saved = count(endings, VisitChange.Kind.SAVED) + count(endings, VisitChange.Kind.SAVED_WITH_WARNINGS);
        assertThat(saved).as("saved, of " + endings).isEqualTo(ROUNDS);
        assertThat(count(endings, VisitChange.Kind.NEEDS_DECISION)).as("asked to decide, of " + endings)
                .isEqualTo(ROUNDS);
        assertThat(booked).hasSize(ROUNDS);
    }

    private static int count(Map<VisitChange.Kind, AtomicInteger> endings, VisitChange.Kind kind) {
        AtomicInteger n = endings.get(kind);
        return n == null ? 0 : n.get();
    }
}
