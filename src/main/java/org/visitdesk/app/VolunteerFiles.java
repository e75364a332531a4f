package org.visitdesk.app;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Facility;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.Visitor;
import org.visitdesk.roster.Buildings;
import org.visitdesk.roster.CalendarEvent;
import org.visitdesk.roster.ExportException;
import org.visitdesk.roster.IcsWriter;
import org.visitdesk.roster.MailMergeWriter;
import org.visitdesk.storage.FacilityDao;
import org.visitdesk.storage.Transactions;
import org.visitdesk.storage.VisitDao;

/**
 * What goes to the volunteers: a calendar file per volunteer and the mail-merge file of reminders. What leaves the
 * app is minimal: the person's first name and housing unit, the place and time, the co-visitors' first names;
 * never an A-number, a date of birth, notes or follow-ups.
 */
final class VolunteerFiles {

    /** The zone of a facility whose stored zone is unreadable: the first facility's, Adelanto's. */
    static final ZoneId DEFAULT_ZONE = ZoneId.of("America/Los_Angeles");

    /** The setting that makes UIDs of this store's visits unique in the world: a random id, made once. */
    static final String UID_SETTING = "calendar.uid-domain";

    /** The calendar files' name ending. */
    private static final String ICS = ".ics";

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private final Transactions records;
    private final Clock clock;

    VolunteerFiles(Transactions records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /** What the records hold for the days: the visits with their people, sequences, removals and zones. */
    private record Read(List<VisitListing> visits, Map<Long, Integer> sequences, List<VisitDao.Removal> removals,
            Map<Long, ZoneId> zones, Map<Long, Facility> facilities, Map<Long, Visitor> removedVisitors,
            String uidDomain) {
    }

    private Read read(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new ProblemException("export.error.range", "the last day is before the first day.", null);
        }
        LocalDateTime start = from.atStartOfDay();
        LocalDateTime end = to.plusDays(1).atStartOfDay();
        String domain = records.write(u -> u.settings().get(UID_SETTING).orElseGet(() -> {
            String made = UUID.randomUUID().toString();
            u.settings().put(UID_SETTING, made);
            return made;
        }));
        return records.read(u -> {
            List<Visit> visits = u.visits().between(start, end).stream()
                    .filter(v -> !v.start().isBefore(start) && v.detaineeId() != 0).toList();
            Map<Long, Integer> seq = new HashMap<>();
            if (!visits.isEmpty()) {
                for (VisitDao.Sequence s : u.visits().sequences(visits.stream().map(Visit::id).toList())) {
                    seq.put(s.id(), s.icsSequence());
                }
            }
            Map<Long, ZoneId> zones = new HashMap<>();
            for (FacilityDao.Zone z : u.facilities().zones()) {
                zones.put(z.id(), zone(z.timeZone()));
            }
            Map<Long, Facility> facilities = new HashMap<>();
            u.facilities().all().forEach(f -> facilities.put(f.id(), f));
            List<VisitDao.Removal> removals = u.visits().removalsBetween(start, end);
            Map<Long, Visitor> removed = new HashMap<>();
            List<Long> ids = removals.stream().map(VisitDao.Removal::visitorId).distinct().toList();
            if (!ids.isEmpty()) {
                u.visitors().byIds(ids).forEach(v -> removed.put(v.id(), v));
            }
            return new Read(VisitService.listings(u, visits), seq, removals, zones, facilities, removed, domain);
        });
    }

    private static ZoneId zone(String id) {
        try {
            return id == null || id.isBlank() ? DEFAULT_ZONE : ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            return DEFAULT_ZONE;
        }
    }

    /**
     * One {@code .ics} file per volunteer with visits starting in the days [from, to], into the folder: planned
     * visits as confirmed (requested ones tentative), cancelled ones and the ones they were taken off as cancelled.
     */
    ExportService.Summary calendars(LocalDate from, LocalDate to, Path folder, Locale language) {
        Read r = read(from, to);
        Map<Long, List<CalendarEvent>> byVisitor = new LinkedHashMap<>();
        Map<Long, Visitor> visitors = new HashMap<>(r.removedVisitors());
        for (VisitListing l : r.visits()) {
            Visit v = l.visit();
            ZoneId zone = r.zones().getOrDefault(v.facilityId(), DEFAULT_ZONE);
            for (Visitor who : l.visitors()) {
                visitors.put(who.id(), who);
                byVisitor.computeIfAbsent(who.id(), k -> new ArrayList<>()).add(new CalendarEvent(
                        uid(v.id(), r.uidDomain()), r.sequences().getOrDefault(v.id(), 0), v.start().atZone(zone),
                        v.end().atZone(zone), state(v.status()), summary(l, language), location(l),
                        description(l, who, language)));
            }
        }
        for (VisitDao.Removal gone : r.removals()) {
            Facility f = r.facilities().get(gone.facilityId());
            if (!visitors.containsKey(gone.visitorId())) {
                continue;
            }
            ZoneId zone = r.zones().getOrDefault(gone.facilityId(), DEFAULT_ZONE);
            String place = f == null ? "" : f.name();
            byVisitor.computeIfAbsent(gone.visitorId(), k -> new ArrayList<>()).add(new CalendarEvent(
                    uid(gone.visitId(), r.uidDomain()), gone.icsSequence(), gone.startsAt().atZone(zone),
                    gone.endsAt().atZone(zone), CalendarEvent.State.CANCELLED,
                    Messages.in(language, "ics.summary.removed", place), place,
                    Messages.in(language, "ics.description.removed")));
        }
        List<IcsWriter.VolunteerFile> files = new ArrayList<>();
        int events = 0;
        for (Map.Entry<Long, List<CalendarEvent>> e : byVisitor.entrySet()) {
            files.add(new IcsWriter.VolunteerFile(fileName(visitors.get(e.getKey())), e.getValue()));
            events += e.getValue().size();
        }
        try {
            new IcsWriter(clock.instant()).write(folder, files);
        } catch (ExportException e) {
            throw new ProblemException("export.error." + e.kind().name(), e.getMessage(), e);
        }
        return new ExportService.Summary(events, files.size(), folder);
    }

