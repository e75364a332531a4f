package org.visitdesk.storage;

/**
 * The records as one piece of work sees them: every table's queries on the same transaction, so that what the
 * work reads and writes is all-or-nothing. Given by {@link Transactions}; never kept after the work returns.
 */
public interface UnitOfWork {

    DetaineeDao detainees();

    VisitorDao visitors();

    VisitDao visits();

    FacilityDao facilities();

    HistoryDao history();

    SettingDao settings();

    CleanUpDao cleanUp();

    BulkDao bulk();

    OutcomeDao outcomes();

    FollowUpDao followUps();

    RequestDao requests();

    SeriesDao series();

    /** The reads of conflict checks and calendar weeks. */
    ScheduleDao schedule();
}
