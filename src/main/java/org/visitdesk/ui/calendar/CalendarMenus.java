package org.visitdesk.ui.calendar;

import java.time.LocalDateTime;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import org.visitdesk.app.Messages;
import org.visitdesk.app.VisitListing;

/** The calendar's right-click menus: on a visit (edit, cancel) and on an empty time (plan a visit there). */
final class CalendarMenus {

    private CalendarMenus() {
    }

    /** The menu of an entry: Edit and Cancel for a visit, nothing for a closed day. */
    static ContextMenu ofEntry(Object entryObject, VisitActions actions) {
        ContextMenu menu = new ContextMenu();
        if (entryObject instanceof VisitListing l) {
            MenuItem edit = new MenuItem(Messages.get("action.edit"));
            edit.setOnAction(e -> actions.edit().accept(l.visit()));
            MenuItem cancel = new MenuItem(Messages.get("calendar.cancelVisit"));
            cancel.setDisable(!l.visit().status().isActive());
            cancel.setOnAction(e -> actions.cancel().accept(l));
            menu.getItems().addAll(edit, cancel);
        }
        return menu;
    }

    /** The menu of an empty time: a new visit there. */
    static ContextMenu ofTime(LocalDateTime at, VisitActions actions) {
        MenuItem add = new MenuItem(Messages.get("calendar.newVisitHere"));
        add.setOnAction(e -> actions.plan().accept(at));
        return new ContextMenu(add);
    }
}
