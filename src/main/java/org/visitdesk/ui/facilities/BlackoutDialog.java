package org.visitdesk.ui.facilities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import org.visitdesk.app.Messages;
import org.visitdesk.domain.BlackoutDay;
import org.visitdesk.domain.FieldError;
import org.visitdesk.ui.Form;
import org.visitdesk.ui.PageContext;
import org.visitdesk.ui.RecordDialog;

/**
 * Asks for blackout days: a first day, a last day (the same day when left empty) and a reason. Nothing is saved
 * here: the days join the facility's edits, saved with them.
 */
final class BlackoutDialog extends RecordDialog<BlackoutDay> {

    private final long facilityId;
    private final DatePicker from = Form.datePicker();
    private final DatePicker to = Form.datePicker();
    private final ComboBox<String> reason = new ComboBox<>();

    BlackoutDialog(PageContext ctx, long facilityId, String facilityName) {
        super(ctx, null, 0, Messages.get("facilities.blackout.dialog"),
                facilityName == null || facilityName.isBlank() ? Messages.get("facilities.blackout.dialog")
                        : facilityName);
        this.facilityId = facilityId;
        ok.setText(Messages.get("facilities.blackout.add"));
        reason.setEditable(true);
        reason.getItems().addAll(Messages.get("facilities.blackout.lockdown"),
                Messages.get("facilities.blackout.holiday"));
        reason.setPromptText(Messages.get("facilities.blackout.lockdown"));
        form.add("blackoutFrom", "facilities.blackout.from", from);
        form.add("blackoutTo", "facilities.blackout.to", to);
        form.add("blackoutReason", "facilities.blackout.reason", reason);
        form.addHint("facilities.blackout.toHint");
        from.requestFocus();
    }

    @Override
    protected void save() {
        List<FieldError> errors = new ArrayList<>();
        LocalDate first = Form.readDate(from, "blackoutFrom", errors);
        LocalDate last = Form.readDate(to, "blackoutTo", errors);
        if (first == null && errors.isEmpty()) {
            errors.add(new FieldError("blackoutFrom", "error.required"));
        }
        if (first != null && last != null && last.isBefore(first)) {
            errors.add(new FieldError("blackoutTo", "facilities.error.blackoutTo"));
        }
        if (!errors.isEmpty()) {
            form.showErrors(errors);
            return;
        }
        done(new BlackoutDay(0, facilityId, first, last == null ? first : last, reason.getEditor().getText()));
    }
}
