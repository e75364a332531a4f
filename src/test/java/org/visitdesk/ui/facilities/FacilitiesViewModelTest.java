package org.visitdesk.ui.facilities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitdesk.app.FacilityService.FacilityRules;
import org.visitdesk.app.OtherChange;
import org.visitdesk.app.RecordType;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.BlackoutDay;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.DetaineeStatus;
import org.visitdesk.domain.Facility;
import org.visitdesk.domain.FieldError;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitingWindow;
import org.visitdesk.ui.Background;
import org.visitdesk.ui.ChangedMeanwhile;
import org.visitdesk.ui.UiFixture;

/** The Facilities page's state on a real store: what it shows, what it saves, and what it refuses. */
class FacilitiesViewModelTest {

    private static final String ADELANTO = "Adelanto ICE Processing Center";

    @TempDir
    Path dir;

    private Workspace ws;
    private FacilitiesViewModel model;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir, UiFixture.clock());
        model = new FacilitiesViewModel(ws, Background.direct());
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private Facility adelanto() {
        model.load(() -> { });
        return model.facilities().stream().filter(f -> f.name().equals(ADELANTO)).findFirst().orElseThrow();
    }

    private void openAdelanto() {
        model.open(adelanto(), () -> { });
    }

    private List<FieldError> save() {
        List<List<FieldError>> got = new ArrayList<>();
        model.save(got::add);
        assertThat(got).as("save answers once").hasSize(1);
        return got.get(0);
    }

    /** Another coordinator saves Adelanto with room for 99 after the editor opened it. */
    private void anaSavesRoomFor99() {
        FacilityRules now = ws.facilities().rules(model.openId());
        Facility f = now.facility();
        ws.useCoordinator("Ana Uno");
        assertThat(ws.facilities().save(new FacilityRules(new Facility(f.id(), f.name(), f.address(), 99,
                f.maxVisitorsPerVisit(), f.maxVisitsPerWeek(), f.notes(), f.version()), now.windows(),
                now.blackouts())).isSaved()).isTrue();
        ws.useCoordinator("Beto Dos");
    }

    @Test
    void aFacilityChangedByAnotherCoordinatorIsReloadedWhenTheCoordinatorChoosesSo() {
        openAdelanto();
        anaSavesRoomFor99();
        model.notesProperty().set("Mine.");
        List<OtherChange> asked = new ArrayList<>();

        model.save(errors -> { }, other -> {
            asked.add(other);
            return Optional.of(ChangedMeanwhile.Choice.RELOAD);
        });

        assertThat(asked).singleElement().satisfies(o -> assertThat(o.coordinator()).isEqualTo("Ana Uno"));
        assertThat(model.capacityProperty().get()).isEqualTo("99");
        assertThat(model.notesProperty().get()).isNotEqualTo("Mine.");
        assertThat(save()).as("saved again at the version saved now").isEmpty();
    }

    @Test
    void aFacilitySavedOverAnotherCoordinatorsChangeKeepsWhatWasTyped() {
        openAdelanto();
        anaSavesRoomFor99();
        model.notesProperty().set("Mine.");
        List<List<FieldError>> done = new ArrayList<>();

        model.save(done::add, other -> Optional.of(ChangedMeanwhile.Choice.OVERWRITE));

        assertThat(done).containsExactly(List.of());
        FacilityRules stored = ws.facilities().rules(model.openId());
        assertThat(stored.facility().notes()).isEqualTo("Mine.");
        assertThat(stored.facility().roomCapacity()).as("what the editor held").isNotEqualTo(99);
        assertThat(ws.history().of(RecordType.FACILITY, model.openId()).get(0).overwrote().coordinator())
                .isEqualTo("Ana Uno");
    }

    @Test
    void seededAdelantoShowsItsWindowsSortedAndNotesThatSayWhatIsAssumed() {
        openAdelanto();

        assertThat(model.windows()).hasSize(22);
        Map<String, List<DayOfWeek>> days = new TreeMap<>();
        for (WindowRow r : model.windows()) {
            days.computeIfAbsent(r.unitProperty().get(), u -> new ArrayList<>()).add(r.dayProperty().get());
        }
        List<DayOfWeek> tueThuSat = List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY);
        assertThat(days).containsOnlyKeys("West 3A", "West 3B", "West 3C", "West 3D", "West 1 Admin Seg",
                "West 1 Disc Seg");
        for (String unit : List.of("West 3A", "West 3B", "West 3C", "West 3D", "West 1 Disc Seg")) {
            assertThat(days.get(unit)).as(unit).containsExactlyElementsOf(tueThuSat);
        }
        assertThat(days.get("West 1 Admin Seg")).containsExactly(DayOfWeek.values());
        // sorted by unit, then weekday, then start: the first row is West 1 Admin Seg on Monday
        assertThat(model.windows().get(0).unitProperty().get()).isEqualTo("West 1 Admin Seg");
        assertThat(model.windows().get(0).dayProperty().get()).isEqualTo(DayOfWeek.MONDAY);
        WindowRow saturday3a = model.windows().stream()
                .filter(r -> r.unitProperty().get().equals("West 3A") && r.dayProperty().get() == DayOfWeek.SATURDAY)
                .findFirst().orElseThrow();
        assertThat(saturday3a.startProperty().get()).isEqualTo("07:00");
        assertThat(saturday3a.endProperty().get()).isEqualTo("08:00");
        assertThat(saturday3a.contactProperty().get()).isTrue();
        assertThat(model.windows().stream().filter(r -> r.unitProperty().get().startsWith("West 1"))
                .noneMatch(r -> r.contactProperty().get())).as("segregation visits are non-contact").isTrue();

        assertThat(model.notesProperty().get()).contains("assumption").contains("13 Oct 2022").contains("ICE");
        assertThat(model.capacityProperty().get()).isEqualTo("10");
        assertThat(model.visitorsPerVisitProperty().get()).isEqualTo("3");
        assertThat(model.visitsPerWeekProperty().get()).isEqualTo("3");
        assertThat(model.dirtyProperty().get()).as("nothing edited yet").isFalse();
    }

    @Test
    void editedCapacityAndAddedBlackoutAreStoredAndSurviveReopening() {
        openAdelanto();
        long id = model.openId();
        model.capacityProperty().set(" 14 ");
        model.addBlackout(new BlackoutDay(0, id, LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 26),
                "Holiday closure"));
        assertThat(model.dirtyProperty().get()).isTrue();

        assertThat(save()).isEmpty();
        assertThat(model.dirtyProperty().get()).isFalse();

        ws.close();
        ws = Workspace.open(dir, UiFixture.clock());
        FacilityRules stored = ws.facilities().rules(id);
        assertThat(stored.facility().roomCapacity()).isEqualTo(14);
        assertThat(stored.facility().notes()).contains("assumption");
        assertThat(stored.windows()).hasSize(22);
        assertThat(stored.blackouts()).singleElement().satisfies(b -> {
            assertThat(b.from()).isEqualTo(LocalDate.of(2026, 12, 24));
            assertThat(b.to()).isEqualTo(LocalDate.of(2026, 12, 26));
            assertThat(b.reason()).isEqualTo("Holiday closure");
        });

        // and a fresh page shows what was stored
        model = new FacilitiesViewModel(ws, Background.direct());
        openAdelanto();
        assertThat(model.capacityProperty().get()).isEqualTo("14");
        assertThat(model.blackouts()).extracting(BlackoutDay::reason).containsExactly("Holiday closure");
    }

    @Test
    void windowEndingBeforeItStartsIsMarkedAndNothingIsSaved() {
        openAdelanto();
        long id = model.openId();
        List<VisitingWindow> before = ws.facilities().rules(id).windows();
        model.capacityProperty().set("12");
        WindowRow bad = model.addWindow(null);
        bad.unitProperty().set("East 1");
        bad.startProperty().set("14:00");
        bad.endProperty().set("13:00");
        assertThat(bad.endErrorProperty().get()).isEqualTo("facilities.error.endBeforeStart");
        WindowRow unreadable = model.addWindow(null);
        unreadable.startProperty().set("25:99");

        List<FieldError> errors = save();

        assertThat(errors).extracting(FieldError::field).containsExactly("windows");
        assertThat(unreadable.startErrorProperty().get()).isEqualTo("facilities.error.time");
        FacilityRules stored = ws.facilities().rules(id);
        assertThat(stored.windows()).isEqualTo(before);
        assertThat(stored.facility().roomCapacity()).as("nothing saved, not even the good fields").isEqualTo(10);
        assertThat(model.windows()).as("the edits stay on screen").contains(bad, unreadable);
        assertThat(model.dirtyProperty().get()).isTrue();

        // once fixed, the same edits save
        bad.endProperty().set("15:00");
        model.removeWindow(unreadable);
        assertThat(bad.endErrorProperty().get()).isNull();
        assertThat(save()).isEmpty();
        assertThat(ws.facilities().rules(id).windows()).hasSize(23)
                .anySatisfy(w -> {
                    assertThat(w.housingUnit()).isEqualTo("East 1");
                    assertThat(w.start()).isEqualTo(LocalTime.of(14, 0));
                    assertThat(w.end()).isEqualTo(LocalTime.of(15, 0));
                });
    }

    @Test
    void wrongLimitsAreRefusedFieldByField() {
        openAdelanto();
        model.capacityProperty().set("0");
        model.visitorsPerVisitProperty().set("three");
        model.nameProperty().set("  ");

        assertThat(save()).extracting(FieldError::field, FieldError::messageKey).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("roomCapacity", "error.positive"),
                org.assertj.core.groups.Tuple.tuple("maxVisitorsPerVisit", "facilities.error.number"),
                org.assertj.core.groups.Tuple.tuple("name", "error.required"));
        assertThat(ws.facilities().listAll()).extracting(Facility::name).containsExactly(ADELANTO);
    }

    @Test
    void newFacilityGetsTheUsualLimitsAndIsSavedWithItsWindow() {
        model.load(() -> { });
        model.startNew("");
        assertThat(model.openProperty().get()).isTrue();
        assertThat(model.capacityProperty().get()).isEqualTo("10");
        assertThat(model.visitorsPerVisitProperty().get()).isEqualTo("3");
        assertThat(model.visitsPerWeekProperty().get()).isEqualTo("3");
        assertThat(save()).extracting(FieldError::field).containsExactly("name");

        model.nameProperty().set("Otay Mesa Detention Center");
        model.addWindow(null);
        assertThat(save()).isEmpty();

        assertThat(model.facilities()).extracting(Facility::name)
                .containsExactly(ADELANTO, "Otay Mesa Detention Center");
        FacilityRules stored = ws.facilities().rules(model.openId());
        assertThat(stored.facility().roomCapacity()).isEqualTo(10);
        assertThat(stored.windows()).singleElement().satisfies(w -> {
            assertThat(w.housingUnit()).isEmpty();
            assertThat(w.day()).isEqualTo(DayOfWeek.MONDAY);
        });
    }

    @Test
    void facilityWithVisitsIsNotDeletedButAnEmptyOneIs() {
        Facility adelanto = adelanto();
        Detainee d = ws.detainees().save(new Detainee(0, ANumber.parse("A999000111").orElseThrow(), "Prueba",
                "Uno", null, "Guatemala", List.of("Spanish"), "", adelanto.id(), "West 3A", DetaineeStatus.DETAINED,
                null, "")).saved();
        assertThat(d).isNotNull();
        assertThat(ws.schedule().plan(new Visit(0, d.id(), adelanto.id(), LocalDate.of(2026, 12, 8).atTime(12, 10),
                LocalDate.of(2026, 12, 8).atTime(13, 10), List.of(), null, null, "", ""), "").isSaved()).isTrue();

        model.open(adelanto, () -> { });
        List<Long> counted = new ArrayList<>();
        model.visitCount(counted::add);
        assertThat(counted).containsExactly(1L);
        List<Boolean> answers = new ArrayList<>();
        model.delete(answers::add);
        assertThat(answers).containsExactly(false);
        assertThat(ws.facilities().listAll()).extracting(Facility::id).containsExactly(adelanto.id());
        assertThat(model.openId()).as("still open").isEqualTo(adelanto.id());

        model.startNew("Empty Place");
        assertThat(save()).isEmpty();
        long emptyId = model.openId();
        model.delete(answers::add);
        assertThat(answers).containsExactly(false, true);
        assertThat(ws.facilities().byId(emptyId)).isEmpty();
        assertThat(model.facilities()).extracting(Facility::id).containsExactly(adelanto.id());
        assertThat(model.openProperty().get()).isFalse();
        assertThat(model.facilities().stream().map(Facility::name).collect(Collectors.toList()))
                .containsExactly(ADELANTO);
    }
}
