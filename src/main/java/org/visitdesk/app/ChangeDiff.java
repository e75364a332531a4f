package org.visitdesk.app;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.Availability;
import org.visitdesk.domain.BlackoutDay;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Facility;
import org.visitdesk.domain.FollowUp;
import org.visitdesk.domain.Languages;
import org.visitdesk.domain.Message;
import org.visitdesk.domain.Outcome;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitingWindow;
import org.visitdesk.domain.Visitor;
import org.visitdesk.domain.WeeklyHours;

/**
 * Which fields of a record changed, from what to what: compares two versions field by field (a missing version,
 * before a create or after a delete, counts as all blank). Fields are named by message keys, translated when
 * shown; enum values are kept as message keys too (marked with a leading {@code #}), so the history reads in the
 * language in use.
 */
final class ChangeDiff {

    /** Longest value kept for one field; the rest is cut (the column holds 8000 characters in all). */
    static final int MAX_VALUE = 600;
    static final int MAX_TOTAL = 8000;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** Names what record ids stand for, read in the same transaction. */
    interface Names {
        String facility(Long id);

        String detainee(long id);

        String visitors(List<Long> ids);
    }

    private final List<HistoryEntry.Change> changes = new ArrayList<>();

    /** The fields that differ. */
    List<HistoryEntry.Change> changes() {
        return List.copyOf(changes);
    }

    boolean isEmpty() {
        return changes.isEmpty();
    }

    /** Adds a field when its two values differ. */
    ChangeDiff field(String key, Object before, Object after) {
        String b = text(before);
        String a = text(after);
        if (!Objects.equals(b, a)) {
            changes.add(new HistoryEntry.Change(key, b, a));
        }
        return this;
    }

    static String text(Object value) {
        String s;
        if (value == null) {
            s = "";
        } else if (value instanceof LocalDateTime t) {
            s = t.format(WHEN);
        } else if (value instanceof Boolean b) {
            s = b ? "#history.yes" : "#history.no";
        } else if (value instanceof Enum<?> e) {
            s = "#" + enumKey(e);
        } else {
            s = value.toString();
        }
        return s.length() > MAX_VALUE ? s.substring(0, MAX_VALUE) + "…" : s;
    }

    private static String enumKey(Enum<?> e) {
        String prefix = switch (e.getClass().getSimpleName()) {
            case "DetaineeStatus" -> "status.detainee";
            case "VisitorStatus" -> "status.visitor";
            case "VisitStatus" -> "status.visit";
            case "VisitType" -> "type.visit";
            case "OutcomeCode" -> "outcome";
            case "DenialReason" -> "denialReason";
            case "FollowUpKind" -> "followUp.kind";
            case "FollowUpStatus" -> "followUp.status";
            default -> "";
        };
        return prefix.isEmpty() ? e.name() : prefix + "." + e.name();
    }

    /** A stored value as shown: its text, or a message for a value kept as a message key (marked with #). */
    static Object display(String stored) {
        if (stored == null) {
            return "";
        }
        return stored.startsWith("#") ? Message.of(stored.substring(1)) : stored;
    }

    static ChangeDiff of(Detainee before, Detainee after, Names names) {
        ChangeDiff d = new ChangeDiff();
        d.field("field.aNumber", before == null || before.aNumber() == null ? null : before.aNumber().display(),
                after == null || after.aNumber() == null ? null : after.aNumber().display());
        d.field("field.familyName", before == null ? null : before.familyName(),
                after == null ? null : after.familyName());
        d.field("field.givenName", before == null ? null : before.givenName(),
                after == null ? null : after.givenName());
        d.field("field.dateOfBirth", before == null ? null : before.dateOfBirth(),
                after == null ? null : after.dateOfBirth());
        d.field("field.countryOfBirth", before == null ? null : before.countryOfBirth(),
                after == null ? null : after.countryOfBirth());
        d.field("field.languages", before == null ? null : Languages.join(before.languages()),
                after == null ? null : Languages.join(after.languages()));
        d.field("field.gender", before == null ? null : before.gender(), after == null ? null : after.gender());
        d.field("field.facility", before == null ? null : names.facility(before.facilityId()),
                after == null ? null : names.facility(after.facilityId()));
        d.field("field.housingUnit", before == null ? null : before.housingUnit(),
                after == null ? null : after.housingUnit());
        d.field("field.status", before == null ? null : before.status(), after == null ? null : after.status());
        d.field("field.statusDate", before == null ? null : before.statusDate(),
                after == null ? null : after.statusDate());
        d.field("field.notes", before == null ? null : before.notes(), after == null ? null : after.notes());
        return d;
    }

