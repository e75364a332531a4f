package org.visitdesk.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A detained person who asked for a visit. {@code id} is 0 until the record is saved. */
public record Detainee(
        long id,
        ANumber aNumber,
        String familyName,
        String givenName,
        LocalDate dateOfBirth,
        String countryOfBirth,
        List<String> languages,
        String gender,
        Long facilityId,
        String housingUnit,
        DetaineeStatus status,
        LocalDate statusDate,
        String notes,
        int version) {

    public Detainee {
        familyName = Text.clean(familyName);
        givenName = Text.clean(givenName);
        countryOfBirth = Text.clean(countryOfBirth);
        gender = Text.clean(gender);
        housingUnit = Text.clean(housingUnit);
        notes = notes == null ? "" : notes.strip();
        languages = languages == null ? List.of() : List.copyOf(languages);
        status = status == null ? DetaineeStatus.DETAINED : status;
    }

    /** A person not yet saved, or one whose version does not matter (version 0). */
    public Detainee(long id, ANumber aNumber, String familyName, String givenName, LocalDate dateOfBirth,
            String countryOfBirth, List<String> languages, String gender, Long facilityId, String housingUnit,
            DetaineeStatus status, LocalDate statusDate, String notes) {
        this(id, aNumber, familyName, givenName, dateOfBirth, countryOfBirth, languages, gender, facilityId,
                housingUnit, status, statusDate, notes, 0);
    }

    /** "Given Family", as people say it. */
    public String fullName() {
        return (givenName + " " + familyName).strip();
    }

    /** "Family, Given", for sorted lists. */
    public String sortName() {
        return familyName + ", " + givenName;
    }

    /**
     * True when the person is held on that day: not known to have left by then (left on a later day, or never; a
     * person whose status is unknown counts as held, so that somebody checks).
     */
    public boolean heldOn(LocalDate day) {
        return !(status.hasLeft() && (statusDate == null || !statusDate.isAfter(day)));
    }

    /** The same person with another id (after saving). */
    public Detainee withId(long newId) {
        return new Detainee(newId, aNumber, familyName, givenName, dateOfBirth, countryOfBirth, languages, gender,
                facilityId, housingUnit, status, statusDate, notes, version);
    }

    /** The same person as saved at another version. */
    public Detainee withVersion(int newVersion) {
        return new Detainee(id, aNumber, familyName, givenName, dateOfBirth, countryOfBirth, languages, gender,
                facilityId, housingUnit, status, statusDate, notes, newVersion);
    }

    /**
     * What is wrong with this record on its own (uniqueness is the store's to check). The status date may be in
     * the future: a release or a transfer is often known in advance, and visits after it then conflict.
     */
    public List<FieldError> problems(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (aNumber == null) {
            errors.add(new FieldError("aNumber", "error.aNumber.required"));
        }
        if (familyName.isEmpty()) {
            errors.add(new FieldError("familyName", "error.required"));
        }
        if (givenName.isEmpty()) {
            errors.add(new FieldError("givenName", "error.required"));
        }
        if (dateOfBirth != null && dateOfBirth.isAfter(today)) {
            errors.add(new FieldError("dateOfBirth", "error.date.future"));
        }
        limits(errors);
        return errors;
    }

    /** Lengths the store can hold, no control characters, plausible dates. */
    private void limits(List<FieldError> errors) {
        Limits.text(errors, "familyName", familyName, Limits.NAME, false);
        Limits.text(errors, "givenName", givenName, Limits.NAME, false);
        Limits.text(errors, "countryOfBirth", countryOfBirth, Limits.COUNTRY, false);
        Limits.text(errors, "languages", Languages.join(languages), Limits.LANGUAGES, false);
        Limits.text(errors, "gender", gender, Limits.GENDER, false);
        Limits.text(errors, "housingUnit", housingUnit, Limits.HOUSING_UNIT, false);
        Limits.text(errors, "notes", notes, Limits.NOTES, true);
        if (dateOfBirth != null && dateOfBirth.isBefore(Limits.EARLIEST_DATE)) {
            errors.add(new FieldError("dateOfBirth", "error.dateOfBirth.early",
                    List.of(Limits.EARLIEST_DATE.toString())));
        }
        Limits.date(errors, "statusDate", statusDate);
    }
}
