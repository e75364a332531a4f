package org.visitdesk.storage;

import org.jdbi.v3.core.Handle;

/** {@link Transactions} over a Jdbi store: one handle per piece of work, DAOs attached to it once. */
final class JdbiTransactions implements Transactions {

    private final Store store;

    JdbiTransactions(Store store) {
        this.store = store;
    }

    @Override
    public <R> R write(Work<R> work) {
        return store.inTransaction(h -> work.run(new OnHandle(h)));
    }

    @Override
    public <R> R read(Work<R> work) {
        return store.read(h -> work.run(new OnHandle(h)));
    }

    /** The DAOs of one handle, attached when first asked for. */
    private static final class OnHandle implements UnitOfWork {
        private final Handle handle;
        private DetaineeDao detainees;
        private VisitorDao visitors;
        private VisitDao visits;
        private FacilityDao facilities;
        private HistoryDao history;
        private SettingDao settings;
        private CleanUpDao cleanUp;
        private BulkDao bulk;
        private OutcomeDao outcomes;
        private FollowUpDao followUps;
        private RequestDao requests;
        private SeriesDao series;
        private ScheduleDao schedule;

        OnHandle(Handle handle) {
            this.handle = handle;
        }

        @Override
        public DetaineeDao detainees() {
            return detainees == null ? detainees = handle.attach(DetaineeDao.class) : detainees;
        }

        @Override
        public VisitorDao visitors() {
            return visitors == null ? visitors = handle.attach(VisitorDao.class) : visitors;
        }

        @Override
        public VisitDao visits() {
            return visits == null ? visits = handle.attach(VisitDao.class) : visits;
        }

        @Override
        public FacilityDao facilities() {
            return facilities == null ? facilities = handle.attach(FacilityDao.class) : facilities;
        }

        @Override
        public HistoryDao history() {
            return history == null ? history = handle.attach(HistoryDao.class) : history;
        }

        @Override
        public SettingDao settings() {
            return settings == null ? settings = handle.attach(SettingDao.class) : settings;
        }

        @Override
        public CleanUpDao cleanUp() {
            return cleanUp == null ? cleanUp = handle.attach(CleanUpDao.class) : cleanUp;
        }

        @Override
        public BulkDao bulk() {
            return bulk == null ? bulk = handle.attach(BulkDao.class) : bulk;
        }

        @Override
        public OutcomeDao outcomes() {
            return outcomes == null ? outcomes = handle.attach(OutcomeDao.class) : outcomes;
        }

        @Override
        public FollowUpDao followUps() {
            return followUps == null ? followUps = handle.attach(FollowUpDao.class) : followUps;
        }

        @Override
        public RequestDao requests() {
            return requests == null ? requests = handle.attach(RequestDao.class) : requests;
        }

        @Override
        public SeriesDao series() {
            return series == null ? series = handle.attach(SeriesDao.class) : series;
        }

        @Override
        public ScheduleDao schedule() {
            return schedule == null ? schedule = handle.attach(ScheduleDao.class) : schedule;
        }
    }
}
