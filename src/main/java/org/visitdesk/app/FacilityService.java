package org.visitdesk.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.visitdesk.domain.BlackoutDay;
import org.visitdesk.domain.Facility;
import org.visitdesk.domain.FieldError;
import org.visitdesk.domain.VisitingWindow;
import org.visitdesk.storage.FacilityDao;
import org.visitdesk.storage.Transactions;

/** Facilities with their visiting windows and blackout days. */
public final class FacilityService {

    private final Transactions records;
    private final HistoryLog history;

    private Runnable changed = () -> { };

    FacilityService(Transactions records, HistoryLog history) {
        this.records = records;
        this.history = history;
    }

    /** Told after every saved change, so that cached rules are read again. */
    void onChange(Runnable listener) {
        this.changed = listener;
    }

    /** A facility with its rules, as edited together. */
    public record FacilityRules(Facility facility, List<VisitingWindow> windows, List<BlackoutDay> blackouts) {
        public FacilityRules {
            windows = List.copyOf(windows);
            blackouts = List.copyOf(blackouts);
        }
    }

    /** Every facility, by name. */
    public List<Facility> listAll() {
        return records.read(u -> u.facilities().all());
    }

    /** One facility. */
    public Optional<Facility> byId(long id) {
        return records.read(u -> u.facilities().byId(id));
    }

    /** A facility with its windows and blackouts. */
    public FacilityRules rules(long facilityId) {
        return records.read(u -> {
            FacilityDao dao = u.facilities();
            Facility f = dao.byId(facilityId).orElseThrow();
            return new FacilityRules(f, dao.windows(facilityId), dao.blackouts(facilityId));
        });
    }

    /**
     * Saves a facility and replaces its windows and blackouts, all in one transaction; refused when someone else
     * saved the facility after the version it carries ({@link SaveResult#changedMeanwhile()}).
     */
    public SaveResult<FacilityRules> save(FacilityRules rules) {
        return save(rules, null);
    }

    /** Saves like {@link #save(FacilityRules)}, over the other coordinator's change a save was refused for. */
    public SaveResult<FacilityRules> save(FacilityRules rules, OtherChange overwriting) {
        try {
            return saveRules(rules, overwriting);
        } finally {
            changed.run();
        }
    }

    private SaveResult<FacilityRules> saveRules(FacilityRules rules, OtherChange overwriting) {
        Facility f = rules.facility();
        List<FieldError> errors = new ArrayList<>(f.problems());
        if (!errors.isEmpty()) {
            return SaveResult.failed(errors);
        }
        return records.write(u -> {
            FacilityDao dao = u.facilities();
            Optional<Facility> same = dao.byName(f.name());
            if (same.isPresent() && same.get().id() != f.id()) {
                return SaveResult.failed(List.of(new FieldError("name", "error.facility.taken")));
            }
            FacilityRules before = f.id() == 0 ? null : dao.byId(f.id())
                    .map(old -> new FacilityRules(old, dao.windows(old.id()), dao.blackouts(old.id()))).orElse(null);
            Facility saved;
            if (f.id() == 0) {
                saved = dao.insert(f);
            } else if (before == null) {
                return SaveResult.failed(List.of(new FieldError("", "error.record.gone")));
            } else if (dao.update(f)) {
                saved = f.withVersion(f.version() + 1);
            } else {
                return SaveResult.changedMeanwhile(before, HistoryLog.lastChange(u, RecordType.FACILITY, f.id()));
            }
            dao.deleteWindows(saved.id());
            List<VisitingWindow> windows = new ArrayList<>();
            for (VisitingWindow w : rules.windows()) {
                windows.add(dao.insertWindow(new VisitingWindow(0, saved.id(), w.housingUnit(), w.day(), w.start(),
                        w.end(), w.contact())));
            }
            dao.deleteBlackouts(saved.id());
            List<BlackoutDay> blackouts = new ArrayList<>();
            for (BlackoutDay b : rules.blackouts()) {
                blackouts.add(dao.insertBlackout(new BlackoutDay(0, saved.id(), b.from(), b.to(), b.reason())));
            }
            FacilityRules after = new FacilityRules(saved, windows, blackouts);
            history.write(u, RecordType.FACILITY, saved.id(), before, after, ChangeDiff.of(before, after), "",
                    overwriting);
            return SaveResult.ok(after);
        });
    }

    /** How many visits happen at a facility: a facility with visits cannot be deleted. */
    public long visitCount(long facilityId) {
        return records.read(u -> u.facilities().visitCount(facilityId));
    }

    /** Deletes a facility that has no visits; false when it has some. */
    public boolean delete(long facilityId) {
        try {
            return deleteFacility(facilityId);
        } finally {
            changed.run();
        }
    }

    private boolean deleteFacility(long facilityId) {
        return records.write(u -> {
            FacilityDao dao = u.facilities();
            if (dao.visitCount(facilityId) > 0) {
                return false;
            }
            Optional<Facility> f = dao.byId(facilityId);
            if (f.isEmpty()) {
                return false;
            }
            FacilityRules before = new FacilityRules(f.get(), dao.windows(facilityId), dao.blackouts(facilityId));
            history.write(u, RecordType.FACILITY, facilityId, before, null, ChangeDiff.of(before, null), "");
            return dao.delete(facilityId) == 1;
        });
    }
}
