package org.visitdesk.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** When a day column draws every visit, and how it folds the rest into a "+N" chip. */
class CollapseTest {

    private static final LocalDate SAT = LocalDate.of(2026, 12, 12);

    /** A column 1 px a minute (60 px an hour), visits 70 px wide beside each other, a chip 30 x 20 px. */
    private static Collapse.Room room(double width) {
        return new Collapse.Room(width, 70, 30, 20, 16, 1);
    }

    private static Collapse.Item visit(long id, String from, String to, int rank) {
        return new Collapse.Item(id, SAT.atTime(java.time.LocalTime.parse(from)),
                SAT.atTime(java.time.LocalTime.parse(to)), rank);
    }

    /** Eleven visits at Saturday 07:00 (West 3A's window), ids 1..11, all alike. */
    private static List<Collapse.Item> eleven() {
        List<Collapse.Item> out = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            out.add(visit(i, "07:00", "08:00", 3));
        }
        return out;
    }

    @ParameterizedTest(name = "{0} px wide: {1}, {2} drawn, {3} behind the chip")
    @CsvSource({
        // 11 x 70 = 770 px: all side by side
        "800, WHOLE,  11, 0",
        // room for 8 beside a 30 px chip
        "600, BESIDE,  8, 3",
        "170, BESIDE,  2, 9",
        // too narrow for two beside the chip: one across the column, the chip below (60 px >= 2 lines + chip)
        "110, BELOW,   1, 10",
        "40,  BELOW,   1, 10",
    })
    void elevenAtOnceFoldByTheColumnsWidth(double width, Collapse.Fold fold, int shown, int hidden) {
        List<Collapse.Group> groups = Collapse.plan(eleven(), room(width));
        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.fold()).isEqualTo(fold);
            assertThat(g.shown()).hasSize(shown);
            assertThat(g.hidden()).hasSize(hidden);
            assertThat(g.start()).isEqualTo(SAT.atTime(7, 0));
            assertThat(g.end()).isEqualTo(SAT.atTime(8, 0));
        });
    }

    @Test
    void aShortGroupInANarrowColumnIsAChipAlone() {
        // 30 px tall: too short for a line and a chip (36 px), too narrow for a visit beside the chip
        List<Collapse.Item> two = List.of(visit(1, "07:00", "07:30", 3), visit(2, "07:00", "07:30", 3));
        assertThat(Collapse.plan(two, room(60))).singleElement()
                .satisfies(g -> {
                    assertThat(g.fold()).isEqualTo(Collapse.Fold.CHIP);
                    assertThat(g.shown()).isEmpty();
                    assertThat(g.hidden()).containsExactlyInAnyOrder(1L, 2L);
                });
    }

    @Test
    void aVisitAloneIsDrawnInAColumnOfAnyWidth() {
        List<Collapse.Item> one = List.of(visit(1, "08:10", "08:40", 2));
        for (double width : new double[] {20, 40, 69, 200}) {
            assertThat(Collapse.plan(one, room(width))).as(width + " px").singleElement().satisfies(g -> {
                assertThat(g.fold()).isEqualTo(Collapse.Fold.WHOLE);
                assertThat(g.shown()).containsExactly(1L);
                assertThat(g.hidden()).isEmpty();
            });
        }
        // and two of them overlapping in 40 px are folded: the rule is about a visit alone
        List<Collapse.Item> two = List.of(visit(1, "08:10", "08:40", 2), visit(2, "08:10", "08:40", 2));
        assertThat(Collapse.plan(two, room(40))).singleElement()
                .satisfies(g -> assertThat(g.fold()).isNotEqualTo(Collapse.Fold.WHOLE));
    }

    @Test
    void theChosenVisitThenErrorsThenWarningsAreDrawnFirst() {
        List<Collapse.Item> items = new ArrayList<>(eleven());
        items.set(8, visit(9, "07:00", "08:00", 2));   // a warning
        items.set(9, visit(10, "07:00", "08:00", 1));  // an error
        items.set(10, visit(11, "07:00", "08:00", 0)); // the chosen one
        assertThat(Collapse.plan(items, room(240))).singleElement()
                .satisfies(g -> assertThat(g.shown()).containsExactly(11L, 10L, 9L));
    }

    @Test
    void visitsThatDoNotOverlapAreGroupsOfTheirOwnAndTouchingIsNotOverlapping() {
        List<Collapse.Item> day = List.of(
                visit(1, "07:00", "08:00", 3), visit(2, "07:00", "08:00", 3),
                visit(3, "08:00", "09:00", 3),                                 // starts as they end
                visit(4, "11:00", "12:00", 3), visit(5, "11:30", "12:30", 3), visit(6, "12:10", "13:10", 3));
        List<Collapse.Group> groups = Collapse.plan(day, room(150));
        assertThat(groups).extracting(Collapse.Group::fold)
                .containsExactly(Collapse.Fold.WHOLE, Collapse.Fold.WHOLE, Collapse.Fold.WHOLE);
        assertThat(groups.get(2).shown()).containsExactly(4L, 5L, 6L);
        assertThat(Collapse.columns(List.of(day.get(3), day.get(4), day.get(5)))).as("4 ends before 6 starts")
                .isEqualTo(2);
    }

    @Test
    void aChainOfOverlapsIsOneGroupSpanningAllItsTimes() {
        List<Collapse.Item> chain = List.of(visit(1, "11:00", "12:00", 3), visit(2, "11:30", "12:30", 3),
                visit(3, "12:10", "13:10", 3));
        assertThat(Collapse.plan(chain, room(100))).singleElement().satisfies(g -> {
            assertThat(g.fold()).isEqualTo(Collapse.Fold.BELOW);
            assertThat(g.start()).isEqualTo(SAT.atTime(11, 0));
            assertThat(g.end()).isEqualTo(LocalDateTime.of(SAT, java.time.LocalTime.of(13, 10)));
        });
    }
}
