package org.visitdesk.ui.tomorrow;

import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.visitdesk.app.Messages;
import org.visitdesk.app.VisitListing;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.ui.Dates;

/**
 * The day-before call list on paper: black on white whatever the theme, one line per visit with the time, the
 * person, the visitors and their phones, and boxes for confirmed and cancelled (ticked as the records have it).
 */
final class TomorrowSheet {

    private TomorrowSheet() {
    }

    /** The sheet of a day's visits, ready for {@link org.visitdesk.ui.Printing}. */
    static VBox of(LocalDate day, List<VisitListing> visits) {
        Label title = new Label(Messages.get("tomorrow.print.title", Dates.showDay(day)));
        title.setId("tomorrow-sheet-title");
        title.setStyle("-fx-font-size: 16px; -fx-font-weight: bold; -fx-text-fill: black;");
        GridPane grid = new GridPane();
        grid.setId("tomorrow-sheet-grid");
        grid.setHgap(14);
        grid.setVgap(6);
        String[] heads = {"tomorrow.time", "visit.detainee", "visit.housingUnit", "tomorrow.calls",
            "tomorrow.confirmed", "tomorrow.cancelled"};
        for (int c = 0; c < heads.length; c++) {
            grid.add(cell(Messages.get(heads[c]), true), c, 0);
        }
        ColumnConstraints wide = new ColumnConstraints();
        wide.setPrefWidth(260);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(),
                new ColumnConstraints(), wide);
        int r = 1;
        for (VisitListing l : visits) {
            VisitStatus s = l.visit().status();
            grid.add(cell(Dates.show(l.visit().start().toLocalTime()) + "–" + Dates.show(l.visit().end()
                    .toLocalTime()), false), 0, r);
            grid.add(cell(l.detainee() == null ? "" : l.detainee().fullName(), false), 1, r);
            grid.add(cell(l.detainee() == null ? "" : l.detainee().housingUnit(), false), 2, r);
            grid.add(cell(TomorrowViewModel.calls(l), false), 3, r);
            grid.add(cell(s == VisitStatus.CONFIRMED ? "☑" : "☐", false), 4, r);
            grid.add(cell(s == VisitStatus.CANCELLED ? "☑" : "☐", false), 5, r);
            r++;
        }
        Label none = new Label(Messages.get("tomorrow.empty"));
        VBox sheet = new VBox(12, title, visits.isEmpty() ? none : grid);
        sheet.setPadding(new Insets(24));
        sheet.setStyle("-fx-background-color: white;");
        sheet.setPrefWidth(760);
        return sheet;
    }

    private static Label cell(String text, boolean head) {
        Label l = new Label(text);
        // whole words and times: only the visitors' column (given room) goes on to more lines
        l.setWrapText(text.contains("\n"));
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setStyle("-fx-text-fill: black; -fx-font-size: 12px;" + (head ? " -fx-font-weight: bold;" : ""));
        return l;
    }
}
