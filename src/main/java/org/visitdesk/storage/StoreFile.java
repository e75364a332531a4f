package org.visitdesk.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.db.ValueDataType;
import org.h2.mvstore.tx.Transaction;
import org.h2.mvstore.tx.TransactionMap;
import org.h2.mvstore.tx.TransactionStore;
import org.h2.result.Row;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.h2.store.fs.encrypt.FilePathEncrypt;

/**
 * An H2 store file read below SQL, with H2's own file classes: nothing the file holds is compiled, loaded or run.
 * Opening a file through SQL would re-create its triggers, and a trigger written in Java source runs as it is
 * created; a file that did not come from this computer is read this way first.
 */
final class StoreFile {

    /** Where H2 keeps the SQL of every schema object: the rows of its meta table. */
    private static final String META_MAP = "table.0";

    /** One object of the schema as H2 keeps it: its kind (H2's {@code DbObject} type number) and its SQL. */
    record SchemaObject(int type, String sql) {
    }

    /** The file cannot be read with the key given: a wrong key, or not an H2 store at all. */
    static final class WrongKey extends Exception {
        private static final long serialVersionUID = 1L;

        WrongKey() {
            super(null, null, false, false);
        }
    }

    private StoreFile() {
    }

    /**
     * The first block of the file in clear: H2's store header ({@code H:2,block:...,clean:1,...}).
     *
     * @param filePassword H2's file password for an encrypted file, or null
     * @throws WrongKey when the block does not read as a store header
     */
    static String header(Path file, char[] filePassword) throws IOException, WrongKey {
        ByteBuffer block = ByteBuffer.allocate(FileEncrypt.BLOCK_SIZE);
        try (FileChannel raw = FileChannel.open(file, StandardOpenOption.READ)) {
            if (filePassword == null) {
                readFully(raw, block);
            } else {
                byte[] key = FilePathEncrypt.getPasswordBytes(filePassword);
                try {
                    FileEncrypt decrypted = new FileEncrypt(file.toString(), key, raw);
                    if (decrypted.size() < FileEncrypt.BLOCK_SIZE) {
                        throw new WrongKey();
                    }
                    decrypted.read(block, 0);
                } finally {
                    Arrays.fill(key, (byte) 0);
                }
            }
        }
        String text = new String(block.array(), 0, block.position(), StandardCharsets.ISO_8859_1);
        if (!text.startsWith("H:")) {
            throw new WrongKey();
        }
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static void readFully(FileChannel ch, ByteBuffer into) throws IOException {
        while (into.hasRemaining() && ch.read(into) >= 0) {
            // keep reading
        }
    }

    /**
     * True when the file was not shut down cleanly and no one has it open: H2 will roll unfinished work back as it
     * opens. (A store open elsewhere is not marked clean either; its open will be refused.)
     */
    static boolean stoppedUnexpectedly(Path file, char[] filePassword) {
        try {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                FileLock lock = ch.tryLock(0, Long.MAX_VALUE, true);
                if (lock == null) {
                    return false;
                }
                lock.release();
            } catch (OverlappingFileLockException e) {
                return false;
            }
            return !Arrays.asList(header(file, filePassword).split(",")).contains("clean:1");
        } catch (IOException | WrongKey | RuntimeException e) {
            // the real open will say what is wrong
            return false;
        }
    }

    /**
     * Points the header of a file that was not shut down cleanly at its newest complete chunk, so that the open
     * that follows keeps every commit. H2 2.2 and later (up to 2.5.252 at least) write the store header while the
     * previous chunk is still their "last chunk": when a commit's chunk lands in free space the header names the
     * chunk before it, nothing leads from there to the new one, and an open after a crash (SIGKILL, power cut)
     * goes back to an older version, losing the last acknowledged commits. H2's recovery mode scans the whole
     * file for the newest chunk whose chunks are all complete; closing that store writes a header naming it.
     * Unfinished transactions stay in the file: the database open that follows rolls them back as usual.
     *
     * @param filePassword H2's file password for an encrypted file, or null
     * @return false when the file could not be read this way (the database open then recovers on its own)
     */
    static boolean pointHeaderAtNewestChunk(Path file, char[] filePassword) {
        MVStore.Builder builder = new MVStore.Builder().fileName(file.toAbsolutePath().toString()).recoveryMode()
                .autoCommitDisabled();
        if (filePassword != null) {
            builder.encryptionKey(filePassword.clone());
        }
        try {
            MVStore store = builder.open();
            // no compaction: only the header changes (and a torn chunk at the end is cut off)
            store.close();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Every schema object of the file, read from H2's meta table without SQL. Fails when the file holds a
     * prepared (two-phase) transaction, which could change the schema later.
     */
    static List<SchemaObject> schema(Path file, char[] filePassword) {
        MVStore.Builder builder = new MVStore.Builder().fileName(file.toAbsolutePath().toString()).readOnly();
        if (filePassword != null) {
            // H2 gets the same characters as the key of a CIPHER=AES database; the builder may clear its copy
            builder.encryptionKey(filePassword.clone());
        }
        MVStore store = builder.open();
        try {
            if (!store.hasMap(META_MAP)) {
                throw new IllegalStateException("no meta table");
            }
            TransactionStore transactions = new TransactionStore(store, new ValueDataType());
            transactions.init();
            for (Transaction t : transactions.getOpenTransactions()) {
                if (t.getStatus() == Transaction.STATUS_PREPARED) {
                    throw new IllegalStateException("a prepared transaction");
                }
            }
            TransactionMap<Object, Object> meta = transactions.begin().openMap(META_MAP);
            List<SchemaObject> out = new ArrayList<>();
            for (Iterator<Object> keys = meta.keyIterator(null); keys.hasNext();) {
                Row row = (Row) meta.get(keys.next());
                out.add(new SchemaObject(row.getValue(2).getInt(), row.getValue(3).getString()));
            }
            return out;
        } finally {
            store.closeImmediately();
        }
    }
}
