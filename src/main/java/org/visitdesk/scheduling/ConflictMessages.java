package org.visitdesk.scheduling;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.visitdesk.domain.BlackoutDay;
import org.visitdesk.domain.Conflict;
import org.visitdesk.domain.ConflictCode;
import org.visitdesk.domain.DateRange;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Facility;
import org.visitdesk.domain.Languages;
import org.visitdesk.domain.Message;
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
