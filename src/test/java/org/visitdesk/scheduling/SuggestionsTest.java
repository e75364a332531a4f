package org.visitdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.Availability;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.DetaineeStatus;
import org.visitdesk.domain.Languages;
import org.visitdesk.domain.Message;
import org.visitdesk.domain.VisitingWindow;
import org.visitdesk.domain.Visitor;
import org.visitdesk.domain.VisitorStatus;
import org.visitdesk.domain.WeeklyHours;
import org.visitdesk.scheduling.Suggestions.Candidate;
import org.visitdesk.scheduling.Suggestions.Reason;
import org.visitdesk.scheduling.Suggestions.Slot;
import org.visitdesk.scheduling.Suggestions.Suggestion;

/** The order of suggested visitors, DESIGN.md section 7: who is left out, every tie-break, and the reasons. */
class SuggestionsTest {

    /** A Thursday: West 3A takes visits 12:10-13:10. */
    private static final LocalDate THU = LocalDate.of(2026, 12, 10);
    private static final ANumber PERSON = new ANumber("A999000001");
    private static final List<VisitingWindow> WINDOWS = List.of(
            new VisitingWindow(1, 1, "West 3A", DayOfWeek.THURSDAY, LocalTime.of(12, 10), LocalTime.of(13, 10), true),
            new VisitingWindow(2, 1, "West 3B", DayOfWeek.THURSDAY, LocalTime.of(13, 30), LocalTime.of(14, 30), true),
            new VisitingWindow(3, 1, "West 3A", DayOfWeek.SATURDAY, LocalTime.of(7, 0), LocalTime.of(8, 0), true));

    private static Detainee person(String languages, String gender) {
        return new Detainee(1, PERSON, "Prueba", "Lan", null, "Vietnam", Languages.parse(languages), gender, 1L,
                "West 3A", DetaineeStatus.DETAINED, null, "");
    }

    /**
     * A candidate from a compact description: {@code name; languages; hours; visits per month; visits this month;
     * visited before; busy from-to; away from-to}.
     */
    private static Candidate candidate(long id, String spec) {
        String[] f = (spec + ";;;;;;;").split(";", -1);
        Availability a = new Availability(WeeklyHours.read(f[2].replace('+', ';')).hours(),
                f[3].isBlank() ? 0 : Integer.parseInt(f[3].strip()),
                f[7].isBlank() ? null : LocalDate.parse(f[7].strip().split("/")[0]),
                f[7].isBlank() ? null : LocalDate.parse(f[7].strip().split("/")[1]), List.of());
        Visitor v = new Visitor(id, f[0].strip(), "V", "", "", Languages.parse(f[1].replace('+', ';')),
                LocalDate.of(2025, 1, 1), true, VisitorStatus.ACTIVE, "", a);
        List<Slot> busy = new ArrayList<>();
        if (!f[6].isBlank()) {
            String[] t = f[6].strip().split("-");
            busy.add(new Slot(THU.atTime(LocalTime.parse(t[0])), THU.atTime(LocalTime.parse(t[1]))));
        }
        return new Candidate(v, f[4].isBlank() ? 0 : Integer.parseInt(f[4].strip()),
                "yes".equals(f[5].strip()), busy);
    }

    private static List<Suggestion> rank(Detainee person, String... specs) {
        List<Candidate> cs = new ArrayList<>();
        for (int i = 0; i < specs.length; i++) {
            cs.add(candidate(i + 1, specs[i]));
        }
        Collections.reverse(cs);
        return Suggestions.rank(person, THU, Suggestions.slots(WINDOWS, person.housingUnit(), THU), cs);
    }

