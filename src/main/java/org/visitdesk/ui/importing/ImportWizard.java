package org.visitdesk.ui.importing;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.visitdesk.app.ConflictNotice;
import org.visitdesk.app.Diagnostics;
import org.visitdesk.app.ImportFileKind;
import org.visitdesk.app.ImportResult;
import org.visitdesk.app.ImportService;
import org.visitdesk.app.Messages;
import org.visitdesk.app.ProblemException;
import org.visitdesk.ui.Failure;
import org.visitdesk.ui.PageContext;
import org.visitdesk.ui.Sentences;

/**
 * The Import wizard: choose what the file holds and the file (and its sheet), see the recognized and missing
 * columns, see the validation report (a dry run), then import with progress and see the summary.
 */
public final class ImportWizard extends Dialog<Void> {

    private final PageContext ctx;
    private final Runnable afterImport;
    private final BorderPane frame = new BorderPane();
    private final Button back = new Button(Messages.get("import.wizard.back"));
    private final Button next = new Button(Messages.get("import.wizard.next"));
    private final ToggleGroup kinds = new ToggleGroup();
    private final Label fileLabel = new Label(Messages.get("import.wizard.noFile"));
    private final ComboBox<String> sheet = new ComboBox<>();
    private final Label sheetLabel = new Label(Messages.get("import.wizard.sheet"));
    private Path file;
    private ImportService.Preview preview;
    private int page;

    /** A wizard, optionally with a file already chosen (dropped on the window). */
    public ImportWizard(PageContext ctx, Path initialFile, ImportFileKind initialKind, Runnable afterImport) {
        this.ctx = ctx;
        this.afterImport = afterImport == null ? () -> { } : afterImport;
        initOwner(ctx.stage());
        setTitle(Messages.get("import.wizard.title"));
        setResizable(true);
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        getDialogPane().setId("import-wizard");
        back.setId("import-back");
        next.setId("import-next");
        next.getStyleClass().add(Styles.ACCENT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer, back, next);
        buttons.setPadding(new Insets(12, 0, 0, 0));
        frame.setBottom(buttons);
        frame.setPrefSize(640, 440);
        getDialogPane().setContent(frame);
        back.setOnAction(e -> showPage(page - 1));
        next.setOnAction(e -> showPage(page + 1));
        for (ImportFileKind k : ImportFileKind.values()) {
            RadioButton r = new RadioButton(Messages.get("import.kind." + k.name()));
            r.setId("import-kind-" + k.name().toLowerCase(Locale.ROOT));
            r.setUserData(k);
            r.setToggleGroup(kinds);
            r.setSelected(k == (initialKind == null ? ImportFileKind.DETAINEES : initialKind));
        }
        kinds.selectedToggleProperty().addListener((o, a, b) -> preview = null);
        sheet.setId("import-sheet");
        sheet.valueProperty().addListener((o, a, b) -> preview = null);
        file = initialFile;
        showPage(0);
        if (file != null) {
            readSheets();
        }
    }

    private ImportFileKind kind() {
        return (ImportFileKind) kinds.getSelectedToggle().getUserData();
    }

    private void showPage(int n) {
        page = Math.max(0, n);
        back.setDisable(page == 0);
        next.setVisible(true);
        next.setDisable(false);
        next.setText(Messages.get("import.wizard.next"));
        switch (page) {
            case 0 -> frame.setCenter(choosePage());
            case 1 -> frame.setCenter(columnsPage());
            case 2 -> frame.setCenter(reportPage());
            default -> frame.setCenter(importPage());
        }
    }

