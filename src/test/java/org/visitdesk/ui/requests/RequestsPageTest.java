package org.visitdesk.ui.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.visitdesk.app.RequestListing;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.DateRange;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Request;
import org.visitdesk.domain.RequestMatch;
import org.visitdesk.domain.RequestSource;
import org.visitdesk.domain.RequestStatus;
import org.visitdesk.domain.Urgency;
import org.visitdesk.domain.Visitor;
import org.visitdesk.ui.TestRecords;
import org.visitdesk.ui.UiFixture;

/**
 * The Requests page on a real store: the waiting list urgent first, the ICE locator words for a request without an
 * A-number, a request naming nobody refused in the dialog, the language gap, and a request turned into a visit
 * through "Find a time", which moves it to scheduled.
 */
@ExtendWith(ApplicationExtension.class)
class RequestsPageTest {

    @TempDir
    Path dir;

    private UiFixture app;
    private Detainee uno;

    @Start
    void start(Stage stage) {
        app = UiFixture.start(stage, dir, ws -> {
            TestRecords.volunteer(ws, "Alfa");
            uno = TestRecords.person(ws, "A999000001", "Persona", "West 3A");
            ws.requests().save(request("A999000001", "", "", "",
                    Urgency.ROUTINE, 9, "Spanish"));
            ws.requests().save(request(null, "Ixcoy", "Juana", "Guatemala", Urgency.URGENT, 2, "Mam"));
        });
    }

    private static Request request(String a, String family, String given, String country, Urgency urgency,
            int daysAgo, String language) {
        return new Request(0, UiFixture.TODAY.minusDays(daysAgo), RequestSource.HOTLINE,
                ANumber.parse(a).orElse(null), family, given, country, List.of(language), "", urgency, "Rosa",
                "sister", "555-0100", "", null, null, null);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aRequestBecomesAScheduledVisitAndOneWithoutANumberSaysWhatToLookUp(FxRobot robot) {
        app.waitIdle();
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT9).release(KeyCode.CONTROL);
        app.waitIdle();
        TableView<RequestListing> table = robot.lookup("#request-table").queryTableView();
        assertThat(table.getItems()).extracting(l -> l.request().urgency(), RequestListing::match, l -> l.person() == null
                ? 0L : l.person().id()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Urgency.URGENT, RequestMatch.Kind.NEW_PERSON, 0L),
                        org.assertj.core.groups.Tuple.tuple(Urgency.ROUTINE, RequestMatch.Kind.BY_A_NUMBER, uno.id()));
        FlowPane gaps = robot.lookup("#request-gaps").queryAs(FlowPane.class);
        assertThat(gaps.getChildren()).extracting(n -> ((Label) n).getText()).containsExactly("Mam: 1 waiting");

        // Juana has no A-number: no visit can be planned yet, and the dialog says what to type into the locator
        robot.interact(() -> table.getSelectionModel().select(0));
        assertThat(robot.lookup("#request-find-time").queryButton().isDisabled()).isTrue();
        robot.clickOn("#request-edit");
        app.waitIdle();
        Label locator = robot.lookup("#request-locator").queryAs(Label.class);
        assertThat(locator.getText()).contains("\"Juana\"")
                .contains("\"Ixcoy\"").contains("\"Guatemala\"").contains("locator.ice.gov");
        robot.targetWindow(locator.getScene().getWindow());
        robot.clickOn("#field-aNumber").write("999000002");
        assertThat(locator.getText()).isEmpty();
        robot.clickOn("#dialog-save");
        app.waitIdle();
        // the A-number and both names are known: she is a person now, with her request matched
        assertThat(app.workspace.detainees().search("Ixcoy", 5)).extracting(d -> d.aNumber().value())
                .containsExactly("A999000002");

        // a request that names nobody is refused in the dialog, and nothing is saved
        robot.clickOn("#request-add");
        app.waitIdle();
        Node family = robot.lookup("#field-familyName").query();
        robot.targetWindow(family.getScene().getWindow());
        robot.clickOn(family).write("Solo");
        robot.clickOn("#dialog-save");
        app.waitIdle();
        assertThat(robot.lookup(".form-error").queryAs(Label.class).getText()).contains("A-number");
        robot.type(KeyCode.ESCAPE);
        app.waitIdle();
        assertThat(app.workspace.requests().list(true)).hasSize(2);

        // Persona's request: Find a time, take the first free time, save the visit
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(l -> l.person() != null && l.person().id() == uno.id()).findFirst().orElseThrow()));
        robot.clickOn("#request-find-time");
        app.waitIdle();
        ListView<?> slots = robot.lookup("#find-slots").queryListView();
        assertThat(slots.getItems()).as("free times for Persona").isNotEmpty();
        robot.interact(() -> slots.getSelectionModel().select(0));
        robot.clickOn("#find-use");
        app.waitIdle();
        // the visit dialog suggests Alfa, who speaks Persona's language, once its check has run: one click adds her
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#suggest-add-1").tryQuery().isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError("no visitor suggested in the visit dialog", e);
        }
        app.waitIdle();
        robot.clickOn("#suggest-add-1");
        app.waitIdle();
        robot.clickOn("#dialog-save");
        app.waitIdle();
        assertThat(table.getItems()).extracting(l -> l.request().givenName()).containsExactly("Juana");
        assertThat(app.workspace.requests().ofDetainee(uno.id())).extracting(Request::status)
                .containsExactly(RequestStatus.SCHEDULED);
        assertThat(app.workspace.visits().between(new DateRange(UiFixture.TODAY, UiFixture.TODAY.plusWeeks(8))))
                .singleElement().satisfies(l -> assertThat(l.visitors()).extracting(Visitor::familyName)
                        .containsExactly("Alfa"));
    }

    @Test
    void aClosedRequestOpensAgainAndOneTypedByMistakeIsDeletedOnceConfirmed(FxRobot robot) {
        app.waitIdle();
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT9).release(KeyCode.CONTROL);
        app.waitIdle();
        TableView<RequestListing> table = robot.lookup("#request-table").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(1));
        assertThat(robot.lookup("#request-reopen").queryButton().isDisabled()).as("an open request").isTrue();
        robot.clickOn("#request-close");
        app.waitIdle();
        assertThat(table.getItems()).hasSize(1);
        robot.clickOn("#request-all");
        app.waitIdle();
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(l -> l.request().status() == RequestStatus.CLOSED).findFirst().orElseThrow()));
        robot.clickOn("#request-reopen");
        app.waitIdle();
        assertThat(app.workspace.requests().ofDetainee(uno.id())).extracting(Request::status)
                .containsExactly(RequestStatus.MATCHED);

        // Delete asks first: No keeps it, Yes removes it
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(l -> l.request().givenName().equals("Juana")).findFirst().orElseThrow()));
        robot.clickOn("#request-delete");
        app.waitIdle();
        robot.type(KeyCode.ESCAPE);
        app.waitIdle();
        assertThat(app.workspace.requests().list(true)).hasSize(2);
        robot.interact(() -> table.requestFocus());
        robot.type(KeyCode.DELETE);
        app.waitIdle();
        robot.clickOn("#request-delete-confirm");
        app.waitIdle();
        assertThat(app.workspace.requests().list(true)).extracting(l -> l.request().givenName()).containsExactly("");
        assertThat(table.getItems()).hasSize(1);
    }
}
