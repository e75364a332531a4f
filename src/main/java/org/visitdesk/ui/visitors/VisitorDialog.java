package org.visitdesk.ui.visitors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.visitdesk.app.Messages;
import org.visitdesk.domain.FieldError;
import org.visitdesk.domain.Languages;
import org.visitdesk.domain.Visitor;
import org.visitdesk.domain.VisitorStatus;
import org.visitdesk.ui.Form;
import org.visitdesk.app.RecordType;
import org.visitdesk.ui.HistoryTabs;
import org.visitdesk.ui.PageContext;
import org.visitdesk.ui.Pickers;

/**
 * Adds or edits one volunteer visitor. Save checks every field; what is wrong is marked on the field, what was
 * typed stays, and nothing is saved until all is right (an email already used is the store's to say).
 */
final class VisitorDialog extends Dialog<Visitor> {

    private final VisitorsViewModel model;
    private final Visitor existing;
    private final Form form = new Form();
    private final TextField family = new TextField();
    private final TextField given = new TextField();
    private final TextField email = new TextField();
    private final TextField phone = new TextField();
    private final TextField languages = new TextField();
    private final DatePicker orientation = Form.datePicker();
    private final CheckBox idChecked = new CheckBox(Messages.get("visitor.idChecked.box"));
    private final ComboBox<VisitorStatus> status = Pickers.enumPicker(VisitorStatus.values(), "status.visitor");
    private final TextArea notes = new TextArea();

    VisitorDialog(PageContext ctx, VisitorsViewModel model, Visitor existing) {
        this.model = model;
        this.existing = existing;
        initOwner(ctx.stage());
        setTitle(Messages.get(existing == null ? "visitor.add" : "visitor.edit"));
        setHeaderText(existing == null ? Messages.get("visitor.add") : existing.fullName());
        setResizable(true);
        email.setPromptText("name@example.org");
        phone.setPromptText("(760) 555-0100");
        languages.setPromptText(Messages.get("hint.visitorLanguages"));
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        form.add("familyName", "visitor.familyName", family);
        form.add("givenName", "visitor.givenName", given);
        form.add("email", "visitor.email", email);
        form.add("phone", "visitor.phone", phone);
        form.add("languages", "visitor.languages", languages);
        form.add("orientationDate", "visitor.orientationDate", orientation);
        form.add("idChecked", "visitor.idChecked", idChecked);
        form.add("status", "visitor.status", status);
        form.add("notes", "visitor.notes", notes);
        Label cleared = new Label(Messages.get("hint.cleared"));
        cleared.getStyleClass().add("hint");
        cleared.setWrapText(true);
        form.addWide(cleared);
        Label privacy = new Label(Messages.get("hint.notesPrivate"));
        privacy.getStyleClass().add("hint");
        privacy.setWrapText(true);
        form.addWide(privacy);
        fill();
        getDialogPane().setContent(HistoryTabs.wrap(form.root(), ctx, RecordType.VISITOR,
                existing == null ? 0 : existing.id()));
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.setText(Messages.get("action.save"));
        ok.setId("dialog-save");
        ok.addEventFilter(ActionEvent.ACTION, ev -> {
            // never close on OK directly: save in the background, close only once it is saved
            ev.consume();
            trySave(ok);
        });
        setResultConverter(b -> null);
        family.requestFocus();
    }

    private void fill() {
        if (existing == null) {
            status.setValue(VisitorStatus.ACTIVE);
            return;
        }
        family.setText(existing.familyName());
        given.setText(existing.givenName());
        email.setText(existing.email());
        phone.setText(existing.phone());
        languages.setText(Languages.join(existing.languages()));
        orientation.setValue(existing.orientationDate());
        idChecked.setSelected(existing.idChecked());
        status.setValue(existing.status());
        notes.setText(existing.notes());
    }

    private void trySave(Button ok) {
        List<FieldError> typed = new ArrayList<>();
        LocalDate oriented;
        try {
            oriented = Form.dateOf(orientation);
        } catch (DateTimeParseException e) {
            typed.add(new FieldError("orientationDate", "error.date.format"));
            oriented = null;
        }
        Visitor v = new Visitor(existing == null ? 0 : existing.id(), family.getText(), given.getText(),
                email.getText(), phone.getText(), Languages.parse(languages.getText()), oriented,
                idChecked.isSelected(), status.getValue(), notes.getText());
        org.visitdesk.ui.Saving.submit(this, ok, form, typed, v.problems(LocalDate.now(model.workspace().clock())),
                done -> model.save(v, done));
    }

    /** The form, for tests. */
    Form form() {
        return form;
    }
}
