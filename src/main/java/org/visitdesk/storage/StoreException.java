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
                + "Nothing was changed.");

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
