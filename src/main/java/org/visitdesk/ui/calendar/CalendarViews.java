package org.visitdesk.ui.calendar;

import impl.com.calendarfx.view.MonthEntryViewSkin;
import javafx.scene.control.Skin;
import com.calendarfx.model.Entry;
import com.calendarfx.view.AllDayEntryView;
import com.calendarfx.view.CalendarView;
import com.calendarfx.view.DayView;
import com.calendarfx.view.DayViewBase;
import com.calendarfx.view.DetailedDayView;
import com.calendarfx.view.DetailedWeekView;
import com.calendarfx.view.MonthEntryView;
import com.calendarfx.view.WeekDayHeaderView;
import com.calendarfx.view.page.DayPage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.WeekFields;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.util.Duration;
import org.visitdesk.app.Messages;

/**
 * CalendarFX's views set up for VisitDesk through their public properties: the hours of visiting days, 24-hour
 * times and dates in the language in use, the app's entry views (whole words, tooltips) and day columns (the
 * "+N" chip), day headers that fit their width, and a current-time line that moves and hides outside the hours
 * shown.
 */
final class CalendarViews {

    /** Visiting hours at Adelanto run from 7:00 to 17:00: the day is shown whole, without scrolling. */
    static final LocalTime FIRST_HOUR = LocalTime.of(6, 30);
    static final LocalTime LAST_HOUR = LocalTime.of(18, 0);

    private CalendarViews() {
    }

    /**
     * Sets up the views of a new calendar.
     *
     * @param describe the tooltip of an entry
     * @param onMore   what a click on a "+N" chip does
     * @param shading  the hours shaded behind the visits
     */
    static void setUp(CalendarView calendar, Function<Entry<?>, String> describe,
            Consumer<DayColumn.More> onMore, ObservableValue<ShadedHours> shading) {
        calendar.setShowAddCalendarButton(false);
        calendar.setShowPrintButton(false);
        calendar.setShowSearchField(false);
        calendar.setShowSourceTrayButton(false);
        calendar.setShowSourceTray(false);
        calendar.setTraysAnimated(false);
        // Day, Week and Month are the page's own buttons; the rest of CalendarFX's tool bar (its "layout" button
        // shows a column per calendar, which here are statuses, as unreadable letters) is not wanted
        calendar.setShowPageSwitcher(false);
        calendar.setShowPageToolBarControls(false);
        calendar.setShowToolBar(false);
        // ISO weeks, Monday to Sunday: the weekly visit limit counts them so
        calendar.setWeekFields(WeekFields.ISO);
        calendar.setStartTime(FIRST_HOUR);
        calendar.setEndTime(LAST_HOUR);

        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
        DetailedWeekView week = calendar.getWeekPage().getDetailedWeekView();
        DetailedDayView day = calendar.getDayPage().getDetailedDayView();
        for (DayViewBase v : List.<DayViewBase>of(week, day)) {
            v.setEarlyLateHoursStrategy(DayViewBase.EarlyLateHoursStrategy.HIDE);
            v.setHoursLayoutStrategy(DayViewBase.HoursLayoutStrategy.FIXED_HOUR_COUNT);
            v.setVisibleHours(12);
        }
        week.getTimeScaleView().setTimeFormatter(time);
        day.getTimeScaleView().setTimeFormatter(time);

        week.getWeekView().setWeekDayViewFactory(p -> new DayColumn.Week(describe, onMore, shading));
        week.getWeekDayHeaderView().setCellFactory(DayHeader::new);
        DayView dayView = day.getDayView();
        dayView.setEntryViewFactory(e -> new VisitEntryView(e, describe));
        // set before CalendarFX makes its own skin for the day, which would install a second drag handler
        dayView.setSkin(new DayColumn.DaySkin(dayView, onMore, shading));
        for (var allDay : List.of(week.getAllDayView(), day.getAllDayView())) {
            allDay.setEntryViewFactory(e -> tipped(new AllDayEntryView(e), describe.apply(e)));
        }
        calendar.getMonthPage().getMonthView().setEntryViewFactory(e -> {
            MonthEntryView v = new VisitMonthEntryView(e);
            Tooltip tip = new Tooltip(describe.apply(e));
            tip.setWrapText(true);
            tip.setMaxWidth(460);
            tip.setOnShowing(x -> tip.setText(describe.apply(e)));
            v.setTooltip(tip);
            return v;
        });

        // the day page: the day at full width (its mini-month and agenda would take a third of it); the tool bar
        // has the navigation, the side panel the day's conflicts
        DayPage dayPage = calendar.getDayPage();
        dayPage.setDayPageLayout(DayPage.DayPageLayout.DAY_ONLY);
        dayPage.setShowDayPageLayoutControls(false);
        // "Wed 2 Dec 2026": the weekday (windows go by it) in a heading that fits beside the arrows at 1024 pixels
        // (the full Spanish date pushed the arrows out and was cut)
        dayPage.setDateTimeFormatter(DateTimeFormatter.ofPattern("EEE d MMM yyyy", Messages.locale()));
        DateTimeFormatter month = DateTimeFormatter.ofPattern("LLLL yyyy", Messages.locale());
        calendar.getWeekPage().setDateTimeFormatter(month);
        calendar.getMonthPage().setDateTimeFormatter(month);
    }

