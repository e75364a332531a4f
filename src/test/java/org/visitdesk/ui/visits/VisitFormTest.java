package org.visitdesk.ui.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.visitdesk.app.DetaineeListing;
import org.visitdesk.app.Messages;
import org.visitdesk.app.OtherChange;
import org.visitdesk.app.VisitChange;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.DetaineeStatus;
import org.visitdesk.domain.Facility;
import org.visitdesk.domain.FieldError;
import org.visitdesk.domain.Repeat;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.VisitType;
import org.visitdesk.domain.Visitor;
import org.visitdesk.domain.VisitorStatus;

/** The visit dialog's form model without a window: what it reads, what it says is wrong, the visit it builds. */
class VisitFormTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 8);
    private static final Facility ADELANTO = new Facility(1, "Adelanto ICE Processing Center", "", 10, 3, 3, "");
    private static final Facility OTHER = new Facility(2, "Testville Center", "", 10, 3, 3, "");
    private static final Detainee UNO = new Detainee(11, ANumber.parse("A999000001").orElseThrow(), "Uno", "Prueba",
            null, "Honduras", List.of("Spanish"), "", 2L, "West 3A", DetaineeStatus.DETAINED, null, "");
    private static final Detainee NUNEZ = new Detainee(12, ANumber.parse("A999000002").orElseThrow(), "Núñez",
            "Prueba", null, "Honduras", List.of("Spanish"), "", 1L, "West 3B", DetaineeStatus.DETAINED, null, "");
    private static final Visitor ALFA = new Visitor(21, "Alfa", "Proba", "alfa@example.org", "", List.of("Spanish"),
            LocalDate.of(2026, 1, 5), true, VisitorStatus.ACTIVE, "");
    private static final Visitor BETA = new Visitor(22, "Beta", "Proba", "beta@example.org", "", List.of("English"),
            null, false, VisitorStatus.ACTIVE, "");

    private VisitForm form;

    @BeforeEach
    void blankNewVisit() {
        Messages.setLocale(Locale.ENGLISH);
        form = new VisitForm(null);
        form.choices(List.of(DetaineeListing.of(UNO, null), DetaineeListing.of(NUNEZ, null)), List.of(ALFA, BETA),
                List.of(ADELANTO, OTHER));
    }

    private void type(String day, String start, String end) {
        form.dayTextProperty().set(day);
        form.startProperty().set(start);
        form.endProperty().set(end);
    }

    private static Set<String> fields(List<FieldError> errors) {
        return Set.copyOf(errors.stream().map(FieldError::field).toList());
    }

    @Test
    void reloadAfterSomeoneElseSavedShowsTheVisitAsSavedNowAndSavesAtItsVersion() {
        Visit opened = new Visit(31, UNO.id(), OTHER.id(), TUESDAY.atTime(12, 10), TUESDAY.atTime(13, 10),
                List.of(ALFA.id()), VisitType.SOCIAL, VisitStatus.SCHEDULED, "", "", 3);
        form = new VisitForm(opened);
        form.choices(List.of(DetaineeListing.of(UNO, null), DetaineeListing.of(NUNEZ, null)), List.of(ALFA, BETA),
                List.of(ADELANTO, OTHER));
        form.notesProperty().set("Mine, typed.");
        Visit theirs = new Visit(31, UNO.id(), OTHER.id(), TUESDAY.atTime(12, 30), TUESDAY.atTime(13, 0),
                List.of(BETA.id()), VisitType.PASTORAL, VisitStatus.CONFIRMED, "Theirs.", "", 4);

        form.reload(theirs);

        assertThat(form.notesProperty().get()).isEqualTo("Theirs.");
        assertThat(form.visitors()).containsExactly(BETA);
        assertThat(form.detaineeProperty().get()).isEqualTo(UNO);
        assertThat(form.overwriting()).isNull();
        assertThat(form.toSave().visit()).as("saved again, it goes at the version saved now").isEqualTo(theirs);
    }

    @Test
    void overwriteKeepsWhatWasTypedAndSavesAtTheVersionSavedNowOverTheirChange() {
        Visit opened = new Visit(31, UNO.id(), OTHER.id(), TUESDAY.atTime(12, 10), TUESDAY.atTime(13, 10),
                List.of(ALFA.id()), VisitType.SOCIAL, VisitStatus.SCHEDULED, "", "", 3);
        form = new VisitForm(opened);
        form.choices(List.of(DetaineeListing.of(UNO, null)), List.of(ALFA, BETA), List.of(ADELANTO, OTHER));
        form.notesProperty().set("Mine, typed.");
        OtherChange ana = new OtherChange("Ana Uno", TUESDAY.minusDays(2).atTime(11, 0));

        form.overwrite(opened.withVersion(4), ana);

        Visit toSave = form.toSave().visit();
        assertThat(toSave.notes()).isEqualTo("Mine, typed.");
        assertThat(toSave.version()).isEqualTo(4);
        assertThat(form.overwriting()).isEqualTo(ana);
    }

    @Test
    void buildsTheVisitAsTypedAtThePersonsOwnFacility() {
        form.pick(UNO);
        form.addVisitor(ALFA);
        form.addVisitor(ALFA);
        type("2026-12-08", "1210", "1:10 PM");

        VisitForm.ToSave s = form.toSave();

        assertThat(s.errors()).isEmpty();
        assertThat(s.visit()).isEqualTo(new Visit(0, UNO.id(), OTHER.id(), TUESDAY.atTime(12, 10),
                TUESDAY.atTime(13, 10), List.of(ALFA.id()), VisitType.SOCIAL, VisitStatus.SCHEDULED, "", ""));
        assertThat(s.overrideReason()).as("not asked for yet").isEmpty();
        assertThat(form.dayProperty().get()).as("the day typed is read into the picker").isEqualTo(TUESDAY);
    }

    @Test
    void whatCannotBeReadIsSaidFieldByFieldAndNothingIsBuiltToCheck() {
        form.pick(UNO);
        type("8th of December", "noon", "");
        VisitForm.ToSave s = form.toSave();
        assertThat(s.errors()).extracting(FieldError::messageKey)
                .containsExactly("error.date.format", "error.time.format", "error.required");
        assertThat(fields(s.errors())).containsExactlyInAnyOrder("date", "start", "end");
        assertThat(form.checkable()).isEmpty();

        type("2026-12-08", "12:10", "11:00");
        assertThat(form.toSave().errors()).extracting(FieldError::messageKey)
                .containsExactly("error.visit.endBeforeStart");
        assertThat(form.checkable()).as("an end before the start is not checked").isEmpty();
    }

    @Test
    void withoutADayOnlyTheDayIsSaidToBeMissing() {
        form.pick(UNO);
        type("", "12:10", "13:10");
        assertThat(form.toSave().errors()).containsExactly(new FieldError("date", "error.required"));
    }

    @Test
    void aNameTypedButNotPickedIsAnError() {
        form.pick(UNO);
        form.detaineeTextProperty().set("Uno Prueb");
        assertThat(form.detaineeProperty().get()).as("editing the name drops the person picked").isNull();
        type("2026-12-08", "12:10", "13:10");
        assertThat(form.toSave().errors()).contains(new FieldError("detainee", "error.detainee.pick"));
    }

    @Test
    void theEndFollowsTheStartUntilSomeoneTypesOne() {
        form.startProperty().set("12:10");
        assertThat(form.endProperty().get()).isEqualTo("13:10");
        form.startProperty().set("13:30");
        assertThat(form.endProperty().get()).isEqualTo("14:30");
        form.endProperty().set("14:00");
        form.startProperty().set("07:00");
        assertThat(form.endProperty().get()).as("typed by hand: kept").isEqualTo("14:00");
    }

    @Test
    void suggestionsMatchNamesAndANumbersIgnoringAccentsAndSkipTheVisitorsAlreadyOn() {
        assertThat(form.detaineeSuggestions("nunez", () -> false)).extracting(l -> l.detainee().id())
                .containsExactly(NUNEZ.id());
        assertThat(form.detaineeSuggestions("A-999-000-001", () -> false)).extracting(l -> l.detainee().id())
                .containsExactly(UNO.id());
        assertThat(form.detaineeSuggestions("", () -> false)).isEmpty();
        assertThat(form.visitorSuggestions("proba", () -> false)).containsExactly(ALFA, BETA);
        form.addVisitor(ALFA);
        assertThat(form.visitorSuggestions("proba", () -> false)).containsExactly(BETA);
    }

    @Test
    void aSaveThatBreaksARuleAsksForAReasonThenMoreFirmly() {
        form.pick(NUNEZ);
        type("2026-12-08", "15:00", "16:00");
        Visit proposed = form.toSave().visit();
        VisitChange blocked = new VisitChange(VisitChange.Kind.NEEDS_DECISION, null, proposed, null, List.of(),
                List.of(), Set.of());

        VisitForm.AfterSave first = form.after(blocked);
        assertThat(first.closes()).isFalse();
        assertThat(first.errors()).containsExactly(new FieldError("overrideReason", "visit.conflicts.blocked"));
        assertThat(form.overrideAskedProperty().get()).isTrue();

        VisitForm.AfterSave again = form.after(blocked);
        assertThat(again.errors()).containsExactly(new FieldError("overrideReason", "error.override.required"));

        form.overrideReasonProperty().set("Court date");
        assertThat(form.toSave().overrideReason()).isEqualTo("Court date");
        Visit saved = proposed.withId(5).withOverrideReason("Court date");
        VisitForm.AfterSave done = form.after(new VisitChange(VisitChange.Kind.SAVED_DESPITE_ERRORS, null, proposed,
                saved, List.of(), List.of(), Set.of(5L)));
        assertThat(done.closes()).isTrue();
        assertThat(done.saved()).isEqualTo(saved);
    }

    @Test
    void aVisitSavedWithAReasonOpensWithItsReasonShown() {
        Visit saved = new Visit(7, UNO.id(), OTHER.id(), TUESDAY.atTime(15, 0), TUESDAY.atTime(16, 0),
                List.of(ALFA.id()), VisitType.PASTORAL, VisitStatus.CONFIRMED, "Bring a Bible", "Agreed by phone");
        VisitForm edit = new VisitForm(saved);
        edit.choices(List.of(DetaineeListing.of(UNO, null)), List.of(ALFA, BETA), List.of(ADELANTO, OTHER));
        edit.dayTextProperty().set("2026-12-08");

        assertThat(edit.overrideAskedProperty().get()).isTrue();
        assertThat(edit.detaineeProperty().get()).isEqualTo(UNO);
        assertThat(edit.visitors()).containsExactly(ALFA);
        assertThat(edit.startProperty().get()).isEqualTo("15:00");
        VisitForm.ToSave s = edit.toSave();
        assertThat(s.errors()).isEmpty();
        assertThat(s.visit()).isEqualTo(saved);
        assertThat(s.overrideReason()).isEqualTo("Agreed by phone");
    }

    @Test
    void theDetailsNameTheUnitTheLanguagesAndTheFacility() {
        assertThat(form.details(null)).isEmpty();
        assertThat(form.details(UNO)).contains("West 3A", "Spanish", "Testville Center");
        assertThat(VisitForm.describe(BETA)).contains("Proba Beta", "beta@example.org", "English")
                .contains(Messages.get("visit.visitor.notCleared"));
        assertThat(form.facilityOf(null)).as("no person yet: the first facility").isEqualTo(ADELANTO);
    }

    @Test
    void aNewVisitThatDoesNotRepeatHasNoRule() {
        form.pick(UNO);
        type(TUESDAY.toString(), "12:10", "13:10");
        VisitForm.ToSave s = form.toSave();
        assertThat(s.errors()).isEmpty();
        assertThat(s.repeats()).isFalse();
    }

    @Test
    void aWeeklyVisitReadsItsTimesOrItsLastDay() {
        form.pick(UNO);
        type(TUESDAY.toString(), "12:10", "13:10");
        form.repeatingProperty().set(VisitForm.Repeating.EVERY_WEEK);
        assertThat(form.toSave().repeat()).as("eight visits unless told otherwise")
                .isEqualTo(Repeat.times(1, 8));
        form.repeatingProperty().set(VisitForm.Repeating.EVERY_OTHER_WEEK);
        form.timesProperty().set(" 5 ");
        assertThat(form.toSave().repeat()).isEqualTo(Repeat.times(2, 5));
        // a last day wins over the number of times
        form.untilTextProperty().set(TUESDAY.plusWeeks(6).toString());
        assertThat(form.toSave().repeat()).isEqualTo(Repeat.until(2, TUESDAY.plusWeeks(6)));
    }

    @Test
    void aWrongRepeatIsMarkedOnItsField() {
        form.pick(UNO);
        type(TUESDAY.toString(), "12:10", "13:10");
        form.repeatingProperty().set(VisitForm.Repeating.EVERY_WEEK);
        form.timesProperty().set("many");
        assertThat(fields(form.toSave().errors())).containsExactly("times");
        form.timesProperty().set("60");
        assertThat(form.toSave().errors()).extracting(FieldError::messageKey).containsExactly("error.repeat.times");
        form.untilTextProperty().set(TUESDAY.minusDays(1).toString());
        assertThat(form.toSave().errors()).extracting(FieldError::messageKey)
                .containsExactly("error.repeat.untilBeforeFirst");
        assertThat(Messages.get("error.repeat.untilBeforeFirst")).contains("after the day of the first visit");
        form.untilTextProperty().set("next spring");
        assertThat(fields(form.toSave().errors())).containsExactly("until");
    }

    @Test
    void aSavedVisitNeverRepeats() {
        Visit saved = new Visit(5, UNO.id(), 1, TUESDAY.atTime(12, 10), TUESDAY.atTime(13, 10), List.of(),
                VisitType.SOCIAL, VisitStatus.SCHEDULED, "", "");
        VisitForm edit = new VisitForm(saved);
        edit.repeatingProperty().set(VisitForm.Repeating.EVERY_WEEK);
        assertThat(edit.toSave().repeats()).isFalse();
        assertThat(edit.timeChanged(saved)).isFalse();
        assertThat(edit.timeChanged(saved.withTime(saved.start().plusDays(2), saved.end().plusDays(2)))).isTrue();
    }
}
