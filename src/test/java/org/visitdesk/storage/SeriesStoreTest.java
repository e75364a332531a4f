package org.visitdesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Repeat;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.VisitType;

/** Series of visits on a real H2 file: which series a visit is in, a series' visits, kept across a reopen. */
class SeriesStoreTest {

    /** A Tuesday. */
    static final LocalDateTime FIRST = LocalDate.of(2026, 12, 8).atTime(12, 10);

    @TempDir
    Path dir;

    Store store;
    long adelanto;
    Detainee person;

    @BeforeEach
    void open() {
        store = Store.open(dir);
        adelanto = store.dao(FacilityDao.class).byName(StoreTest.ADELANTO).orElseThrow().id();
        person = store.inTransaction(h -> h.attach(DetaineeDao.class)
                .insert(StoreTest.detainee("A999000401", "Prueba", "Serie", adelanto)));
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private Visit visit(LocalDateTime start) {
        return new Visit(0, person.id(), adelanto, start, start.plusHours(1), List.of(), VisitType.SOCIAL,
                VisitStatus.SCHEDULED, "", "");
    }

    /** Saves weekly visits from FIRST in one new series and gives their ids. */
    private List<Long> series(int times) {
        return store.inTransaction(h -> {
            SeriesDao series = h.attach(SeriesDao.class);
            VisitDao visits = h.attach(VisitDao.class);
            long id = series.insert(Repeat.times(1, times), FIRST.minusDays(3));
            List<Long> ids = new ArrayList<>();
            for (LocalDate d : Repeat.times(1, times).dates(FIRST.toLocalDate())) {
                Visit v = visits.insert(visit(d.atTime(FIRST.toLocalTime())));
                series.join(v.id(), id);
                ids.add(v.id());
            }
            return ids;
        });
    }

    @Test
    void aSeriesKeepsItsVisitsInOrderAcrossAReopen() {
        List<Long> ids = series(4);
        long single = store.inTransaction(h -> h.attach(VisitDao.class).insert(visit(FIRST.plusDays(2))).id());
        store.close();
        store = Store.open(dir);
        SeriesDao dao = store.dao(SeriesDao.class);
        long id = dao.seriesOf(ids.get(0)).orElseThrow();
        assertThat(ids).allMatch(v -> dao.seriesOf(v).orElseThrow() == id);
        assertThat(dao.seriesOf(single)).isEmpty();
        assertThat(dao.visitsOf(id)).containsExactlyElementsOf(ids);
        assertThat(dao.visitsFrom(id, FIRST.plusWeeks(2))).containsExactly(ids.get(2), ids.get(3));
        assertThat(dao.inSomeSeries(List.of(single, ids.get(1)))).containsExactly(ids.get(1));
        assertThat(dao.members()).extracting(SeriesDao.Member::visitId).containsExactlyElementsOf(ids);
    }

    @Test
    void twoSeriesAreApart() {
        List<Long> a = series(2);
        List<Long> b = series(3);
        SeriesDao dao = store.dao(SeriesDao.class);
        long first = dao.seriesOf(a.get(0)).orElseThrow();
        long second = dao.seriesOf(b.get(0)).orElseThrow();
        assertThat(first).isNotEqualTo(second);
        assertThat(dao.visitsOf(first)).containsExactlyElementsOf(a);
        assertThat(dao.visitsOf(second)).containsExactlyElementsOf(b);
    }

    @Test
    void aVisitMovedOrCancelledStaysInItsSeries() {
        List<Long> ids = series(3);
        store.inTransaction(h -> {
            VisitDao visits = h.attach(VisitDao.class);
            Visit v = visits.byId(ids.get(1)).orElseThrow();
            visits.update(v.withTime(v.start().plusDays(1), v.end().plusDays(1)));
            visits.update(visits.byId(ids.get(2)).orElseThrow().withStatus(VisitStatus.CANCELLED));
            return null;
        });
        SeriesDao dao = store.dao(SeriesDao.class);
        long id = dao.seriesOf(ids.get(0)).orElseThrow();
        assertThat(dao.visitsOf(id)).containsExactlyElementsOf(ids);
    }

    @Test
    void aRuleTheStoreCannotHoldIsRefused() {
        assertThatThrownBy(() -> store.inTransaction(h -> h.attach(SeriesDao.class)
                .insert(new Repeat(3, 4, null), FIRST))).isInstanceOf(JdbiException.class);
        assertThatThrownBy(() -> store.inTransaction(h -> h.attach(SeriesDao.class)
                .insert(new Repeat(1, 0, null), FIRST))).isInstanceOf(JdbiException.class);
    }

    @Test
    void deletingThePersonTakesTheSeriesVisitsAlong() {
        List<Long> ids = series(2);
        store.inTransaction(h -> h.attach(DetaineeDao.class).delete(person.id()));
        assertThat(store.dao(SeriesDao.class).inSomeSeries(ids)).isEmpty();
    }
}
