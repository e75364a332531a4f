package org.visitdesk.ui.welcome;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.visitdesk.app.Messages;
import org.visitdesk.app.SampleData;
import org.visitdesk.ui.Failure;
import org.visitdesk.ui.Page;
import org.visitdesk.ui.PageContext;

/** Shown on an empty store: explore with made-up records, or start with an empty list. */
public final class WelcomePage implements Page {

    private final VBox root = new VBox(16);

    public WelcomePage(PageContext ctx, Runnable done) {
        root.setAlignment(Pos.CENTER);
        root.setPadding(new Insets(40));
        root.setMaxWidth(620);
        root.getStyleClass().add("welcome");
        Label title = new Label(Messages.get("welcome.title"));
        title.getStyleClass().add(Styles.TITLE_1);
        Label text = new Label(Messages.get("welcome.text"));
        text.setWrapText(true);
        text.setMaxWidth(560);
        Button sample = new Button(Messages.get("welcome.sample"), new FontIcon("fth-play-circle"));
        sample.setId("welcome-sample");
        sample.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        sample.setDefaultButton(true);
        Button empty = new Button(Messages.get("welcome.empty"), new FontIcon("fth-file-plus"));
        empty.setId("welcome-empty");
        empty.getStyleClass().add(Styles.LARGE);
        Label sampleHint = new Label(Messages.get("welcome.sampleHint"));
        sampleHint.setWrapText(true);
        sampleHint.setMaxWidth(560);
        sampleHint.getStyleClass().add(Styles.TEXT_MUTED);
        ProgressBar progress = new ProgressBar(0);
        progress.setPrefWidth(360);
        progress.setVisible(false);
        sample.setMinWidth(Region.USE_PREF_SIZE);
        empty.setMinWidth(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(12, sample, empty);
        buttons.setAlignment(Pos.CENTER);
        sample.setOnAction(e -> {
            sample.setDisable(true);
            empty.setDisable(true);
            progress.setVisible(true);
            ctx.background().run(() -> ctx.workspace().loadSampleData(SampleData.Size.DEFAULT, System.nanoTime(),
                    f -> Platform.runLater(() -> progress.setProgress(f))), summary -> done.run(),
                    err -> {
                        sample.setDisable(false);
                        empty.setDisable(false);
                        progress.setVisible(false);
                        Failure.show(err);
                    });
        });
        empty.setOnAction(e -> done.run());
        root.getChildren().addAll(new FontIcon("fth-calendar"), title, text, buttons, sampleHint, progress);
        root.getChildren().get(0).getStyleClass().add("welcome-icon");
    }

    @Override
    public Node root() {
        VBox outer = new VBox(root);
        outer.setAlignment(Pos.CENTER);
        return outer;
    }

    @Override
    public void shown() {
        // nothing to reload: the welcome page has no records
    }
}
