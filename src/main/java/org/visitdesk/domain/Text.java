package org.visitdesk.domain;

/** Small cleaning rules shared by the records: no nulls, no surrounding spaces. */
final class Text {

    private Text() {
    }

    static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
