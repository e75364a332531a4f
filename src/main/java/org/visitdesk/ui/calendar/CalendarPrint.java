package org.visitdesk.ui.calendar;

import com.calendarfx.model.Calendar;
import com.calendarfx.model.CalendarSource;
import com.calendarfx.model.Entry;
import com.calendarfx.model.LoadEvent;
import com.calendarfx.view.CalendarView;
import com.calendarfx.view.print.PrintView;
import com.calendarfx.view.print.PrintablePage;
import com.calendarfx.view.print.ViewType;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.visitdesk.app.Messages;
import org.visitdesk.ui.AppStyle;
import org.visitdesk.ui.PageContext;
import org.visitdesk.ui.Printing;

/**
 * Printing the calendar's day, week or month through CalendarFX's print view (preview, paper, pages; a week goes
 * on one landscape page), to a printer or a PDF printer. The visits keep their marks (✖ breaks a rule, ⚠ warning)
 * and the printed page's key explains them: an empty calendar named by the legend, beside the visits' statuses.
 */
final class CalendarPrint {

    private CalendarPrint() {
    }

    /** The print view of what the calendar shows now: its page (day, week or month), day and visits. */
    static PrintView view(CalendarView calendar, CalendarSource visits, Function<Entry<?>, String> describe,
            BiConsumer<LocalDate, LocalDate> load) {
        PrintView pv = new PrintView();
        // the preview asks for the days it shows, as the calendar does: the visits of another week are read too
        pv.addEventHandler(LoadEvent.LOAD, evt -> load.accept(evt.getStartDate(), evt.getEndDate()));
        pv.setZoneId(calendar.getZoneId());
        // the print view's time range counts from "today" ("this week"): from the day the calendar shows, so that
        // Print prints what is on screen
        pv.setToday(calendar.getDate());
        pv.dateProperty().set(calendar.getDate());
        pv.setWeekFields(calendar.getWeekFields());
        pv.setViewType(viewType(calendar.getSelectedPage()));
        pv.getCalendarSources().setAll(visits, legend());
        // the page's options follow the print view's own Options section (the coordinator can change them there)
        pv.getSettingsView().getOptionsView().setShowCalendarKeys(true);
        PrintablePage page = pv.getPreviewPane().getPrintablePage();
        page.getDayView().getDayView().setEntryViewFactory(e -> new VisitEntryView(e, describe));
        // 24-hour time, as on screen (CalendarFX's printed week keeps its own hours, 08:00 to 19:00)
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
        page.getWeekView().getTimeScaleView().setTimeFormatter(time);
        page.getDayView().getTimeScaleView().setTimeFormatter(time);
        return pv;
    }

    /** The print view's page type for the calendar's page (a week when none is chosen). */
    static ViewType viewType(CalendarView.Page page) {
        if (page == null) {
            return ViewType.WEEK_VIEW;
        }
        return switch (page) {
            case DAY -> ViewType.DAY_VIEW;
            case MONTH, YEAR -> ViewType.MONTH_VIEW;
            default -> ViewType.WEEK_VIEW;
        };
    }

    /** The key's explanation of the marks: a calendar without entries whose name is the legend. */
    static CalendarSource legend() {
        CalendarSource legend = new CalendarSource(Messages.get("print.legend.title"));
        Calendar<Object> marks = new Calendar<>(Messages.get("calendar.legend"));
        marks.setReadOnly(true);
        legend.getCalendars().add(marks);
        return legend;
    }

    /** Opens the print view over the window, in the app's look; without a printer, says so instead. */
    static void open(PageContext ctx, CalendarView calendar, CalendarSource visits,
            Function<Entry<?>, String> describe, BiConsumer<LocalDate, LocalDate> load) {
        if (!Printing.hasPrinter()) {
            ctx.dialogs().error(Messages.get("print.noPrinter.header"), Messages.get("print.noPrinter.text"));
            return;
        }
        PrintView pv = view(calendar, visits, describe, load);
        pv.setOnCancel(e -> pv.hide());
        pv.show(ctx.stage());
        if (pv.getScene() != null) {
            AppStyle.add(pv.getScene());
        }
        LocalDate shown = calendar.getDate();
        pv.loadDropDownValues(shown);
    }
}
