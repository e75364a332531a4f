package org.visitdesk.ui.calendar;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckListView;
import org.controlsfx.control.textfield.TextFields;
import org.visitdesk.app.ConflictNotice;
import org.visitdesk.app.DetaineeListing;
import org.visitdesk.app.FreeTime;
import org.visitdesk.app.Messages;
import org.visitdesk.app.SearchQuery;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.SearchKey;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.VisitType;
import org.visitdesk.domain.Visitor;
import org.visitdesk.ui.Dates;
import org.visitdesk.ui.Dialogs;
import org.visitdesk.ui.PageContext;
import org.visitdesk.ui.visits.SuggestedVisitorsPanel;
import org.visitdesk.ui.visits.VisitDialog;

/**
 * "Find a time": for a person and the visitors ticked, the next free times inside the person's visiting windows
 * that break no rule that blocks and have not passed, each with its warnings in words. Choosing one opens the
 * visit dialog filled in.
 */
public final class FindTimeDialog extends Dialog<Visit> {

    /** How many free times are listed. */
    private static final int SLOTS = 12;

    private final PageContext ctx;
    private final LocalDate from;
    private final List<DetaineeListing> people = new ArrayList<>();
    private final List<Visitor> allVisitors = new ArrayList<>();
    private final TextField person = new TextField();
    private final CheckListView<Visitor> visitors = new CheckListView<>();
    private final ListView<FreeTime> slots = new ListView<>();
    private final Label status = new Label();
    private final SuggestedVisitorsPanel suggested = new SuggestedVisitorsPanel(this::addSuggested, 3);
    private Detainee chosen;

    /** The width of each of the dialog's two columns. */
    private static final double WIDTH = 400;

