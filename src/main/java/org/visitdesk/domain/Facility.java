package org.visitdesk.domain;

import java.util.ArrayList;
import java.util.List;

/** A detention facility and its visiting limits. {@code id} is 0 until saved. */
public record Facility(
        long id,
        String name,
        String address,
        int roomCapacity,
        int maxVisitorsPerVisit,
        int maxVisitsPerWeek,
        String notes,
        int version) {

    public Facility {
        name = Text.clean(name);
        address = Text.clean(address);
        notes = notes == null ? "" : notes.strip();
    }

    /** A facility not yet saved, or one whose version does not matter (version 0). */
    public Facility(long id, String name, String address, int roomCapacity, int maxVisitorsPerVisit,
            int maxVisitsPerWeek, String notes) {
        this(id, name, address, roomCapacity, maxVisitorsPerVisit, maxVisitsPerWeek, notes, 0);
    }

    /** The same facility with another id. */
    public Facility withId(long newId) {
        return new Facility(newId, name, address, roomCapacity, maxVisitorsPerVisit, maxVisitsPerWeek, notes,
                version);
    }

    /** The same facility as saved at another version. */
    public Facility withVersion(int newVersion) {
        return new Facility(id, name, address, roomCapacity, maxVisitorsPerVisit, maxVisitsPerWeek, notes,
                newVersion);
    }

    /** What is wrong with this record on its own. */
    public List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        if (name.isEmpty()) {
            errors.add(new FieldError("name", "error.required"));
        }
        if (roomCapacity < 1) {
            errors.add(new FieldError("roomCapacity", "error.positive"));
        }
        if (maxVisitorsPerVisit < 1) {
            errors.add(new FieldError("maxVisitorsPerVisit", "error.positive"));
        }
        if (maxVisitsPerWeek < 1) {
            errors.add(new FieldError("maxVisitsPerWeek", "error.positive"));
        }
        Limits.text(errors, "name", name, Limits.NAME, false);
        Limits.text(errors, "address", address, Limits.ADDRESS, false);
        Limits.text(errors, "notes", notes, Limits.FACILITY_NOTES, true);
        return errors;
    }
}
