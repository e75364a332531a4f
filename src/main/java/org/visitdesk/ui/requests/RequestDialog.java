package org.visitdesk.ui.requests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import org.visitdesk.app.Messages;
import org.visitdesk.app.RequestListing;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.FieldError;
import org.visitdesk.domain.Languages;
import org.visitdesk.domain.Request;
import org.visitdesk.domain.RequestSource;
import org.visitdesk.domain.Urgency;
import org.visitdesk.ui.Form;
import org.visitdesk.ui.PageContext;
import org.visitdesk.ui.Pickers;
import org.visitdesk.ui.RecordDialog;

/**
 * Adds or edits one request. The person is named by an A-number, or by given and family names with the country of
 * birth; while the A-number is missing the dialog says what to type into the ICE locator. Who asked is kept minimal.
 */
final class RequestDialog extends RecordDialog<Request> {

    private final RequestsViewModel model;
    /** The request as opened (or reloaded after someone else changed it); null for a new one. */
    private Request existing;
    private final DatePicker received = Form.datePicker();
    private final ComboBox<RequestSource> source = Pickers.enumPicker(RequestSource.values(), "request.source");
    private final ComboBox<Urgency> urgency = Pickers.enumPicker(Urgency.values(), "request.urgency");
    private final TextField aNumber = new TextField();
    private final TextField family = new TextField();
    private final TextField given = new TextField();
    private final TextField country = new TextField();
    private final TextField languages = new TextField();
    private final TextField needs = new TextField();
    private final TextField caller = new TextField();
    private final TextField relationship = new TextField();
    private final TextField callerPhone = new TextField();
    private final TextArea notes = new TextArea();
    private final Label locator = new Label();

    RequestDialog(PageContext ctx, RequestsViewModel model, RequestListing existing) {
        super(ctx, null, 0, Messages.get(existing == null ? "request.add" : "request.edit"),
                existing == null ? Messages.get("request.add") : matchedTo(existing));
        this.model = model;
        this.existing = existing == null ? null : existing.request();
        aNumber.setPromptText("A-123-456-789");
        languages.setPromptText(Messages.get("hint.languages"));
        notes.setPrefRowCount(2);
        notes.setWrapText(true);
        form.add("aNumber", "detainee.aNumber", aNumber);
        form.add("familyName", "detainee.familyName", family);
        form.add("givenName", "detainee.givenName", given);
        form.add("countryOfBirth", "detainee.country", country);
        form.add("languages", "detainee.languages", languages);
        form.add("needs", "request.needs", needs);
        // who asked and how urgent beside who it is for: the dialog fits a 1024 x 700 screen
        form.nextColumn();
        form.add("received", "request.received", received);
        form.add("source", "request.sourceLabel", source);
        form.add("urgency", "request.urgencyLabel", urgency);
        form.add("caller", "request.caller", caller);
        form.add("relationship", "request.relationship", relationship);
        form.add("callerPhone", "request.callerPhone", callerPhone);
        form.acrossColumns();
        form.add("notes", "request.notes", notes);
        locator.setId("request-locator");
        locator.getStyleClass().add("hint");
        locator.setWrapText(true);
        locator.setPrefWidth(200);
        locator.setMaxWidth(Double.MAX_VALUE);
        locator.setMinHeight(Region.USE_PREF_SIZE);
        locator.textProperty().bind(Bindings.createStringBinding(this::locatorWords, aNumber.textProperty(),
                family.textProperty(), given.textProperty(), country.textProperty()));
        form.addWide(locator);
        form.addHint("request.minimal");
        fill();
        (existing == null ? aNumber : family).requestFocus();
    }

    /** Whom an existing request is for, as its header says it. */
    private static String matchedTo(RequestListing l) {
        String who = l.person() != null ? l.person().fullName() + " (" + l.person().aNumber().display() + ")"
                : l.request().fullName().isEmpty() ? RequestsViewModel.aNumber(l) : l.request().fullName();
        return Messages.get("request.for", who, Messages.of("requests.match", l.match()));
    }

    /** What to type into the ICE locator while the A-number is missing: the names and the country of birth. */
    private String locatorWords() {
        if (!aNumber.getText().isBlank()) {
            return "";
        }
        if (family.getText().isBlank() || given.getText().isBlank() || country.getText().isBlank()) {
            return Messages.get("request.locator.needs");
        }
        return Messages.get("request.locator.byName", given.getText().strip(), family.getText().strip(),
                country.getText().strip());
    }

    private void fill() {
        if (existing == null) {
            received.setValue(LocalDate.now(model.workspace().clock()));
            source.setValue(RequestSource.HOTLINE);
            urgency.setValue(Urgency.ROUTINE);
            return;
        }
        received.setValue(existing.received());
        source.setValue(existing.source());
        urgency.setValue(existing.urgency());
        aNumber.setText(existing.aNumber() == null ? "" : existing.aNumber().display());
        family.setText(existing.familyName());
        given.setText(existing.givenName());
        country.setText(existing.countryOfBirth());
        languages.setText(Languages.join(existing.languages()));
        needs.setText(existing.needs());
        caller.setText(existing.caller());
        relationship.setText(existing.relationship());
        callerPhone.setText(existing.callerPhone());
        notes.setText(existing.notes());
    }

    @Override
    protected void save() {
        List<FieldError> typed = new ArrayList<>();
        ANumber a = Form.readANumber(aNumber.getText(), "aNumber", typed);
        LocalDate day = Form.readDate(received, "received", typed);
        Request r = new Request(existing == null ? 0 : existing.id(), day, source.getValue(), a, family.getText(),
                given.getText(), country.getText(), Languages.parse(languages.getText()), needs.getText(),
                urgency.getValue(), caller.getText(), relationship.getText(), callerPhone.getText(), notes.getText(),
                existing == null ? null : existing.status(), existing == null ? null : existing.statusDate(),
                existing == null ? null : existing.detaineeId(), existing == null ? 0 : existing.version());
        // a typed A-number that cannot be read names nobody: say only that, not that nobody is named
        List<FieldError> problems = a == null && !aNumber.getText().isBlank() ? List.of()
                : r.problems(LocalDate.now(model.workspace().clock()));
        submit(typed, problems, (done, failed) -> model.save(r, done, failed));
    }

    /** Requests keep no history: saving over another's change is saving at the version saved now. */
    @Override
    protected void reopen(Request current, boolean keepTyped) {
        existing = current;
        if (!keepTyped) {
            fill();
        }
    }
}
