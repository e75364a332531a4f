package org.visitdesk.scheduling;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.visitdesk.domain.BlackoutDay;
import org.visitdesk.domain.Conflict;
import org.visitdesk.domain.ConflictCode;
import org.visitdesk.domain.DateRange;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Facility;
import org.visitdesk.domain.Languages;
import org.visitdesk.domain.Message;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitingWindow;
import org.visitdesk.domain.Visitor;
import org.visitdesk.domain.VisitorStatus;

/**
 * What to tell a coordinator about a conflict, naming the people, the place and the time: message keys of the
 * bundle {@code org/visitdesk/i18n/messages} ({@code conflict.<CODE>}, {@code conflict.<CODE>.short}) with
 * their values, put into English or Spanish where the language is known.
 */
public final class ConflictMessages {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private ConflictMessages() {
    }

    /**
     * The full message for a conflict. Its values, in order: visitor, detained person, time, day, facility, what
     * was counted, the facility's limit, and two details that depend on the rule.
     */
    public static Message describe(Conflict c, ScheduleContext ctx) {
        Facility facility = ctx.facility(c.facilityId());
        Detainee detainee = c.detaineeId() == null ? null : ctx.detainee(c.detaineeId());
        Visitor visitor = c.visitorId() == null ? null : ctx.visitor(c.visitorId());

        // ids as text, so that they are not printed with digit grouping ("1,234")
        Object visitorName = c.visitorId() == null ? ""
                : visitor != null ? visitor.fullName()
                : Message.of("conflict.unknownVisitor", String.valueOf(c.visitorId()));
        Object detaineeName = c.detaineeId() == null ? ""
                : detainee != null ? detainee.fullName()
                : Message.of("conflict.unknownDetainee", String.valueOf(c.detaineeId()));
        Object facilityName = facility != null ? facility.name()
                : Message.of("conflict.unknownFacility", String.valueOf(c.facilityId()));
        // a count and a limit are numbers, so that the message can say "1 visit" and "2 visits"
        Integer limit = 0;
        if (facility != null) {
            limit = switch (c.code()) {
                case ROOM_FULL -> facility.roomCapacity();
                case TOO_MANY_VISITORS -> facility.maxVisitorsPerVisit();
                case WEEKLY_LIMIT -> facility.maxVisitsPerWeek();
                default -> 0;
            };
        }

        String key = "conflict." + c.code().name();
        Object detail = "";
        Object detail2 = "";
        switch (c.code()) {
            case OUTSIDE_VISITING_HOURS -> detail = hours(ctx, c, detainee);
            case FACILITY_CLOSED -> {
                detail = closedReason(ctx, c);
                if (detail.equals("")) {
                    key += ".noReason";
                }
            }
            case DETAINEE_NOT_HELD -> {
                if (detainee != null && detainee.status().hasLeft()) {
                    detail = Message.of("conflict.left." + detainee.status().name());
                }
                if (detainee == null || detainee.statusDate() == null) {
                    key += ".undated";
                } else {
                    detail2 = detainee.statusDate();
                }
            }
            case VISITOR_NOT_CLEARED -> detail = notClearedReasons(visitor);
            case WEEKLY_LIMIT -> detail = DateRange.mondayOf(c.at().toLocalDate());
            case NO_COMMON_LANGUAGE -> detail = detainee == null ? "" : Languages.join(detainee.languages());
            default -> {
            }
        }
        return Message.of(key, visitorName, detaineeName, TIME.format(c.at()), c.at().toLocalDate(), facilityName,
                c.count(), limit, detail, detail2);
    }

