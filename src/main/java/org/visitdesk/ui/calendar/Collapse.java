package org.visitdesk.ui.calendar;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How the visits of one day column are shown when more overlap than fit side by side, as Google Calendar and
 * Outlook do: the best few are drawn, the rest fold into one "+N" chip. A pure decision (no JavaFX): the day
 * column's skin measures, this decides.
 *
 * <p>Visits that overlap, directly or through others, form a group. A group is drawn whole when it needs one column
 * (a visit alone, however narrow the column) or when every column it needs (the most visits at once) gets at least
 * the room's {@code entryWidth}. Otherwise the best visits are drawn
 * (by {@link Item#rank}, then start, then id) and the others hide behind a chip:
 * <ul>
 * <li>{@link Fold#BESIDE}: as many as fit at {@code entryWidth} beside a chip of {@code chipWidth}, when that is
 *     two or more;</li>
 * <li>{@link Fold#BELOW}: else one visit across the column (a name reads better at the column's width than
 *     squeezed beside a chip) with the chip as a strip of {@code chipHeight} below it, where the group is tall
 *     enough for two lines of the visit and the chip;</li>
 * <li>{@link Fold#BESIDE} with one visit where there is width for it but not that height; {@link Fold#BELOW} with
 *     one line of the visit where there is that height but not the width;</li>
 * <li>{@link Fold#CHIP}: else the chip alone.</li>
 * </ul>
 */
final class Collapse {

    /**
     * One visit of the column.
     *
     * @param rank lower is drawn first: a chosen visit before one with an error, before one with a warning
     */
    record Item(long id, LocalDateTime start, LocalDateTime end, int rank) {
    }

    /**
     * The room of a column, in pixels.
     *
     * @param width           the column's width
     * @param entryWidth      the narrowest a visit is drawn beside others
     * @param chipWidth       a chip beside visits
     * @param chipHeight      a chip below a visit
     * @param lineHeight      one line of a visit
     * @param pixelsPerMinute the column's scale
     */
    record Room(double width, double entryWidth, double chipWidth, double chipHeight, double lineHeight,
            double pixelsPerMinute) {
    }

    /** How a group is drawn. */
    enum Fold {
        /** Every visit, side by side. */
        WHOLE,
        /** Some visits side by side, the chip beside them. */
        BESIDE,
        /** One visit across the column, the chip below it. */
        BELOW,
        /** The chip alone. */
        CHIP
    }

    /** One group of overlapping visits: how it is drawn, the visits drawn and those behind the chip. */
    record Group(Fold fold, List<Long> shown, List<Long> hidden, LocalDateTime start, LocalDateTime end) {
        Group {
            shown = List.copyOf(shown);
            hidden = List.copyOf(hidden);
        }
    }

    private Collapse() {
    }

    /** The groups of a column, in time order. */
    static List<Group> plan(List<Item> items, Room room) {
        List<Item> byStart = new ArrayList<>(items);
        byStart.sort(Comparator.comparing(Item::start).thenComparing(Item::end).thenComparingLong(Item::id));
        List<Group> out = new ArrayList<>();
        List<Item> group = new ArrayList<>();
        LocalDateTime groupEnd = null;
        for (Item i : byStart) {
            if (groupEnd != null && !i.start().isBefore(groupEnd)) {
                out.add(decide(group, room));
                group.clear();
                groupEnd = null;
            }
            group.add(i);
            groupEnd = groupEnd == null || i.end().isAfter(groupEnd) ? i.end() : groupEnd;
        }
        if (!group.isEmpty()) {
            out.add(decide(group, room));
        }
        return out;
    }

    private static Group decide(List<Item> group, Room room) {
        LocalDateTime start = group.stream().map(Item::start).min(Comparator.naturalOrder()).orElseThrow();
        LocalDateTime end = group.stream().map(Item::end).max(Comparator.naturalOrder()).orElseThrow();
        // a visit alone is drawn at the column's width however narrow: a "+1" chip would hide all there is to show
        if (columns(group) == 1 || columns(group) * room.entryWidth() <= room.width()) {
            return new Group(Fold.WHOLE, group.stream().map(Item::id).toList(), List.of(), start, end);
        }
        int beside = (int) Math.floor((room.width() - room.chipWidth()) / room.entryWidth());
        double height = Duration.between(start, end).toMinutes() * room.pixelsPerMinute();
        Fold fold;
        if (beside >= 2) {
            fold = Fold.BESIDE;
        } else if (height >= 2 * room.lineHeight() + room.chipHeight()) {
            fold = Fold.BELOW;
        } else if (beside == 1) {
            fold = Fold.BESIDE;
        } else if (height >= room.lineHeight() + room.chipHeight()) {
            fold = Fold.BELOW;
        } else {
            fold = Fold.CHIP;
        }
        int shownCount = switch (fold) {
            case BESIDE -> beside;
            case BELOW -> 1;
            default -> 0;
        };
        List<Item> best = new ArrayList<>(group);
        best.sort(Comparator.comparingInt(Item::rank).thenComparing(Item::start).thenComparingLong(Item::id));
        List<Item> shown = best.subList(0, Math.min(shownCount, best.size()));
        List<Item> hidden = best.subList(shown.size(), best.size());
        return new Group(fold, shown.stream().map(Item::id).toList(), hidden.stream().map(Item::id).toList(),
                start, end);
    }

    /** The most visits of the group at one moment: the columns it needs side by side. */
    static int columns(List<Item> group) {
        List<LocalDateTime[]> events = new ArrayList<>();
        for (Item i : group) {
            events.add(new LocalDateTime[] {i.start(), null});
            events.add(new LocalDateTime[] {null, i.end()});
        }
        // ends before starts at the same moment: a visit ending as another starts leaves its column free
        events.sort(Comparator.comparing((LocalDateTime[] e) -> e[0] != null ? e[0] : e[1])
                .thenComparing(e -> e[0] != null));
        int now = 0;
        int most = 0;
        for (LocalDateTime[] e : events) {
            now += e[0] != null ? 1 : -1;
            most = Math.max(most, now);
        }
        return most;
    }
}
