package org.visitdesk.ui.detainees;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import org.visitdesk.app.Messages;
import org.visitdesk.app.OtherChange;
import org.visitdesk.app.RecordType;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.DetaineeStatus;
import org.visitdesk.domain.Facility;
import org.visitdesk.domain.FieldError;
import org.visitdesk.domain.Languages;
import org.visitdesk.ui.Form;
import org.visitdesk.ui.PageContext;
import org.visitdesk.ui.Pickers;
import org.visitdesk.ui.RecordDialog;

/**
 * Adds or edits one detained person. Save checks every field; what is wrong is marked on the field, what was
 * typed stays, and nothing is saved until all is right.
 */
final class DetaineeDialog extends RecordDialog<Detainee> {

    private final DetaineesViewModel model;
    /** The person as opened (or reloaded after someone else changed it); null for a new one. */
    private Detainee existing;
    private final TextField aNumber = new TextField();
    private final TextField family = new TextField();
    private final TextField given = new TextField();
    private final DatePicker dob = Form.datePicker();
    private final TextField country = new TextField();
    private final TextField languages = new TextField();
    private final TextField gender = new TextField();
    private final ComboBox<Facility> facility = new ComboBox<>();
    private final TextField unit = new TextField();
    private final ComboBox<DetaineeStatus> status = Pickers.enumPicker(DetaineeStatus.values(), "status.detainee");
    private final DatePicker statusDate = Form.datePicker();
    private final TextArea notes = new TextArea();

    DetaineeDialog(PageContext ctx, DetaineesViewModel model, Detainee existing) {
        super(ctx, RecordType.DETAINEE, existing == null ? 0 : existing.id(),
                Messages.get(existing == null ? "detainee.add" : "detainee.edit"),
                existing == null ? Messages.get("detainee.add") : existing.fullName());
        this.model = model;
        this.existing = existing;
        aNumber.setPromptText("A-123-456-789");
        languages.setPromptText(Messages.get("hint.languages"));
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        facility.setItems(model.facilities());
        facility.setConverter(Pickers.facilityNames("facility.none"));
        form.add("aNumber", "detainee.aNumber", aNumber);
        form.add("familyName", "detainee.familyName", family);
        form.add("givenName", "detainee.givenName", given);
        form.add("dateOfBirth", "detainee.dateOfBirth", dob);
        form.add("countryOfBirth", "detainee.country", country);
        form.add("languages", "detainee.languages", languages);
        form.add("gender", "detainee.gender", gender);
        // where the person is and since when beside who they are: the dialog fits a 1024 x 700 screen
        form.nextColumn();
        // a facility's name shows whole: it tells Adelanto's buildings apart
        facility.setMinWidth(Region.USE_PREF_SIZE);
        form.add("facility", "detainee.facility", facility);
        form.add("housingUnit", "detainee.housingUnit", unit);
        form.add("status", "detainee.status", status);
        form.add("statusDate", "detainee.statusDate", statusDate);
        form.acrossColumns();
        form.add("notes", "detainee.notes", notes);
        form.addHint("hint.notesPrivate");
        fill();
        if (existing != null) {
            body(form.root(), FollowUpsAndVisitsTab.of(ctx, existing.id()));
        }
        // a change of status needs the day it happened: default to today and ask for it
        status.valueProperty().addListener((o, before, now) -> {
            boolean changed = existing == null ? now != DetaineeStatus.DETAINED : now != existing.status();
            if (changed && (statusDate.getValue() == null
                    || existing != null && statusDate.getValue().equals(existing.statusDate()))) {
                statusDate.setValue(LocalDate.now(model.workspace().clock()));
                statusDate.requestFocus();
            }
        });
        aNumber.requestFocus();
    }

    private void fill() {
        if (existing == null) {
            status.setValue(DetaineeStatus.DETAINED);
            if (model.facilities().size() == 1) {
                facility.setValue(model.facilities().get(0));
            }
            return;
        }
        aNumber.setText(existing.aNumber().display());
        family.setText(existing.familyName());
        given.setText(existing.givenName());
        dob.setValue(existing.dateOfBirth());
        country.setText(existing.countryOfBirth());
        languages.setText(Languages.join(existing.languages()));
        gender.setText(existing.gender());
        facility.setValue(model.facilities().stream().filter(f -> Long.valueOf(f.id()).equals(existing.facilityId()))
                .findFirst().orElse(null));
        unit.setText(existing.housingUnit());
        status.setValue(existing.status());
        statusDate.setValue(existing.statusDate());
        notes.setText(existing.notes());
    }

    @Override
    protected void save() {
        List<FieldError> typed = new ArrayList<>();
        ANumber a = Form.readANumber(aNumber.getText(), "aNumber", typed);
        LocalDate birth = Form.readDate(dob, "dateOfBirth", typed);
        LocalDate since = Form.readDate(statusDate, "statusDate", typed);
        DetaineeStatus st = status.getValue();
        boolean statusChanged = existing == null ? st != DetaineeStatus.DETAINED : st != existing.status();
        if (statusChanged && since == null) {
            typed.add(new FieldError("statusDate", "error.statusDate.required"));
        }
        Detainee d = new Detainee(existing == null ? 0 : existing.id(), a, family.getText(), given.getText(), birth,
                country.getText(), Languages.parse(languages.getText()), gender.getText(),
                facility.getValue() == null ? null : facility.getValue().id(), unit.getText(), st, since,
                notes.getText(), existing == null ? 0 : existing.version());
        OtherChange over = overwriting();
        submit(typed, d.problems(LocalDate.now(model.workspace().clock())),
                (done, failed) -> model.save(d, over, done, failed));
    }

    @Override
    protected void reopen(Detainee current, boolean keepTyped) {
        existing = current;
        if (!keepTyped) {
            fill();
        }
    }
}
