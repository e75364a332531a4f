package org.visitdesk.ui.visits;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
import org.visitdesk.ui.PageContext;

/**
 * Suggested visitors for the person of a visit, best first, each with its reasons in words and an Add button that
 * puts the volunteer on the visit. Used by the visit dialog and "Find a time", which say what to {@link #ask}: the
 * panel reads the list in the background, once for each question, and shows only the answer to the latest one.
 */
public final class SuggestedVisitorsPanel extends VBox {

    private final VBox rows = new VBox(6);
    private final Consumer<Visitor> add;
    /** How many suggestions show: the best few, so that the dialog stays short enough for a laptop. */
    private final int shown;
    private long asked;
    private Ask answered;
    private List<SuggestedVisitor> answer = List.of();

    /**
     * What suggestions are asked for: a person at a time (leaving out the visit being edited), or on a day while no
     * time is known ({@code start} null).
     */
    public record Ask(long person, LocalDate day, LocalDateTime start, LocalDateTime end, long exceptVisit) {
    }

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

    /**
     * Shows the suggestions for a question, the volunteers already {@code chosen} left out, then runs {@code shown}.
     * The same question as the last answered is not read again (a dialog asks at every change of its fields).
     */
    public void ask(PageContext ctx, Ask ask, Collection<Visitor> chosen, Runnable shown) {
        long mine = ++asked;
        if (ask.equals(answered)) {
            show(answer, chosen);
            shown.run();
            return;
        }
        ctx.background().run(() -> ask.start() == null
                ? ctx.workspace().suggestions().forDay(ask.person(), ask.day())
                : ctx.workspace().suggestions().forTime(ask.person(), ask.start(), ask.end(), ask.exceptVisit()),
                list -> {
                    if (mine == asked) {
                        answered = ask;
                        answer = list;
                        show(list, chosen);
                        shown.run();
                    }
                }, e -> {
                    if (mine == asked) {
                        say("suggest.none");
                    }
                });
    }

    /** Nothing to ask (no person yet): says so, and an answer still on its way is not shown. */
    public void nothingToAsk() {
        asked++;
        say("suggest.pickPerson");
    }

    /** Shows a line of muted words instead of suggestions (pick a person first, looking...). */
    private void say(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add(Styles.TEXT_MUTED);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        rows.getChildren().setAll(l);
    }

    /** Shows the best suggestions, leaving out the volunteers already chosen. */
    private void show(List<SuggestedVisitor> list, Collection<Visitor> chosen) {
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
