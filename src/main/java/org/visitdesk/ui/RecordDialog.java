package org.visitdesk.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Tab;
import org.visitdesk.app.Messages;
import org.visitdesk.app.OtherChange;
import org.visitdesk.app.RecordType;
import org.visitdesk.app.SaveResult;
import org.visitdesk.domain.FieldError;

/**
 * The frame of a dialog that adds or edits one record: its form on a "Details" tab beside its history, and a Save
 * button that never closes the dialog by itself. Save checks what was typed and the domain's rules, marks what is
 * wrong on the field (keeping what was typed), saves in the background and closes with the saved record only
 * once it is saved.
 *
 * @param <T> the record
 */
public abstract class RecordDialog<T> extends Dialog<T> {

    protected final PageContext ctx;
    protected final Form form = new Form();
    protected final Button ok;
    private final RecordType type;
    private final long id;
    /** The other coordinator's change the coordinator chose to save over; null until they do. */
    private OtherChange overwriting;

    /**
     * @param type the kind of record, for its history; null for a dialog whose record keeps none
     * @param id   the record's id; 0 for a new record (which has no history yet)
     */
    protected RecordDialog(PageContext ctx, RecordType type, long id, String title, String header) {
        this.ctx = ctx;
        this.type = type;
        this.id = id;
        if (ctx.stage() != null) {
            initOwner(ctx.stage());
        }
        setTitle(title);
        setHeaderText(header);
        setResizable(true);
        body(form.root());
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.setText(Messages.get("action.save"));
        ok.setId("dialog-save");
        ok.addEventFilter(ActionEvent.ACTION, ev -> {
            // never close on OK directly: save in the background, close only once it is saved
            ev.consume();
            save();
        });
        setResultConverter(b -> null);
    }

    /**
     * Shows other content (the form with something beside it), still beside the record's history; {@code more}
     * are tabs of their own between the two (shown only for a record already saved).
     */
    protected final void body(Node details, Tab... more) {
        getDialogPane().setContent(type == null ? details : HistoryTabs.wrap(details, ctx, type, id, more));
    }

    /** What Save does: read the form and {@link #submit} it, or close with a value of its own. */
    protected abstract void save();

    /** Closes the dialog with the record saved. */
    protected final void done(T saved) {
        setResult(saved);
        close();
    }

    /**
     * The usual save: when anything is wrong (what could not be read first, then the domain's own rules for the
     * other fields) mark it and save nothing; else save in the background and close with the saved record, or
     * mark what the store refused.
     *
     * @param typed    what could not be read
     * @param problems what the domain finds wrong with the record read
     * @param store    saves in the background and hands on the result, or what went wrong
     */
    protected final void submit(List<FieldError> typed, List<FieldError> problems, Store<T> store) {
        List<FieldError> all = Form.merge(typed, problems);
        if (!all.isEmpty()) {
            form.showErrors(all);
            return;
        }
        ok.setDisable(true);
        Saving.begin(this);
        store.save(result -> {
            ok.setDisable(false);
            Saving.end(this);
            if (result.isSaved()) {
                done(result.saved());
            } else if (result.changedMeanwhile()) {
                changedMeanwhile(result);
            } else {
                form.showErrors(result.errors());
            }
        }, this::saveFailed);
    }

    /**
     * Someone else saved the record after this dialog opened it: say who and when, then show the record as saved
     * now, or save what was typed over it (the history says so), or leave the form as typed.
     */
    private void changedMeanwhile(SaveResult<T> result) {
        Optional<ChangedMeanwhile.Choice> choice = ChangedMeanwhile.ask(getDialogPane().getScene() == null ? null
                : getDialogPane().getScene().getWindow(), result.otherChange(), ChangedMeanwhile.Kind.SAVE);
        if (choice.isEmpty()) {
            return;
        }
        overwriting = choice.get() == ChangedMeanwhile.Choice.OVERWRITE ? result.otherChange() : null;
        reopen(result.current(), overwriting != null);
        if (overwriting != null) {
            save();
        }
    }

    /**
     * The record as saved now, after someone else changed it: the dialog edits that version from here on; unless
     * {@code keepTyped}, the form shows it instead of what was typed. Dialogs of records whose saves are never
     * refused so (they carry no version) leave it alone.
     */
    protected void reopen(T current, boolean keepTyped) {
    }

    /** The other coordinator's change the coordinator chose to save over, for the save; null when none. */
    protected final OtherChange overwriting() {
        return overwriting;
    }

    /**
     * A save that failed (a full disk, a store gone): said, and the dialog is as before it, with what was typed,
     * so that it can be saved again or closed.
     */
    protected final void saveFailed(Throwable e) {
        ok.setDisable(false);
        Saving.end(this);
        Failure.show(e);
    }

    /** Saves a record in the background: the result to {@code done}, or what went wrong to {@code failed}. */
    @FunctionalInterface
    protected interface Store<T> {
        /** Starts the save. */
        void save(Consumer<SaveResult<T>> done, Consumer<Throwable> failed);
    }
}