    private static AllDayEntryView tipped(AllDayEntryView v, String text) {
        v.setTooltip(new Tooltip(text));
        return v;
    }

    /**
     * Keeps "now" current: today and the time of the current-time line, once a minute, from the records' clock;
     * the line shows only while now is inside the hours shown (CalendarFX would draw it at the edge).
     */
    static Timeline followNow(CalendarView calendar, Clock clock) {
        Runnable update = () -> {
            LocalTime now = LocalTime.now(clock);
            calendar.setToday(LocalDate.now(clock));
            calendar.setTime(now);
            boolean inside = !now.isBefore(calendar.getStartTime()) && now.isBefore(calendar.getEndTime());
            for (DayViewBase v : List.<DayViewBase>of(calendar.getWeekPage().getDetailedWeekView(),
                    calendar.getDayPage().getDetailedDayView())) {
                v.setEnableCurrentTimeMarker(inside);
                v.setEnableCurrentTimeCircle(inside);
            }
        };
        update.run();
        Timeline minutes = new Timeline(new KeyFrame(Duration.seconds(30), e -> update.run()));
        minutes.setCycleCount(Animation.INDEFINITE);
        minutes.play();
        return minutes;
    }

    /**
     * A day's heading in the week: the longest of "Monday 7", "Mon 7" and "7" that fits the column (CalendarFX
     * always writes "Mon, 7" and cuts it to "Mo…" when the column is narrow).
     */
    static final class DayHeader extends WeekDayHeaderView.WeekDayHeaderCell {

        private static final List<String> PATTERNS = List.of("EEEE d", "EEE d", "d");
        private final Text measure = new Text();

        DayHeader(WeekDayHeaderView view) {
            super(view);
            dateProperty().addListener(o -> pick());
            widthProperty().addListener(o -> pick());
            fontProperty().addListener(o -> pick());
        }

        private void pick() {
            LocalDate d = getDate();
            if (d == null) {
                return;
            }
            double room = getWidth() - snappedLeftInset() - snappedRightInset() - 2;
            measure.setFont(getFont());
            // one pattern for the whole week: the longest whose widest weekday fits, so all days read alike
            String pattern = PATTERNS.get(PATTERNS.size() - 1);
            for (String p : PATTERNS) {
                if (widest(p) <= room) {
                    pattern = p;
                    break;
                }
            }
            String text = DateTimeFormatter.ofPattern(pattern, Messages.locale()).format(d);
            setText(text);
            setTooltip(new Tooltip(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                    .withLocale(Messages.locale()).format(d)));
        }

        /** The width of a pattern on the widest of the seven weekdays, with a two-digit day. */
        private double widest(String pattern) {
            DateTimeFormatter f = DateTimeFormatter.ofPattern(pattern, Messages.locale());
            double most = 0;
            for (int i = 0; i < 7; i++) {
                measure.setText(f.format(LocalDate.of(2026, 12, 21).plusDays(i)));
                most = Math.max(most, measure.getLayoutBounds().getWidth());
            }
            return most;
        }
    }

    /** A visit in a month's day, whose conflict mark gives way to the name where both do not fit. */
    private static final class VisitMonthEntryView extends MonthEntryView {
        VisitMonthEntryView(Entry<?> entry) {
            super(entry);
        }

        @Override
        protected Skin<?> createDefaultSkin() {
            return new MonthEntryViewSkin(this) {
                @Override
                protected void layoutChildren(double x, double y, double w, double h) {
                    super.layoutChildren(x, y, w, h);
                    String full = getSkinnable().getEntry().getTitle();
                    if (full != null && titleLabel.getWidth() > 0) {
                        String fitted = EntryTitle.fitted(full, titleLabel.getFont(), titleLabel.getWidth()
                                - titleLabel.getPadding().getLeft() - titleLabel.getPadding().getRight(),
                                titleLabel.getEllipsisString());
                        if (!fitted.equals(titleLabel.getText())) {
                            titleLabel.setText(fitted);
                        }
                    }
                }
            };
        }
    }
}
