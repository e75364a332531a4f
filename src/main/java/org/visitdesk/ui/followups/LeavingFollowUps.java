package org.visitdesk.ui.followups;

import java.util.List;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.visitdesk.app.FollowUpListing;
import org.visitdesk.app.Messages;
import org.visitdesk.domain.Detainee;
import org.visitdesk.ui.Columns;
import org.visitdesk.ui.Dialogs;
import org.visitdesk.ui.Failure;
import org.visitdesk.ui.Form;
import org.visitdesk.ui.PageContext;
import org.visitdesk.ui.followups.OwnerPicker.Owner;

/**
 * A person was transferred, released or deported: their open follow-ups are not dropped silently. The coordinator
 * sees them listed and decides for all of them: keep them as they are, hand them to someone with a note, or drop
 * them. Each change goes into the person's history.
 */
public final class LeavingFollowUps {

    /** What was decided. */
    public enum Decision {
        KEEP, HAND_OFF, DROP
    }

    private final PageContext ctx;
    private final List<FollowUpListing> open;
    private final Form form = new Form();
    private final ComboBox<Owner> owner;
    private final TextArea note = new TextArea();
    private final Dialog<Decision> dialog;

    private LeavingFollowUps(PageContext ctx, Detainee person, List<FollowUpListing> open) {
        this.ctx = ctx;
        this.open = open;
        ListView<FollowUpListing> list = new ListView<>();
        list.setId("leaving-followups");
        list.getItems().setAll(open);
        list.setPrefHeight(Math.min(6, open.size()) * 34.0 + 8);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(FollowUpListing item, boolean empty) {
                super.updateItem(item, empty);
                Columns.wrapText(this, empty || item == null ? null : FollowUpsViewModel.describe(item));
                setPrefWidth(0);
            }
        });
        owner = OwnerPicker.create(ctx, null);
        note.setPrefRowCount(2);
        note.setWrapText(true);
        form.add("owner", "leaving.owner", owner);
        form.add("note", "handoff.note", note);
        form.addHint("leaving.hint");
        Label text = Dialogs.wrapped(Messages.get("leaving.text", open.size()), 520);
        VBox content = new VBox(8, text, list, form.root());
        content.setPrefWidth(560);
        dialog = ctx.dialogs().frame(Messages.get("leaving.title"), Messages.get("leaving.header",
                person.fullName(), Messages.of("status.detainee", person.status())), content);
        dialog.getDialogPane().setId("leaving-dialog");
        ButtonType keep = new ButtonType(Messages.get("leaving.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType handOff = new ButtonType(Messages.get("leaving.handOff"), ButtonBar.ButtonData.OK_DONE);
        ButtonType drop = new ButtonType(Messages.get("leaving.drop"), ButtonBar.ButtonData.OTHER);
        Button keepButton = Dialogs.button(dialog, keep, "leaving-keep");
        Button handOffButton = Dialogs.button(dialog, handOff, "leaving-handoff");
        Button dropButton = Dialogs.button(dialog, drop, "leaving-drop");
        // keeping them is the answer that changes nothing: Enter keeps
        handOffButton.setDefaultButton(false);
        keepButton.setDefaultButton(true);
        handOffButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            handOff(handOffButton);
        });
        dropButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            drop(dropButton);
        });
        dialog.setResultConverter(b -> Decision.KEEP);
    }

    /**
     * Reads the person's open follow-ups in the background and, when there are any, asks what becomes of them;
     * {@code after} runs once that is settled (at once when there are none).
     */
    public static void ask(PageContext ctx, Detainee person, Runnable after) {
        ctx.background().run(() -> ctx.workspace().followUps().openOf(person.id()), (List<FollowUpListing> open) -> {
            if (open.isEmpty()) {
                after.run();
                return;
            }
            new LeavingFollowUps(ctx, person, open).dialog.showAndWait();
            after.run();
        });
    }

    private List<Long> ids() {
        return open.stream().map(l -> l.followUp().id()).toList();
    }

    private void handOff(Button pressed) {
        Long to = owner.getValue() == null ? null : owner.getValue().id();
        String text = note.getText();
        pressed.setDisable(true);
        ctx.background().run(() -> ctx.workspace().followUps().handOffAll(ids(), to, text), r -> {
            pressed.setDisable(false);
            if (r.isSaved()) {
                finish(Decision.HAND_OFF);
            } else {
                form.showErrors(r.errors());
            }
        }, this::failed);
    }

    private void drop(Button pressed) {
        pressed.setDisable(true);
        ctx.background().run(() -> ctx.workspace().followUps().dropAll(ids()), n -> finish(Decision.DROP),
                this::failed);
    }

    private void failed(Throwable e) {
        dialog.getDialogPane().lookupAll(".button").forEach(b -> b.setDisable(false));
        Failure.show(e);
    }

    private void finish(Decision d) {
        dialog.setResultConverter(b -> d);
        dialog.setResult(d);
        dialog.close();
    }
}
