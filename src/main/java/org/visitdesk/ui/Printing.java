package org.visitdesk.ui;

import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.transform.Scale;
import org.visitdesk.app.Messages;

/**
 * Prints a node on one page through the system's printers (a PDF printer too, where the system has one), scaled
 * down to fit. Without any printer it says so and what to do, instead of failing silently.
 */
public final class Printing {

    private Printing() {
    }

    /** True when the system offers a printer (a PDF printer counts). */
    public static boolean hasPrinter() {
        try {
            return Printer.getDefaultPrinter() != null || !Printer.getAllPrinters().isEmpty();
        } catch (RuntimeException | Error e) {
            // a toolkit without printing (headless) has none
            return false;
        }
    }

    /**
     * Asks for the printer (the system's print dialog) and prints the node on one page of the orientation; on a
     * system without a printer it says so and returns false.
     */
    public static boolean print(PageContext ctx, Node sheet, PageOrientation orientation) {
        PrinterJob job = null;
        if (hasPrinter()) {
            try {
                job = PrinterJob.createPrinterJob();
            } catch (RuntimeException e) {
                job = null;
            }
        }
        if (job == null) {
            ctx.dialogs().error(Messages.get("print.noPrinter.header"), Messages.get("print.noPrinter.text"));
            return false;
        }
        if (!job.showPrintDialog(ctx.stage())) {
            job.cancelJob();
            return false;
        }
        Printer printer = job.getPrinter();
        PageLayout layout = printer.createPageLayout(job.getJobSettings().getPageLayout().getPaper(), orientation,
                Printer.MarginType.DEFAULT);
        // lay the sheet out at its own size, off screen, then scale it into the printable area
        Group holder = new Group(sheet);
        new Scene(holder);
        sheet.applyCss();
        if (sheet instanceof javafx.scene.Parent p) {
            p.layout();
        }
        double w = sheet.getBoundsInParent().getWidth();
        double h = sheet.getBoundsInParent().getHeight();
        double scale = Math.min(1, Math.min(layout.getPrintableWidth() / w, layout.getPrintableHeight() / h));
        Scale s = new Scale(scale, scale);
        sheet.getTransforms().add(s);
        boolean ok = job.printPage(layout, holder);
        sheet.getTransforms().remove(s);
        if (ok) {
            job.endJob();
        } else {
            job.cancelJob();
            ctx.dialogs().error(Messages.get("print.failed.header"), Messages.get("print.failed.text"));
        }
        return ok;
    }
}
