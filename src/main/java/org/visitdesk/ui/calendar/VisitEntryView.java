package org.visitdesk.ui.calendar;

import com.calendarfx.model.Entry;
import com.calendarfx.view.DayEntryView;
import impl.com.calendarfx.view.DayEntryViewSkin;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.Skin;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.Duration;
import org.visitdesk.ui.Dates;

/**
 * A visit in a day or week column: the person (with the mark of the worst conflict), then the housing unit and,
 * where there is room, the time; the whole of it in a tooltip. CalendarFX's entry view wraps a name wherever the
 * column ends, even inside a word ("Gurpree t"): this one wraps only between words and ends with "…" when a word
 * is wider than the column or the lines do not fit.
 */
final class VisitEntryView extends DayEntryView {

    /** @param describe the tooltip's words for an entry, made when it shows (so that it says what is true now) */
    VisitEntryView(Entry<?> entry, Function<Entry<?>, String> describe) {
        super(entry);
        getStyleClass().add("visit-entry");
        Tooltip tip = new Tooltip(describe.apply(entry));
        tip.setWrapText(true);
        tip.setMaxWidth(460);
        tip.setShowDelay(Duration.millis(400));
        tip.setShowDuration(Duration.seconds(30));
        tip.setOnShowing(e -> tip.setText(describe.apply(entry)));
        setTooltip(tip);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new VisitEntrySkin(this);
    }

    /** The labels of {@link DayEntryViewSkin}, laid out to keep words whole. */
    static final class VisitEntrySkin extends DayEntryViewSkin {

        private Text measure;

        VisitEntrySkin(DayEntryView view) {
            super(view);
            // CalendarFX puts the start time under the title; here that line says where the person lives
            startTimeLabel.getStyleClass().add("visit-unit");
        }

        @Override
        protected String formatTime(ZonedDateTime time, ZoneId zoneId) {
            return Dates.show(time.withZoneSameInstant(zoneId).toLocalTime());
        }

        @Override
        protected void updateLabels() {
            super.updateLabels();
            startTimeLabel.setText(unitLine(false));
        }

        /** The housing unit, and the time when asked for (and the unit is known). */
        private String unitLine(boolean withTime) {
            Entry<?> e = getEntry();
            String unit = e.getLocation() == null ? "" : e.getLocation();
            String time = Dates.show(e.getStartTime());
            if (unit.isEmpty()) {
                return time;
            }
            return withTime ? unit + "  " + time : unit;
        }

        @Override
        protected void layoutChildren(double x, double y, double w, double h) {
            if (measure == null) {
                measure = new Text();
            }
            Insets pad = titleLabel.getPadding();
            double textWidth = w - pad.getLeft() - pad.getRight();
            String full = getEntry().getTitle() == null ? "" : getEntry().getTitle();
            String title = EntryTitle.fitted(full, titleLabel.getFont(), textWidth,
                    titleLabel.getEllipsisString());
            titleLabel.setText(title);
            double oneLine = lineHeight(titleLabel.getFont()) + pad.getTop() + pad.getBottom();

            // the time only where the unit and the time fit on one line
            String withTime = unitLine(true);
            Insets unitPad = startTimeLabel.getPadding();
            measure.setFont(startTimeLabel.getFont());
            measure.setText(withTime);
            boolean timeFits = measure.getLayoutBounds().getWidth() <= w - unitPad.getLeft() - unitPad.getRight();
            startTimeLabel.setText(unitLine(timeFits));
            double unitHeight = lineHeight(startTimeLabel.getFont()) + unitPad.getTop() + unitPad.getBottom();

            boolean showUnit = h >= oneLine + unitHeight;
            double room = showUnit ? h - unitHeight : h;
            // whole lines only: a label given part of a line draws "…" on the last whole one
            double lines = Math.max(1, Math.floor((room - pad.getTop() - pad.getBottom())
                    / lineHeight(titleLabel.getFont())));
            // wrapped between words where two lines fit; on one line a wrapped name ends in "…" after its first
            // word or before it ("⚠ …"), so there it is cut inside the word instead ("⚠ Xhuwan L…")
            titleLabel.setWrapText(lines >= 2 && longestWord(title, titleLabel.getFont()) <= textWidth);
            double titleHeight = titleLabel.isWrapText() ? Math.max(oneLine, titleLabel.prefHeight(w)) : oneLine;
            double fitted = Math.min(titleHeight, lines * lineHeight(titleLabel.getFont()) + pad.getTop()
                    + pad.getBottom());
            titleLabel.resizeRelocate(snapPositionX(x), snapPositionY(y), snapSizeX(w), snapSizeY(fitted));
            startTimeLabel.setVisible(showUnit);
            if (showUnit) {
                startTimeLabel.resizeRelocate(snapPositionX(x), snapPositionY(y + fitted), snapSizeX(w),
                        snapSizeY(unitHeight));
            }
        }

        private double longestWord(String text, Font font) {
            measure.setFont(font);
            double most = 0;
            for (String word : text.split("\\s+")) {
                measure.setText(word);
                most = Math.max(most, measure.getLayoutBounds().getWidth());
            }
            return most;
        }

        private double lineHeight(Font font) {
            measure.setFont(font);
            measure.setText("Ág");
            return Math.ceil(measure.getLayoutBounds().getHeight());
        }
    }
}