    private static void availability(ChangeDiff d, Availability b, Availability a) {
        d.field("field.available", b == null ? null : WeeklyHours.join(b.hours()),
                a == null ? null : WeeklyHours.join(a.hours()));
        d.field("field.visitsPerMonth", b == null || b.visitsPerMonth() == 0 ? null : b.visitsPerMonth(),
                a == null || a.visitsPerMonth() == 0 ? null : a.visitsPerMonth());
        d.field("field.awayFrom", b == null ? null : b.awayFrom(), a == null ? null : a.awayFrom());
        d.field("field.awayTo", b == null ? null : b.awayTo(), a == null ? null : a.awayTo());
        d.field("field.familyOf", b == null ? null : aNumbers(b.familyOf()), a == null ? null : aNumbers(a.familyOf()));
    }

    /** A-numbers as people read them, separated by ; (how the field and the import column take them). */
    static String aNumbers(List<ANumber> list) {
        return String.join("; ", list.stream().map(ANumber::display).toList());
    }

    static ChangeDiff of(Visitor before, Visitor after) {
        ChangeDiff d = new ChangeDiff();
        d.field("field.familyName", before == null ? null : before.familyName(),
                after == null ? null : after.familyName());
        d.field("field.givenName", before == null ? null : before.givenName(),
                after == null ? null : after.givenName());
        d.field("field.email", before == null ? null : before.email(), after == null ? null : after.email());
        d.field("field.phone", before == null ? null : before.phone(), after == null ? null : after.phone());
        d.field("field.languages", before == null ? null : Languages.join(before.languages()),
                after == null ? null : Languages.join(after.languages()));
        d.field("field.orientationDate", before == null ? null : before.orientationDate(),
                after == null ? null : after.orientationDate());
        d.field("field.idChecked", before == null ? null : before.idChecked(),
                after == null ? null : after.idChecked());
        d.field("field.status", before == null ? null : before.status(), after == null ? null : after.status());
        d.field("field.notes", before == null ? null : before.notes(), after == null ? null : after.notes());
        availability(d, before == null ? null : before.availability(), after == null ? null : after.availability());
        return d;
    }

    static ChangeDiff of(Visit before, Visit after, Names names) {
        ChangeDiff d = new ChangeDiff();
        d.field("field.detainee", before == null ? null : names.detainee(before.detaineeId()),
                after == null ? null : names.detainee(after.detaineeId()));
        d.field("field.facility", before == null ? null : names.facility(before.facilityId()),
                after == null ? null : names.facility(after.facilityId()));
        d.field("field.start", before == null ? null : before.start(), after == null ? null : after.start());
        d.field("field.end", before == null ? null : before.end(), after == null ? null : after.end());
        d.field("field.visitors", before == null ? null : names.visitors(before.visitorIds()),
                after == null ? null : names.visitors(after.visitorIds()));
        d.field("field.type", before == null ? null : before.type(), after == null ? null : after.type());
        d.field("field.status", before == null ? null : before.status(), after == null ? null : after.status());
        d.field("field.notes", before == null ? null : before.notes(), after == null ? null : after.notes());
        d.field("field.overrideReason", before == null ? null : before.overrideReason(),
                after == null ? null : after.overrideReason());
        return d;
    }

    /** A visit's outcome recorded or changed: the visit's status and the outcome's fields. */
    static ChangeDiff of(Visit before, Visit after, Outcome was, Outcome now) {
        ChangeDiff d = new ChangeDiff();
        d.field("field.status", before.status(), after.status());
        d.field("field.outcome", was == null ? null : was.code(), now.code());
        d.field("field.denialReason", was == null ? null : was.denialReason(), now.denialReason());
        d.field("field.arrived", was == null ? null : was.arrived(), now.arrived());
        d.field("field.seen", was == null ? null : was.seen(), now.seen());
        d.field("field.left", was == null ? null : was.left(), now.left());
        d.field("field.outcomeNote", was == null ? null : was.note(), now.note());
        return d;
    }

