package org.visitdesk.domain;

import java.util.Optional;

/** An Alien Registration Number: the letter A and nine digits, the key ICE uses for a detained person. */
public record ANumber(String value) implements Comparable<ANumber> {

    public ANumber {
        if (value == null || !value.matches("A\\d{9}")) {
            throw new IllegalArgumentException("an A-number is the letter A and 9 digits");
        }
    }

    /**
     * Reads an A-number in any common form: {@code A123456789}, {@code A-123-456-789}, {@code A 123 456 789},
     * {@code 123456789}, or an older 8-digit number, which is padded with a leading zero.
     */
    public static Optional<ANumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (s.charAt(0) == 'A' || s.charAt(0) == 'a') {
            s = s.substring(1);
        }
        StringBuilder digits = new StringBuilder(9);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c != '-' && c != ' ' && c != '.' && c != '#' && c != ':') {
                return Optional.empty();
            }
        }
        if (digits.length() == 8) {
            digits.insert(0, '0');
        }
        if (digits.length() != 9) {
            return Optional.empty();
        }
        return Optional.of(new ANumber("A" + digits));
    }

    /** The nine digits, without the letter. */
    public String digits() {
        return value.substring(1);
    }

    /** The form people read and ICE's locator shows: {@code A-123-456-789}. */
    public String display() {
        return "A-" + value.substring(1, 4) + "-" + value.substring(4, 7) + "-" + value.substring(7);
    }

    @Override
    public int compareTo(ANumber other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return display();
    }
}
