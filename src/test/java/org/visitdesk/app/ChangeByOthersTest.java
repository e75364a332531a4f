package org.visitdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The kinds of records a change by another coordinator is told as, and the one the status bar names. */
class ChangeByOthersTest {

    /** The tables migration V12 tells the changes of (ChangeFeedTest checks that list against the schema). */
    private static final List<String> TOLD = List.of("detainee", "visitor", "visitor_family", "visit",
            "visit_visitor", "visit_series", "facility", "visiting_window", "blackout_day", "request", "outcome",
            "follow_up");

    @Test
    void everyTableToldIsOfAKindACoordinatorKnowsAndOthersAreOfNone() {
        assertThat(TOLD).allSatisfy(t -> assertThat(ChangeByOthers.kindOf(t)).as(t).isNotNull());
        assertThat(TOLD.stream().map(ChangeByOthers::kindOf).distinct())
                .containsExactlyInAnyOrder(ChangeByOthers.Kind.values());
        assertThat(ChangeByOthers.kindOf("setting")).isNull();
        assertThat(ChangeByOthers.kindOf("visit_visitor")).isEqualTo(ChangeByOthers.Kind.VISITS);
        assertThat(ChangeByOthers.kindOf("blackout_day")).isEqualTo(ChangeByOthers.Kind.FACILITIES);
    }

    @Test
    void visitsAreNamedFirstAndAChangeWithNoOneNamedStandsForWhatWasMissed() {
        ChangeByOthers both = new ChangeByOthers(EnumSet.of(ChangeByOthers.Kind.FACILITIES,
                ChangeByOthers.Kind.VISITS), "ana", Instant.EPOCH);
        assertThat(both.first()).isEqualTo(ChangeByOthers.Kind.VISITS);
        assertThat(both.missed()).isFalse();
        assertThat(new ChangeByOthers(Set.of(ChangeByOthers.Kind.DETAINEES), "", Instant.EPOCH).missed()).isTrue();
    }
}
