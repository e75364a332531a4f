package org.visitdesk.storage;

/**
 * Runs work on the records, each piece in one transaction: what app asks of a store. The embedded H2 store
 * gives it ({@link #of(Store)}); a shared store can give the same without app noticing.
 */
public interface Transactions {

    /** Work on the records; what it returns is handed back once the transaction is over. */
    @FunctionalInterface
    interface Work<R> {
        R run(UnitOfWork records);
    }

    /**
     * Runs work that changes records in one serializable transaction: all of it is saved, or none. When another
     * coordinator's save clashes with it, the work runs again from the start on a fresh transaction, so it must do
     * nothing outside the transaction (fill a list or a cache of the caller's, count, tell the screen) that running
     * it again would repeat: it gives what it made back instead.
     *
     * @throws StoreException when it clashed every time it was tried, or the connection to a shared store was lost;
     *         nothing was saved
     */
    <R> R write(Work<R> work);

    /** Runs work that only reads, on one connection. */
    <R> R read(Work<R> work);

    /** The transactions of an open H2 store. */
    static Transactions of(Store store) {
        return new JdbiTransactions(store);
    }
}
