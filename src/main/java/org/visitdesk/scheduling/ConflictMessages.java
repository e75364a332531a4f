package org.visitdesk.scheduling;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.visitdesk.domain.BlackoutDay;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Facility;
import org.visitdesk.domain.Languages;
import org.visitdesk.domain.VisitingWindow;
import org.visitdesk.domain.Visitor;
import org.visitdesk.domain.VisitorStatus;

/**
 * Plain-language conflict messages for coordinators, in English or Spanish, from the bundle
 * {@code org/visitdesk/i18n/messages} (keys {@code conflict.<CODE>}, {@code conflict.<CODE>.short},
 * {@code severity.<SEVERITY>}).
 */
public final class ConflictMessages {

    /** The bundle base name shared with the rest of the app. */
    public static final String BUNDLE = "org.visitdesk.i18n.messages";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private ConflictMessages() {
    }

    /** The full message for a conflict, naming the people, the place and the time. */
    public static String describe(Conflict c, ScheduleContext ctx, Locale locale) {
        ResourceBundle b = bundle(locale);
        Facility facility = ctx.facility(c.facilityId());
        Detainee detainee = c.detaineeId() == null ? null : ctx.detainee(c.detaineeId());
        Visitor visitor = c.visitorId() == null ? null : ctx.visitor(c.visitorId());

        String visitorName = c.visitorId() == null ? ""
                : visitor != null ? visitor.fullName() : format(b, "conflict.unknownVisitor", locale, c.visitorId());
        String detaineeName = c.detaineeId() == null ? ""
                : detainee != null ? detainee.fullName()
                : format(b, "conflict.unknownDetainee", locale, c.detaineeId());
        String facilityName = facility != null ? facility.name()
                : format(b, "conflict.unknownFacility", locale, c.facilityId());
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
        String detail = "";
        String detail2 = "";
        switch (c.code()) {
            case OUTSIDE_VISITING_HOURS -> detail = hours(b, locale, ctx, c, detainee);
            case FACILITY_CLOSED -> {
                detail = closedReason(ctx, c);
                if (detail.isEmpty()) {
                    key += ".noReason";
                }
            }
            case DETAINEE_NOT_HELD -> {
                if (detainee != null && detainee.status().hasLeft()) {
                    detail = b.getString("conflict.left." + detainee.status().name());
                }
                if (detainee == null || detainee.statusDate() == null) {
                    key += ".undated";
                } else {
                    detail2 = day(detainee.statusDate(), locale);
                }
            }
            case VISITOR_NOT_CLEARED -> detail = notClearedReasons(b, visitor);
            case WEEKLY_LIMIT -> detail = day(ConflictRules.weekStart(c.at().toLocalDate()), locale);
            case NO_COMMON_LANGUAGE -> detail = detainee == null ? "" : Languages.join(detainee.languages());
            default -> {
            }
        }
        return format(b, key, locale, visitorName, detaineeName, TIME.format(c.at()), day(c.at().toLocalDate(), locale),
                facilityName, Integer.valueOf(c.count()), limit, detail, detail2);
    }

    /** A short title for the rule, for lists and column headers. */
    public static String title(ConflictCode code, Locale locale) {
        return bundle(locale).getString("conflict." + code.name() + ".short");
    }

    /** "Error" or "Warning" in the locale. */
    public static String severity(Severity severity, Locale locale) {
        return bundle(locale).getString("severity." + severity.name());
    }

    /** A day as coordinators write it: "Tue 8 Dec", "mar 8 dic". */
    public static String day(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofPattern("EEE d MMM", locale).format(day);
    }

    private static ResourceBundle bundle(Locale locale) {
        // No fallback to the default locale: an English request on a Spanish machine must still get English.
        return ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.ENGLISH : locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String format(ResourceBundle b, String key, Locale locale, Object... args) {
        Object[] strings = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            // ids as text, so that they are not printed with digit grouping ("1,234"); counts stay numbers
            strings[i] = args[i] instanceof Integer ? args[i] : String.valueOf(args[i]);
        }
        return new MessageFormat(b.getString(key), locale).format(strings);
    }

    /** The windows the detainee's unit has on that weekday, or a note that it has none. */
    private static String hours(ResourceBundle b, Locale locale, ScheduleContext ctx, Conflict c, Detainee d) {
        String unit = d == null ? "" : d.housingUnit();
        String unitName = unit.isEmpty() ? b.getString("conflict.unit.unknown") : unit;
        String weekday = c.at().getDayOfWeek().getDisplayName(TextStyle.FULL, locale);
        List<VisitingWindow> open = new ArrayList<>();
        for (VisitingWindow w : ctx.windows(c.facilityId())) {
            if (w.day() == c.at().getDayOfWeek() && w.serves(unit)) {
                open.add(w);
            }
        }
        if (open.isEmpty()) {
            return format(b, "conflict.hours.none", locale, unitName, weekday);
        }
        open.sort(Comparator.comparing(VisitingWindow::start));
        List<String> spans = new ArrayList<>();
        for (VisitingWindow w : open) {
            spans.add(TIME.format(w.start()) + "–" + TIME.format(w.end()));
        }
        return format(b, "conflict.hours.some", locale, unitName, weekday, String.join(", ", spans));
    }

    private static String closedReason(ScheduleContext ctx, Conflict c) {
        for (BlackoutDay bd : ctx.blackouts(c.facilityId())) {
            if (bd.covers(c.at().toLocalDate())) {
                return bd.reason();
            }
        }
        return "";
    }

    private static String notClearedReasons(ResourceBundle b, Visitor v) {
        if (v == null) {
            return b.getString("conflict.notCleared.unknown");
        }
        List<String> reasons = new ArrayList<>();
        if (v.status() != VisitorStatus.ACTIVE) {
            reasons.add(b.getString("conflict.notCleared." + v.status().name()));
        }
        if (v.orientationDate() == null) {
            reasons.add(b.getString("conflict.notCleared.noOrientation"));
        }
        if (!v.idChecked()) {
            reasons.add(b.getString("conflict.notCleared.noIdCheck"));
        }
        return String.join(", ", reasons);
    }
}
