package org.visitdesk.ui.followups;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.visitdesk.app.Messages;
import org.visitdesk.domain.Visitor;
import org.visitdesk.ui.PageContext;
import org.visitdesk.ui.Toolbars;

/** The choice of who does a follow-up: the coordinator or a cleared visitor, read in the background. */
public final class OwnerPicker {

    /** Who may take a follow-up: a visitor, or the coordinator (no visitor). */
    public record Owner(Visitor visitor) {
        /** The visitor's id, or null for the coordinator. */
        public Long id() {
            return visitor == null ? null : visitor.id();
        }
    }

    private OwnerPicker() {
    }

    /** A picker showing {@code current} (null: the coordinator) until the cleared visitors are read. */
    public static ComboBox<Owner> create(PageContext ctx, Visitor current) {
        ComboBox<Owner> owner = new ComboBox<>();
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
        Owner now = new Owner(current);
        owner.getItems().add(now);
        owner.setValue(now);
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
        return owner;
    }
}
