package org.visitdesk.storage;

import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.visitdesk.domain.DetaineeStatus;

/** SQL for removing people who left long ago while keeping their visits as anonymous counts. */
public interface CleanUpDao {

    /**
     * People released, transferred or deported before the day. A person whose leaving day is not known is kept:
     * nobody can tell how long ago they left.
     */
    default List<Long> leftBefore(LocalDate cutoff) {
        return leftBefore(cutoff, DetaineeStatus.leftNames());
    }

    @SqlQuery("SELECT id FROM detainee WHERE status IN (<left>) "
            + "AND status_date IS NOT NULL AND status_date < :cutoff ORDER BY id")
    List<Long> leftBefore(@Bind("cutoff") LocalDate cutoff, @BindList("left") List<String> left);

    @SqlQuery("SELECT id FROM visit WHERE detainee_id IN (<ids>) ORDER BY id")
    List<Long> visitsOf(@BindList("ids") List<Long> detaineeIds);

    /** Keeps the visits but without whom they were for, their notes and override reasons. */
    @SqlUpdate("UPDATE visit SET detainee_id = NULL, notes = '', override_reason = '' WHERE detainee_id IN (<ids>)")
    int anonymizeVisitsOf(@BindList("ids") List<Long> detaineeIds);

    /** Keeps the outcomes of their visits as counts, without their notes. */
    @SqlUpdate("UPDATE outcome SET note = '' WHERE visit_id IN (SELECT id FROM visit WHERE detainee_id IN (<ids>))")
    int clearOutcomeNotesOf(@BindList("ids") List<Long> detaineeIds);

    /** Keeps their follow-ups as counts (kind, due day, status), without whom they were for and their notes. */
    @SqlUpdate("UPDATE follow_up SET detainee_id = NULL, note = '' WHERE detainee_id IN (<ids>)")
    int anonymizeFollowUpsOf(@BindList("ids") List<Long> detaineeIds);

    @SqlUpdate("DELETE FROM detainee WHERE id IN (<ids>)")
    int deleteDetainees(@BindList("ids") List<Long> detaineeIds);

    @SqlQuery("SELECT COUNT(*) FROM visit WHERE detainee_id IS NULL")
    long anonymousVisits();
}
