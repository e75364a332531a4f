package org.visitdesk.app;

import java.nio.file.Path;
import java.time.Clock;
import org.visitdesk.storage.DataFolder;
import org.visitdesk.storage.Store;
import org.visitdesk.storage.StoreException;

/** An open data folder: the store and the use cases over it. The UI and the command line start here. */
public final class Workspace implements AutoCloseable {

    private final Store store;
    private final Clock clock;
    private final DetaineeService detainees;
    private final VisitorService visitors;
    private final VisitService visits;
    private final FacilityService facilities;
    private final ScheduleService schedule;
    private final ImportService imports;

    private Workspace(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.detainees = new DetaineeService(store, clock);
        this.visitors = new VisitorService(store, clock);
        this.visits = new VisitService(store);
        this.facilities = new FacilityService(store);
        this.schedule = new ScheduleService(store, visits);
        this.imports = new ImportService(store, clock, schedule);
    }

    /** Opens the data folder (creating it on first use). */
    public static Workspace open(Path dataFolder) {
        return open(dataFolder, Clock.systemDefaultZone());
    }

    /** Opens the data folder with a given clock (tests fix "today"). */
    public static Workspace open(Path dataFolder, Clock clock) {
        try {
            Store store = Store.open(dataFolder);
            SampleData.recoverInterrupted(store);
            return new Workspace(store, clock);
        } catch (StoreException e) {
            throw new ProblemException("store." + e.kind().name(), e.getMessage(), e);
        }
    }

    /** The data folder to use: the {@code --data-dir} option if given, else VISITDESK_HOME, else the OS default. */
    public static Path chooseFolder(String option) {
        return DataFolder.choose(option);
    }

    /** The data folder. */
    public Path folder() {
        return store.folder();
    }

    /** The clock that says what "today" is. */
    public Clock clock() {
        return clock;
    }

    public DetaineeService detainees() {
        return detainees;
    }

    public VisitorService visitors() {
        return visitors;
    }

    public VisitService visits() {
        return visits;
    }

    public FacilityService facilities() {
        return facilities;
    }

    public ScheduleService schedule() {
        return schedule;
    }

    /** Importing spreadsheets of detainees, visitors and visits. */
    public ImportService imports() {
        return imports;
    }

    /** True when there are no detained people and no visitors yet: the first run. */
    public boolean isEmpty() {
        return detainees.count() == 0 && visitors.count() == 0;
    }

    /** Fills an empty store with made-up people and visits. */
    public SampleData.Summary loadSampleData(SampleData.Size size, long seed, SampleData.Progress progress) {
        return new SampleData(store, clock).load(size, seed, progress);
    }

    @Override
    public void close() {
        store.close();
    }
}
