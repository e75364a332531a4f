package org.visitdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.visitdesk.scheduling.Adelanto.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.visitdesk.app.Messages;
import org.visitdesk.domain.BlackoutDay;
import org.visitdesk.domain.Conflict;
import org.visitdesk.domain.ConflictCode;
import org.visitdesk.domain.DetaineeStatus;
import org.visitdesk.domain.Severity;
import org.visitdesk.domain.Visit;

/** Every conflict reads as a plain sentence in English and Spanish, naming the people concerned. */
class ConflictMessagesTest {

    private static final Locale ES = Locale.forLanguageTag("es");

    private static String text(Conflict c, ScheduleContext ctx, Locale language) {
        return Messages.in(language, ConflictMessages.describe(c, ctx));
    }

    /** One scenario per code: the conflict it yields, and the names its message must contain. */
    static Stream<Arguments> everyCode() {
        List<Arguments> out = new ArrayList<>();
        for (Locale locale : List.of(Locale.ENGLISH, ES)) {
            for (ConflictCode code : ConflictCode.values()) {
                out.add(Arguments.of(code, locale));
            }
        }
        return out.stream();
    }

    /** A fixture where every rule is broken somewhere. */
    private static Adelanto broken() {
        Adelanto a = new Adelanto().with(new BlackoutDay(1, FACILITY, SAT, SAT, "Lockdown"));
        a.with(withStatus(a.detainee(CUATRO), DetaineeStatus.RELEASED, MON));
        return a;
    }

