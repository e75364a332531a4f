package org.visitdesk.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.visitdesk.app.HistoryEntry;
import org.visitdesk.app.Messages;
import org.visitdesk.app.RecordType;

/**
 * Puts a record's form on a "Details" tab beside a "History" tab that lists when the record was created or
 * changed, which fields changed from what to what, and the reason of a visit saved anyway. The history is read
 * in the background the first time the tab is shown. New records (id 0) have no history: the form stays as is.
 */
public final class HistoryTabs {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
            FormatStyle.SHORT);

    private HistoryTabs() {
    }

    /** The form alone for a new record, else the form, any other tabs of the record, and its history. */
    public static Node wrap(Node details, PageContext ctx, RecordType type, long id, Tab... more) {
        if (id == 0) {
            return details;
        }
        Tab detailsTab = new Tab(Messages.get("history.details"), details);
        detailsTab.setId("tab-details");
        ListView<HistoryEntry> list = newList();
        list.setPrefHeight(360);
        Tab historyTab = new Tab(Messages.get("history.title"), list);
        historyTab.setId("tab-history");
        TabPane tabs = new TabPane(detailsTab);
        tabs.getTabs().addAll(more);
        tabs.getTabs().add(historyTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        historyTab.selectedProperty().addListener((o, was, now) -> {
            if (now && list.getUserData() == null) {
                list.setUserData(Boolean.TRUE);
                fill(list, ctx, type, id);
            }
        });
        return tabs;
    }

    /** An empty list of history entries, each shown as its lines. */
    public static ListView<HistoryEntry> newList() {
        ListView<HistoryEntry> list = new ListView<>();
        list.setId("history-list");
        list.setPlaceholder(new Label(Messages.get("history.loading")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(HistoryEntry e, boolean empty) {
                super.updateItem(e, empty);
                // a text node wrapped at the cell's width: a label's own wrapping cut an entry of many lines
                Columns.wrapText(this, empty || e == null ? null : describe(e));
                setPrefWidth(0);
            }
        });
        return list;
    }

    /** Reads a record's history in the background into the list. */
    public static void fill(ListView<HistoryEntry> list, PageContext ctx, RecordType type, long id) {
        ctx.background().run(() -> ctx.workspace().history().of(type, id), (List<HistoryEntry> entries) -> {
            list.setPlaceholder(new Label(Messages.get("history.none")));
            list.getItems().setAll(entries);
        });
    }

    /**
     * One entry as lines: when, what and who (on a shared store), then one line per field, then the reason if any,
     * then whose change it was saved over, if it was.
     */
    public static String describe(HistoryEntry e) {
        StringBuilder sb = new StringBuilder();
        sb.append(e.at().format(WHEN.withLocale(Messages.locale()))).append("  ·  ")
                .append(Messages.get(e.action().key()));
        if (!e.coordinator().isEmpty()) {
            sb.append("  ·  ").append(Messages.get("history.by", e.coordinator()));
        }
        for (HistoryEntry.Change c : e.changes()) {
            sb.append('\n').append("    ").append(Messages.get(c.describe()));
        }
        if (!e.reason().isEmpty()) {
            sb.append('\n').append("    ").append(Messages.get("history.reason", e.reason()));
        }
        if (e.overwrote() != null) {
            String when = e.overwrote().at().format(WHEN.withLocale(Messages.locale()));
            sb.append('\n').append("    ").append(e.overwrote().named()
                    ? Messages.get("history.overwrote", e.overwrote().coordinator(), when)
                    : Messages.get("history.overwroteUnnamed", when));
        }
        return sb.toString();
    }
}
