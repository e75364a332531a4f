package org.visitdesk.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Someone asked for a visit: when and how it came, the person as known (an A-number, or given and family names and
 * the country of birth: what the ICE locator needs), their languages and needs, how urgent it is, who asked and how
 * they relate (kept minimal: a first name and a phone are enough), notes, and where it stands. {@code id} is 0
 * until saved; {@code detaineeId} is null until the request is matched to a person; {@code statusDate} is the day
 * it was scheduled or closed (null while it waits); {@code version} grows by one with every save, so that a save
 * made from a form opened before someone else's is refused.
 */
public record Request(
        long id,
        LocalDate received,
        RequestSource source,
        ANumber aNumber,
        String familyName,
        String givenName,
        String countryOfBirth,
        List<String> languages,
        String needs,
        Urgency urgency,
        String caller,
        String relationship,
        String callerPhone,
        String notes,
        RequestStatus status,
        LocalDate statusDate,
        Long detaineeId,
        int version) {

    public Request {
        source = source == null ? RequestSource.OTHER : source;
        familyName = Text.clean(familyName);
        givenName = Text.clean(givenName);
        countryOfBirth = Text.clean(countryOfBirth);
        languages = languages == null ? List.of() : List.copyOf(languages);
        needs = Text.clean(needs);
        urgency = urgency == null ? Urgency.ROUTINE : urgency;
        caller = Text.clean(caller);
        relationship = Text.clean(relationship);
        callerPhone = Text.clean(callerPhone);
        notes = notes == null ? "" : notes.strip();
        status = status == null ? RequestStatus.NEW : status;
        detaineeId = detaineeId == null || detaineeId <= 0 ? null : detaineeId;
    }

    /** A request not yet saved, or one whose version does not matter (version 0). */
    public Request(long id, LocalDate received, RequestSource source, ANumber aNumber, String familyName,
            String givenName, String countryOfBirth, List<String> languages, String needs, Urgency urgency,
            String caller, String relationship, String callerPhone, String notes, RequestStatus status,
            LocalDate statusDate, Long detaineeId) {
        this(id, received, source, aNumber, familyName, givenName, countryOfBirth, languages, needs, urgency, caller,
                relationship, callerPhone, notes, status, statusDate, detaineeId, 0);
    }

    /** "Given Family" as the request names the person (may be empty when only the A-number is known). */
    public String fullName() {
        return (givenName + " " + familyName).strip();
    }

    /** True when the request names the person well enough to find them: an A-number, or both names. */
    public boolean identifiesSomeone() {
        return aNumber != null || !familyName.isEmpty() && !givenName.isEmpty();
    }

    /** Days from receiving it to today, or to the day it was scheduled or closed. */
    public long daysWaiting(LocalDate today) {
        if (received == null) {
            return 0;
        }
        LocalDate end = !status.isWaiting() && statusDate != null ? statusDate : today;
        return Math.max(0, ChronoUnit.DAYS.between(received, end));
    }

    public Request withId(long newId) {
        return new Request(newId, received, source, aNumber, familyName, givenName, countryOfBirth, languages, needs,
                urgency, caller, relationship, callerPhone, notes, status, statusDate, detaineeId, version);
    }

    /** The same request as saved at another version (the one a form opened, or the one saved now). */
    public Request withVersion(int newVersion) {
        return new Request(id, received, source, aNumber, familyName, givenName, countryOfBirth, languages, needs,
                urgency, caller, relationship, callerPhone, notes, status, statusDate, detaineeId, newVersion);
    }

    /** The same request matched to a person (null: to nobody yet); a new request becomes matched. */
    public Request matchedTo(Long person) {
        RequestStatus next = person == null ? (status == RequestStatus.MATCHED ? RequestStatus.NEW : status)
                : (status == RequestStatus.NEW ? RequestStatus.MATCHED : status);
        return new Request(id, received, source, aNumber, familyName, givenName, countryOfBirth, languages, needs,
                urgency, caller, relationship, callerPhone, notes, next, statusDate, person, version);
    }

    /** The same request moved to another status on a day. */
    public Request withStatus(RequestStatus newStatus, LocalDate day) {
        return new Request(id, received, source, aNumber, familyName, givenName, countryOfBirth, languages, needs,
                urgency, caller, relationship, callerPhone, notes, newStatus, newStatus.isWaiting() ? null : day,
                detaineeId, version);
    }

    /**
     * Where the request stands given its person's visits since it came: a visit that happened closes it, a planned
     * one schedules it, and a scheduled request whose visit was called off waits again. A closed one stays closed.
     */
    public Request followingVisits(boolean visitPlanned, boolean visitHappened, LocalDate today) {
        if (detaineeId == null || status == RequestStatus.CLOSED) {
            return this;
        }
        RequestStatus next = visitHappened ? RequestStatus.CLOSED
                : visitPlanned ? RequestStatus.SCHEDULED : RequestStatus.MATCHED;
        if (next == status || next == RequestStatus.MATCHED && status == RequestStatus.MATCHED) {
            return this;
        }
        return withStatus(next, today);
    }

    /** What is wrong with this record on its own. A person already released is no error: the list flags it. */
    public List<FieldError> problems(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (received == null) {
            errors.add(new FieldError("received", "error.required"));
        } else if (received.isAfter(today)) {
            errors.add(new FieldError("received", "error.date.future"));
        }
        if (!identifiesSomeone()) {
            errors.add(new FieldError(aNumber == null && familyName.isEmpty() ? "familyName" : "givenName",
                    "error.request.whoIsIt"));
        }
        Limits.date(errors, "received", received);
        Limits.date(errors, "statusDate", statusDate);
        Limits.text(errors, "familyName", familyName, Limits.NAME, false);
        Limits.text(errors, "givenName", givenName, Limits.NAME, false);
        Limits.text(errors, "countryOfBirth", countryOfBirth, Limits.COUNTRY, false);
        Limits.text(errors, "languages", Languages.join(languages), Limits.LANGUAGES, false);
        Limits.text(errors, "needs", needs, Limits.REQUEST_NEEDS, false);
        Limits.text(errors, "caller", caller, Limits.NAME, false);
        Limits.text(errors, "relationship", relationship, Limits.RELATIONSHIP, false);
        Limits.text(errors, "callerPhone", callerPhone, Limits.PHONE, false);
        Limits.text(errors, "notes", notes, Limits.NOTES, true);
        return errors;
    }
}
