package org.visitdesk.ui.reports;

import atlantafx.base.theme.Styles;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.visitdesk.app.Messages;
import org.visitdesk.domain.AccessReport;
import org.visitdesk.domain.OutcomeCode;
import org.visitdesk.ui.Form;
import org.visitdesk.ui.Page;
import org.visitdesk.ui.PageContext;

/**
 * A picture of the access report where a person would rather look than read: over a range of days, the visits of
 * each week stacked by outcome (and those with no report yet), and the median wait of each week.
 */
public final class ReportsPage implements Page {

    private final ReportsViewModel model;
    private final BorderPane root = new BorderPane();
    private final CategoryAxis weekAxis = new CategoryAxis();
    private final NumberAxis countAxis = new NumberAxis();
    private final StackedBarChart<String, Number> visits = new StackedBarChart<>(weekAxis, countAxis);
    private final CategoryAxis waitWeekAxis = new CategoryAxis();
    private final NumberAxis minutesAxis = new NumberAxis();
    private final LineChart<String, Number> waits = new LineChart<>(waitWeekAxis, minutesAxis);
    private final Label summary = new Label();

    public ReportsPage(PageContext ctx) {
        model = new ReportsViewModel(ctx.workspace(), ctx.background());
        Label title = new Label(Messages.get("reports.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        DatePicker from = Form.datePicker();
        from.setId("reports-from");
        DatePicker to = Form.datePicker();
        to.setId("reports-to");
        from.valueProperty().bindBidirectional(model.fromProperty());
        to.valueProperty().bindBidirectional(model.toProperty());
        from.valueProperty().addListener((o, a, b) -> model.load());
        to.valueProperty().addListener((o, a, b) -> model.load());
        Label fromLabel = new Label(Messages.get("reports.from"));
        fromLabel.setLabelFor(from);
        Label toLabel = new Label(Messages.get("reports.to"));
        toLabel.setLabelFor(to);
        FlowPane range = new FlowPane(8, 6, fromLabel, from, toLabel, to);
        range.setAlignment(Pos.CENTER_LEFT);
        summary.setId("reports-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        VBox top = new VBox(8, title, range, summary);

        visits.setId("reports-visits");
        visits.setTitle(Messages.get("reports.visitsChart"));
        countAxis.setLabel(Messages.get("reports.visits"));
        countAxis.setMinorTickVisible(false);
        waits.setId("reports-waits");
        waits.setTitle(Messages.get("reports.waitChart"));
        minutesAxis.setLabel(Messages.get("reports.minutes"));
        minutesAxis.setMinorTickVisible(false);
        waits.setLegendVisible(false);
        // a chart that animates its categories loses some when they change; the coordinator wants the numbers now
        for (var c : List.of(visits, waits)) {
            c.setAnimated(false);
            c.setMinHeight(160);
        }
        weekAxis.setAnimated(false);
        waitWeekAxis.setAnimated(false);
        VBox charts = new VBox(8, visits, waits);
        VBox.setVgrow(visits, Priority.ALWAYS);
        VBox.setVgrow(waits, Priority.ALWAYS);
        root.setTop(top);
        root.setCenter(charts);
        BorderPane.setMargin(charts, new Insets(8, 0, 0, 0));
        root.setPadding(new Insets(12));
        root.getStyleClass().add("page");
        model.weeks().addListener((ListChangeListener<AccessReport.Week>) c -> draw());
        model.figuresProperty().addListener((o, a, f) -> summary.setText(f == null ? "" : words(f)));
    }

    private static String label(AccessReport.Week w) {
        return DateTimeFormatter.ofPattern("d MMM", Messages.locale()).format(w.monday());
    }

    /** Draws the weeks read: one series per outcome (in the order of the codes) and one of visits not reported. */
    private void draw() {
        List<AccessReport.Week> weeks = model.weeks();
        List<String> labels = weeks.stream().map(ReportsPage::label).toList();
        weekAxis.getCategories().setAll(labels);
        waitWeekAxis.getCategories().setAll(labels);
        visits.getData().clear();
        for (OutcomeCode code : OutcomeCode.values()) {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(Messages.of("outcome", code));
            for (AccessReport.Week w : weeks) {
                s.getData().add(new XYChart.Data<>(label(w), w.byOutcome().getOrDefault(code, 0)));
            }
            visits.getData().add(s);
        }
        XYChart.Series<String, Number> none = new XYChart.Series<>();
        none.setName(Messages.get("reports.noReport"));
        for (AccessReport.Week w : weeks) {
            none.getData().add(new XYChart.Data<>(label(w), w.noOutcome()));
        }
        visits.getData().add(none);
        XYChart.Series<String, Number> median = new XYChart.Series<>();
        median.setName(Messages.get("reports.medianWait"));
        for (AccessReport.Week w : weeks) {
            Long m = ReportsViewModel.minutes(w.medianWait());
            if (m != null) {
                median.getData().add(new XYChart.Data<>(label(w), m));
            }
        }
        waits.getData().setAll(List.of(median));
    }

    private static String words(AccessReport.Figures f) {
        Long median = ReportsViewModel.minutes(f.medianWait());
        return Messages.get("reports.summary", f.planned(), f.happened(), f.denied() + f.notBroughtOut()
                + f.lockdown(), f.noOutcome()) + (median == null ? ""
                : "  " + Messages.get("reports.summaryWait", median));
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void shown() {
        model.load();
    }

    @Override
    public void changedElsewhere() {
        model.load();
    }
}
