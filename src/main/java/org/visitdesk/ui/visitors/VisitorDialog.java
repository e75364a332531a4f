package org.visitdesk.ui.visitors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import org.visitdesk.app.Messages;
import org.visitdesk.app.OtherChange;
import org.visitdesk.app.RecordType;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.Availability;
import org.visitdesk.domain.FieldError;
import org.visitdesk.domain.Languages;
import org.visitdesk.domain.Visitor;
import org.visitdesk.domain.VisitorStatus;
import org.visitdesk.domain.WeeklyHours;
import org.visitdesk.ui.Form;
import org.visitdesk.ui.PageContext;
import org.visitdesk.ui.Pickers;
import org.visitdesk.ui.RecordDialog;

/**
 * Adds or edits one volunteer visitor. Save checks every field; what is wrong is marked on the field, what was
 * typed stays, and nothing is saved until all is right (an email already used is the store's to say).
 */
final class VisitorDialog extends RecordDialog<Visitor> {

    private final VisitorsViewModel model;
    /** The volunteer as opened (or reloaded after someone else changed it); null for a new one. */
    private Visitor existing;
    private final TextField family = new TextField();
    private final TextField given = new TextField();
    private final TextField email = new TextField();
    private final TextField phone = new TextField();
    private final TextField languages = new TextField();
    private final DatePicker orientation = Form.datePicker();
    private final CheckBox idChecked = new CheckBox(Messages.get("visitor.idChecked.box"));
    private final ComboBox<VisitorStatus> status = Pickers.enumPicker(VisitorStatus.values(), "status.visitor");
    private final TextArea notes = new TextArea();
    private final TextField available = new TextField();
    private final TextField visitsPerMonth = new TextField();
    private final DatePicker awayFrom = Form.datePicker();
    private final DatePicker awayTo = Form.datePicker();
    private final TextField familyOf = new TextField();

    VisitorDialog(PageContext ctx, VisitorsViewModel model, Visitor existing) {
        super(ctx, RecordType.VISITOR, existing == null ? 0 : existing.id(),
                Messages.get(existing == null ? "visitor.add" : "visitor.edit"),
                existing == null ? Messages.get("visitor.add") : existing.fullName());
        this.model = model;
        this.existing = existing;
        email.setPromptText("name@example.org");
        phone.setPromptText("(760) 555-0100");
        languages.setPromptText(Messages.get("hint.visitorLanguages"));
        // two columns leave the box narrower: its words wrap instead of being cut
        idChecked.setWrapText(true);
        idChecked.setMinHeight(Region.USE_PREF_SIZE);
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
        // when and whom beside who: the dialog stays short enough for a laptop screen
        form.nextColumn();
        available.setPromptText(Messages.get("visitor.available.prompt"));
        visitsPerMonth.setPromptText("2");
        familyOf.setPromptText(Messages.get("visitor.familyOf.prompt"));
        form.add(WeeklyHours.FIELD, "visitor.available", available);
        form.add("visitsPerMonth", "visitor.visitsPerMonth", visitsPerMonth);
        form.add("awayFrom", "visitor.awayFrom", awayFrom);
        form.add("awayTo", "visitor.awayTo", awayTo);
        form.add("familyOf", "visitor.familyOf", familyOf);
        form.addHint("visitor.familyOf.help");
        form.acrossColumns();
        form.add("notes", "visitor.notes", notes);
        form.addHint("hint.cleared");
        form.addHint("hint.notesPrivate");
        fill();
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
        Availability a = existing.availability();
        available.setText(WeeklyHours.join(a.hours()));
        visitsPerMonth.setText(a.visitsPerMonth() == 0 ? "" : Integer.toString(a.visitsPerMonth()));
        awayFrom.setValue(a.awayFrom());
        awayTo.setValue(a.awayTo());
        familyOf.setText(String.join("; ", a.familyOf().stream().map(ANumber::display).toList()));
    }

    /** What was typed into the availability fields; what cannot be read goes into {@code typed}. */
    private Availability readAvailability(List<FieldError> typed) {
        WeeklyHours.Reading hours = WeeklyHours.read(available.getText());
        if (!hours.ok()) {
            typed.add(hours.error());
        }
        int perMonth = 0;
        String n = visitsPerMonth.getText().strip();
        if (!n.isEmpty()) {
            if (n.matches("\\d{1,2}")) {
                perMonth = Integer.parseInt(n);
            } else {
                typed.add(new FieldError("visitsPerMonth", "error.visitsPerMonth",
                        List.of(Availability.MAX_VISITS_PER_MONTH)));
            }
        }
        LocalDate from = Form.readDate(awayFrom, "awayFrom", typed);
        LocalDate to = Form.readDate(awayTo, "awayTo", typed);
        List<ANumber> family = new ArrayList<>();
        for (String part : familyOf.getText().split("[;,]")) {
            if (part.isBlank()) {
                continue;
            }
            Optional<ANumber> a = ANumber.parse(part);
            if (a.isPresent()) {
                family.add(a.get());
            } else if (typed.stream().noneMatch(e -> e.field().equals("familyOf"))) {
                typed.add(new FieldError("familyOf", "error.familyOf.format", List.of(part.strip())));
            }
        }
        return new Availability(hours.hours(), perMonth, from, to, family);
    }

    @Override
    protected void save() {
        List<FieldError> typed = new ArrayList<>();
        LocalDate oriented = Form.readDate(orientation, "orientationDate", typed);
        Visitor v = new Visitor(existing == null ? 0 : existing.id(), family.getText(), given.getText(),
                email.getText(), phone.getText(), Languages.parse(languages.getText()), oriented,
                idChecked.isSelected(), status.getValue(), notes.getText(), readAvailability(typed),
                existing == null ? 0 : existing.version());
        OtherChange over = overwriting();
        submit(typed, v.problems(LocalDate.now(model.workspace().clock())),
                (done, failed) -> model.save(v, over, done, failed));
    }

    @Override
    protected void reopen(Visitor current, boolean keepTyped) {
        existing = current;
        if (!keepTyped) {
            fill();
        }
    }
}
