package org.visitdesk.ui.followups;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.util.StringConverter;
import org.visitdesk.app.FollowUpListing;
import org.visitdesk.app.Messages;
import org.visitdesk.domain.FollowUp;
import org.visitdesk.domain.Visitor;
import org.visitdesk.ui.PageContext;
import org.visitdesk.ui.RecordDialog;
import org.visitdesk.ui.Toolbars;

/**
 * Gives an open follow-up to someone else: a cleared visitor or the coordinator, with a note for them (what was
 * typed stays when the note is refused). Closes with the follow-up as saved; the change goes into the person's
 * history.
 */
public final class HandOffDialog extends RecordDialog<FollowUp> {

    /** Who may take it: a visitor, or the coordinator (no visitor). */
    record Owner(Visitor visitor) {
        Long id() {
            return visitor == null ? null : visitor.id();
        }
    }

    private final FollowUpListing listing;
    private final ComboBox<Owner> owner = new ComboBox<>();
    private final TextArea note = new TextArea();

    public HandOffDialog(PageContext ctx, FollowUpListing listing) {
        super(ctx, null, 0, Messages.get("handoff.title"), Messages.get("handoff.header",
                Messages.of("followUp.kind", listing.followUp().kind()),
                listing.detainee() == null ? "" : listing.detainee().fullName()));
        this.listing = listing;
        ok.setText(Messages.get("handoff.save"));
        owner.setConverter(new StringConverter<>() {
            @Override
            public String toString(Owner o) {
                return o == null ? "" : o.visitor() == null ? Messages.get("followUp.coordinator")
                        : o.visitor().fullName();
            }

            @Override
            public Owner fromString(String s) {
                return null;
            }
        });
        Owner now = new Owner(listing.owner());
        owner.getItems().add(now);
        owner.setValue(now);
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.setText(listing.followUp().note());
        form.add("owner", "handoff.owner", owner);
        form.add("note", "handoff.note", note);
        form.addHint("handoff.hint");
        // the coordinator and every cleared visitor, read in the background
        ctx.background().run(() -> ctx.workspace().visitors().listAll(), (List<Visitor> all) -> {
            List<Owner> choices = new ArrayList<>();
            choices.add(new Owner(null));
            all.stream().filter(Visitor::isCleared).sorted(Comparator.comparing(Visitor::fullName,
                    Toolbars.NAME_ORDER)).map(Owner::new).forEach(choices::add);
            Long chosen = owner.getValue() == null ? null : owner.getValue().id();
            owner.getItems().setAll(choices);
            owner.setValue(choices.stream().filter(o -> Objects.equals(o.id(), chosen)).findFirst()
                    .orElse(choices.get(0)));
        });
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