    private Node choosePage() {
        VBox box = new VBox(10);
        Label q = Sentences.label(Messages.get("import.wizard.kind"));
        q.getStyleClass().add(Styles.TITLE_4);
        box.getChildren().add(q);
        kinds.getToggles().forEach(t -> box.getChildren().add((RadioButton) t));
        Button choose = new Button(Messages.get("import.wizard.choose"));
        choose.setId("import-choose");
        choose.setOnAction(e -> chooseFile());
        fileLabel.setId("import-file");
        fileLabel.setWrapText(true);
        if (file != null) {
            fileLabel.setText(file.toString());
        }
        HBox fileRow = new HBox(8, new Label(Messages.get("import.wizard.file")), choose);
        fileRow.setAlignment(Pos.CENTER_LEFT);
        HBox sheetRow = new HBox(8, sheetLabel, sheet);
        sheetRow.setAlignment(Pos.CENTER_LEFT);
        sheetRow.visibleProperty().bind(Bindings.size(sheet.getItems()).greaterThan(1));
        sheetRow.managedProperty().bind(sheetRow.visibleProperty());
        box.getChildren().addAll(new Label(" "), fileRow, fileLabel, sheetRow);
        next.setDisable(file == null);
        return box;
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("import.wizard.fileTypes"),
                "*.xlsx", "*.csv"));
        File f = chooser.showOpenDialog(getOwner());
        if (f != null) {
            file = f.toPath();
            fileLabel.setText(file.toString());
            next.setDisable(false);
            readSheets();
        }
    }

    private void readSheets() {
        Path f = file;
        ImportFileKind k = kind();
        ctx.background().run(() -> ctx.workspace().imports().preview(f, k, null), p -> {
            sheet.getItems().setAll(p.sheets());
            if (!p.sheets().isEmpty()) {
                sheet.setValue(p.sheets().get(0));
            }
            preview = p;
        });
    }

    private Node columnsPage() {
        VBox box = new VBox(8);
        box.getChildren().add(new Label(Messages.get("import.wizard.reading")));
        next.setDisable(true);
        Path f = file;
        ImportFileKind k = kind();
        String s = sheet.getValue();
        ctx.background().run(() -> ctx.workspace().imports().preview(f, k, s), p -> {
            preview = p;
            box.getChildren().clear();
            if (!p.recognized().isEmpty() || !p.extra().isEmpty()) {
                box.getChildren().addAll(
                        list("import.wizard.columns.recognized", p.recognized(),
                                "import-recognized"),
                        list("import.wizard.columns.missing", p.missingRequired(),
                                "import-missing"),
                        list("import.wizard.columns.optional",
                                p.missingOptional(), "import-optional"),
                        list("import.wizard.columns.extra", p.extra(), "import-extra"));
            }
            if (p.problem() != null) {
                Label problem = Sentences.label(p.problem().text(Messages.locale()));
                problem.setId("import-problem");
                problem.getStyleClass().add(Styles.DANGER);
                box.getChildren().add(problem);
            } else {
                box.getChildren().add(Sentences.label(Messages.get("import.wizard.rows", p.rows())));
            }
            next.setDisable(!p.isUsable());
        });
        return box;
    }

    private static Node list(String key, List<String> items, String id) {
        Label title = Sentences.label(Messages.get(key));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label values = Sentences.label(items.isEmpty() ? Messages.get("import.wizard.columns.none")
                : String.join(", ", items));
        values.setId(id);
        return new VBox(2, title, values);
    }

    private Node reportPage() {
        VBox box = new VBox(8);
        Label status = Sentences.label(Messages.get("import.wizard.checking"));
        status.setId("import-report");
        box.getChildren().add(status);
        next.setText(Messages.get("import.wizard.import"));
        next.setDisable(true);
        Path f = file;
        ImportFileKind k = kind();
        String s = sheet.getValue();
        ctx.background().run(() -> ctx.workspace().imports().run(f, k, s, true, null), r -> {
            if (r.problem() != null) {
                status.setText(r.problem().text(Messages.locale()));
                status.getStyleClass().add(Styles.DANGER);
            } else if (!r.errors().isEmpty()) {
                status.setText(Messages.get("import.wizard.invalid", r.errors().size()));
                status.getStyleClass().add(Styles.DANGER);
                // every bad cell in a whole sentence: "row N, column C (Title): what is wrong"
                ListView<String> errors = Sentences.list("import-errors");
                errors.getItems().setAll(r.errorLines(Messages.locale()));
                VBox.setVgrow(errors, Priority.ALWAYS);
                box.getChildren().add(errors);
            } else {
                status.setText(Messages.get("import.wizard.valid", r.summary(Messages.locale())));
                next.setDisable(false);
            }
        });
        return box;
    }

    private Node importPage() {
        VBox box = new VBox(8);
        Label status = Sentences.label(Messages.get("import.wizard.importing"));
        status.setId("import-summary");
        ProgressBar bar = new ProgressBar(0);
        bar.setId("import-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        box.getChildren().addAll(status, bar);
        back.setDisable(true);
        next.setVisible(false);
        Path f = file;
        ImportFileKind k = kind();
        String s = sheet.getValue();
        ctx.background().run(() -> ctx.workspace().imports().run(f, k, s, false,
                fraction -> Platform.runLater(() -> bar.setProgress(fraction))), r -> {
                    bar.setProgress(1);
                    showResult(box, status, r);
                    afterImport.run();
                }, e -> {
                    // a full disk is said as such; anything else was unexpected and goes to the log
                    ProblemException known = ProblemException.behind(e);
                    if (known == null) {
                        Diagnostics.logUnexpected(e);
                    }
                    status.setText(known != null ? Messages.get(known.key()) + " " + Messages.get("import.wizard.failed")
                            : Messages.get("import.wizard.failed"));
                    status.getStyleClass().add(Styles.DANGER);
                    back.setDisable(false);
                });
        return box;
    }

    private void showResult(VBox box, Label status, ImportResult r) {
        if (r.problem() != null) {
            status.setText(r.problem().text(Messages.locale()));
            back.setDisable(false);
            return;
        }
        if (!r.errors().isEmpty()) {
            status.setText(Messages.get("import.wizard.invalid", r.errors().size()));
            back.setDisable(false);
            return;
        }
        status.setText(Messages.get("import.wizard.done", r.summary(Messages.locale())));
        if (!r.conflicts().isEmpty()) {
            ListView<String> conflicts = Sentences.list("import-conflicts");
            for (ConflictNotice c : r.conflicts()) {
                conflicts.getItems().add(Messages.get(c.title()) + ": " + Messages.get(c.message()));
            }
            VBox.setVgrow(conflicts, Priority.ALWAYS);
            box.getChildren().addAll(Sentences.label(Messages.get("import.wizard.conflicts")), conflicts);
        }
        if (!r.visitsAfterLeaving().isEmpty()) {
            box.getChildren().add(offerToCancel(r.visitsAfterLeaving()));
        }
    }

    /**
     * The file says people left (or will leave on a day known in advance) who still have visits planned from that
     * day on: the facility will refuse them, so the wizard offers to cancel them.
     */
    private Node offerToCancel(List<Long> visits) {
        Label says = Sentences.label(Messages.get("import.wizard.leaving", visits.size()));
        says.setId("import-leaving");
        says.getStyleClass().add(Styles.WARNING);
        // the rest of their weekly visits is among them: said, so that nobody looks for it later
        ctx.background().run(() -> ctx.workspace().series().countInSeries(visits), inSeries -> {
            if (inSeries > 0 && says.getStyleClass().contains(Styles.WARNING)) {
                says.setText(says.getText() + " " + Messages.get("detainees.cancelFuture.series", inSeries));
            }
        });
        Button cancel = new Button(Messages.get("import.wizard.leaving.cancel", visits.size()));
        cancel.setId("import-cancel-visits");
        cancel.setOnAction(e -> {
            cancel.setDisable(true);
            ctx.background().run(() -> ctx.workspace().detainees().cancelVisits(visits), n -> {
                says.setText(Messages.get("import.wizard.leaving.done", n));
                says.getStyleClass().remove(Styles.WARNING);
                cancel.setVisible(false);
                afterImport.run();
            }, err -> {
                cancel.setDisable(false);
                Failure.show(err);
            });
        });
        return new VBox(6, says, cancel);
    }

    /** True for the files the wizard takes: .xlsx and .csv. */
    public static boolean accepts(File f) {
        String n = f.getName().toLowerCase(Locale.ROOT);
        return f.isFile() && (n.endsWith(".xlsx") || n.endsWith(".csv"));
    }
}