    /**
     * A follow-up marked or handed on, kept in its person's history: which follow-up (its kind), then what changed
     * (status, owner, note). Empty when nothing changed.
     *
     * @param ownerBefore the owner before, as {@link #owner} names it
     */
    static ChangeDiff of(FollowUp before, FollowUp after, String ownerBefore, String ownerAfter) {
        ChangeDiff rest = new ChangeDiff();
        rest.field("field.followUpStatus", before.status(), after.status());
        rest.field("field.followUpOwner", ownerBefore, ownerAfter);
        rest.field("field.followUpNote", before.note(), after.note());
        if (rest.isEmpty()) {
            return rest;
        }
        ChangeDiff d = new ChangeDiff();
        d.field("field.followUp", null, after.kind());
        d.changes.addAll(rest.changes);
        return d;
    }

    /** Who does a follow-up, as kept in the history: the visitor's name, or the word for the coordinator. */
    static String owner(Visitor v) {
        return v == null ? "#followUp.coordinator" : v.fullName();
    }

    static ChangeDiff of(FacilityService.FacilityRules before, FacilityService.FacilityRules after) {
        ChangeDiff d = new ChangeDiff();
        Facility b = before == null ? null : before.facility();
        Facility a = after == null ? null : after.facility();
        d.field("field.name", b == null ? null : b.name(), a == null ? null : a.name());
        d.field("field.address", b == null ? null : b.address(), a == null ? null : a.address());
        d.field("field.roomCapacity", b == null ? null : b.roomCapacity(), a == null ? null : a.roomCapacity());
        d.field("field.maxVisitorsPerVisit", b == null ? null : b.maxVisitorsPerVisit(),
                a == null ? null : a.maxVisitorsPerVisit());
        d.field("field.maxVisitsPerWeek", b == null ? null : b.maxVisitsPerWeek(),
                a == null ? null : a.maxVisitsPerWeek());
        d.field("field.notes", b == null ? null : b.notes(), a == null ? null : a.notes());
        d.field("field.windows", before == null ? null : windows(before.windows()),
                after == null ? null : windows(after.windows()));
        d.field("field.blackouts", before == null ? null : blackouts(before.blackouts()),
                after == null ? null : blackouts(after.blackouts()));
        return d;
    }

    private static String windows(List<VisitingWindow> ws) {
        List<String> out = new ArrayList<>();
        for (VisitingWindow w : ws) {
            out.add(w.day().toString().substring(0, 3) + " " + w.start() + "-" + w.end()
                    + (w.housingUnit().isEmpty() ? "" : " " + w.housingUnit()) + (w.contact() ? "" : " (non-contact)"));
        }
        return String.join("; ", out);
    }

    private static String blackouts(List<BlackoutDay> bs) {
        List<String> out = new ArrayList<>();
        for (BlackoutDay b : bs) {
            out.add(b.from() + (b.to().equals(b.from()) ? "" : ".." + b.to())
                    + (b.reason().isEmpty() ? "" : " " + b.reason()));
        }
        return String.join("; ", out);
    }

    /** The stored form: one line per field, key, old and new value separated by tabs (escaped inside values). */
    String encode() {
        StringBuilder sb = new StringBuilder();
        for (HistoryEntry.Change c : changes) {
            String line = c.fieldKey() + "\t" + escape(c.before()) + "\t" + escape(c.after()) + "\n";
            if (sb.length() + line.length() > MAX_TOTAL) {
                break;
            }
            sb.append(line);
        }
        return sb.toString();
    }

    static List<HistoryEntry.Change> decode(String stored) {
        List<HistoryEntry.Change> out = new ArrayList<>();
        if (stored == null || stored.isEmpty()) {
            return out;
        }
        for (String line : stored.split("\n")) {
            String[] parts = line.split("\t", -1);
            if (parts.length == 3) {
                out.add(new HistoryEntry.Change(parts[0], unescape(parts[1]), unescape(parts[2])));
            }
        }
        return out;
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
