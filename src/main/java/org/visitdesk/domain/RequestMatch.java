package org.visitdesk.domain;

import java.util.List;
import java.util.Objects;

/**
 * Whom a request is for, found as the ICE locator finds a person: by A-number when the request has one; else by
 * the exact given and family names and the country of birth (ignoring case, accents and repeated spaces). No match
 * is a new person; two people of the same names and country are left for the coordinator to tell apart.
 */
public record RequestMatch(Kind kind, Detainee person) {

    /** How the person was found. */
    public enum Kind {
        /** Found by the A-number. */
        BY_A_NUMBER,
        /** Found by the names and country of birth. */
        BY_NAME,
        /** Nobody in the records: a new person. */
        NEW_PERSON,
        /** More than one person has these names and country: the A-number is needed. */
        AMBIGUOUS
    }

    public RequestMatch {
        Objects.requireNonNull(kind);
        if ((kind == Kind.BY_A_NUMBER || kind == Kind.BY_NAME) != (person != null)) {
            throw new IllegalArgumentException("a person goes with a match, and only with a match");
        }
    }

    /** True when the request was matched to someone already in the records. */
    public boolean found() {
        return person != null;
    }

    /** True when the person this request is for has already left (released, transferred, deported). */
    public boolean personHasLeft() {
        return person != null && person.status().hasLeft();
    }

    /** Finds the person a request is for among the candidates (any people: only the fitting ones count). */
    public static RequestMatch of(Request request, List<Detainee> candidates) {
        if (request.aNumber() != null) {
            return candidates.stream().filter(d -> request.aNumber().equals(d.aNumber())).findFirst()
                    .map(d -> new RequestMatch(Kind.BY_A_NUMBER, d)).orElse(new RequestMatch(Kind.NEW_PERSON, null));
        }
        if (request.familyName().isEmpty() || request.givenName().isEmpty() || request.countryOfBirth().isEmpty()) {
            return new RequestMatch(Kind.NEW_PERSON, null);
        }
        List<Detainee> same = candidates.stream().filter(d -> sameName(request, d)).toList();
        if (same.size() > 1) {
            return new RequestMatch(Kind.AMBIGUOUS, null);
        }
        return same.isEmpty() ? new RequestMatch(Kind.NEW_PERSON, null) : new RequestMatch(Kind.BY_NAME, same.get(0));
    }

    /** The key two requests share when they name the same person: the A-number, else names and country. */
    public static String personKey(Request r) {
        if (r.detaineeId() != null) {
            return "#" + r.detaineeId();
        }
        if (r.aNumber() != null) {
            return r.aNumber().value();
        }
        return fold(r.givenName()) + "|" + fold(r.familyName()) + "|" + fold(r.countryOfBirth());
    }

    private static boolean sameName(Request r, Detainee d) {
        return fold(r.givenName()).equals(fold(d.givenName())) && fold(r.familyName()).equals(fold(d.familyName()))
                && fold(r.countryOfBirth()).equals(fold(d.countryOfBirth()));
    }

    private static String fold(String s) {
        return SearchKey.fold(s).replaceAll("\\s+", " ");
    }
}
