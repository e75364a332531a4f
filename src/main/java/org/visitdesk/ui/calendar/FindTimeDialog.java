package org.visitdesk.ui.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.TextFields;
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
import org.visitdesk.ui.PageContext;
import org.visitdesk.ui.visits.VisitDialog;

/**
 * "Find a time": for a person and chosen visitors, the next free slots inside the person's visiting windows that
 * break no error-level rule. Choosing one opens the visit dialog filled in.
 */
final class FindTimeDialog extends Dialog<Visit> {

    private final PageContext ctx;
    private final LocalDate from;
    private final List<DetaineeListing> people = new ArrayList<>();
    private final List<Visitor> allVisitors = new ArrayList<>();
    private final TextField person = new TextField();
    private final ListView<Visitor> visitors = new ListView<>();
    private final ListView<FreeTime> slots = new ListView<>();
    private final Label status = new Label();
    private Detainee chosen;

    private FindTimeDialog(PageContext ctx, LocalDate from) {
        this.ctx = ctx;
        this.from = from;
        initOwner(ctx.stage());
        setTitle(Messages.get("calendar.findTime"));
        setHeaderText(Messages.get("findTime.header"));
        setResizable(true);
        person.setId("find-person");
        person.setPromptText(Messages.get("detainees.search"));
        visitors.setId("find-visitors");
        visitors.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        visitors.setPrefHeight(180);
        visitors.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(Visitor v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : v.fullName() + "  (" + String.join(", ", v.languages()) + ")"
                        + (v.isCleared() ? "" : "  — " + Messages.get("findTime.notCleared")));
            }
        });
        slots.setId("find-slots");
        slots.setPrefHeight(220);
        slots.setPlaceholder(new Label(Messages.get("findTime.choosePerson")));
        slots.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(FreeTime s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : Dates.showDay(s.start().toLocalDate()) + "   "
                        + Dates.show(s.start().toLocalTime()) + "–" + Dates.show(s.end().toLocalTime())
                        + (s.warnings().isEmpty() ? "" : "   \u26A0 " + s.warnings().size()));
            }
        });
        Button search = new Button(Messages.get("findTime.search"));
        search.setId("find-search");
        search.setOnAction(e -> findSlots());
        visitors.getSelectionModel().getSelectedItems().addListener(
                (ListChangeListener<Visitor>) c -> slots.getItems().clear());
        status.setWrapText(true);
        VBox.setVgrow(slots, Priority.ALWAYS);
        VBox content = new VBox(8, new Label(Messages.get("findTime.person")), person,
                new Label(Messages.get("findTime.visitors")), visitors, new HBox(8, search, status),
                new Label(Messages.get("findTime.slots")), slots);
        content.setPadding(new Insets(8));
        content.setPrefWidth(520);
        getDialogPane().setContent(content);
        ButtonType use = new ButtonType(Messages.get("findTime.use"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(use, ButtonType.CANCEL);
        Button useButton = (Button) getDialogPane().lookupButton(use);
        useButton.setId("find-use");
        useButton.disableProperty().bind(slots.getSelectionModel().selectedItemProperty().isNull());
        setResultConverter(b -> b == use ? proposal() : null);
        ctx.background().run(() -> new Object[] {ctx.workspace().detainees().listAll(Messages.locale()),
            ctx.workspace().visitors().listAll()}, loaded -> {
                @SuppressWarnings("unchecked")
                List<DetaineeListing> d = (List<DetaineeListing>) loaded[0];
                @SuppressWarnings("unchecked")
                List<Visitor> v = (List<Visitor>) loaded[1];
                people.addAll(d);
                allVisitors.addAll(v);
                visitors.getItems().setAll(v);
                bindPersonCompletion();
            });
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
        }).setOnAutoCompleted(e -> {
            chosen = e.getCompletion();
            slots.getItems().clear();
            sortVisitorsByLanguage();
        });
    }

    /** Volunteers who speak one of the person's languages first: the coordinator matches by language. */
    private void sortVisitorsByLanguage() {
        if (chosen == null) {
            return;
        }
        List<String> langs = chosen.languages().stream().map(SearchKey::fold).toList();
        ObservableList<Visitor> sorted = FXCollections.observableArrayList(allVisitors);
        sorted.sort(Comparator.comparing((Visitor v) -> v.languages().stream().map(SearchKey::fold)
                .noneMatch(langs::contains)).thenComparing(v -> !v.isCleared()));
        visitors.getItems().setAll(sorted);
    }

    private void findSlots() {
        if (chosen == null) {
            status.setText(Messages.get("findTime.choosePerson"));
            return;
        }
        List<Long> ids = visitors.getSelectionModel().getSelectedItems().stream().map(Visitor::id).toList();
        status.setText(Messages.get("list.loading"));
        long detaineeId = chosen.id();
        ctx.background().run(() -> ctx.workspace().schedule().freeTimes(detaineeId, ids, from, 12), found -> {
            slots.getItems().setAll(found);
            status.setText(found.isEmpty() ? Messages.get("findTime.none") : "");
        });
    }

    private Visit proposal() {
        FreeTime s = slots.getSelectionModel().getSelectedItem();
        if (s == null || chosen == null) {
            return null;
        }
        List<Long> ids = visitors.getSelectionModel().getSelectedItems().stream().map(Visitor::id).toList();
        return new Visit(0, chosen.id(), chosen.facilityId() == null ? 0 : chosen.facilityId(), s.start(), s.end(),
                ids, VisitType.SOCIAL, VisitStatus.SCHEDULED, "", "");
    }

    /** Asks for a person and visitors, lists free slots, and opens the visit dialog on the chosen one. */
    static Optional<Visit> open(PageContext ctx, LocalDate from) {
        Optional<Visit> proposal = new FindTimeDialog(ctx, from).showAndWait();
        return proposal.flatMap(p -> VisitDialog.open(ctx, p));
    }
}
