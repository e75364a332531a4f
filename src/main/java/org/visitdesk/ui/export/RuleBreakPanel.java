package org.visitdesk.ui.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.visitdesk.app.ExportService;
import org.visitdesk.app.Messages;
import org.visitdesk.ui.Dates;
import org.visitdesk.ui.PageContext;

/**
 * Part of the Export dialog: the visits of the chosen days that break a rule (they will be refused as planned),
 * and the choice to leave them out, which visit sheets make by default.
 */
final class RuleBreakPanel extends VBox {

    /** How many visits are named; the rest are counted. */
    static final int NAMED = 5;
    private static final double TEXT_WIDTH = 520;

    private final PageContext ctx;
    private final Label title = new Label();
    private final Label visits = new Label();
    private final CheckBox leaveOut = new CheckBox(Messages.get("export.breaking.leaveOut"));
    private int asked;

    RuleBreakPanel(PageContext ctx) {
        super(6);
        this.ctx = ctx;
        setId("export-breaking");
        title.setId("export-breaking-title");
        title.setWrapText(true);
        title.setPrefWidth(TEXT_WIDTH);
        title.setMinHeight(Region.USE_PREF_SIZE);
        visits.setId("export-breaking-visits");
        visits.setWrapText(true);
        visits.setPrefWidth(TEXT_WIDTH);
        visits.setMinHeight(Region.USE_PREF_SIZE);
        leaveOut.setId("export-leave-out");
        getChildren().addAll(title, visits, leaveOut);
    }

    /** True when the visits that break a rule are to be left out. */
    boolean leaveOut() {
        return leaveOut.isSelected() && !leaveOut.isDisable();
    }

    /** A new kind of export: visit sheets leave such visits out unless told otherwise, a roster keeps them. */
    void kindChosen(ExportDialog.Kind kind) {
        leaveOut.setSelected(kind == ExportDialog.Kind.SHEETS);
        // the report counts what happened; the rules of planned visits are not its matter
        boolean planned = kind == ExportDialog.Kind.ROSTER || kind == ExportDialog.Kind.SHEETS;
        setVisible(planned);
        setManaged(planned);
    }

    /** Looks again at the days [from, to]; {@code shown} runs once the answer is on screen (to resize). */
    void check(LocalDate from, LocalDate to, Runnable shown) {
        int mine = ++asked;
        if (from == null || to == null || to.isBefore(from)) {
            show(List.of());
            return;
        }
        title.setText(Messages.get("export.breaking.checking"));
        title.setGraphic(null);
        visits.setText("");
        ExportService exports = ctx.workspace().exports();
        ctx.background().run(() -> exports.breaking(from, to, Messages.locale()), found -> {
            if (mine == asked) {
                show(found);
                shown.run();
            }
        }, failure -> {
            // the export itself will say what is wrong; the check only informs
            if (mine == asked) {
                show(List.of());
            }
        });
    }

    private void show(List<ExportService.RuleBreak> found) {
        leaveOut.setDisable(found.isEmpty());
        if (found.isEmpty()) {
            title.setText(Messages.get("export.breaking.none"));
            title.setGraphic(null);
            title.getStyleClass().remove("warning");
            visits.setText("");
            visits.setVisible(false);
            visits.setManaged(false);
            return;
        }
        title.setText(Messages.get("export.breaking.title"));
        FontIcon icon = new FontIcon("fth-alert-octagon");
        icon.getStyleClass().add("conflict-error-icon");
        title.setGraphic(icon);
        List<String> lines = new ArrayList<>();
        for (ExportService.RuleBreak b : found.subList(0, Math.min(NAMED, found.size()))) {
            lines.add(Dates.showDay(b.day()) + "  " + Dates.show(b.start()) + "  " + b.detainee() + " ("
                    + b.aNumber() + "): " + String.join(", ", b.rules()));
        }
        if (found.size() > NAMED) {
            lines.add(Messages.get("export.breaking.more", found.size() - NAMED));
        }
        visits.setText(String.join("\n", lines));
        visits.setVisible(true);
        visits.setManaged(true);
    }
}
