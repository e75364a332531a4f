package org.visitdesk.storage;

/** A store problem told in words a coordinator can act on; never carries personal data. */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, as a message key for the UI and an English sentence for logs and the command line. */
    public enum Kind {
        ALREADY_OPEN("VisitDesk is already open on this computer. Close the other window first."),
        CANNOT_CREATE_FOLDER("The data folder cannot be created. Choose a folder you may write to."),
        CANNOT_OPEN("The records cannot be opened. Restore a backup or ask for help."),
        DUPLICATE("A record with the same key already exists."),
        NEEDS_PASSPHRASE("The records are protected by a passphrase. Set VISITDESK_PASSPHRASE or run in a terminal."),
        WRONG_PASSPHRASE("The passphrase is not right. Check it and try again."),
        DAMAGED_BACKUP("This backup cannot be read: it is damaged or not a VisitDesk backup. Nothing was changed."),
        BACKUP_FAILED("The backup could not be written. Check the place and the free space."),
        DISK_FULL("The disk is full. Nothing was lost: free some space (empty the trash, move large files to "
                + "another disk) and try again."),
        BACKUP_OTHER_PASSPHRASE("This backup does not open with that passphrase: it was made with another one. "
                + "Give the passphrase the backup was made with. Nothing was changed."),
        RESTORE_UNPROTECTS("This backup has no passphrase: restoring it would leave the records unprotected. "
                + "Nothing was changed. To restore it anyway, add --allow-unencrypted."),
        RESTORE_PROTECTS("This backup is protected by a passphrase: once restored, the records open only with "
                + "the passphrase of the backup. Nothing was changed. To restore it anyway, add --allow-encrypted."),
        RESTORE_FAILED("The backup could not be put in place: the data folder refused the change. "
                + "Nothing was changed."),
        SHARED_BAD_URL("The address of the shared store is not right. It looks like "
                + "jdbc:postgresql://HOST:PORT/DATABASE?user=USER. Nothing was changed."),
        SHARED_PASSWORD_IN_URL("The address of the shared store holds a password: remove it from the address and "
                + "set VISITDESK_DB_PASSWORD (or put it in ~/.pgpass) instead. Nothing was changed."),
        SHARED_UNREACHABLE("The server of the shared store cannot be reached. Check the network and the server's "
                + "name and port in the address, or ask whoever runs the server whether it is up. Nothing was changed."),
        SHARED_WRONG_PASSWORD("The shared store refused the password. Check VISITDESK_DB_PASSWORD (or ~/.pgpass) and "
                + "the user in the address, then try again. Nothing was changed."),
        SHARED_NEEDS_PASSWORD("The shared store asks for a password: set VISITDESK_DB_PASSWORD or put it in "
                + "~/.pgpass. Nothing was changed."),
        SHARED_NO_TLS("The server of the shared store does not offer the secure connection (TLS) that the address "
                + "asks for (sslmode). Ask whoever runs the server to turn TLS on. Nothing was changed."),
        SHARED_TLS_UNTRUSTED("The server of the shared store could not prove that it is the server in the address: "
                + "its certificate is not signed by the authority this computer trusts (sslrootcert), or it was made "
                + "for another name. Ask whoever runs the server for its root certificate, and use the server's name "
                + "as its certificate gives it. Nothing was changed."),
        SHARED_NEEDS_PASSWORD_OR_TLS("The server of the shared store turned the connection away: it asks for a "
                + "password (set VISITDESK_DB_PASSWORD or put it in ~/.pgpass), or it does not offer the secure "
                + "connection (TLS) that the address asks for (sslmode). Nothing was changed."),
        SHARED_NOT_ALLOWED("The shared store does not let this user in from this computer. Check the user in the "
                + "address, or ask whoever runs the server to allow it. Nothing was changed."),
        SHARED_NO_DATABASE("The server has no database of the name in the address. Check the name, or ask whoever "
                + "runs the server to create it. Nothing was changed."),
        SHARED_SCHEMA_NEWER("The shared store was updated by a newer VisitDesk. Install that version (or a newer one) "
                + "to open it. Nothing was changed."),
        SHARED_CONNECTION_LOST("The connection to the shared store was lost while saving. Nothing was saved. "
                + "Check the network and try again."),
        SHARED_CONNECTION_LOST_READING("The connection to the shared store was lost. Check the network and try "
                + "again."),
        SAVE_CLASHED("Someone else was saving at the same moment. Nothing was saved. Try again."),
        SHARED_CANNOT_OPEN("The shared store cannot be opened. Ask whoever runs the server for help. "
                + "Nothing was changed."),
        SHARED_BACKUP("The records are in a shared store: the server's own backups (pg_dump) are the way to back it "
                + "up and restore it. 'visitdesk export all' still takes everything out into a workbook."),
        SHARED_NOT_EMPTY("The shared store already holds records: copying into it would mix two sets of records. "
                + "Copy into a new, empty database. Nothing was changed."),
        SHARED_COPY_MISMATCH("The records could not be copied: the shared store is not made the same way as the "
                + "records here (another VisitDesk version?). Update VisitDesk on every computer and try again. "
                + "Nothing was changed."),
        SHARED_COPY_FAILED("The copy into the shared store stopped before the end (the connection dropped, or the "
                + "server refused a row). Nothing was copied: try again. Nothing was changed here."),
        SHARED_NO_PASSPHRASE("The records are in a shared store: it has no VisitDesk passphrase; the server protects "
                + "it with its users, passwords and TLS.");

        private final String english;

        Kind(String english) {
            this.english = english;
        }

        /** The sentence in English, for the command line and logs. */
        public String english() {
            return english;
        }
    }

    private final Kind kind;

    public StoreException(Kind kind, Throwable cause) {
        super(kind.english(), cause);
        this.kind = kind;
    }

    /** What kind of problem it is. */
    public Kind kind() {
        return kind;
    }
}
