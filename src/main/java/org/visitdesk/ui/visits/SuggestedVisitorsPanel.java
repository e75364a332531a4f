package org.visitdesk.ui.visits;

import atlantafx.base.theme.Styles;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.visitdesk.app.Messages;
import org.visitdesk.app.SuggestedVisitor;
import org.visitdesk.domain.Visitor;

/**
 * Suggested visitors for the person of a visit, best first, each with its reasons in words and an Add button that
 * puts the volunteer on the visit. Used by the visit dialog and "Find a time"; the caller loads the list in the
 * background and hands it over.
 */
public final class SuggestedVisitorsPanel extends VBox {

    private final VBox rows = new VBox(6);
    private final Consumer<Visitor> add;
    /** How many suggestions show: the best few, so that the dialog stays short enough for a laptop. */
    private final int shown;

    /** A panel of the {@code shown} best suggestions whose Add buttons hand the volunteer to {@code add}. */
    public SuggestedVisitorsPanel(Consumer<Visitor> add, int shown) {
        super(4);
        this.add = add;
        this.shown = shown;
        Label title = new Label(Messages.get("suggest.title"));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        rows.setId("suggested-visitors");
        getChildren().addAll(title, rows);
        setPadding(new Insets(8, 0, 0, 0));
        say("suggest.pickPerson");
    }

    /** Shows a line of muted words instead of suggestions (pick a person first, looking...). */
    public void say(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add(Styles.TEXT_MUTED);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        rows.getChildren().setAll(l);
    }

    /** Shows the best suggestions, leaving out the volunteers already chosen. */
    public void show(List<SuggestedVisitor> list, Collection<Visitor> chosen) {
        Set<Long> taken = chosen.stream().map(Visitor::id).collect(Collectors.toSet());
        List<SuggestedVisitor> left = list.stream().filter(s -> !taken.contains(s.visitor().id())).limit(shown)
                .toList();
        if (left.isEmpty()) {
            say("suggest.none");
            return;
        }
        rows.getChildren().clear();
        for (SuggestedVisitor s : left) {
            rows.getChildren().add(row(s));
        }
    }

    private HBox row(SuggestedVisitor s) {
        Label who = new Label(s.rank() + ". " + s.visitor().fullName());
        who.setWrapText(true);
        who.setMinHeight(Region.USE_PREF_SIZE);
        Label why = new Label(String.join("; ", s.reasons().stream().map(Messages::get).toList()));
        why.getStyleClass().add("hint");
        why.setWrapText(true);
        why.setMinHeight(Region.USE_PREF_SIZE);
        VBox text = new VBox(2, who, why);
        text.setMinWidth(0);
        text.setPrefWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button plus = new Button(Messages.get("suggest.add"));
        plus.getStyleClass().addAll(Styles.SMALL);
        plus.setMinWidth(Region.USE_PREF_SIZE);
        plus.setId("suggest-add-" + s.rank());
        plus.setOnAction(e -> add.accept(s.visitor()));
        HBox row = new HBox(6, text, plus);
        row.setAlignment(Pos.TOP_LEFT);
        row.getStyleClass().add("suggested-visitor");
        row.setUserData(s);
        return row;
    }
}
