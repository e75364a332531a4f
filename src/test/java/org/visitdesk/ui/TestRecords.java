package org.visitdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.visitdesk.app.VisitChange;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.DetaineeStatus;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.VisitType;
import org.visitdesk.domain.Visitor;
import org.visitdesk.domain.VisitorStatus;

/**
 * Small, obviously made-up records for the window's tests, saved through the app as a coordinator would: the
 * people and visits a test names, nothing more. West 3A at Adelanto visits on Tuesdays and Thursdays 12:10-13:10
 * and on Saturdays 07:00-08:00.
 */
public final class TestRecords {

    /** Tuesday 8 December 2026, in the week after {@link UiFixture#TODAY}. */
    public static final LocalDate TUESDAY = LocalDate.of(2026, 12, 8);

    private TestRecords() {
    }

    /** The seeded facility. */
    public static long adelanto(Workspace ws) {
        return ws.facilities().listAll().get(0).id();
    }

    /** A detained person in a housing unit of Adelanto who speaks Spanish. */
    public static Detainee person(Workspace ws, String aNumber, String family, String unit) {
        Detainee d = new Detainee(0, ANumber.parse(aNumber).orElseThrow(), family, "Prueba", null, "Honduras",
                List.of("Spanish"), "", adelanto(ws), unit, DetaineeStatus.DETAINED, null, "");
        return ws.detainees().save(d).saved();
    }

    /** A cleared volunteer who speaks Spanish. */
    public static Visitor volunteer(Workspace ws, String family) {
        Visitor v = new Visitor(0, family, "Proba", family.toLowerCase() + "@example.org", "", List.of("Spanish"),
                LocalDate.of(2026, 1, 5), true, VisitorStatus.ACTIVE, "");
        return ws.visitors().save(v).saved();
    }

    /** A visit of an hour, saved through the rules; the reason saves one that breaks a rule that blocks. */
    public static Visit visit(Workspace ws, Detainee d, LocalDateTime start, List<Visitor> visitors, String reason) {
        Visit v = new Visit(0, d.id(), adelanto(ws), start, start.plusHours(1),
                visitors.stream().map(Visitor::id).toList(), VisitType.SOCIAL, VisitStatus.SCHEDULED, "", "");
        VisitChange c = ws.schedule().plan(v, reason);
        assertThat(c.isSaved()).as("test visit saved: %s", c.kind()).isTrue();
        return c.saved();
    }
}
