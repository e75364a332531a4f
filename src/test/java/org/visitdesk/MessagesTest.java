package org.visitdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.visitdesk.app.HistoryEntry;
import org.visitdesk.domain.ConflictCode;
import org.visitdesk.domain.DenialReason;
import org.visitdesk.domain.DetaineeStatus;
import org.visitdesk.domain.FollowUpKind;
import org.visitdesk.domain.FollowUpStatus;
import org.visitdesk.domain.OutcomeCode;
import org.visitdesk.domain.Severity;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.VisitType;
import org.visitdesk.domain.VisitorStatus;
import org.visitdesk.storage.StoreException;

/**
 * Every message key exists in English and Spanish, none is empty, and every key the code uses is in both. The
 * code is scanned as text: string literals passed to the calls that take keys, literals that look like keys of
 * a namespace the bundle uses, and the keys built from enums.
 */
class MessagesTest {

    static final String EN = "/org/visitdesk/i18n/messages.properties";
    static final String ES = "/org/visitdesk/i18n/messages_es.properties";
    static final Path SOURCES = Path.of("src/main/java");

    /** Prefixes that {@code Messages.of(prefix, value)} completes with an enum constant's name. */
    static final Map<String, Class<? extends Enum<?>>> ENUM_PREFIXES = Map.of(
            "status.detainee", DetaineeStatus.class,
            "status.visitor", VisitorStatus.class,
            "status.visit", VisitStatus.class,
            "type.visit", VisitType.class,
            "severity", Severity.class,
            "store", StoreException.Kind.class,
            "outcome", OutcomeCode.class,
            "denialReason", DenialReason.class,
            "followUp.kind", FollowUpKind.class,
            "followUp.status", FollowUpStatus.class);

    /** Namespaces of keys that are not in the bundle yet but are certainly keys when a literal starts with them. */
    static final Set<String> MORE_NAMESPACES = Set.of("visitor", "visitors", "visit", "visits", "facilities",
            "calendar", "roster", "export", "import", "type", "menu", "dialog");

