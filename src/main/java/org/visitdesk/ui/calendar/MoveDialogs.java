package org.visitdesk.ui.calendar;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.visitdesk.app.ConflictNotice;
import org.visitdesk.app.Messages;
import org.visitdesk.app.VisitChange;
import org.visitdesk.app.VisitListing;

/** The calendar's questions about a drag, as dialogs over the window. */
final class MoveDialogs implements CalendarViewModel.MovePrompt {

    private final Window owner;

    MoveDialogs(Window owner) {
        this.owner = owner;
    }

    /** "Keep the old time" (nothing saved) or "Move anyway" with a reason. */
    @Override
    public Optional<String> reasonToMoveAnyway(VisitListing visit, List<ConflictNotice> conflicts) {
        Alert ask = new Alert(Alert.AlertType.WARNING);
        ask.initOwner(owner);
        ask.setTitle(Messages.get("calendar.moveBreaksRules"));
        ask.setHeaderText(Messages.get("calendar.moveBreaksRules"));
        Label list = new Label(lines(conflicts));
        list.setWrapText(true);
        TextField reason = new TextField();
        reason.setId("move-reason");
        reason.setPromptText(Messages.get("calendar.reasonPrompt"));
        VBox content = new VBox(10, list, new Label(Messages.get("calendar.reasonLabel")), reason);
        content.setPrefWidth(480);
        ask.getDialogPane().setContent(content);
        ButtonType keep = new ButtonType(Messages.get("calendar.keepOldTime"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType move = new ButtonType(Messages.get("calendar.moveAnyway"), ButtonBar.ButtonData.OK_DONE);
        ask.getButtonTypes().setAll(keep, move);
        Button moveButton = (Button) ask.getDialogPane().lookupButton(move);
        moveButton.setId("move-anyway");
        moveButton.disableProperty().bind(reason.textProperty().isEmpty());
        moveButton.setDefaultButton(false);
        Button keepButton = (Button) ask.getDialogPane().lookupButton(keep);
        keepButton.setId("keep-old-time");
        keepButton.setDefaultButton(true);
        Optional<ButtonType> chosen = ask.showAndWait();
        if (chosen.isPresent() && chosen.get() == move && !reason.getText().isBlank()) {
            return Optional.of(reason.getText().strip());
        }
        return Optional.empty();
    }

    @Override
    public void movedWithWarnings(VisitListing visit, List<ConflictNotice> warnings) {
        Alert info = new Alert(Alert.AlertType.WARNING);
        info.initOwner(owner);
        info.setTitle(Messages.get("calendar.moved"));
        info.setHeaderText(Messages.get("calendar.movedWithWarnings"));
        info.setContentText(lines(warnings));
        info.show();
    }

    @Override
    public void notMoved(VisitListing visit, VisitChange change) {
        StringBuilder why = new StringBuilder();
        change.errors().forEach(e -> why.append(Messages.get(e.messageKey())).append('\n'));
        change.errorConflicts().forEach(n -> why.append("\u2716 ").append(Messages.get(n.message())).append('\n'));
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setHeaderText(Messages.get("calendar.moveNotSaved"));
        alert.setContentText(why.toString().strip());
        alert.show();
    }

    private static String lines(List<ConflictNotice> conflicts) {
        StringBuilder sb = new StringBuilder();
        for (ConflictNotice n : conflicts) {
            sb.append(n.isError() ? "\u2716 " : "\u26A0 ").append(Messages.get(n.message())).append('\n');
        }
        return sb.toString().strip();
    }
}
