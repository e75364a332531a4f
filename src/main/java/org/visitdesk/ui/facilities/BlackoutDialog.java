package org.visitdesk.ui.facilities;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import org.visitdesk.app.Messages;
import org.visitdesk.domain.BlackoutDay;
import org.visitdesk.domain.FieldError;
import org.visitdesk.ui.Form;

/** Asks for blackout days: a first day, a last day (the same day when left empty) and a reason. */
final class BlackoutDialog extends Dialog<BlackoutDay> {

    private final Form form = new Form();
    private final DatePicker from = Form.datePicker();
    private final DatePicker to = Form.datePicker();
    private final ComboBox<String> reason = new ComboBox<>();
    private BlackoutDay chosen;

    BlackoutDialog(javafx.stage.Window owner, long facilityId, String facilityName) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(Messages.get("facilities.blackout.dialog"));
        setHeaderText(facilityName == null || facilityName.isBlank() ? Messages.get("facilities.blackout.dialog")
                : facilityName);
        setResizable(true);
        reason.setEditable(true);
        reason.getItems().addAll(Messages.get("facilities.blackout.lockdown"),
                Messages.get("facilities.blackout.holiday"));
        reason.setPromptText(Messages.get("facilities.blackout.lockdown"));
        form.add("blackoutFrom", "facilities.blackout.from", from);
        form.add("blackoutTo", "facilities.blackout.to", to);
        form.add("blackoutReason", "facilities.blackout.reason", reason);
        Label hint = new Label(Messages.get("facilities.blackout.toHint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        form.addWide(hint);
        getDialogPane().setContent(form.root());
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.setText(Messages.get("facilities.blackout.add"));
        ok.setId("dialog-save");
        ok.addEventFilter(ActionEvent.ACTION, ev -> {
            BlackoutDay day = read(facilityId);
            if (day == null) {
                ev.consume();
            } else {
                chosen = day;
            }
        });
        setResultConverter(b -> b == ButtonType.OK ? chosen : null);
        from.requestFocus();
    }

    private BlackoutDay read(long facilityId) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate first = date(from, "blackoutFrom", errors);
        LocalDate last = date(to, "blackoutTo", errors);
        if (first == null && errors.isEmpty()) {
            errors.add(new FieldError("blackoutFrom", "error.required"));
        }
        if (first != null && last != null && last.isBefore(first)) {
            errors.add(new FieldError("blackoutTo", "facilities.error.blackoutTo"));
        }
        if (!errors.isEmpty()) {
            form.showErrors(errors);
            return null;
        }
        String why = reason.getEditor().getText();
        return new BlackoutDay(0, facilityId, first, last == null ? first : last, why);
    }

    private static LocalDate date(DatePicker p, String field, List<FieldError> errors) {
        try {
            return Form.dateOf(p);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "error.date.format"));
            return null;
        }
    }
}
