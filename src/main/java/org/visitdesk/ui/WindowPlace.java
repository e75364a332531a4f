package org.visitdesk.ui;

import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * Where the main window opens: the remembered place and size when a screen still shows them, else centred on the
 * first screen; always whole on one screen and never smaller than a page can be used in (unless the screen is).
 * Bounds are the window's outer frame; screens are their visual bounds (without task bars).
 */
public record WindowPlace(double x, double y, double width, double height) {

    /** Below this a page cannot be used: the calendar and its conflicts panel need the room. */
    public static final double MIN_WIDTH = 1000;
    public static final double MIN_HEIGHT = 680;
    /** The size of the first start. */
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 800;

    /** The place for a window that remembers {@code remembered} (null or not finite: never saved). */
    public static WindowPlace on(List<Rectangle2D> screens, WindowPlace remembered) {
        if (screens.isEmpty()) {
            throw new IllegalArgumentException("no screen to show the window on");
        }
        boolean known = remembered != null && Double.isFinite(remembered.x) && Double.isFinite(remembered.y)
                && Double.isFinite(remembered.width) && Double.isFinite(remembered.height)
                && remembered.width > 0 && remembered.height > 0;
        Rectangle2D screen = known ? screenShowing(screens, remembered) : null;
        if (screen == null) {
            // never saved, or saved on a screen that is gone: the default size, centred on the main screen
            Rectangle2D main = screens.get(0);
            double w = fit(DEFAULT_WIDTH, MIN_WIDTH, main.getWidth());
            double h = fit(DEFAULT_HEIGHT, MIN_HEIGHT, main.getHeight());
            return new WindowPlace(main.getMinX() + (main.getWidth() - w) / 2,
                    main.getMinY() + (main.getHeight() - h) / 2, w, h);
        }
        double w = fit(remembered.width, MIN_WIDTH, screen.getWidth());
        double h = fit(remembered.height, MIN_HEIGHT, screen.getHeight());
        double x = clamp(remembered.x, screen.getMinX(), screen.getMaxX() - w);
        double y = clamp(remembered.y, screen.getMinY(), screen.getMaxY() - h);
        return new WindowPlace(x, y, w, h);
    }

    /** The screen that shows most of the window, or null when none shows any of it. */
    private static Rectangle2D screenShowing(List<Rectangle2D> screens, WindowPlace p) {
        Rectangle2D best = null;
        double most = 0;
        for (Rectangle2D s : screens) {
            double w = Math.min(s.getMaxX(), p.x + p.width) - Math.max(s.getMinX(), p.x);
            double h = Math.min(s.getMaxY(), p.y + p.height) - Math.max(s.getMinY(), p.y);
            double area = w > 0 && h > 0 ? w * h : 0;
            if (area > most) {
                most = area;
                best = s;
            }
        }
        return best;
    }

    /** A size at least {@code min} (or the whole screen when it is smaller) and at most the screen. */
    private static double fit(double wanted, double min, double screen) {
        return Math.min(Math.max(wanted, Math.min(min, screen)), screen);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(v, hi));
    }
}
