package org.visitdesk.ui.visitors;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.visitdesk.domain.Visitor;
import org.visitdesk.domain.VisitorStatus;
import org.visitdesk.ui.UiFixture;
import org.visitdesk.ui.visitors.VisitorsViewModel.Row;

/** Adds volunteers through the real dialog into a real store, finds them by search, refuses a bad email. */
@ExtendWith(ApplicationExtension.class)
class VisitorsPageTest {

    @TempDir
    Path dir;

    private UiFixture app;

    @Start
    void start(Stage stage) {
        app = UiFixture.start(stage, dir);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void openVisitorsPage(FxRobot robot) {
        app.waitIdle();
        robot.clickOn("#welcome-empty");
        app.waitIdle();
        robot.clickOn("#nav-visitors");
        app.waitIdle();
    }

    @Test
    void addedVisitorIsSavedAndFoundBySearchIgnoringAccents(FxRobot robot) {
        openVisitorsPage(robot);
        TableView<Row> table = robot.lookup("#visitor-table").queryTableView();
        assertThat(table.getItems()).isEmpty();

        robot.clickOn("#visitor-add");
        robot.clickOn("#field-familyName").write("Visitante Núñez");
        robot.clickOn("#field-givenName").write("Proba");
        robot.clickOn("#field-email").write("proba.visitante@example.org");
        robot.clickOn("#field-phone").write("(760) 555-0199");
        robot.clickOn("#field-languages").write("Spanish; English");
        robot.clickOn("#field-idChecked");
        robot.clickOn("#dialog-save");
        app.waitIdle();

        assertThat(app.workspace.visitors().listAll()).singleElement().satisfies(v -> {
            assertThat(v.fullName()).isEqualTo("Proba Visitante Núñez");
            assertThat(v.email()).isEqualTo("proba.visitante@example.org");
            assertThat(v.languages()).containsExactly("Spanish", "English");
            assertThat(v.idChecked()).isTrue();
            assertThat(v.status()).isEqualTo(VisitorStatus.ACTIVE);
            // no orientation yet: not cleared to visit
            assertThat(v.isCleared()).isFalse();
        });
        assertThat(table.getItems()).extracting(Row::sortName).containsExactly("Visitante Núñez, Proba");
        assertThat(table.getSelectionModel().getSelectedItem()).as("the saved visitor is selected").isNotNull();

        TextField search = robot.lookup("#visitor-search").queryAs(TextField.class);
        robot.clickOn(search).write("proba nunez");
        app.waitIdle();
        assertThat(table.getItems()).extracting(r -> r.visitor().email())
                .containsExactly("proba.visitante@example.org");

        robot.doubleClickOn(search).eraseText(search.getText().length()).write("5550199");
        app.waitIdle();
        assertThat(table.getItems()).hasSize(1);

        robot.eraseText(7).write("zzz");
        app.waitIdle();
        assertThat(table.getItems()).isEmpty();
        saveSnapshotIfAsked(robot);
    }

    @Test
    void invalidEmailMarksTheFieldAndSavesNothing(FxRobot robot) {
        openVisitorsPage(robot);
        robot.clickOn("#visitor-add");
        robot.clickOn("#field-familyName").write("Visitante");
        robot.clickOn("#field-givenName").write("Proba");
        robot.clickOn("#field-email").write("proba.example.org");
        robot.clickOn("#dialog-save");
        app.waitIdle();

        assertThat(app.workspace.visitors().count()).isZero();
        // the dialog stays open with what was typed
        assertThat(robot.lookup("#field-email").queryAs(TextField.class).getText()).isEqualTo("proba.example.org");
        assertThat(robot.lookup("#field-familyName").queryAs(TextField.class).getText()).isEqualTo("Visitante");
        assertThat(robot.lookup("#field-email").query().getStyleClass()).as("ControlsFX marks the field")
                .contains("error");
        assertThat(robot.lookup("#field-familyName").query().getStyleClass()).doesNotContain("error");
        robot.type(KeyCode.ESCAPE);
        app.waitIdle();
        assertThat(app.workspace.visitors().count()).isZero();
    }

    @Test
    void ctrlNOpensTheDialogOfThePageShown(FxRobot robot) {
        openVisitorsPage(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        app.waitIdle();
        assertThat(robot.lookup("#field-email").tryQuery()).as("the visitor dialog opened").isPresent();
        robot.type(KeyCode.ESCAPE);
        app.waitIdle();

        // back on Detainees, the same keys open the detainee dialog, not ours
        robot.clickOn("#nav-detainees");
        app.waitIdle();
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        app.waitIdle();
        assertThat(robot.lookup("#field-aNumber").tryQuery()).as("the detainee dialog opened").isPresent();
        assertThat(robot.lookup("#field-email").tryQuery()).isEmpty();
        robot.type(KeyCode.ESCAPE);
        app.waitIdle();

        // and on Visitors again, ours
        robot.clickOn("#nav-visitors");
        app.waitIdle();
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        app.waitIdle();
        assertThat(robot.lookup("#field-email").tryQuery()).isPresent();
        assertThat(robot.lookup("#field-aNumber").tryQuery()).isEmpty();
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void clearedColumnSaysWhoMayVisit(FxRobot robot) {
        app.workspace.visitors().save(new Visitor(0, "Visitante", "Proba", "", "", java.util.List.of("Spanish"),
                UiFixture.TODAY.minusDays(30), true, VisitorStatus.ACTIVE, ""));
        app.workspace.visitors().save(new Visitor(0, "Visitante", "Otra", "", "", java.util.List.of("Spanish"),
                null, false, VisitorStatus.RESTRICTED, ""));
        app.waitIdle();
        robot.clickOn("#nav-visitors");
        app.waitIdle();
        TableView<Row> table = robot.lookup("#visitor-table").queryTableView();
        assertThat(table.getItems()).hasSize(2);
        assertThat(robot.lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class))
                .extracting(c -> c.getText() == null ? "" : c.getText())
                .contains("Yes", "No: restricted, no orientation, ID not checked");
    }

    /** With -Dvisitdesk.snapshot=/some/file.png, saves a picture of the window to look at. */
    private void saveSnapshotIfAsked(FxRobot robot) {
        String to = System.getProperty("visitdesk.snapshot");
        if (to == null) {
            return;
        }
        robot.doubleClickOn("#visitor-search").eraseText(3);
        app.waitIdle();
        Node root = robot.lookup("#visitor-table").query().getScene().getRoot();
        Image img = snapshot(robot, root);
        PixelReader px = img.getPixelReader();
        BufferedImage out = new BufferedImage((int) img.getWidth(), (int) img.getHeight(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, px.getArgb(x, y));
            }
        }
        try {
            ImageIO.write(out, "png", Path.of(to).toFile());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Image snapshot(FxRobot robot, Node root) {
        Image[] img = new Image[1];
        robot.interact(() -> img[0] = root.snapshot(null, null));
        return img[0];
    }
}