    private static List<String> names(List<Suggestion> s) {
        return s.stream().map(x -> x.visitor().familyName()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // every tie-break: the first named wins over the second although the second is better on all that follow
        "language first|Best;Vietnamese;;;9;;;|Worse;Spanish;Thu 12:00-17:00;2;0;yes;;",
        "then available|Best;Vietnamese;Thu 12:00-17:00;;9;;;|Worse;Vietnamese;Tue 12:00-17:00;4;0;yes;;",
        "then under commitment|Best;Vietnamese;;2;1;;;|Worse;Vietnamese;;2;2;yes;;",
        "under beats no commitment|Best;Vietnamese;;2;1;;;|Worse;Vietnamese;;;0;yes;;",
        "then visited before|Best;Vietnamese;;;5;yes;;|Worse;Vietnamese;;;0;;;",
        "then fewest visits this month|Best;Vietnamese;;;1;;;|Worse;Vietnamese;;;2;;;",
        "then by name|Abad;Vietnamese;;;1;;;|Zamora;Vietnamese;;;1;;;",
        "busy at the only window is not available|Best;Vietnamese;Thu 12:00-17:00;;3;;;|Worse;Vietnamese;Thu 12:00-17:00;;0;;12:00-13:00;",
        "away is not available|Best;Vietnamese;Thu 12:00-17:00;;3;;;|Worse;Vietnamese;Thu 12:00-17:00;;0;;;2026-12-01/2026-12-31",
        "hours that miss the window are not available|Best;Vietnamese;Thu 12:00-13:10;;3;;;|Worse;Vietnamese;Thu 12:30-17:00;;0;;;",
        "a language shared in any case and accent|Best;vietnamese;;;9;;;|Worse;Spanish;;;0;;;",
    })
    void ranksAsDesignSays(String rule, String better, String worse) {
        assertThat(names(rank(person("Vietnamese", "F"), worse, better))).as(rule).containsExactly(
                better.split(";")[0], worse.split(";")[0]);
    }

    @Test
    void onlyClearedVisitorsWhoAreNotFamily() {
        Candidate ok = candidate(1, "Cleared;Vietnamese");
        Visitor v = ok.visitor();
        List<Candidate> all = List.of(ok,
                new Candidate(new Visitor(2, "Inactive", "V", "", "", v.languages(), v.orientationDate(), true,
                        VisitorStatus.INACTIVE, ""), 0, false, List.of()),
                new Candidate(new Visitor(3, "NoOrientation", "V", "", "", v.languages(), null, true,
                        VisitorStatus.ACTIVE, ""), 0, false, List.of()),
                new Candidate(new Visitor(4, "NoId", "V", "", "", v.languages(), v.orientationDate(), false,
                        VisitorStatus.ACTIVE, ""), 0, false, List.of()),
                new Candidate(new Visitor(5, "Family", "V", "", "", v.languages(), v.orientationDate(), true,
                        VisitorStatus.ACTIVE, "", new Availability(List.of(), 0, null, null, List.of(PERSON))),
                        0, true, List.of()),
                new Candidate(new Visitor(6, "OtherFamily", "V", "", "", v.languages(), v.orientationDate(), true,
                        VisitorStatus.ACTIVE, "", new Availability(List.of(), 0, null, null,
                        List.of(new ANumber("A999000009")))), 0, false, List.of()));
        List<Suggestion> s = Suggestions.rank(person("Vietnamese", "F"), THU,
                Suggestions.slots(WINDOWS, "West 3A", THU), all);
        assertThat(names(s)).containsExactly("Cleared", "OtherFamily");
        assertThat(s).extracting(Suggestion::rank).containsExactly(1, 2);
    }

