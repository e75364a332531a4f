package org.visitdesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Request;
import org.visitdesk.domain.RequestSource;
import org.visitdesk.domain.RequestStatus;
import org.visitdesk.domain.Urgency;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.VisitType;

/** Requests on each engine (H2 file, PostgreSQL schema): saved and read back whole, the waiting list, a person's visits, deleting a person. */
@ParameterizedClass(name = "{0}")
@EnumSource(Store.Engine.class)
class RequestStoreTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @Parameter
    Store.Engine engine;

    @TempDir
    Path dir;

    TestStores.Place place;

    Store store;
    long adelanto;

    @BeforeEach
    void open() {
        place = TestStores.place(engine, dir);
        store = place.open();
        adelanto = store.dao(FacilityDao.class).byName(StoreTest.ADELANTO).orElseThrow().id();
    }

    private RequestDao requests() {
        return store.dao(RequestDao.class);
    }

    @AfterEach
    void close() {
        try {
            if (store != null) {
                store.close();
            }
        } finally {
            if (place != null) {
                place.close();
            }
        }
    }

    private static Request request(ANumber a, String family, String given, Long person) {
        return new Request(0, DAY, RequestSource.SIGN_UP_SHEET, a, family, given, "Guatemala", List.of("Mam", "Spanish"),
                "commissary; attorney", Urgency.URGENT, "Rosa", "sister", "555-0100", "calls after 6", null, null,
                person);
    }

    @Test
    void aRequestIsReadBackAsSavedAndSurvivesReopening() {
        Request saved = requests().insert(request(null, "Ixcoy Pérez", "Juana", null));
        Request withA = requests().insert(request(ANumber.parse("A999000123").orElseThrow(), "", "", null));
        store.close();
        store = place.open();
        assertThat(requests().byId(saved.id())).contains(saved);
        assertThat(requests().byId(withA.id())).contains(withA);
        assertThat(requests().waiting()).containsExactly(saved, withA);
    }

    @Test
    void aChangeIsSavedAndAClosedRequestLeavesTheWaitingList() {
        Request saved = requests().insert(request(null, "Ixcoy", "Juana", null));
        Request closed = saved.withStatus(RequestStatus.CLOSED, DAY.plusDays(3));
        assertThat(requests().update(closed)).isTrue();
        assertThat(requests().byId(saved.id())).contains(closed.withVersion(1));
        assertThat(requests().update(closed)).as("at the version it was read at, which the save moved on").isFalse();
        assertThat(requests().waiting()).isEmpty();
        assertThat(requests().all()).containsExactly(closed.withVersion(1));
        assertThat(requests().update(closed.withId(999))).isFalse();
    }

    @Test
    void theStoreRefusesARequestThatNamesNobody() {
        assertThatThrownBy(() -> store.inTransaction(h -> h.execute("INSERT INTO request (received, source, urgency, "
                + "status, family_name) VALUES (DATE '2026-11-20', 'HOTLINE', 'SOON', 'NEW', 'Ixcoy')")))
                .isInstanceOf(JdbiException.class);
    }

    @Test
    void thePersonsVisitsAreSeenAndDeletingThePersonTakesTheirRequests() {
        Detainee d = store.dao(DetaineeDao.class).insert(StoreTest.detainee("A999000124", "Ixcoy", "Juana", adelanto));
        Request r = requests().insert(request(null, "Ixcoy", "Juana", d.id()));
        assertThat(requests().ofDetainee(d.id())).containsExactly(r);
        assertThat(requests().hasPlannedVisitFrom(d.id(), DAY)).isFalse();
        LocalDateTime tuesday = StoreTest.TUESDAY.atTime(12, 10);
        VisitDao visits = store.dao(VisitDao.class);
        Visit v = visits.insert(new Visit(0, d.id(), adelanto, tuesday, tuesday.plusHours(1), List.of(),
                VisitType.SOCIAL, VisitStatus.SCHEDULED, "", ""));
        assertThat(requests().hasPlannedVisitFrom(d.id(), DAY)).isTrue();
        assertThat(requests().hasPlannedVisitFrom(d.id(), StoreTest.TUESDAY.plusDays(1)))
                .isFalse();
        assertThat(requests().hasVisitThatHappenedFrom(d.id(), DAY)).isFalse();
        visits.update(v.withStatus(VisitStatus.COMPLETED));
        assertThat(requests().hasVisitThatHappenedFrom(d.id(), DAY)).isTrue();
        store.dao(DetaineeDao.class).delete(d.id());
        assertThat(requests().count()).isZero();
    }
}