    static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_]+)+");
    static final Pattern CALL = Pattern.compile(
            "\\b(Messages\\.get|Messages\\.of|Message\\.of|\\w+\\.say|new FieldError|new ProblemException"
            + "|Pickers\\.enumPicker|Pickers\\.enumFilter|Pickers\\.facilityFilter|Pickers\\.facilityNames"
            + "|\\w+\\.add)\\s*\\(");

    static Properties en;
    static Properties es;
    static List<Source> sources;

    record Source(Path path, String text) {
        String where(int offset) {
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            return SOURCES.relativize(path) + ":" + line;
        }
    }

    @BeforeAll
    static void load() throws IOException {
        en = properties(EN);
        es = properties(ES);
        try (Stream<Path> files = Files.walk(SOURCES)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).sorted().map(p -> {
                try {
                    return new Source(p, Files.readString(p, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
        assertThat(sources).as("sources under " + SOURCES.toAbsolutePath()).hasSizeGreaterThan(10);
    }

    static Properties properties(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyEnglishKeyIsInSpanish() {
        assertThat(new TreeSet<>(difference(en, es))).as("keys in messages.properties missing from messages_es")
                .isEmpty();
    }

    @Test
    void everySpanishKeyIsInEnglish() {
        assertThat(new TreeSet<>(difference(es, en))).as("keys in messages_es.properties missing from messages")
                .isEmpty();
    }

    @Test
    void noValueIsEmpty() {
        List<String> empty = new ArrayList<>();
        for (Properties p : List.of(en, es)) {
            for (String k : p.stringPropertyNames()) {
                if (p.getProperty(k).isBlank()) {
                    empty.add((p == en ? "en " : "es ") + k);
                }
            }
        }
        assertThat(empty).as("empty values").isEmpty();
    }

    @Test
    void theScannerFindsKeysInEveryKindOfCall() {
        Map<String, String> used = usedKeys();
        // one of each kind, so that a broken regex cannot pass silently
        assertThat(used).containsKeys("app.title", "detainee.add", "detainee.edit", "error.aNumber.taken",
                "detainee.familyName", "detainees.allStatuses", "nav.detainees", "conflict.hours.none",
                "status.detainee.DETAINED", "conflict.VISITOR_DOUBLE_BOOKED.short", "store.ALREADY_OPEN",
                "cli.backup.done", "conflict.unit.unknown", "history.created");
        assertThat(used).doesNotContainKeys("org.visitdesk.i18n.messages", "status.detainee", "os.name");
    }

    @Test
    void everyKeyTheCodeUsesIsInBothLanguages() {
        Map<String, String> used = usedKeys();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> e : used.entrySet()) {
            List<String> langs = new ArrayList<>();
            if (!en.containsKey(e.getKey())) {
                langs.add("en");
            }
            if (!es.containsKey(e.getKey())) {
                langs.add("es");
            }
            if (!langs.isEmpty()) {
                missing.add(e.getKey() + " " + langs + " used at " + e.getValue());
            }
        }
        assertThat(missing).as("message keys used in the code but missing").isEmpty();
    }

    @Test
    void everyPrefixPassedToMessagesOfHasKeys() {
        List<String> empty = new ArrayList<>();
        for (Map.Entry<String, String> e : prefixes().entrySet()) {
            String prefix = e.getKey() + ".";
            if (en.stringPropertyNames().stream().noneMatch(k -> k.startsWith(prefix))) {
                empty.add(e.getKey() + " used at " + e.getValue());
            }
        }
        assertThat(empty).as("prefixes without any key").isEmpty();
    }

    static Set<String> difference(Properties a, Properties b) {
        Set<String> d = new TreeSet<>(a.stringPropertyNames());
        d.removeAll(b.stringPropertyNames());
        return d;
    }

    /** Every key the code uses, with where it is first used. */
    static Map<String, String> usedKeys() {
        Map<String, String> used = new TreeMap<>();
        Map<String, String> prefixes = prefixes();
        Set<String> namespaces = new TreeSet<>(MORE_NAMESPACES);
        for (String k : en.stringPropertyNames()) {
            namespaces.add(k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.')));
        }
        for (Source s : sources) {
            Matcher call = CALL.matcher(s.text());
            while (call.find()) {
                String name = call.group(1);
                List<String> args = arguments(s.text(), call.end() - 1);
                switch (name) {
                    case "Messages.get", "Message.of", "new ProblemException" -> literalsIn(args, 0)
                            .forEach(k -> used.putIfAbsent(k, s.where(call.start())));
                    case "new FieldError" -> literalsIn(args, 1)
                            .forEach(k -> used.putIfAbsent(k, s.where(call.start())));
                    case "Pickers.enumFilter" -> literalsIn(args, 2)
                            .forEach(k -> used.putIfAbsent(k, s.where(call.start())));
                    case "Pickers.facilityFilter" -> literalsIn(args, 1)
                            .forEach(k -> used.putIfAbsent(k, s.where(call.start())));
                    case "Pickers.facilityNames" -> literalsIn(args, 0)
                            .forEach(k -> used.putIfAbsent(k, s.where(call.start())));
                    case "Messages.of", "Pickers.enumPicker" -> {
                        // prefixes: checked below against their enums
                    }
                    default -> {
                        if (name.endsWith(".say")) {
                            literalsIn(args, 0).forEach(k -> used.putIfAbsent(k, s.where(call.start())));
                            continue;
                        }
                        // form.add(name, "labelKey", control): two literals, then more
                        if (args.size() >= 3 && isLiteral(args.get(0)) && isLiteral(args.get(1))) {
                            literalsIn(args, 1).forEach(k -> used.putIfAbsent(k, s.where(call.start())));
                        }
                    }
                }
            }
            // any other literal that looks like a key of a namespace the bundle uses (enum constructors, helpers)
            Matcher lit = LITERAL.matcher(s.text());
            while (lit.find()) {
                String v = lit.group(1);
                if (KEY.matcher(v).matches() && namespaces.contains(v.substring(0, v.indexOf('.')))
                        && !prefixes.containsKey(v) && !ENUM_PREFIXES.containsKey(v)) {
                    used.putIfAbsent(v, s.where(lit.start()));
                }
            }
        }
        // keys built from enums
        for (Map.Entry<String, Class<? extends Enum<?>>> e : ENUM_PREFIXES.entrySet()) {
            String prefix = e.getKey();
            boolean inUse = prefixes.containsKey(prefix)
                    || en.stringPropertyNames().stream().anyMatch(k -> k.startsWith(prefix + "."))
                    || es.stringPropertyNames().stream().anyMatch(k -> k.startsWith(prefix + "."));
            if (inUse) {
                for (Enum<?> c : e.getValue().getEnumConstants()) {
                    used.putIfAbsent(prefix + "." + c.name(), prefixes.getOrDefault(prefix, "enum " + prefix));
                }
            }
        }
        for (ConflictCode code : ConflictCode.values()) {
            used.putIfAbsent("conflict." + code.name(), "ConflictMessages.describe");
            used.putIfAbsent("conflict." + code.name() + ".short", "ConflictMessages.title");
        }
        used.putIfAbsent("conflict.FACILITY_CLOSED.noReason", "ConflictMessages.describe");
        used.putIfAbsent("conflict.DETAINEE_NOT_HELD.undated", "ConflictMessages.describe");
        for (DetaineeStatus st : DetaineeStatus.values()) {
            if (st.hasLeft()) {
                used.putIfAbsent("conflict.left." + st.name(), "ConflictMessages.describe");
            }
        }
        for (HistoryEntry.Action a : HistoryEntry.Action.values()) {
            used.putIfAbsent(a.key(), "HistoryEntry.Action.key");
        }
        for (VisitorStatus st : VisitorStatus.values()) {
            if (st != VisitorStatus.ACTIVE) {
                used.putIfAbsent("conflict.notCleared." + st.name(), "ConflictMessages.notClearedReasons");
            }
        }
        return used;
    }

    /** Literal prefixes passed to Messages.of and the enum pickers, with where. */
    static Map<String, String> prefixes() {
        Map<String, String> found = new TreeMap<>();
        for (Source s : sources) {
            Matcher call = CALL.matcher(s.text());
            while (call.find()) {
                String name = call.group(1);
                int index = switch (name) {
                    case "Messages.of" -> 0;
                    case "Pickers.enumPicker", "Pickers.enumFilter" -> 1;
                    default -> -1;
                };
                if (index >= 0) {
                    literalsIn(arguments(s.text(), call.end() - 1), index)
                            .forEach(p -> found.putIfAbsent(p, s.where(call.start())));
                }
            }
        }
        return found;
    }

    static boolean isLiteral(String arg) {
        Matcher m = LITERAL.matcher(arg.strip());
        return m.matches();
    }

    /** The string literals in one argument (a ternary gives two), or none when there is no such argument. */
    static List<String> literalsIn(List<String> args, int index) {
        if (index >= args.size()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        Matcher m = LITERAL.matcher(args.get(index));
        while (m.find()) {
            // a literal followed by '+' or preceded by '+' is a piece of a built key, not a key
            String arg = args.get(index);
            String after = arg.substring(m.end()).strip();
            String before = arg.substring(0, m.start()).strip();
            if (!after.startsWith("+") && !before.endsWith("+")) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    /** The top-level arguments of the call whose '(' is at {@code open}, as source text. */
    static List<String> arguments(String text, int open) {
        List<String> args = new ArrayList<>();
        int depth = 0;
        int start = open + 1;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                i = skipString(text, i);
            } else if (c == '\'') {
                i = text.indexOf('\'', i + (text.charAt(i + 1) == '\\' ? 3 : 2));
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
                if (depth == 0) {
                    String last = text.substring(start, i);
                    if (!last.isBlank() || !args.isEmpty()) {
                        args.add(last);
                    }
                    return args;
                }
            } else if (c == ',' && depth == 1) {
                args.add(text.substring(start, i));
                start = i + 1;
            }
        }
        return args;
    }

    private static int skipString(String text, int quote) {
        if (text.startsWith("\"\"\"", quote)) {
            return text.indexOf("\"\"\"", quote + 3) + 2;
        }
        for (int i = quote + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return text.length();
    }

    @Test
    void theArgumentSplitterHandlesNestingStringsAndTernaries() {
        String code = "x = Messages.get(a == null ? \"k.one\" : \"k.two\", f(1, \"),\"), ')');";
        int open = code.indexOf('(');
        List<String> args = arguments(code, open);
        assertThat(args).hasSize(3);
        assertThat(literalsIn(args, 0)).containsExactly("k.one", "k.two");
        assertThat(literalsIn(List.of("\"conflict.left.\" + s"), 0)).isEmpty();
        assertThat(Arrays.asList(KEY.matcher("detainee.add").matches(), KEY.matcher("visitdesk.css").matches()))
                .containsExactly(true, true);
    }
}
