package org.visitdesk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Finds words a person cannot read whole: every shown {@link Labeled} whose skin draws less than its text (JavaFX
 * shortens it with "…" when the room is too small, or clips it). A Labeled's skin draws the text in a
 * {@link Text} child of its own (the "LabeledText"), holding exactly what is on screen; that is compared with the
 * Labeled's text. Use it after the layout has settled.
 *
 * <p>One cut is allowed: a text inside a control whose tooltip holds its whole words, as a calendar's entries are
 * (a half-hour visit in a week's column or a month's day cannot hold a long name; it ends in "…" and the
 * tooltip says it whole on hover), as long as some of its words show. Everywhere else a cut text is one.
 */
public final class CutText {

    /** One Labeled whose text is not shown whole. */
    public record Cut(Labeled labeled, String text, String shown) {
        @Override
        public String toString() {
            String name = labeled.getId() != null ? "#" + labeled.getId()
                    : labeled.getClass().getSimpleName() + labeled.getStyleClass();
            return name + " shows \"" + shown + "\" of \"" + text + "\"";
        }
    }

    private CutText() {
    }

    /** The Labeleds under {@code root} that show a cut text (from any thread). */
    public static List<Cut> find(Node root) {
        return onFx(() -> {
            List<Cut> out = new ArrayList<>();
            walk(root, null, out);
            return out;
        });
    }

    /** The cut texts of every window that shows now: the main window, dialogs, popups (from any thread). */
    public static List<Cut> inShowingWindows() {
        return onFx(() -> {
            List<Cut> out = new ArrayList<>();
            for (Window w : Window.getWindows()) {
                if (w.isShowing() && w.getScene() != null) {
                    walk(w.getScene().getRoot(), null, out);
                }
            }
            return out;
        });
    }

    private static <T> T onFx(Callable<T> work) {
        try {
            return Platform.isFxApplicationThread() ? work.call()
                    : WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** @param hover the tooltip's text of the nearest control above, or null */
    private static void walk(Node node, String hover, List<Cut> out) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Control c && c.getTooltip() != null && c.getTooltip().getText() != null) {
            hover = c.getTooltip().getText();
        }
        if (node instanceof Labeled l) {
            int before = out.size();
            check(l, out);
            if (out.size() > before && saidOnHover(l.getText(), hover) && showsAWord(out.get(before).shown())) {
                out.remove(before);
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, hover, out);
            }
        }
    }

    /** True when what is shown holds some letter of the text: "⚠ …" alone says nothing, tooltip or not. */
    static boolean showsAWord(String shown) {
        return shown.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** True when the tooltip holds the text's words whole (a leading conflict mark aside). */
    static boolean saidOnHover(String text, String hover) {
        if (hover == null) {
            return false;
        }
        String words = text.replaceFirst("^[\u26A0\u2716]\\s*", "").strip();
        return !words.isEmpty() && hover.contains(words);
    }

    private static void check(Labeled l, List<Cut> out) {
        String text = l.getText();
        if (text == null || text.isEmpty() || l.getSkin() == null
                || l.getContentDisplay() == javafx.scene.control.ContentDisplay.GRAPHIC_ONLY) {
            return;
        }
        for (Node child : l.getChildrenUnmodifiable()) {
            // the graphic may be a Text too (an icon font): the drawn text is the other one
            if (child instanceof Text t && child != l.getGraphic()) {
                String shown = t.getText() == null ? "" : t.getText();
                if (!child.isVisible() || !same(text, shown, l.isMnemonicParsing())) {
                    out.add(new Cut(l, text, child.isVisible() ? shown : ""));
                }
                return;
            }
        }
    }

    /** True when what is shown is the whole text (a mnemonic's underscore is not drawn). */
    static boolean same(String text, String shown, boolean mnemonics) {
        if (text.equals(shown)) {
            return true;
        }
        return mnemonics && text.replace("_", "").equals(shown.replace("_", ""));
    }
}
