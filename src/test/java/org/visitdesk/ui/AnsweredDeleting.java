package org.visitdesk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.visitdesk.app.OtherChange;

/** The questions of a delete answered by a test: one choice for every "changed meanwhile", and what was asked. */
public final class AnsweredDeleting implements ChangedMeanwhile.Deleting {

    private final ChangedMeanwhile.Choice answer;
    /** The changes the coordinator was told of, in order. */
    public final List<OtherChange> asked = new ArrayList<>();
    /** How many times the coordinator was told the record was gone. */
    public int gone;

    /** @param answer what the coordinator chooses; null: they close the question */
    public AnsweredDeleting(ChangedMeanwhile.Choice answer) {
        this.answer = answer;
    }

    @Override
    public Optional<ChangedMeanwhile.Choice> changedMeanwhile(OtherChange change) {
        asked.add(change);
        return Optional.ofNullable(answer);
    }

    @Override
    public void gone() {
        gone++;
    }
}
