package org.visitdesk.ui.connect;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.visitdesk.app.Messages;
import org.visitdesk.app.SharedAddress;
import org.visitdesk.app.Workspace;
import org.visitdesk.ui.Dialogs;
import org.visitdesk.ui.Form;

/**
 * "Connect to a shared store": server, port, database, user, password and the coordinator's name, a button that
 * tries the connection, and Connect. Also the small question at start when a remembered shared store needs its
 * password ({@link #askPassword}).
 */
public final class ConnectDialog {

    /** The width of the dialog's explaining text. */
    static final double TEXT_WIDTH = 520;

    private ConnectDialog() {
    }

    /** Shows the dialog; {@code connected} gets the records once they are open (the dialog has closed then). */
    public static void show(Window owner, ConnectViewModel vm, Consumer<Workspace> connected) {
        Label explain = Dialogs.wrapped(Messages.get("connect.text"), TEXT_WIDTH);
        Form form = new Form();
        TextField host = form.add("host", "connect.host", new TextField());
        host.textProperty().bindBidirectional(vm.host());
        TextField port = form.add("port", "connect.port", new TextField());
        port.textProperty().bindBidirectional(vm.port());
        port.setMaxWidth(90);
        TextField database = form.add("database", "connect.database", new TextField());
        database.textProperty().bindBidirectional(vm.database());
        TextField user = form.add("user", "connect.user", new TextField());
        user.textProperty().bindBidirectional(vm.user());
        PasswordField password = form.add("password", "connect.password", new PasswordField());
        password.setPromptText(Messages.get("connect.password.prompt"));
        TextField name = form.add("name", "connect.name", new TextField());
        name.textProperty().bindBidirectional(vm.name());
        name.setPromptText(Messages.get("connect.name.prompt"));
        CheckBox tls = new CheckBox(Messages.get("connect.tls"));
        tls.setId("connect-tls");
        tls.setWrapText(true);
        tls.selectedProperty().bindBidirectional(vm.tls());
        form.addWide(tls);
        form.addHint("connect.copyHint");
        vm.errors().addListener((obs, was, now) -> form.showErrors(now));

        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.busy());
        busy.managedProperty().bind(vm.busy());
        Label outcome = Dialogs.wrapped("", TEXT_WIDTH - 30);
        outcome.setId("connect-outcome");
        outcome.textProperty().bind(vm.outcome());
        vm.works().addListener((obs, was, good) -> {
            outcome.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            outcome.getStyleClass().add(good ? Styles.SUCCESS : Styles.DANGER);
        });
        outcome.getStyleClass().add(Styles.DANGER);
        HBox said = new HBox(10, busy, outcome);
        said.setAlignment(Pos.CENTER_LEFT);
        // no room taken until there is something to say: the dialog fits a low screen
        said.visibleProperty().bind(vm.outcome().isNotEmpty());
        said.managedProperty().bind(vm.outcome().isNotEmpty());

        VBox box = new VBox(10, explain, form.root(), said);
        box.setPadding(new Insets(10));
        box.setPrefWidth(TEXT_WIDTH + 40);
        Dialog<Void> d = new Dialogs(owner).frame(Messages.get("connect.title"), Messages.get("connect.header"), box);
        vm.outcome().addListener((obs, was, now) -> Dialogs.refit(d));
        vm.errors().addListener((obs, was, now) -> Dialogs.refit(d));
        // beside Connect in the button bar rather than a row of its own: the form is tall already
        ButtonType tryIt = new ButtonType(Messages.get("connect.test"), ButtonBar.ButtonData.LEFT);
        Button test = Dialogs.button(d, tryIt, "connect-test");
        test.setGraphic(new FontIcon("fth-activity"));
        test.disableProperty().bind(vm.busy());
        test.addEventFilter(ActionEvent.ACTION, ev -> {
            ev.consume();
            vm.test(Dialogs.typedKeeping(password));
        });
        ButtonType connect = new ButtonType(Messages.get("connect.connect"), ButtonBar.ButtonData.OK_DONE);
        Button connectButton = Dialogs.button(d, connect, "connect-connect");
        connectButton.disableProperty().bind(vm.busy());
        connectButton.addEventFilter(ActionEvent.ACTION, ev -> {
            // the dialog stays open until the records are: what went wrong is said in it
            ev.consume();
            vm.connect(Dialogs.typed(password), ws -> {
                d.close();
                connected.accept(ws);
            });
        });
        d.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.CANCEL).disableProperty().bind(vm.busy());
        d.setOnHidden(e -> Dialogs.typed(password));
        d.show();
        // the first field empty is where typing starts (asked once the dialog shows: before, it is ignored)
        javafx.application.Platform.runLater(() -> (host.getText().isBlank() ? host
                : database.getText().isBlank() ? database : user.getText().isBlank() ? user : password).requestFocus());
    }

    /** The answer at start: the password typed (may be empty: then ~/.pgpass), or this computer's store instead. */
    public record Answer(char[] password, boolean thisComputer) {
    }

    /**
     * At start, a remembered shared store that could not be opened without a password (or at all): asks for the
     * password, saying what went wrong, with a way back to this computer's store; empty when the window was closed.
     */
    public static Optional<Answer> askPassword(Window owner, SharedAddress address, String problem) {
        Label where = Dialogs.wrapped(Messages.get("connect.ask.text", address.toString()), TEXT_WIDTH);
        Label wrong = Dialogs.wrapped(problem == null ? "" : problem, TEXT_WIDTH);
        wrong.setId("connect-ask-problem");
        wrong.getStyleClass().add(Styles.DANGER);
        wrong.setVisible(problem != null);
        wrong.setManaged(problem != null);
        PasswordField password = new PasswordField();
        password.setId("connect-ask-password");
        password.setPromptText(Messages.get("connect.password"));
        VBox box = new VBox(10, where, wrong, password);
        box.setPadding(new Insets(10));
        Dialog<Answer> d = new Dialogs(owner).frame(Messages.get("connect.title"), Messages.get("connect.ask.header"),
                box);
        ButtonType open = new ButtonType(Messages.get("connect.connect"), ButtonBar.ButtonData.OK_DONE);
        ButtonType local = new ButtonType(Messages.get("connect.thisComputer"), ButtonBar.ButtonData.OTHER);
        Dialogs.button(d, open, "connect-ask-connect");
        Dialogs.button(d, local, "connect-ask-this-computer");
        d.setResultConverter(b -> {
            char[] typed = Dialogs.typed(password);
            if (b == open) {
                return new Answer(typed, false);
            }
            java.util.Arrays.fill(typed, '\0');
            return b == local ? new Answer(null, true) : null;
        });
        // asked once the dialog shows (before, it is ignored): typing goes straight into the field
        javafx.application.Platform.runLater(password::requestFocus);
        return d.showAndWait();
    }
}
