package org.visitdesk.roster;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Calendar files (RFC 5545) through ical4j, the library CalendarFX brings: one file per volunteer, each event with
 * its time zone (a VTIMEZONE from ical4j's own zone data, so a phone shows the facility's hour), a stable UID and a
 * SEQUENCE, so that importing a newer file replaces the events it had.
 */
public final class IcsWriter {

    /** The product that made the files, as iCalendar names it. */
    public static final String PRODUCT = "-//VisitDesk//Volunteer calendar//EN";

    private final Instant stamp;

    /** Files stamped with the moment of the export (DTSTAMP). */
    public IcsWriter(Instant stamp) {
        this.stamp = stamp;
    }

    /** One volunteer's file: their name for the calendar and their events. */
    public record VolunteerFile(String fileName, List<CalendarEvent> events) {
        public VolunteerFile {
            events = List.copyOf(events);
        }
    }

    /**
     * Writes the files into the folder, all or none: every file is first written whole beside its place (each
     * through {@link SafeFile}), and only when all are written are they moved into place, so that a failure half-way
     * leaves the folder as it was. Returns the paths written. Throws {@link ExportException} when the folder is
     * missing or cannot be written.
     */
    public List<Path> write(Path folder, List<VolunteerFile> files) {
        Path dir = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new ExportException(ExportException.Kind.FOLDER_MISSING,
                    "the folder " + dir + " does not exist. Nothing was written.", null);
        }
        List<Calendar> calendars = new ArrayList<>();
        for (VolunteerFile f : files) {
            calendars.add(calendar(f.events()));
        }
        List<Path> ready = new ArrayList<>();
        List<Path> written = new ArrayList<>();
        try {
            for (int i = 0; i < files.size(); i++) {
                Calendar cal = calendars.get(i);
                Path waiting = dir.resolve("." + files.get(i).fileName() + ".part");
                SafeFile.write(waiting, out -> {
                    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    try {
                        new CalendarOutputter(true).output(cal, w);
                    } catch (ValidationException e) {
                        throw new IOException("the calendar did not validate", e);
                    }
                    // the outputter flushes and closes the writer itself
                });
                ready.add(waiting);
            }
            for (int i = 0; i < files.size(); i++) {
                Path target = dir.resolve(files.get(i).fileName());
                Files.move(ready.get(i), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                written.add(target);
            }
            return written;
        } catch (IOException e) {
            throw new ExportException(ExportException.Kind.FAILED, "a calendar file could not be put in place"
                    + " (" + written.size() + " of " + files.size() + " were). Try again.", e);
        } finally {
            for (Path p : ready) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a leftover part file is hidden and replaced at the next export
                }
            }
        }
    }

    /** The calendar of one volunteer's events, with one VTIMEZONE per zone used. */
    Calendar calendar(List<CalendarEvent> events) {
        Calendar cal = new Calendar();
        cal.withProdId(PRODUCT).withDefaults();
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        Set<ZoneId> zones = new LinkedHashSet<>();
        for (CalendarEvent e : events) {
            zones.add(e.start().getZone());
        }
        for (ZoneId z : zones) {
            TimeZone tz = registry.getTimeZone(z.getId());
            if (tz != null) {
                cal.withComponent(tz.getVTimeZone());
            }
        }
        for (CalendarEvent e : events) {
            VEvent event = new VEvent(e.start(), e.end(), e.summary());
            event.replace(new Uid(e.uid()));
            event.replace(new Sequence(e.sequence()));
            event.replace(new DtStamp(stamp));
            event.add(new Status(switch (e.state()) {
                case TENTATIVE -> Status.VALUE_TENTATIVE;
                case CONFIRMED -> Status.VALUE_CONFIRMED;
                case CANCELLED -> Status.VALUE_CANCELLED;
            }));
            if (!e.location().isEmpty()) {
                event.add(new Location(e.location()));
            }
            if (!e.description().isEmpty()) {
                event.add(new Description(e.description()));
            }
            cal.withComponent(event);
        }
        return cal;
    }
}
