package org.visitdesk.ui.export;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import javafx.application.HostServices;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.visitdesk.app.ExportService;
import org.visitdesk.app.Messages;
import org.visitdesk.app.ProblemException;
import org.visitdesk.ui.Form;
import org.visitdesk.ui.PageContext;
import org.visitdesk.ui.VisitDeskApplication;

/**
 * Export: the roster, visit sheets, the access report (de-identified if asked) or everything, for a range of days, into
 * an Excel file the coordinator picks; or, for the volunteers, a folder of calendar files and the mail-merge CSV.
 * It runs in the background with a progress sign, then offers to open the file or its folder.
 */
public final class ExportDialog extends Dialog<Void> {

    /** What to write. */
    public enum Kind {
        ROSTER, SHEETS, REPORT, ALL, CALENDARS, MAIL_MERGE;

        /** Files for the volunteers: a folder of calendar files or one CSV, never an Excel workbook. */
        boolean forVolunteers() {
            return this == CALENDARS || this == MAIL_MERGE;
        }
    }

    private final PageContext ctx;
    private final ToggleGroup kinds = new ToggleGroup();
    private final RadioButton roster = new RadioButton(Messages.get("export.kind.roster"));
    private final RadioButton sheets = new RadioButton(Messages.get("export.kind.sheets"));
    private final RadioButton all = new RadioButton(Messages.get("export.kind.all"));
    private final RadioButton report = new RadioButton(Messages.get("export.kind.report"));
    private final RadioButton calendars = new RadioButton(Messages.get("export.kind.calendars"));
    private final RadioButton mailMerge = new RadioButton(Messages.get("export.kind.mailMerge"));
    private final Label privacy = new Label(Messages.get("export.volunteers.privacy"));
    private final Label fileLabel = new Label(Messages.get("export.file"));
    private final CheckBox deidentified = new CheckBox(Messages.get("export.deidentified"));
    private final DatePicker from = Form.datePicker();
    private final DatePicker to = Form.datePicker();
    private final CheckBox notes = new CheckBox(Messages.get("export.withNotes"));
    private final CheckBox cancelled = new CheckBox(Messages.get("export.includeCancelled"));
    private final TextField file = new TextField();
    private final Label status = new Label();
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Button open = new Button(Messages.get("export.open"));
    private final Button showFolder = new Button(Messages.get("export.showFolder"));
    private final RuleBreakPanel breaking;
    private final ButtonType exportType = new ButtonType(Messages.get("export.run"), ButtonBar.ButtonData.OK_DONE);
    private Path written;

    private ExportDialog(PageContext ctx, LocalDate first, LocalDate last) {
        this.ctx = ctx;
        this.breaking = new RuleBreakPanel(ctx);
        initOwner(ctx.stage());
        setTitle(Messages.get("export.title"));
        setHeaderText(Messages.get("export.header"));
        setResizable(true);
        roster.setToggleGroup(kinds);
        sheets.setToggleGroup(kinds);
        all.setToggleGroup(kinds);
        report.setToggleGroup(kinds);
        calendars.setToggleGroup(kinds);
        mailMerge.setToggleGroup(kinds);
        calendars.setId("export-calendars");
        mailMerge.setId("export-mailmerge");
        calendars.setUserData(Kind.CALENDARS);
        mailMerge.setUserData(Kind.MAIL_MERGE);
        privacy.setId("export-privacy");
        privacy.setWrapText(true);
        privacy.setPrefWidth(520);
        privacy.setMinHeight(Region.USE_PREF_SIZE);
        privacy.setVisible(false);
        privacy.setManaged(false);
        report.setId("export-report");
        report.setUserData(Kind.REPORT);
        deidentified.setId("export-deidentified");
        deidentified.setDisable(true);
        roster.setId("export-roster");
        sheets.setId("export-sheets");
        all.setId("export-all");
        roster.setUserData(Kind.ROSTER);
        sheets.setUserData(Kind.SHEETS);
        all.setUserData(Kind.ALL);
        roster.setSelected(true);
        from.setId("export-from");
        to.setId("export-to");
        from.setValue(first);
        to.setValue(last);
        notes.setId("export-notes");
        cancelled.setId("export-cancelled");
        file.setId("export-file");
        file.setPrefColumnCount(32);
        file.setText(suggestedFile(Kind.ROSTER).toString());
        Button browse = new Button(Messages.get("export.browse"));
        browse.setId("export-browse");
        browse.setOnAction(e -> browse());
        kinds.selectedToggleProperty().addListener((o, a, b) -> kindChanged());
        deidentified.selectedProperty().addListener((o, a, b) -> kindChanged());
        breaking.kindChosen(Kind.ROSTER);
        from.valueProperty().addListener((o, a, b) -> checkRules());
        to.valueProperty().addListener((o, a, b) -> checkRules());

        progress.setVisible(false);
        progress.setPrefSize(22, 22);
        status.setId("export-status");
        status.setWrapText(true);
        status.setPrefWidth(520);
        status.setMinHeight(Region.USE_PREF_SIZE);
        open.setId("export-open");
        showFolder.setId("export-show-folder");
        open.setDisable(true);
        showFolder.setDisable(true);
        open.setOnAction(e -> openFile());
        showFolder.setOnAction(e -> openFolder());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        int r = 0;
        grid.addRow(r++, new Label(Messages.get("export.what")), kindChoice());
        grid.addRow(r++, new Label(Messages.get("export.from")), from);
        grid.addRow(r++, new Label(Messages.get("export.to")), to);
        grid.addRow(r++, new Label(Messages.get("export.options")), new VBox(6, notes, cancelled, deidentified));
        grid.add(breaking, 1, r++);
        grid.add(privacy, 1, r++);
        HBox fileRow = new HBox(6, file, browse);
        HBox.setHgrow(file, Priority.ALWAYS);
        grid.addRow(r++, fileLabel, fileRow);
        grid.addRow(r++, progress, status);
        grid.add(new HBox(8, open, showFolder), 1, r);
        GridPane.setHgrow(fileRow, Priority.ALWAYS);
        // labels and buttons keep their words; the file field gives way
        for (Node n : grid.getChildren()) {
            if (n instanceof Label l) {
                l.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        browse.setMinWidth(Region.USE_PREF_SIZE);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(exportType, ButtonType.CLOSE);
        Button run = (Button) getDialogPane().lookupButton(exportType);
        run.setId("export-run");
        // export keeps the dialog open: the result is shown in it, with Open and Show in folder
        run.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            start(run);
        });
        setResultConverter(b -> null);
    }

