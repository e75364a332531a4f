package org.visitdesk.ui;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import javax.imageio.ImageIO;

/**
 * Pictures of the screen as a person sees it: the main window with its dialogs and popups drawn over it where they
 * show. The picture is taken on the JavaFX thread; the PNG is written on a thread of its own, so that the next screen
 * need not wait for it.
 */
final class Shots {

    private record Layer(int[] argb, int width, int height, int x, int y) {
    }

    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tour-shots");
        t.setDaemon(true);
        return t;
    });
    private final List<Future<?>> pending = new ArrayList<>();

    /** Takes a picture of the windows (the main one first), to be written to {@code target/<folder>/<name>.png}. */
    synchronized void take(List<Window> windows, Window main, String folder, String name) {
        List<Layer> layers = new ArrayList<>();
        for (Window w : windows) {
            Scene scene = w.getScene();
            WritableImage image = scene.snapshot(null);
            int width = (int) image.getWidth();
            int height = (int) image.getHeight();
            int[] argb = new int[width * height];
            image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
            layers.add(new Layer(argb, width, height, (int) Math.round(w.getX() + scene.getX() - main.getX()),
                    (int) Math.round(w.getY() + scene.getY() - main.getY())));
        }
        int width = (int) Math.round(main.getWidth());
        int height = (int) Math.round(main.getHeight());
        pending.add(writer.submit(() -> write(layers, width, height, Path.of("target", folder, name + ".png"))));
    }

    private static void write(List<Layer> layers, int width, int height, Path file) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        for (Layer l : layers) {
            BufferedImage layer = new BufferedImage(l.width(), l.height(), BufferedImage.TYPE_INT_ARGB);
            layer.setRGB(0, 0, l.width(), l.height(), l.argb(), 0, l.width());
            g.drawImage(layer, l.x(), l.y(), null);
        }
        g.dispose();
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(out, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until every picture is written. */
    synchronized void finish() throws Exception {
        for (Future<?> f : pending) {
            f.get(60, TimeUnit.SECONDS);
        }
        pending.clear();
        writer.shutdown();
    }
}