    @Test
    void reasonsSayWhyInCodesAndWords() {
        List<Suggestion> s = rank(person("Vietnamese; Spanish", "F"),
                "Best;Spanish+Vietnamese;Tue 09:00-10:00+Thu 12:00-17:00;2;1;yes;;");
        assertThat(s.get(0).codes()).containsExactly(Reason.LANGUAGE, Reason.AVAILABLE, Reason.UNDER_COMMITMENT,
                Reason.VISITED_BEFORE);
        assertThat(s.get(0).words()).containsExactly(
                Message.of("suggest.speaks", List.of("Vietnamese", "Spanish")),
                Message.of("suggest.free", Message.of("suggest.days.THURSDAY"), LocalTime.of(12, 0),
                        LocalTime.of(17, 0)),
                Message.of("suggest.commitment", 1, 2),
                Message.of("suggest.visitedBefore.her"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no language in common|Worse;Mam;;;0;;;|NO_COMMON_LANGUAGE|suggest.speaksNone",
        "no hours given|Worse;Mam;;;0;;;|NOT_AVAILABLE|suggest.noHours",
        "not free that weekday|Worse;Mam;Tue 12:00-17:00;;0;;;|NOT_AVAILABLE|suggest.notFree",
        "free but not in a window|Worse;Mam;Thu 14:00-17:00;;0;;;|NOT_AVAILABLE|suggest.freeOutside",
        "on another visit|Worse;Mam;Thu 12:00-17:00;;0;;12:30-13:30;|NOT_AVAILABLE|suggest.busy",
        "away|Worse;Mam;Thu 12:00-17:00;;0;;;2026-12-10/2026-12-10|NOT_AVAILABLE|suggest.away",
        "at the commitment|Worse;Mam;;2;2;;;|OVER_COMMITMENT|suggest.commitment",
        "over the commitment|Worse;Mam;;1;3;;;|OVER_COMMITMENT|suggest.commitment",
        "no commitment says the visits|Worse;Mam;;;3;;;||suggest.noCommitment",
    })
    void everyNoHasItsWords(String rule, String spec, String code, String key) {
        Suggestion s = rank(person("Vietnamese", "M"), spec).get(0);
        assertThat(s.words()).extracting(Message::key).as(rule).contains(key);
        if (code != null) {
            assertThat(s.codes()).as(rule).contains(Reason.valueOf(code));
        }
        assertThat(s.codes()).as(rule).doesNotContain(Reason.LANGUAGE, Reason.AVAILABLE, Reason.UNDER_COMMITMENT,
                Reason.VISITED_BEFORE);
    }

    @Test
    void aPersonWithNoWindowThatDayHasNobodyAvailable() {
        Detainee d = person("Vietnamese", "");
        List<Suggestion> s = Suggestions.rank(d, THU, List.of(), List.of(candidate(1, "A;Vietnamese;Thu 08:00-18:00")));
        assertThat(s.get(0).codes()).contains(Reason.NOT_AVAILABLE);
        assertThat(s.get(0).words()).extracting(Message::key).contains("suggest.noVisitingHours");
    }

    @Test
    void aVisitsOwnTimeCanBeTheSlot() {
        List<Slot> at = List.of(new Slot(THU.atTime(15, 0), THU.atTime(16, 0)));
        List<Suggestion> s = Suggestions.rank(person("Vietnamese", "x"), THU, at,
                List.of(candidate(1, "Early;Vietnamese;Thu 12:00-14:00"), candidate(2, "Late;Vietnamese;Thu 14:00-17:00;;3")));
        assertThat(names(s)).containsExactly("Late", "Early");
        assertThat(s.get(0).words()).contains(Message.of("suggest.free", Message.of("suggest.days.THURSDAY"), LocalTime.of(14, 0),
                LocalTime.of(17, 0)));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"F,her", "female,her", "Mujer,her", "M,him", "male,him", "hombre,him", "'',them", "X,them",
        "non-binary,them"})
    void visitedBeforeSaysHerHimOrThem(String gender, String word) {
        assertThat(Suggestions.pronoun(person("Mam", gender))).isEqualTo(word);
    }

    @Test
    void slotsAreTheUnitsWindowsThatDay() {
        assertThat(Suggestions.slots(WINDOWS, "west 3a", THU))
                .containsExactly(new Slot(THU.atTime(12, 10), THU.atTime(13, 10)));
        assertThat(Suggestions.slots(WINDOWS, "West 3A", THU.plusDays(1))).isEmpty();
    }
}