    /** The kinds side by side, going on to a second line where a language's words need the room. */
    private Node kindChoice() {
        FlowPane choice = new FlowPane(12, 6, roster, sheets, report, all, calendars, mailMerge);
        choice.setPrefWrapLength(440);
        return choice;
    }

    /** Opens the dialog with the days the calendar shows. */
    public static void open(PageContext ctx, LocalDate first, LocalDate last) {
        ExportDialog d = new ExportDialog(ctx, first, last);
        d.show();
        d.checkRules();
    }

    /** Says again which visits of the chosen days break a rule, and grows the dialog to show them. */
    private void checkRules() {
        breaking.check(from.getValue(), to.getValue(), this::fit);
    }

    /** Grows the dialog to what it shows now (a list of visits, a result), so that no line is cut. */
    private void fit() {
        if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
            getDialogPane().getScene().getWindow().sizeToScene();
        }
    }

    private Kind kind() {
        return (Kind) kinds.getSelectedToggle().getUserData();
    }

    private void kindChanged() {
        Kind k = kind();
        boolean ranged = k != Kind.ALL;
        from.setDisable(!ranged);
        to.setDisable(!ranged);
        notes.setDisable(k != Kind.ROSTER);
        cancelled.setDisable(k != Kind.ROSTER);
        deidentified.setDisable(k != Kind.REPORT);
        privacy.setVisible(k.forVolunteers());
        privacy.setManaged(k.forVolunteers());
        fileLabel.setText(Messages.get(k == Kind.CALENDARS ? "export.folder" : "export.file"));
        breaking.kindChosen(k);
        Path current = Path.of(file.getText().isBlank() ? "x" : file.getText());
        Path folder = current.getParent() != null ? current.getParent() : lastFolder();
        file.setText(folder.resolve(suggestedName(k)).toString());
        fit();
    }

    private Path lastFolder() {
        Path home = Path.of(System.getProperty("user.home"));
        return ctx.workspace().settings().exportFolder().filter(Files::isDirectory).orElse(home);
    }

    private Path suggestedFile(Kind k) {
        return lastFolder().resolve(suggestedName(k));
    }

    private String suggestedName(Kind k) {
        String range = from.getValue() == null ? "" : "-" + from.getValue()
                + (to.getValue() == null || to.getValue().equals(from.getValue()) ? "" : "-to-" + to.getValue());
        return switch (k) {
            case ROSTER -> "roster" + range + ".xlsx";
            case SHEETS -> "visit-sheets" + range + ".xlsx";
            case REPORT -> (deidentified.isSelected() ? "access-report-deidentified" : "access-report") + range
                    + ".xlsx";
            case ALL -> "visitdesk-all-" + LocalDate.now(ctx.workspace().clock()) + ".xlsx";
            case CALENDARS -> "calendars" + range;
            case MAIL_MERGE -> "reminders" + range + ".csv";
        };
    }

    private void browse() {
        if (kind() == Kind.CALENDARS) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(Messages.get("export.title"));
            chooser.setInitialDirectory(lastFolder().toFile());
            File chosen = chooser.showDialog(getDialogPane().getScene().getWindow());
            if (chosen != null) {
                file.setText(chosen.getPath());
            }
            return;
        }
        String ext = extension(kind());
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("export.title"));
        chooser.getExtensionFilters().add(kind() == Kind.MAIL_MERGE
                ? new FileChooser.ExtensionFilter(Messages.get("export.csvFiles"), "*.csv")
                : new FileChooser.ExtensionFilter(Messages.get("export.excelFiles"), "*.xlsx"));
        Path current = Path.of(file.getText().isBlank() ? suggestedFile(kind()).toString() : file.getText());
        Path folder = current.getParent() != null && Files.isDirectory(current.getParent()) ? current.getParent()
                : lastFolder();
        chooser.setInitialDirectory(folder.toFile());
        chooser.setInitialFileName(current.getFileName() == null ? suggestedName(kind())
                : current.getFileName().toString());
        File chosen = chooser.showSaveDialog(getDialogPane().getScene().getWindow());
        if (chosen != null) {
            String name = chosen.getName().toLowerCase(Locale.ROOT).endsWith(ext) ? chosen.getPath()
                    : chosen.getPath() + ext;
            file.setText(name);
        }
    }

    private void start(Button run) {
        Kind k = kind();
        LocalDate a = Form.dateOf(from);
        LocalDate b = Form.dateOf(to);
        if (k != Kind.ALL && (a == null || b == null)) {
            status.setText(Messages.get("export.error.dates"));
            return;
        }
        if (k != Kind.ALL && b.isBefore(a)) {
            status.setText(Messages.get("export.error.range"));
            return;
        }
        if (file.getText().isBlank()) {
            status.setText(Messages.get("export.error.noFile"));
            return;
        }
        String text = file.getText().strip();
        String ext = extension(k);
        Path out = Path.of(ext.isEmpty() || text.toLowerCase(Locale.ROOT).endsWith(ext) ? text : text + ext);
        boolean withNotes = notes.isSelected();
        boolean withCancelled = cancelled.isSelected();
        boolean leaveOut = breaking.leaveOut();
        boolean withoutNames = deidentified.isSelected();
        Locale language = Messages.locale();
        run.setDisable(true);
        open.setDisable(true);
        showFolder.setDisable(true);
        progress.setVisible(true);
        progress.setProgress(ProgressIndicator.INDETERMINATE_PROGRESS);
        status.setText(Messages.get("export.running"));
        ExportService exports = ctx.workspace().exports();
        var settings = ctx.workspace().settings();
        ctx.background().run(() -> {
            ExportService.Summary s = switch (k) {
                case ROSTER -> exports.roster(a, b, out, withNotes, withCancelled, leaveOut, language);
                case SHEETS -> exports.sheets(a, b, out, !leaveOut, language);
                case REPORT -> exports.report(a, b, out, withoutNames);
                case ALL -> exports.all(out);
                case CALENDARS -> exports.calendars(a, b, folderFor(out), language);
                case MAIL_MERGE -> exports.mailMerge(a, b, out, language);
            };
            Path parent = s.file().toAbsolutePath().getParent();
            if (parent != null) {
                settings.setExportFolder(parent);
            }
            return s;
        }, summary -> {
            run.setDisable(false);
            progress.setVisible(false);
            written = summary.file().toAbsolutePath();
            String done = k == Kind.CALENDARS
                    ? Messages.get("export.doneCalendars", summary.sheets(), summary.rows(), written.toString())
                    : k == Kind.MAIL_MERGE
                    ? Messages.get("export.doneMailMerge", summary.rows(), written.getFileName().toString())
                    : Messages.get(k == Kind.ALL ? "export.doneRecords" : k == Kind.REPORT
                    ? "export.doneReport" : "export.doneVisits", summary.rows(), written.getFileName().toString());
            status.setText(summary.leftOut() && !summary.breaking().isEmpty()
                    ? done + " " + Messages.get("export.leftOut", summary.breaking().size()) : done);
            fit();
            boolean canOpen = VisitDeskApplication.hostServices() != null;
            open.setDisable(!canOpen);
            showFolder.setDisable(!canOpen);
        }, failure -> {
            run.setDisable(false);
            progress.setVisible(false);
            // a store problem (the connection to a shared store lost, a full disk) is said in its own words too
            ProblemException known = ProblemException.behind(failure);
            status.setText(known != null ? Messages.get(known.key()) : Messages.get("export.error.FAILED"));
        });
    }

    /** The file name ending a kind writes ({@code ""} for a folder). */
    private static String extension(Kind k) {
        return switch (k) {
            case CALENDARS -> "";
            case MAIL_MERGE -> ".csv";
            default -> ".xlsx";
        };
    }

    /**
     * The folder of calendar files, made when only its last part is missing (the suggested name is a new folder
     * beside the last export); a missing parent folder is the export's own error to say.
     */
    private static Path folderFor(Path out) {
        Path dir = out.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir) && dir.getParent() != null && Files.isDirectory(dir.getParent())) {
            try {
                Files.createDirectory(dir);
            } catch (IOException e) {
                throw new ProblemException("export.error.NOT_WRITABLE", "the folder cannot be made", e);
            }
        }
        return dir;
    }

    private void openFile() {
        HostServices hs = VisitDeskApplication.hostServices();
        if (hs != null && written != null) {
            hs.showDocument(written.toUri().toString());
        }
    }

    private void openFolder() {
        HostServices hs = VisitDeskApplication.hostServices();
        if (hs != null && written != null && written.getParent() != null) {
            hs.showDocument(written.getParent().toUri().toString());
        }
    }
}
