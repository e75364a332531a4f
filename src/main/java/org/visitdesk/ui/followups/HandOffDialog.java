package org.visitdesk.ui.followups;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import org.visitdesk.app.FollowUpListing;
import org.visitdesk.app.Messages;
import org.visitdesk.domain.FollowUp;
import org.visitdesk.ui.PageContext;
import org.visitdesk.ui.RecordDialog;
import org.visitdesk.ui.followups.OwnerPicker.Owner;

/**
 * Gives an open follow-up to someone else: a cleared visitor or the coordinator, with a note for them (what was
 * typed stays when the note is refused). Closes with the follow-up as saved; the change goes into the person's
 * history.
 */
public final class HandOffDialog extends RecordDialog<FollowUp> {

    private final FollowUpListing listing;
    private final ComboBox<Owner> owner;
    private final TextArea note = new TextArea();

    public HandOffDialog(PageContext ctx, FollowUpListing listing) {
        super(ctx, null, 0, Messages.get("handoff.title"), Messages.get("handoff.header",
                Messages.of("followUp.kind", listing.followUp().kind()),
                listing.detainee() == null ? "" : listing.detainee().fullName()));
        this.listing = listing;
        ok.setText(Messages.get("handoff.save"));
        owner = OwnerPicker.create(ctx, listing.owner());
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.setText(listing.followUp().note());
        form.add("owner", "handoff.owner", owner);
        form.add("note", "handoff.note", note);
        form.addHint("handoff.hint");
        owner.requestFocus();
    }

    @Override
    protected void save() {
        Long to = owner.getValue() == null ? null : owner.getValue().id();
        String text = note.getText();
        submit(List.of(), List.of(), (done, failed) -> ctx.background().run(
                () -> ctx.workspace().followUps().handOff(listing.followUp().id(), to, text), done, failed));
    }
}
