package org.visitdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Messages with a count say "1 visit" and "2 visits", in English and Spanish: each count is formatted with 0, 1
 * and 2, and no noun stands in the wrong number beside it.
 */
class PluralsTest {

    static final Locale ES = Locale.forLanguageTag("es");
    static final Pattern COUNT_ARG = Pattern.compile("\\{(\\d+),(number|choice)");
    static final String PLURALS = "errors|warnings|problems|visits|people|rows|records|visitors|conflicts|days"
            + "|errores|avisos|problemas|visitas|personas|filas|registros|visitantes|conflictos|días";
    static final String SINGULARS = "error|warning|problem|visit|person|row|record|visitor|conflict|day"
            + "|aviso|problema|visita|persona|fila|registro|visitante|conflicto|día";
    static final Pattern ONE_WITH_PLURAL = Pattern.compile("(?<![\\d.,])1 (" + PLURALS + ")\\b");
    static final Pattern TWO_WITH_SINGULAR = Pattern.compile("(?<![\\d.,])[02] (" + SINGULARS + ")\\b");

    static Properties en;
    static Properties es;

    @BeforeAll
    static void load() throws IOException {
        en = MessagesTest.properties(MessagesTest.EN);
        es = MessagesTest.properties(MessagesTest.ES);
    }

    /** A message with argument {@code count} set to n, the other counts to 3 and the rest to words. */
    static String format(Properties p, Locale l, String key, int count, int n) {
        String pattern = p.getProperty(key);
        Object[] args = new Object[10];
        Set<Integer> numeric = countArguments(pattern);
        for (int i = 0; i < args.length; i++) {
            args[i] = i == count ? (Object) n : numeric.contains(i) ? (Object) 3 : "Ana";
        }
        return new MessageFormat(pattern, l).format(args);
    }

    static Set<Integer> countArguments(String pattern) {
        Set<Integer> out = new TreeSet<>();
        Matcher m = COUNT_ARG.matcher(pattern);
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }

    @Test
    void noCountStandsBesideANounInTheWrongNumber() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Properties p : List.of(en, es)) {
            Locale l = p == en ? Locale.ENGLISH : ES;
            for (String key : new TreeSet<>(p.stringPropertyNames())) {
                for (int arg : countArguments(p.getProperty(key))) {
                    for (int n : new int[] {0, 1, 2}) {
                        String text = format(p, l, key, arg, n);
                        checked++;
                        if (n == 1 && ONE_WITH_PLURAL.matcher(text).find()
                                || n != 1 && TWO_WITH_SINGULAR.matcher(text).find()) {
                            wrong.add(l + " " + key + " {" + arg + "}=" + n + ": " + text);
                        }
                    }
                }
            }
        }
        assertThat(checked).as("messages with counts checked").isGreaterThan(80);
        assertThat(wrong).isEmpty();
    }

    record Case(String key, int arg, int n, String english, String spanish) {
    }

    @Test
    void eachCountMessageSaysOneAndManyInBothLanguages() {
        List<Case> cases = List.of(
                new Case("calendar.conflictCount", 0, 1, "1 error, 3 warnings", "1 error, 3 avisos"),
                new Case("calendar.conflictCount", 0, 2, "2 errors, 3 warnings", "2 errores, 3 avisos"),
                new Case("calendar.conflictCount", 1, 1, "3 errors, 1 warning", "3 errores, 1 aviso"),
                new Case("calendar.conflictCount", 1, 0, "3 errors, 0 warnings", "3 errores, 0 avisos"),
                new Case("import.wizard.invalid", 0, 1, "1 problem found", "Se encontró 1 problema"),
                new Case("import.wizard.invalid", 0, 2, "2 problems found", "Se encontraron 2 problemas"),
                new Case("import.wizard.rows", 0, 1, "1 row to read", "1 fila para leer"),
                new Case("import.nothingImported", 0, 1, "1 row has errors", "1 fila tiene errores"),
                new Case("import.nothingImported", 0, 2, "2 rows have errors", "2 filas tienen errores"),
                new Case("import.summary", 4, 1, "1 conflict.", "1 conflicto."),
                new Case("import.summary", 4, 0, "0 conflicts.", "0 conflictos."),
                new Case("import.summary", 1, 1, "1 created", "1 registro nuevo"),
                new Case("import.summary.dryRun", 1, 1, "1 would be created", "1 registro se crearía"),
                new Case("export.doneVisits", 0, 1, "Wrote 1 visit to", "Se guardó 1 visita"),
                new Case("export.doneVisits", 0, 2, "Wrote 2 visits to", "Se guardaron 2 visitas"),
                new Case("export.doneRecords", 0, 1, "Wrote 1 record to", "Se guardó 1 registro"),
                new Case("detainees.cancelFuture.text", 0, 1, "one visit planned from today on. Cancel it?",
                        "una visita prevista desde hoy. ¿Cancelarla?"),
                new Case("detainees.cancelFuture.text", 0, 2, "2 visits planned from today on. Cancel them?",
                        "2 visitas previstas desde hoy. ¿Cancelarlas?"),
                new Case("detainees.delete.withVisits", 0, 1, "Their visit will be deleted", "se eliminará su visita"),
                new Case("facilities.delete.hasVisits", 1, 1, "has 1 visit on record", "1 visita registrada"),
                new Case("cleanup.summary", 0, 1, "1 person left", "1 persona salió"),
                new Case("cleanup.summary", 2, 1, "more than 1 day ago", "hace más de 1 día"),
                new Case("cleanup.summary", 1, 1, "1 visit will be kept", "1 visita se conservará"),
                new Case("cleanup.nobody", 0, 1, "more than 1 day ago", "más de 1 día"),
                new Case("conflict.WEEKLY_LIMIT", 5, 1, "has 1 visit in the week", "tiene 1 visita en la semana"),
                new Case("conflict.ROOM_FULL", 5, 2, "2 visits at once", "2 visitas a la vez"),
                new Case("conflict.ROOM_FULL", 6, 1, "room for 1", "cabe 1"),
                new Case("conflict.TOO_MANY_VISITORS", 5, 1, "has 1 visitor;", "tiene 1 visitante;"),
                new Case("visitors.delete.withVisits", 0, 1, "One visit lists", "Una visita incluye"));
        for (Case c : cases) {
            assertThat(format(en, Locale.ENGLISH, c.key(), c.arg(), c.n())).as(c.key() + " en " + c.n())
                    .contains(c.english());
            assertThat(format(es, ES, c.key(), c.arg(), c.n())).as(c.key() + " es " + c.n()).contains(c.spanish());
        }
    }
}
