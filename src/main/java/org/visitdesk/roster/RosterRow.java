package org.visitdesk.roster;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One visit as the roster and the visit sheets show it. Plain text and times only: the app layer fills it from
 * its listings, so that this package needs neither the store nor the use cases.
 *
 * @param facilityAddress the facility's address text, possibly naming buildings ("East: …; West: …; City")
 * @param aNumber         the A-number as people read it ({@code A-123-456-789}), or blank
 * @param active          false for a cancelled, denied or no-show visit (left out unless asked for)
 * @param conflictCodes   the codes of the rules the visit breaks, in the order found
 * @param overrideReason  why it was saved anyway, or blank
 * @param conflictsText   what the Conflicts cell says, in words of the export's language (blank: the codes)
 */
public record RosterRow(
        LocalDate date,
        LocalTime start,
        LocalTime end,
        String facility,
        String facilityAddress,
        String housingUnit,
        String detainee,
        String aNumber,
        List<String> languages,
        List<String> visitorNames,
        List<String> visitorPhones,
        String type,
        String status,
        boolean active,
        List<String> conflictCodes,
        String overrideReason,
        String notes,
        String conflictsText) {

    /** A row whose Conflicts cell shows the codes and the override reason, without words. */
    public RosterRow(LocalDate date, LocalTime start, LocalTime end, String facility, String facilityAddress,
            String housingUnit, String detainee, String aNumber, List<String> languages, List<String> visitorNames,
            List<String> visitorPhones, String type, String status, boolean active, List<String> conflictCodes,
            String overrideReason, String notes) {
        this(date, start, end, facility, facilityAddress, housingUnit, detainee, aNumber, languages, visitorNames,
                visitorPhones, type, status, active, conflictCodes, overrideReason, notes, null);
    }

    public RosterRow {
        if (date == null || start == null || end == null) {
            throw new IllegalArgumentException("a roster row needs a date, a start and an end");
        }
        facility = blankIfNull(facility);
        facilityAddress = blankIfNull(facilityAddress);
        housingUnit = blankIfNull(housingUnit);
        detainee = blankIfNull(detainee);
        aNumber = blankIfNull(aNumber);
        languages = languages == null ? List.of() : List.copyOf(languages);
        visitorNames = visitorNames == null ? List.of() : List.copyOf(visitorNames);
        visitorPhones = visitorPhones == null ? List.of() : List.copyOf(visitorPhones);
        type = blankIfNull(type);
        status = blankIfNull(status);
        conflictCodes = conflictCodes == null ? List.of() : List.copyOf(conflictCodes);
        overrideReason = blankIfNull(overrideReason);
        notes = blankIfNull(notes);
        conflictsText = conflictsText == null || conflictsText.isBlank() ? codesText(conflictCodes, overrideReason)
                : conflictsText;
    }

    private static String blankIfNull(String s) {
        return s == null ? "" : s;
    }

    /** The codes, then the override reason if the visit was kept anyway. */
    private static String codesText(List<String> codes, String overrideReason) {
        String joined = String.join(", ", codes);
        if (overrideReason.isBlank()) {
            return joined;
        }
        return (joined.isEmpty() ? "" : joined + "; ") + "kept anyway: " + overrideReason;
    }
}
