package org.visitdesk.roster;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file whole or not at all: first to a hidden temporary file in the same folder, then moved over the
 * target in one step. A reader never sees half a workbook, and a failure leaves the old file (or none).
 */
public final class SafeFile {

    /** Writes the content to an output stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private SafeFile() {
    }

    /** Fails early, before any work, when the target's folder is missing or the target is a folder. */
    public static void check(Path target) {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ExportException(ExportException.Kind.FOLDER_MISSING,
                    "the folder " + (folder == null ? file : folder) + " does not exist. Nothing was written.", null);
        }
        if (Files.isDirectory(file)) {
            throw new ExportException(ExportException.Kind.NOT_WRITABLE,
                    file + " is a folder, not a file. Nothing was written.", null);
        }
    }

    /** Writes {@code target} through a temporary file beside it; throws {@link ExportException} on failure. */
    public static void write(Path target, Content content) {
        check(target);
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, "." + file.getFileName(), ".part");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (NoSuchFileException e) {
            throw new ExportException(ExportException.Kind.FOLDER_MISSING,
                    "the folder " + folder + " does not exist. Nothing was written.", e);
        } catch (AccessDeniedException e) {
            throw new ExportException(ExportException.Kind.NOT_WRITABLE, "cannot write " + file
                    + ": no permission, or the file is open in another program. Nothing was written.", e);
        } catch (FileSystemException e) {
            throw new ExportException(ExportException.Kind.NOT_WRITABLE, "cannot write " + file
                    + " (" + e.getClass().getSimpleName() + "): is it open in another program? Nothing was written.",
                    e);
        } catch (IOException e) {
            throw new ExportException(ExportException.Kind.FAILED, "writing " + file + " failed ("
                    + e.getClass().getSimpleName() + "). Nothing was written.", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // best effort: the temporary file is hidden and named .part
                }
            }
        }
    }
}