    private FindTimeDialog(PageContext ctx, LocalDate from, Detainee prefill, List<Long> prefillVisitors) {
        this.ctx = ctx;
        this.from = from;
        initOwner(ctx.stage());
        setTitle(Messages.get("calendar.findTime"));
        setHeaderText(Messages.get("findTime.header"));
        setResizable(true);
        person.setId("find-person");
        person.setPromptText(Messages.get("detainees.search"));
        visitors.setId("find-visitors");
        visitors.setPrefHeight(170);
        // a tick for each visitor who goes: no key to hold, and a click on the name ticks it too
        visitors.setCellFactory(lv -> new VisitorCell());
        slots.setId("find-slots");
        slots.setPrefHeight(300);
        slots.setPlaceholder(wrapped(Messages.get("findTime.choosePerson")));
        slots.setCellFactory(lv -> new SlotCell());
        slots.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> suggest());
        slots.getItems().addListener((ListChangeListener<FreeTime>) c -> suggest());
        Button search = new Button(Messages.get("findTime.search"));
        search.setId("find-search");
        search.setDefaultButton(false);
        // the count of slots beside it wraps rather than cutting the button's words
        search.setMinWidth(Region.USE_PREF_SIZE);
        search.setOnAction(e -> findSlots());
        visitors.getCheckModel().getCheckedItems().addListener(
                (ListChangeListener<Visitor>) c -> slots.getItems().clear());
        status.setId("find-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(status, Priority.ALWAYS);
        VBox.setVgrow(slots, Priority.ALWAYS);
        VBox.setVgrow(visitors, Priority.ALWAYS);
        Label marks = wrapped(Messages.get("findTime.marks"));
        marks.getStyleClass().add(Styles.TEXT_MUTED);
        // who on the left, when on the right: in one column the dialog was taller than a 700-pixel screen
        VBox who = new VBox(8, new Label(Messages.get("findTime.person")), person,
                wrapped(Messages.get("findTime.visitors")), visitors, new HBox(8, search, status), suggested);
        VBox when = new VBox(8, new Label(Messages.get("findTime.slots")), slots, marks);
        who.setPrefWidth(WIDTH);
        when.setPrefWidth(WIDTH);
        HBox.setHgrow(who, Priority.ALWAYS);
        HBox.setHgrow(when, Priority.ALWAYS);
        HBox content = new HBox(16, who, when);
        content.setPadding(new Insets(8));
        getDialogPane().setContent(content);
        ButtonType use = new ButtonType(Messages.get("findTime.use"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(use, ButtonType.CANCEL);
        Button useButton = (Button) getDialogPane().lookupButton(use);
        useButton.setId("find-use");
        useButton.disableProperty().bind(slots.getSelectionModel().selectedItemProperty().isNull());
        setResultConverter(b -> b == use ? proposal() : null);
        fitToContent();
        if (prefill != null) {
            choose(prefill);
        }
        ctx.background().run(() -> new Object[] {ctx.workspace().detainees().listAll(Messages.locale()),
            ctx.workspace().visitors().listAll()}, loaded -> {
                @SuppressWarnings("unchecked")
                List<DetaineeListing> d = (List<DetaineeListing>) loaded[0];
                @SuppressWarnings("unchecked")
                List<Visitor> v = (List<Visitor>) loaded[1];
                people.addAll(d);
                allVisitors.addAll(v);
                visitors.getItems().setAll(v);
                sortVisitorsByLanguage();
                for (Visitor x : v) {
                    if (prefillVisitors.contains(x.id())) {
                        visitors.getCheckModel().check(x);
                    }
                }
                bindPersonCompletion();
                if (prefill != null) {
                    findSlots();
                }
                // opened while the records were read, it may have been laid out before its lists had their room
                Dialogs.refit(this);
            });
    }

    private void toggle(Visitor v) {
        if (visitors.getCheckModel().isChecked(v)) {
            visitors.getCheckModel().clearCheck(v);
        } else {
            visitors.getCheckModel().check(v);
        }
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMaxWidth(WIDTH);
        return l;
    }

    /**
     * Sizes the window to its content once it shows: some window managers drop the size a dialog asks for before
     * it is mapped (it then opens at 200 x 200 with everything cut off), so it is asked again once it is up.
     */
    private void fitToContent() {
        setOnShown(e -> Platform.runLater(() -> {
            Dialogs.refit(this);
            Window w = getDialogPane().getScene().getWindow();
            if (w instanceof Stage s) {
                s.setMinWidth(Math.min(w.getWidth(), 640));
                s.setMinHeight(Math.min(w.getHeight(), 420));
            }
        }));
    }

    private void choose(Detainee d) {
        chosen = d;
        person.setText(d.fullName() + "  " + d.aNumber().display() + "  " + d.housingUnit());
        slots.getItems().clear();
        sortVisitorsByLanguage();
        suggest();
    }

    /**
     * Suggested visitors for the free time chosen, else the first one found, else the first day searched (their
     * reasons say which weekday and hours they are free).
     */
    private void suggest() {
        if (chosen == null) {
            suggested.nothingToAsk();
            return;
        }
        FreeTime at = slots.getSelectionModel().getSelectedItem() != null
                ? slots.getSelectionModel().getSelectedItem() : slots.getItems().isEmpty() ? null : slots.getItems().get(0);
        SuggestedVisitorsPanel.Ask ask = at == null ? new SuggestedVisitorsPanel.Ask(chosen.id(), from, null, null, 0)
                : new SuggestedVisitorsPanel.Ask(chosen.id(), null, at.start(), at.end(), 0);
        suggested.ask(ctx, ask, List.copyOf(visitors.getCheckModel().getCheckedItems()), () -> { });
    }

    /** Ticks a suggested volunteer (the same one of the list, so that the tick shows). */
    private void addSuggested(Visitor v) {
        visitors.getItems().stream().filter(x -> x.id() == v.id()).findFirst()
                .ifPresent(visitors.getCheckModel()::check);
        suggest();
    }

    private void bindPersonCompletion() {
        TextFields.bindAutoCompletion(person, request -> {
            SearchQuery q = SearchQuery.of(request.getUserText());
            if (q.isEmpty()) {
                return List.of();
            }
            return people.stream().filter(l -> q.test(l.searchKey())).limit(20).map(DetaineeListing::detainee)
                    .toList();
        }, new StringConverter<Detainee>() {
            @Override
            public String toString(Detainee d) {
                return d == null ? "" : d.fullName() + "  " + d.aNumber().display() + "  " + d.housingUnit();
            }

            @Override
            public Detainee fromString(String s) {
                return null;
            }
        }).setOnAutoCompleted(e -> choose(e.getCompletion()));
    }

    /** Volunteers who speak one of the person's languages first: the coordinator matches by language. */
    private void sortVisitorsByLanguage() {
        if (chosen == null || allVisitors.isEmpty()) {
            return;
        }
        List<Visitor> checked = new ArrayList<>(visitors.getCheckModel().getCheckedItems());
        List<String> langs = chosen.languages().stream().map(SearchKey::fold).toList();
        ObservableList<Visitor> sorted = FXCollections.observableArrayList(allVisitors);
        sorted.sort(Comparator.comparing((Visitor v) -> v.languages().stream().map(SearchKey::fold)
                .noneMatch(langs::contains)).thenComparing(v -> !v.isCleared()));
        visitors.getItems().setAll(sorted);
        checked.forEach(visitors.getCheckModel()::check);
    }

    private List<Long> chosenVisitors() {
        return visitors.getCheckModel().getCheckedItems().stream().map(Visitor::id).toList();
    }

    private void findSlots() {
        if (chosen == null) {
            status.setText(Messages.get("findTime.choosePerson"));
            return;
        }
        List<Long> ids = chosenVisitors();
        status.setText(Messages.get("list.loading"));
        long detaineeId = chosen.id();
        ctx.background().run(() -> ctx.workspace().schedule().freeTimes(detaineeId, ids, from, SLOTS), found -> {
            slots.getItems().setAll(found);
            status.setText(found.isEmpty() ? Messages.get("findTime.none")
                    : Messages.get("findTime.found", found.size()));
        });
    }

    private Visit proposal() {
        FreeTime s = slots.getSelectionModel().getSelectedItem();
        if (s == null || chosen == null) {
            return null;
        }
        return new Visit(0, chosen.id(), chosen.facilityId() == null ? 0 : chosen.facilityId(), s.start(), s.end(),
                chosenVisitors(), VisitType.SOCIAL, VisitStatus.SCHEDULED, "", "");
    }

    /** A visitor with a tick box; a click anywhere on the row ticks it, so nobody needs to hold a key. */
    private final class VisitorCell extends CheckBoxListCell<Visitor> {
        VisitorCell() {
            super(visitors::getItemBooleanProperty, new StringConverter<>() {
                @Override
                public String toString(Visitor v) {
                    return v == null ? "" : v.fullName() + "  (" + String.join(", ", v.languages()) + ")"
                            + (v.isCleared() ? "" : "  — " + Messages.get("findTime.notCleared"));
                }

                @Override
                public Visitor fromString(String s) {
                    return null;
                }
            });
            setOnMouseClicked(e -> {
                if (getItem() != null && e.getButton() == MouseButton.PRIMARY && !onTickBox(e.getPickResult()
                        .getIntersectedNode())) {
                    toggle(getItem());
                }
            });
        }

        private boolean onTickBox(Node n) {
            for (Node x = n; x != null && x != this; x = x.getParent()) {
                if (x instanceof CheckBox) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A free time: the day and hours, then each warning it would carry, in words. */
    private static final class SlotCell extends ListCell<FreeTime> {
        @Override
        protected void updateItem(FreeTime s, boolean empty) {
            super.updateItem(s, empty);
            setText(null);
            if (empty || s == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Label when = new Label(Dates.showDay(s.start().toLocalDate()) + "   " + Dates.show(s.start().toLocalTime())
                    + "–" + Dates.show(s.end().toLocalTime()));
            when.getStyleClass().add(Styles.TEXT_BOLD);
            VBox box = new VBox(2, when);
            if (s.warnings().isEmpty()) {
                Label clean = new Label(Messages.get("findTime.noWarning"));
                clean.getStyleClass().add(Styles.TEXT_MUTED);
                box.getChildren().add(clean);
            }
            List<String> words = new ArrayList<>();
            for (ConflictNotice n : s.warnings()) {
                Label w = new Label(VisitWords.mark(n) + Messages.get(n.message()));
                w.setWrapText(true);
                w.setMinHeight(Region.USE_PREF_SIZE);
                w.maxWidthProperty().bind(getListView().widthProperty().subtract(40));
                w.getStyleClass().add(Styles.WARNING);
                box.getChildren().add(w);
                words.add(Messages.get(n.message()));
            }
            setPrefWidth(0);
            setGraphic(box);
            setTooltip(words.isEmpty() ? null : new Tooltip(String.join("\n", words)));
        }
    }

    /**
     * Asks for a person and visitors (filled in when given), lists free times, and opens the visit dialog on the
     * one chosen.
     */
    public static Optional<Visit> open(PageContext ctx, LocalDate from, Detainee person, List<Long> visitorIds) {
        Optional<Visit> proposal = new FindTimeDialog(ctx, from, person, visitorIds).showAndWait();
        return proposal.flatMap(p -> VisitDialog.open(ctx, p));
    }
}