    /**
     * The full message for a conflict, knowing its visits: a double booking then names both visits (both people
     * and both times, earlier first) and which one to move ({@link ConflictMarks}), so that it reads the same,
     * and whole, on either visit. Without both visits it is {@link #describe(Conflict, ScheduleContext)}.
     * Values beyond those of that message: {9} the later visit's person, {10} its time.
     *
     * @param visits the visits by id, as far as they are known; an unsaved proposed visit under id 0
     */
    public static Message describe(Conflict c, ScheduleContext ctx, Function<Long, Visit> visits) {
        boolean pair = c.code() == ConflictCode.VISITOR_DOUBLE_BOOKED
                || c.code() == ConflictCode.DETAINEE_DOUBLE_BOOKED;
        if (!pair || c.visitIds().size() != 2) {
            return describe(c, ctx);
        }
        Visit a = visits.apply(c.visitIds().get(0));
        Visit b = visits.apply(c.visitIds().get(1));
        if (a == null || b == null || a.start() == null || b.start() == null) {
            return describe(c, ctx);
        }
        // earlier first; at the same time, the one planned first
        if (b.start().isBefore(a.start()) || (b.start().equals(a.start()) && a.id() == 0)
                || (b.start().equals(a.start()) && b.id() != 0 && b.id() < a.id())) {
            Visit t = a;
            a = b;
            b = t;
        }
        Facility facility = ctx.facility(c.facilityId());
        Object facilityName = facility != null ? facility.name()
                : Message.of("conflict.unknownFacility", String.valueOf(c.facilityId()));
        Visitor visitor = c.visitorId() == null ? null : ctx.visitor(c.visitorId());
        Object visitorName = c.visitorId() == null ? ""
                : visitor != null ? visitor.fullName()
                : Message.of("conflict.unknownVisitor", String.valueOf(c.visitorId()));
        long toMove = ConflictMarks.of(c, visits, ctx).toMove();
        Visit move = toMove == a.id() ? a : b;
        Visit keep = move == a ? b : a;
        boolean byReason = !keep.overrideReason().isBlank() && move.overrideReason().isBlank();
        boolean aboutVisitor = c.code() == ConflictCode.VISITOR_DOUBLE_BOOKED;
        Message advice = aboutVisitor
                ? Message.of(byReason ? "conflict.move.person.reason" : "conflict.move.person.later",
                        person(ctx, move), TIME.format(move.start()))
                // the visitors tell two visits of one person apart, also when both are at the same time
                : Message.of(byReason ? "conflict.move.time.reason" : "conflict.move.time.later",
                        TIME.format(move.start()), visitors(ctx, move));
        return Message.of(aboutVisitor ? "conflict.VISITOR_DOUBLE_BOOKED.both"
                : "conflict.DETAINEE_DOUBLE_BOOKED.both", visitorName, person(ctx, a), TIME.format(a.start()),
                a.day(), facilityName, c.count(), 0, advice, "", person(ctx, b), TIME.format(b.start()),
                visitors(ctx, a), visitors(ctx, b));
    }

    private static Object visitors(ScheduleContext ctx, Visit v) {
        if (v.visitorIds().isEmpty()) {
            return Message.of("conflict.noVisitors");
        }
        List<String> names = new ArrayList<>();
        for (long id : v.visitorIds()) {
            Visitor x = ctx.visitor(id);
            names.add(x != null ? x.fullName() : "#" + id);
        }
        return String.join(", ", names);
    }

    private static Object person(ScheduleContext ctx, Visit v) {
        Detainee d = ctx.detainee(v.detaineeId());
        return d != null ? d.fullName() : Message.of("conflict.unknownDetainee", String.valueOf(v.detaineeId()));
    }

    /** A short title for the rule, for lists and column headers. */
    public static Message title(ConflictCode code) {
        return Message.of("conflict." + code.name() + ".short");
    }

    /** The windows the detainee's unit has on that weekday, or a note that it has none. */
    private static Message hours(ScheduleContext ctx, Conflict c, Detainee d) {
        String unit = d == null ? "" : d.housingUnit();
        Object unitName = unit.isEmpty() ? Message.of("conflict.unit.unknown") : unit;
        List<VisitingWindow> open = new ArrayList<>();
        for (VisitingWindow w : ctx.windows(c.facilityId())) {
            if (w.day() == c.at().getDayOfWeek() && w.serves(unit)) {
                open.add(w);
            }
        }
        if (open.isEmpty()) {
            return Message.of("conflict.hours.none", unitName, c.at().getDayOfWeek());
        }
        open.sort(Comparator.comparing(VisitingWindow::start));
        List<String> spans = new ArrayList<>();
        for (VisitingWindow w : open) {
            spans.add(TIME.format(w.start()) + "–" + TIME.format(w.end()));
        }
        return Message.of("conflict.hours.some", unitName, c.at().getDayOfWeek(), spans);
    }

    private static String closedReason(ScheduleContext ctx, Conflict c) {
        for (BlackoutDay bd : ctx.blackouts(c.facilityId())) {
            if (bd.covers(c.at().toLocalDate())) {
                return bd.reason();
            }
        }
        return "";
    }

    private static Object notClearedReasons(Visitor v) {
        if (v == null) {
            return Message.of("conflict.notCleared.unknown");
        }
        List<Message> reasons = new ArrayList<>();
        if (v.status() != VisitorStatus.ACTIVE) {
            reasons.add(Message.of("conflict.notCleared." + v.status().name()));
        }
        if (v.orientationDate() == null) {
            reasons.add(Message.of("conflict.notCleared.noOrientation"));
        }
        if (!v.idChecked()) {
            reasons.add(Message.of("conflict.notCleared.noIdCheck"));
        }
        return reasons;
    }
}