    private static List<Visit> brokenVisits() {
        List<Visit> visits = new ArrayList<>();
        visits.add(visit(1, UNO, TUE, "12:10", "13:10", ALFA));
        visits.add(visit(2, DOS, TUE, "12:30", "13:30", ALFA));          // Alfa twice; outside 3B hours
        visits.add(visit(3, UNO, TUE, "12:40", "13:10", BETA, GAMA, DELTA, SIN_ID)); // Uno twice, 4 visitors
        visits.add(visit(4, UNO, SAT, "07:00", "08:00", ALFA));          // blackout
        visits.add(visit(5, CUATRO, THU, "16:00", "17:00", ALFA));       // released on Monday
        visits.add(visit(6, TRES, THU, "14:40", "15:40", BETA));         // Mam vs English
        visits.add(visit(7, TRES, TUE, "14:40", "15:40"));               // no visitor
        visits.add(visit(8, UNO, THU, "12:10", "13:10", ALFA));          // 4th visit of Uno this week
        for (int i = 0; i < 11; i++) {
            visits.add(visit(100 + i, 1000 + i, WED, "09:00", "10:00"));
        }
        return visits;
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyCode")
    void everyCodeHasAMessageWithTheNames(ConflictCode code, Locale locale) {
        Adelanto a = broken();
        ScheduleContext ctx = a.ctx();
        List<Conflict> found = only(ConflictRules.checkAll(brokenVisits(), ctx), code);
        assertThat(found).as("the scenario breaks " + code).isNotEmpty();
        Conflict c = found.get(0);
        String text = text(c, ctx, locale);
        assertThat(text).isNotBlank().doesNotContain("{").doesNotContain("}");
        if (c.detaineeId() != null && c.detaineeId() < 1000) {
            assertThat(text).contains(a.detainee(c.detaineeId()).fullName());
        }
        if (c.visitorId() != null) {
            assertThat(text).contains(a.visitor(c.visitorId()).fullName());
        }
        if (code == ConflictCode.ROOM_FULL || code == ConflictCode.FACILITY_CLOSED) {
            assertThat(text).contains("Adelanto ICE Processing Center");
        }
        String other = text(c, ctx, locale == ES ? Locale.ENGLISH : ES);
        assertThat(text).as("translated").isNotEqualTo(other);
        assertThat(Messages.in(locale, ConflictMessages.title(code))).isNotBlank();
    }

    @Test
    void doubleBookingReadsNaturallyInBothLanguages() {
        ScheduleContext ctx = defaultCtx();
        Conflict c = only(ConflictRules.check(visit(0, DOS, TUE, "12:30", "13:30", ALFA),
                List.of(visit(1, UNO, TUE, "12:10", "13:10", ALFA)), ctx), ConflictCode.VISITOR_DOUBLE_BOOKED).get(0);
        assertThat(text(c, ctx, Locale.ENGLISH))
                .isEqualTo("Proba Alfa is already visiting Testa Uno at 12:10 on Tue 8 Dec");
        assertThat(text(c, ctx, ES))
                .isEqualTo("Proba Alfa ya visita a Testa Uno a las 12:10 el mar 8 dic");
    }

    @Test
    void englishStaysEnglishOnASpanishMachine() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(ES);
            assertThat(Messages.in(Locale.ENGLISH, "severity." + Severity.WARNING.name())).isEqualTo("Warning");
            assertThat(Messages.in(ES, "severity." + Severity.WARNING.name())).isEqualTo("Aviso");
            assertThat(Messages.in(ES, ConflictMessages.title(ConflictCode.WEEKLY_LIMIT))).isEqualTo("Límite semanal");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void outsideHoursSaysWhenTheUnitCanBeVisited() {
        ScheduleContext ctx = defaultCtx();
        Conflict c = only(ConflictRules.check(visit(0, UNO, TUE, "11:00", "12:00", ALFA), List.of(), ctx),
                ConflictCode.OUTSIDE_VISITING_HOURS).get(0);
        assertThat(text(c, ctx, Locale.ENGLISH)).endsWith("West 3A on Tuesday: 12:10–13:10");
        assertThat(text(c, ctx, ES)).endsWith("West 3A el martes: 12:10–13:10");
        Conflict none = only(ConflictRules.check(visit(0, EAST, TUE, "11:00", "12:00", ALFA), List.of(), ctx),
                ConflictCode.OUTSIDE_VISITING_HOURS).get(0);
        assertThat(text(none, ctx, Locale.ENGLISH))
                .endsWith("no visiting hours for East 1 on Tuesday");
    }

    @Test
    void notClearedSaysWhy() {
        ScheduleContext ctx = defaultCtx();
        List<Conflict> found = only(ConflictRules.check(visit(0, UNO, TUE, "12:10", "13:10", RESTRINGIDO, 999L),
                List.of(), ctx), ConflictCode.VISITOR_NOT_CLEARED);
        assertThat(text(found.get(0), ctx, Locale.ENGLISH))
                .isEqualTo("Proba Restringido is not cleared to visit Testa Uno on Tue 8 Dec: restricted");
        assertThat(text(found.get(1), ctx, ES))
                .isEqualTo("visitante n.º 999 no tiene autorización para visitar a Testa Uno el mar 8 dic: "
                        + "no figura en la lista de voluntarios");
    }

    @Test
    void notHeldAndClosedCarryTheirDetails() {
        Adelanto a = broken();
        ScheduleContext ctx = a.ctx();
        List<Conflict> all = ConflictRules.checkAll(brokenVisits(), ctx);
        assertThat(text(only(all, ConflictCode.DETAINEE_NOT_HELD).get(0), ctx, ES))
                .isEqualTo("Testa Cuatro ya no está en el centro: liberación el lun 7 dic");
        assertThat(text(only(all, ConflictCode.FACILITY_CLOSED).get(0), ctx, Locale.ENGLISH))
                .isEqualTo("Adelanto ICE Processing Center takes no visits on Sat 12 Dec (Lockdown): "
                        + "the visit with Testa Uno cannot go ahead");
        assertThat(text(only(all, ConflictCode.WEEKLY_LIMIT).get(0), ctx, Locale.ENGLISH))
                .isEqualTo("Testa Uno has 4 visits in the week of Mon 7 Dec; "
                        + "Adelanto ICE Processing Center allows 3 a week");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Severity.class)
    void severitiesAreNamedInBothLanguages(Severity s) {
        assertThat(Messages.in(Locale.ENGLISH, "severity." + s.name())).isNotBlank();
        assertThat(Messages.in(ES, "severity." + s.name())).isNotBlank();
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ConflictMessagesTest.class.getResourceAsStream("/org/visitdesk/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothBundlesHaveTheSameKeysAndEveryCode() throws IOException {
        Properties en = load("messages.properties");
        Properties es = load("messages_es.properties");
        assertThat(es.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (ConflictCode code : ConflictCode.values()) {
            assertThat(en).containsKeys("conflict." + code, "conflict." + code + ".short");
        }
        assertThat(es.getProperty("conflict.NO_COMMON_LANGUAGE.short")).isEqualTo("Sin lengua común");
    }
}
