package org.visitdesk.roster;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The address a visitor must drive to. A facility address may name buildings:
 * {@code "East: 10400 Rancho Road; West: 10250 Rancho Road; Adelanto, CA 92301"}; the housing unit's first word
 * ({@code West 3A}) picks the building.
 */
public final class Buildings {

    private Buildings() {
    }

    /** The building's street and city ("West building, 10250 Rancho Road, Adelanto, CA 92301"), else the text. */
    public static String addressFor(String facilityAddress, String housingUnit) {
        if (facilityAddress == null || facilityAddress.isBlank()) {
            return "";
        }
        Map<String, String> streets = new LinkedHashMap<>();
        StringBuilder rest = new StringBuilder();
        for (String part : facilityAddress.split(";")) {
            String p = part.strip();
            int colon = p.indexOf(':');
            if (colon > 0 && colon < 20) {
                streets.put(p.substring(0, colon).strip().toLowerCase(Locale.ROOT), p.substring(colon + 1).strip());
            } else if (!p.isEmpty()) {
                rest.append(rest.length() == 0 ? "" : ", ").append(p);
            }
        }
        if (streets.isEmpty()) {
            return facilityAddress.strip();
        }
        String unit = housingUnit == null ? "" : housingUnit.strip();
        String first = unit.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        String street = streets.get(first);
        if (street == null) {
            // the unit names no building: give every address so the visitor can ask
            return facilityAddress.strip();
        }
        String building = unit.split("\\s+", 2)[0];
        building = Character.toUpperCase(building.charAt(0)) + building.substring(1);
        return building + " building, " + street + (rest.length() == 0 ? "" : ", " + rest);
    }

    /** The building a housing unit is in ("West"), and the street and city to drive to; both may be blank. */
    public record Place(String building, String address) {
    }

    /**
     * The building and its address apart, for a mail merge: {@code ("West", "10250 Rancho Road, Adelanto, CA
     * 92301")}; when the unit names no building, a blank building and the whole address.
     */
    public static Place placeFor(String facilityAddress, String housingUnit) {
        String full = addressFor(facilityAddress, housingUnit);
        int cut = full.indexOf(" building, ");
        if (cut > 0 && !full.equals(facilityAddress == null ? "" : facilityAddress.strip())) {
            return new Place(full.substring(0, cut), full.substring(cut + " building, ".length()));
        }
        return new Place("", full);
    }
}
