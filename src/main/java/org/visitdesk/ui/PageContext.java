package org.visitdesk.ui;

import javafx.stage.Stage;
import org.visitdesk.app.Workspace;

/** What every page gets: the open records, the background worker, the window (as dialog owner), the settings. */
public record PageContext(Workspace workspace, Background background, Stage stage, Settings settings) {

    /** The questions and notes, over the window. */
    public Dialogs dialogs() {
        return new Dialogs(stage);
    }
}
