package org.visitdesk.safety;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.visitdesk.app.SaveResult;
import org.visitdesk.app.Workspace;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.DetaineeStatus;
import org.visitdesk.storage.DetaineeDao;
import org.visitdesk.storage.FacilityDao;
import org.visitdesk.storage.Store;

/**
 * A child process for the kill test. {@code Writer FOLDER FIRST [PASSPHRASE]} saves detained people one by one
 * through the app, printing each A-number only after save returned: what the coordinator would see as saved.
 * {@code Writer FOLDER bulk [PASSPHRASE]} inserts people in one transaction that never ends, printing "inside"
 * once it has written many rows, to be killed half-way.
 */
public final class Writer {

    private Writer() {
    }

    static Detainee person(long n, long facility) {
        String a = String.format("A%09d", n);
        return new Detainee(0, ANumber.parse(a).orElseThrow(), "Kill" + n, "Prueba", LocalDate.of(1990, 1, 2),
                "Mexico", List.of("Spanish"), "M", facility, "West 3A", DetaineeStatus.DETAINED, null, "");
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        char[] pass = args.length > 2 ? args[2].toCharArray() : null;
        if ("bulk".equals(args[1])) {
            try (Store store = Store.open(folder, pass)) {
                long facility = store.dao(FacilityDao.class).all().get(0).id();
                store.inTransaction(h -> {
                    DetaineeDao dao = h.attach(DetaineeDao.class);
                    for (long n = 800_000_000L; ; n++) {
                        dao.insert(person(n, facility));
                        if (n == 800_002_000L) {
                            System.out.println("inside");
                            System.out.flush();
                        }
                    }
                });
            }
            return;
        }
        long first = Long.parseLong(args[1]);
        try (Workspace ws = Workspace.open(folder, Clock.systemDefaultZone(), pass)) {
            long facility = ws.facilities().listAll().get(0).id();
            System.out.println("open");
            System.out.flush();
            for (long n = first; ; n++) {
                SaveResult<Detainee> r = ws.detainees().save(person(n, facility));
                if (!r.errors().isEmpty()) {
                    throw new IllegalStateException("not saved: " + r.errors());
                }
                System.out.println(r.saved().aNumber().value());
                System.out.flush();
            }
        }
    }
}
