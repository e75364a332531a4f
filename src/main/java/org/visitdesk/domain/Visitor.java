package org.visitdesk.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A volunteer visitor. {@code id} is 0 until the record is saved; email and phone may be blank; availability holds
 * their hours, commitment, away dates and the people they are family of.
 */
public record Visitor(
        long id,
        String familyName,
        String givenName,
        String email,
        String phone,
        List<String> languages,
        LocalDate orientationDate,
        boolean idChecked,
        VisitorStatus status,
        String notes,
        Availability availability,
        int version) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[+0-9 ()./x-]{7,}");

    public Visitor {
        familyName = Text.clean(familyName);
        givenName = Text.clean(givenName);
        email = Text.clean(email);
        phone = Text.clean(phone);
        notes = notes == null ? "" : notes.strip();
        languages = languages == null ? List.of() : List.copyOf(languages);
        status = status == null ? VisitorStatus.ACTIVE : status;
        availability = availability == null ? Availability.NONE : availability;
    }

    /** A volunteer of whom no availability is known. */
    public Visitor(long id, String familyName, String givenName, String email, String phone, List<String> languages,
            LocalDate orientationDate, boolean idChecked, VisitorStatus status, String notes) {
        this(id, familyName, givenName, email, phone, languages, orientationDate, idChecked, status, notes,
                Availability.NONE, 0);
    }

    /** A volunteer not yet saved, or one whose version does not matter (version 0). */
    public Visitor(long id, String familyName, String givenName, String email, String phone, List<String> languages,
            LocalDate orientationDate, boolean idChecked, VisitorStatus status, String notes,
            Availability availability) {
        this(id, familyName, givenName, email, phone, languages, orientationDate, idChecked, status, notes,
                availability, 0);
    }

    /** "Given Family". */
    public String fullName() {
        return (givenName + " " + familyName).strip();
    }

    /** The same volunteer with another id. */
    public Visitor withId(long newId) {
        return new Visitor(newId, familyName, givenName, email, phone, languages, orientationDate, idChecked, status,
                notes, availability, version);
    }

    /** The same volunteer as saved at another version. */
    public Visitor withVersion(int newVersion) {
        return new Visitor(id, familyName, givenName, email, phone, languages, orientationDate, idChecked, status,
                notes, availability, newVersion);
    }

    /** The same volunteer with another availability. */
    public Visitor withAvailability(Availability newAvailability) {
        return new Visitor(id, familyName, givenName, email, phone, languages, orientationDate, idChecked, status,
                notes, newAvailability, version);
    }

    /** True when the facility may let this volunteer in: active, oriented and ID-checked. */
    public boolean isCleared() {
        return status == VisitorStatus.ACTIVE && orientationDate != null && idChecked;
    }

    /** What is wrong with this record on its own (uniqueness is the store's to check). */
    public List<FieldError> problems(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (familyName.isEmpty()) {
            errors.add(new FieldError("familyName", "error.required"));
        }
        if (givenName.isEmpty()) {
            errors.add(new FieldError("givenName", "error.required"));
        }
        if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
            errors.add(new FieldError("email", "error.email"));
        }
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            errors.add(new FieldError("phone", "error.phone"));
        }
        if (orientationDate != null && orientationDate.isAfter(today)) {
            errors.add(new FieldError("orientationDate", "error.date.future"));
        }
        limits(errors);
        errors.addAll(availability.problems());
        return errors;
    }

    /** Lengths the store can hold, no control characters, plausible dates. */
    private void limits(List<FieldError> errors) {
        Limits.text(errors, "familyName", familyName, Limits.NAME, false);
        Limits.text(errors, "givenName", givenName, Limits.NAME, false);
        Limits.text(errors, "email", email, Limits.EMAIL, false);
        Limits.text(errors, "phone", phone, Limits.PHONE, false);
        Limits.text(errors, "languages", Languages.join(languages), Limits.LANGUAGES, false);
        Limits.text(errors, "notes", notes, Limits.NOTES, true);
        Limits.date(errors, "orientationDate", orientationDate);
    }
}
