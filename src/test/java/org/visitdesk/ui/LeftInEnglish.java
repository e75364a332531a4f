package org.visitdesk.ui;

import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import org.kordamp.ikonli.javafx.FontIcon;
import org.visitdesk.app.Messages;

/**
 * Finds words left in English on a screen that should speak Spanish: what is on screen, not the keys (MessagesTest
 * checks those). A text is said to be left in English when:
 * <ol>
 * <li>it is, whole, an English message of the app whose Spanish message differs, and no Spanish message reads the
 * same ("No", "Total" and "Error" are words of both languages);</li>
 * <li>it is an English message with arguments: its fixed words in place (at least {@value #MIN_LETTERS} letters of
 * them, so that "{0} of {1}" says nothing) and anything where the arguments go;</li>
 * <li>it is one of the words JavaFX and the libraries draw in English when nobody translates them (OK, Cancel,
 * Today, Day, Week, Month, All Day, Search...);</li>
 * <li>it holds an English weekday or month name, whole or short ("Mon", "Dec"; not "Mar", which is Spanish for
 * Tuesday too), or AM/PM, as a word of a date: alone, or beside a number ("Mon 7", "Dec 8, 2026", "7 AM"). A name
 * such as "Liu, Jun" is no date. Case counts: Spanish writes "dic" and "lunes".</li>
 * </ol>
 * The records are data and may well be in English (a language called "Spanish", a note someone wrote): the last two
 * rules skip what is typed in text fields, where free text shows, and the messages that give an example of a value
 * ({@link #EXAMPLES}) are no sign of English when the records hold that value. Texts are read as drawn: the Text
 * nodes of the scene (a label's, a cell's, a prompt's), icon glyphs aside.
 */
public final class LeftInEnglish {

    /** Fewer fixed letters than this in a message with arguments match too much: such a message is not used. */
    static final int MIN_LETTERS = 12;

    /** What JavaFX, ControlsFX and CalendarFX draw of their own in English (buttons, views, placeholders). */
    static final Set<String> CONTROL_WORDS = Set.of("OK", "Cancel", "Close", "Apply", "Yes", "Finish", "Previous",
            "Next", "Back", "Help", "Details", "Show Details", "Hide Details", "Today", "Day", "Week", "Month",
            "Year", "All Day", "Full Day", "Search", "Calendars", "Print", "Add", "Delete", "Edit", "Save", "Open",
            "Untitled", "New Entry", "Location", "No content in table", "No matches", "Show Source Tray");

    /** Messages that show an example of a value, as the records hold it (languages are kept in English). */
    static final Set<String> EXAMPLES = Set.of("hint.languages");

    private static final Set<String> DATE_WORDS = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "January", "February", "March",
            "April", "May", "June", "July", "August", "September", "October", "November", "December", "Jan", "Feb",
            "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "AM", "PM");

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private final Set<String> englishWhole = new HashSet<>();
    private final List<Pattern> englishPatterns = new ArrayList<>();

    private LeftInEnglish(ResourceBundle english, ResourceBundle spanish) {
        Set<String> spanishValues = new HashSet<>();
        for (Enumeration<String> keys = spanish.getKeys(); keys.hasMoreElements();) {
            spanishValues.add(spanish.getString(keys.nextElement()).strip());
        }
        for (Enumeration<String> keys = english.getKeys(); keys.hasMoreElements();) {
            String key = keys.nextElement();
            String en = english.getString(key).strip();
            String es = spanish.containsKey(key) ? spanish.getString(key).strip() : "";
            if (en.equals(es) || en.isEmpty() || EXAMPLES.contains(key)) {
                continue;
            }
            if (!en.contains("{")) {
                if (!spanishValues.contains(en)) {
                    englishWhole.add(en);
                }
            } else {
                Pattern p = pattern(en);
                if (p != null && spanishValues.stream().noneMatch(s -> p.matcher(s).matches())) {
                    englishPatterns.add(p);
                }
            }
        }
    }

    /** The rule over the app's English and Spanish messages. */
    public static LeftInEnglish ofTheApp() {
        ResourceBundle.Control plain = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        return new LeftInEnglish(ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT, plain),
                ResourceBundle.getBundle(Messages.BUNDLE, Locale.forLanguageTag("es"), plain));
    }

    /**
     * A MessageFormat pattern as a regular expression: its fixed text literally, every argument (a choice among
     * plurals too) as "anything"; null when too few fixed letters are left to say anything.
     */
    static Pattern pattern(String messageFormat) {
        StringBuilder regex = new StringBuilder("^");
        StringBuilder literal = new StringBuilder();
        int letters = 0;
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < messageFormat.length(); i++) {
            char c = messageFormat.charAt(i);
            if (c == '\'') {
                if (i + 1 < messageFormat.length() && messageFormat.charAt(i + 1) == '\'') {
                    literal.append('\'');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (!quoted && c == '{') {
                if (depth == 0) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                    regex.append("(?s:.*?)");
                }
                depth++;
            } else if (!quoted && c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                literal.append(c);
                letters += Character.isLetter(c) ? 1 : 0;
            }
        }
        regex.append(Pattern.quote(literal.toString())).append('$');
        return letters >= MIN_LETTERS ? Pattern.compile(regex.toString()) : null;
    }

    /** Why a text, as drawn, is English; null when it is not (or not by these rules). */
    public String why(String drawn, boolean typedData) {
        String text = drawn == null ? "" : drawn.strip();
        if (text.isEmpty()) {
            return null;
        }
        if (englishWhole.contains(text)) {
            return "an English message";
        }
        for (Pattern p : englishPatterns) {
            if (p.matcher(text).matches()) {
                return "an English message (" + p.pattern() + ")";
            }
        }
        if (typedData) {
            return null;
        }
        if (CONTROL_WORDS.contains(text)) {
            return "an English control word";
        }
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            String w = words.group();
            if (DATE_WORDS.contains(w) && (text.equals(w) || besideANumber(text, words.start(), words.end()))) {
                return "the English date word \"" + w + "\"";
            }
        }
        return null;
    }

    /** True when a digit stands before or after the word, with at most spaces, commas and periods between. */
    private static boolean besideANumber(String text, int start, int end) {
        int before = start - 1;
        while (before >= 0 && " ,.".indexOf(text.charAt(before)) >= 0) {
            before--;
        }
        int after = end;
        while (after < text.length() && " ,.".indexOf(text.charAt(after)) >= 0) {
            after++;
        }
        return before >= 0 && Character.isDigit(text.charAt(before))
                || after < text.length() && Character.isDigit(text.charAt(after));
    }

    /** Every text under the root that is left in English, as "text: why" (call on the JavaFX thread). */
    public List<String> find(Node root) {
        Set<String> out = new LinkedHashSet<>();
        walk(root, false, out);
        return new ArrayList<>(out);
    }

    private void walk(Node node, boolean inTypedField, Set<String> out) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Text t && !(node instanceof FontIcon)) {
            // a field's prompt is the app's words; what is typed in it is data
            boolean typed = inTypedField && !isPrompt(t);
            String why = why(t.getText(), typed);
            if (why != null) {
                out.add("\"" + t.getText() + "\": " + why);
            }
        }
        if (node instanceof Parent p) {
            boolean typed = inTypedField || node instanceof TextInputControl;
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, typed, out);
            }
        }
    }

    private static boolean isPrompt(Text t) {
        for (Node n = t.getParent(); n != null; n = n.getParent()) {
            if (n instanceof TextInputControl field) {
                return field.getText().isEmpty() && t.getText().equals(field.getPromptText());
            }
        }
        return false;
    }
}