    /** The mail-merge CSV: one row per volunteer and planned visit starting in the days [from, to]. */
    ExportService.Summary mailMerge(LocalDate from, LocalDate to, Path out, Locale language) {
        Read r = read(from, to);
        List<MailMergeWriter.Row> rows = new ArrayList<>();
        for (VisitListing l : r.visits()) {
            Visit v = l.visit();
            if (!v.status().isPlanned()) {
                continue;
            }
            Buildings.Place place = place(l);
            for (Visitor who : l.visitors()) {
                rows.add(new MailMergeWriter.Row(who.fullName(), who.email(), who.phone(), v.day().toString(),
                        v.start().toLocalTime().format(HOUR), v.end().toLocalTime().format(HOUR), place.building(),
                        place.address(), String.join(", ", coVisitors(l, who)), firstName(l.detainee())));
            }
        }
        try {
            MailMergeWriter.write(out, rows);
        } catch (ExportException e) {
            throw new ProblemException("export.error." + e.kind().name(), e.getMessage(), e);
        }
        return new ExportService.Summary(rows.size(), 1, out);
    }

    /** The same UID for a visit in every export of this store: {@code visit-42@<store's random id>}. */
    static String uid(long visitId, String domain) {
        return "visit-" + visitId + "@" + domain + ".visitdesk";
    }

    private static CalendarEvent.State state(VisitStatus s) {
        return switch (s) {
            case REQUESTED -> CalendarEvent.State.TENTATIVE;
            case CANCELLED -> CalendarEvent.State.CANCELLED;
            default -> CalendarEvent.State.CONFIRMED;
        };
    }

    private static String firstName(Detainee d) {
        return d == null ? "" : d.givenName().split("\\s+", 2)[0];
    }

    private static String unit(Detainee d) {
        return d == null ? "" : d.housingUnit();
    }

    private static List<String> coVisitors(VisitListing l, Visitor who) {
        return l.visitors().stream().filter(v -> v.id() != who.id()).map(Visitor::givenName).toList();
    }

    private static Buildings.Place place(VisitListing l) {
        return Buildings.placeFor(l.facility() == null ? "" : l.facility().address(), unit(l.detainee()));
    }

    private static String summary(VisitListing l, Locale language) {
        String unit = unit(l.detainee());
        return unit.isEmpty() ? Messages.in(language, "ics.summary", firstName(l.detainee()))
                : Messages.in(language, "ics.summary.unit", firstName(l.detainee()), unit);
    }

    private static String location(VisitListing l) {
        String name = l.facility() == null ? "" : l.facility().name();
        String address = Buildings.addressFor(l.facility() == null ? "" : l.facility().address(),
                unit(l.detainee()));
        return address.isEmpty() ? name : name + ", " + address;
    }

    private static String description(VisitListing l, Visitor who, Locale language) {
        List<String> lines = new ArrayList<>();
        String unit = unit(l.detainee());
        lines.add(unit.isEmpty() ? Messages.in(language, "ics.description.personNoUnit", firstName(l.detainee()))
                : Messages.in(language, "ics.description.person", firstName(l.detainee()), unit));
        lines.add(Messages.in(language, "ics.description.place", location(l)));
        List<String> with = coVisitors(l, who);
        lines.add(with.isEmpty() ? Messages.in(language, "ics.description.alone")
                : Messages.in(language, "ics.description.with", String.join(", ", with)));
        lines.add(Messages.in(language, "ics.description.bring"));
        return String.join("\n", lines);
    }

    /** "ana-lopez-12.ics": the volunteer's name without accents or signs, and their id so that no two meet. */
    static String fileName(Visitor v) {
        if (v == null) {
            return "visitor" + ICS;
        }
        String plain = Normalizer.normalize(v.givenName() + "-" + v.familyName(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (plain.length() > 40) {
            plain = plain.substring(0, 40);
        }
        return (plain.isEmpty() ? "visitor" : plain) + "-" + v.id() + ICS;
    }
}
