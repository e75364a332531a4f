package org.visitdesk.ui.calendar;

import java.time.LocalDateTime;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import org.visitdesk.app.Messages;
import org.visitdesk.app.VisitListing;

/**
 * The calendar's right-click menus: on a visit (open, report, find another time, cancel), wherever it is shown (the
 * calendar, the conflicts panel, a "+N" list), and on an empty time (plan a visit there).
 */
final class CalendarMenus {

    private CalendarMenus() {
    }

    /** The menu of an entry: the visit's actions for a visit, nothing for a closed day. */
    static ContextMenu ofEntry(Object entryObject, VisitActions actions) {
        ContextMenu menu = new ContextMenu();
        if (entryObject instanceof VisitListing l) {
            menu.getItems().addAll(ofVisit(l, actions).getItems());
        }
        return menu;
    }

    /** Open, report, find another time, cancel: what can be done with one visit. */
    static ContextMenu ofVisit(VisitListing l, VisitActions actions) {
        boolean known = l.detainee() != null;
        MenuItem open = new MenuItem(Messages.get("calendar.openVisit"));
        open.setId("menu-open-visit");
        open.setOnAction(e -> actions.edit().accept(l.visit()));
        MenuItem report = new MenuItem(Messages.get("report.action"));
        report.setId("menu-report");
        report.setDisable(!actions.reportable().test(l));
        report.setOnAction(e -> actions.report().accept(l));
        MenuItem find = new MenuItem(Messages.get("calendar.findAnotherTime"));
        find.setId("menu-find-time");
        // a visit of a person removed by clean-up is history: no other time is looked for
        find.setDisable(!known || !l.visit().status().isPlanned());
        find.setOnAction(e -> actions.findTime().accept(l));
        MenuItem cancel = new MenuItem(Messages.get("calendar.cancelVisit"));
        cancel.setId("menu-cancel-visit");
        cancel.setDisable(!l.visit().status().isActive());
        cancel.setOnAction(e -> actions.cancel().accept(l));
        return new ContextMenu(open, report, find, cancel);
    }

    /** The menu of an empty time: a new visit there. */
    static ContextMenu ofTime(LocalDateTime at, VisitActions actions) {
        MenuItem add = new MenuItem(Messages.get("calendar.newVisitHere"));
        add.setOnAction(e -> actions.plan().accept(at));
        return new ContextMenu(add);
    }
}
