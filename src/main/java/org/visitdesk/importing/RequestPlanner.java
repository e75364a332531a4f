package org.visitdesk.importing;

import static org.visitdesk.importing.Column.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.FieldError;
import org.visitdesk.domain.Request;
import org.visitdesk.domain.RequestMatch;
import org.visitdesk.domain.RequestSource;
import org.visitdesk.domain.Urgency;

/**
 * Plans a requests import (a sign-up sheet, a hotline log): every row is a new request, except one the records
 * already hold (the same day, the same person and the same one who asked), so the same file imported twice adds
 * nothing. A row that names nobody (neither an A-number nor both names) is an error like any other.
 */
public final class RequestPlanner {

    private RequestPlanner() {
    }

    public static Plan<Request> plan(Layout layout, Collection<Request> saved, LocalDate today) {
        Set<String> known = new HashSet<>();
        saved.forEach(r -> known.add(key(r)));
        RowErrors errors = new RowErrors(layout);
        List<Plan.Planned<Request>> creates = new ArrayList<>();
        int unchanged = 0;
        for (Table.Row row : layout.data()) {
            int n = row.number();
            int before = errors.size();
            LocalDate received = layout.read(row, RECEIVED, null, Values::date, errors);
            RequestSource source = layout.read(row, SOURCE, null, Values::requestSource, errors);
            Optional<ANumber> a = layout.read(row, A_NUMBER, Optional.empty(), Values::aNumber, errors);
            String family = DetaineePlanner.text(layout, row, FAMILY_NAME, errors, "");
            String given = DetaineePlanner.text(layout, row, GIVEN_NAME, errors, "");
            String country = DetaineePlanner.text(layout, row, COUNTRY_OF_BIRTH, errors, "");
            List<String> languages = layout.read(row, LANGUAGES, List.of(), Values::languages, errors);
            String caller = DetaineePlanner.text(layout, row, CALLER, errors, "");
            String relationship = DetaineePlanner.text(layout, row, RELATIONSHIP, errors, "");
            String phone = DetaineePlanner.text(layout, row, CALLER_PHONE, errors, "");
            String needs = DetaineePlanner.text(layout, row, NEEDS, errors, "");
            Urgency urgency = layout.read(row, URGENCY, null, Values::urgency, errors);
            String notes = DetaineePlanner.text(layout, row, NOTES, errors, "");
            if (errors.size() > before) {
                continue;
            }
            Request r = new Request(0, received, source, a.orElse(null), family, given, country, languages, needs,
                    urgency, caller, relationship, phone, notes, null, null, null);
            List<FieldError> problems = r.problems(today);
            if (!problems.isEmpty()) {
                errors.addDomain(n, problems);
            } else if (!known.add(key(r))) {
                unchanged++;
            } else {
                creates.add(new Plan.Planned<>(n, r));
            }
        }
        return new Plan<>(creates, List.of(), unchanged, errors.all);
    }

    /** What makes two requests the same: the day, the person as named, and who asked. */
    private static String key(Request r) {
        String person = r.aNumber() != null ? r.aNumber().value()
                : RequestMatch.personKey(r.matchedTo(null));
        return r.received() + "|" + person + "|" + Values.word(r.caller()) + "|" + r.callerPhone().replaceAll("\\D", "");
    }
}
