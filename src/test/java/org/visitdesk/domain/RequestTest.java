package org.visitdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Requests: who they name, how they match a person, how long they wait, where they stand, and the language gap. */
class RequestTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    private static final Detainee JOSE = person(1, "A999000001", "Hernández López", "José Luis", "Guatemala",
            DetaineeStatus.DETAINED);
    private static final Detainee ANA = person(2, "A099000002", "Pérez", "Ana", "Honduras", DetaineeStatus.RELEASED);
    private static final Detainee ANA_OTHER = person(3, "A999000003", "Perez", "Ana", "El Salvador",
            DetaineeStatus.DETAINED);

    static Detainee person(long id, String a, String family, String given, String country, DetaineeStatus status) {
        return new Detainee(id, ANumber.parse(a).orElseThrow(), family, given, null, country, List.of("Spanish"), "",
                null, "", status, null, "");
    }

    static Request request(String aNumber, String family, String given, String country) {
        return new Request(0, TODAY, RequestSource.HOTLINE, ANumber.parse(aNumber).orElse(null), family, given,
                country, List.of(), "", Urgency.ROUTINE, "Maria", "mother", "555-0100", "", null, null, null);
    }

    @ParameterizedTest(name = "{0} / {1} {2} / {3}: {4} {5}")
    @CsvSource({
        // A-number in any of its forms
        "A999000001,     ,                 ,          ,            BY_A_NUMBER, 1",
        "A-999-000-001,  ,                 ,          ,            BY_A_NUMBER, 1",
        "a 999 000 001,  ,                 ,          ,            BY_A_NUMBER, 1",
        "999000001,      ,                 ,          ,            BY_A_NUMBER, 1",
        "99000002,       ,                 ,          ,            BY_A_NUMBER, 2",
        // an A-number nobody has is a new person, even when the names fit someone
        "A999000099,     Hernández López,  José Luis, Guatemala,   NEW_PERSON,  0",
        // names and country, ignoring case, accents and doubled spaces
        ",               Hernández López,  José Luis, Guatemala,   BY_NAME,     1",
        ",               hernandez  lopez, JOSE LUIS, guatemala,   BY_NAME,     1",
        ",               Pérez,            Ana,       Honduras,    BY_NAME,     2",
        ",               Perez,            Ana,       El Salvador, BY_NAME,     3",
        // another country of birth is another person; no country cannot be looked up
        ",               Hernández López,  José Luis, Mexico,      NEW_PERSON,  0",
        ",               Hernández López,  José Luis, ,            NEW_PERSON,  0",
        // only the exact names: a part of them is not enough
        ",               Hernández,        José,      Guatemala,   NEW_PERSON,  0"})
    void aRequestFindsItsPersonAsTheLocatorDoes(String aNumber, String family, String given, String country,
            RequestMatch.Kind kind, long personId) {
        RequestMatch m = RequestMatch.of(request(aNumber, family, given, country), List.of(JOSE, ANA, ANA_OTHER));
        assertThat(m.kind()).isEqualTo(kind);
        assertThat(m.person() == null ? 0 : m.person().id()).isEqualTo(personId);
    }

    @Test
    void twoPeopleOfOneNameAndCountryNeedTheANumber() {
        Detainee twin = person(4, "A999000004", "Pérez", "Ana", "Honduras", DetaineeStatus.DETAINED);
        RequestMatch m = RequestMatch.of(request(null, "Perez", "Ana", "Honduras"), List.of(ANA, twin));
        assertThat(m.kind()).isEqualTo(RequestMatch.Kind.AMBIGUOUS);
        assertThat(m.found()).isFalse();
        assertThat(RequestMatch.of(request("A999000004", "", "", ""), List.of(ANA, twin)).person()).isEqualTo(twin);
    }

    @Test
    void aPersonAlreadyReleasedIsFoundAndFlagged() {
        RequestMatch m = RequestMatch.of(request("A099000002", "", "", ""), List.of(JOSE, ANA));
        assertThat(m.personHasLeft()).isTrue();
        assertThat(request("A099000002", "", "", "").problems(TODAY)).isEmpty();
        assertThat(RequestMatch.of(request("A999000001", "", "", ""), List.of(JOSE)).personHasLeft()).isFalse();
    }

    @ParameterizedTest(name = "A-number {0}, names {1} {2}: {3}")
    @CsvSource({
        "A999000001, ,      ,     ",
        ",           Pérez, Ana,  ",
        ",           ,      ,     familyName",
        ",           Pérez, ,     givenName",
        ",           ,      Ana,  familyName"})
    void aRequestNeedsAnANumberOrBothNames(String aNumber, String family, String given, String field) {
        List<FieldError> problems = request(aNumber, family, given, "").problems(TODAY);
        if (field == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).extracting(FieldError::field, FieldError::messageKey)
                    .containsExactly(tuple(field, "error.request.whoIsIt"));
        }
    }

    @Test
    void valuesAreCheckedLikeEveryRecords() {
        Request r = new Request(0, TODAY.plusDays(1), null, null, "Pérez", "Ana", "", null, "x".repeat(1001), null,
                "", "r".repeat(101), "5\u001b55", "", null, null, null);
        assertThat(r.problems(TODAY)).extracting(FieldError::field, FieldError::messageKey).containsExactly(
                tuple("received", "error.date.future"), tuple("needs", "error.tooLong"),
                tuple("relationship", "error.tooLong"), tuple("callerPhone", "error.controlCharacterOrLineBreak"));
        assertThat(r.source()).isEqualTo(RequestSource.OTHER);
        assertThat(r.urgency()).isEqualTo(Urgency.ROUTINE);
        assertThat(r.status()).isEqualTo(RequestStatus.NEW);
        Request undated = new Request(0, null, null, null, "Pérez", "Ana", "", null, "", null, "", "", "", "", null,
                null, null);
        assertThat(undated.problems(TODAY)).extracting(FieldError::field).containsExactly("received");
    }

    @ParameterizedTest(name = "{0} received {1}, status day {2}: {3} days")
    @CsvSource({
        "NEW,       2026-11-26, ,           10",
        "MATCHED,   2026-12-06, ,           0",
        "SCHEDULED, 2026-11-26, 2026-11-30, 4",
        "CLOSED,    2026-11-01, 2026-11-08, 7",
        "SCHEDULED, 2026-11-26, ,           10"})
    void daysWaitingStopWhenAVisitIsPlanned(RequestStatus status, LocalDate received, LocalDate statusDate,
            long days) {
        Request r = new Request(1, received, null, null, "Pérez", "Ana", "", null, "", null, "", "", "", "", status,
                statusDate, 2L);
        assertThat(r.daysWaiting(TODAY)).isEqualTo(days);
    }

    @ParameterizedTest(name = "{0}, planned {1}, happened {2}: {3}")
    @CsvSource({
        "MATCHED,   false, false, MATCHED",
        "MATCHED,   true,  false, SCHEDULED",
        "MATCHED,   true,  true,  CLOSED",
        "SCHEDULED, false, true,  CLOSED",
        "SCHEDULED, false, false, MATCHED",
        "CLOSED,    true,  false, CLOSED",
        "NEW,       true,  false, SCHEDULED"})
    void theStatusFollowsThePersonsVisits(RequestStatus from, boolean planned, boolean happened, RequestStatus to) {
        Request r = new Request(1, TODAY.minusDays(9), null, null, "Pérez", "Ana", "", null, "", null, "", "", "", "",
                from, null, 2L);
        Request after = r.followingVisits(planned, happened, TODAY);
        assertThat(after.status()).isEqualTo(to);
        assertThat(after.statusDate()).isEqualTo(to.isWaiting() || from == to ? null : TODAY);
    }

    @Test
    void anUnmatchedRequestWaitsWhateverHappensElsewhere() {
        Request r = request(null, "Pérez", "Ana", "Honduras");
        assertThat(r.followingVisits(true, true, TODAY)).isSameAs(r);
        assertThat(r.matchedTo(2L).status()).isEqualTo(RequestStatus.MATCHED);
        assertThat(r.matchedTo(2L).matchedTo(null).status()).isEqualTo(RequestStatus.NEW);
    }

    @Test
    void twoRequestsForOnePersonShareAKey() {
        assertThat(RequestMatch.personKey(request(null, "Pérez ", "ana", "Honduras")))
                .isEqualTo(RequestMatch.personKey(request(null, "perez", "Ana", "HONDURAS")));
        assertThat(RequestMatch.personKey(request("A-999-000-001", "", "", "")))
                .isEqualTo(RequestMatch.personKey(request("999000001", "X", "Y", "")));
        assertThat(RequestMatch.personKey(request(null, "Pérez", "Ana", "Honduras")))
                .isNotEqualTo(RequestMatch.personKey(request(null, "Pérez", "Ana", "El Salvador")));
    }

    @Test
    void theLanguageGapCountsWaitingPeopleNoClearedVisitorSpeaksWith() {
        List<List<String>> waiting = List.of(List.of("Mam", "Spanish"), List.of("mam"), List.of("K'iche'"),
                List.of("Spanish"), List.of("Tigrinya", "Tigrinya"), List.of("Português"));
        List<List<String>> cleared = List.of(List.of("spanish", "English"), List.of("Portugues"));
        assertThat(LanguageGap.of(waiting, cleared)).containsExactly(new LanguageGap("Mam", 2),
                new LanguageGap("K'iche'", 1), new LanguageGap("Tigrinya", 1));
        assertThat(LanguageGap.of(waiting, List.of(List.of("Mam", "K'iche'", "Tigrinya", "Spanish", "Portugues"))))
                .isEmpty();
    }
}
