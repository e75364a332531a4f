package org.visitdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitdesk.domain.DateRange;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.Request;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.Visitor;

/** "export all" from a sample store, imported into an empty store, gives the same records. */
class RoundTripTest {

    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 12, 6).atTime(12, 0)
            .atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());

    @TempDir
    Path first;

    @TempDir
    Path second;

    @TempDir
    Path files;

    @Test
    void exportAllThenImportGivesTheSameRecords() {
        Path file = files.resolve("everything.xlsx");
        List<Detainee> detainees;
        List<Visitor> visitors;
        List<VisitListing> visits;
        List<String> requests;
        LocalDate from = LocalDate.of(2026, 10, 1);
        LocalDate to = LocalDate.of(2027, 2, 1);
        try (Workspace ws = Workspace.open(first, CLOCK)) {
            ws.loadSampleData(new SampleData.Size(60, 12, 150), 11, f -> { });
            ws.exports().all(file);
            detainees = ws.detainees().listAll(Locale.ENGLISH).stream().map(DetaineeListing::detainee).toList();
            visitors = ws.visitors().listAll();
            visits = ws.visits().between(new DateRange(from, to));
            requests = ws.requests().list(true).stream().map(RoundTripTest::key).sorted().toList();
        }
        assertThat(requests).as("sample data brings requests").hasSizeGreaterThanOrEqualTo(3);
        assertThat(visitors).as("sample volunteers say when they are free")
                .allSatisfy(v -> assertThat(v.availability().hours()).isNotEmpty());
        try (Workspace ws = Workspace.open(second, CLOCK)) {
            // sample data records no outcomes: its Outcomes sheet is empty (AfterTheVisitTest carries outcomes)
            for (ImportFileKind kind : List.of(ImportFileKind.DETAINEES, ImportFileKind.VISITORS,
                    ImportFileKind.VISITS, ImportFileKind.REQUESTS)) {
                String sheet = switch (kind) {
                    case DETAINEES -> "Detainees";
                    case VISITORS -> "Visitors";
                    case VISITS -> "Visits";
                    case OUTCOMES -> "Outcomes";
                    case REQUESTS -> "Requests";
                };
                ImportResult r = ws.imports().run(file, kind, sheet, false, f -> { });
                assertThat(r.errors()).as("errors importing %s", kind).isEmpty();
                assertThat(r.problem()).as("problem importing %s", kind).isNull();
            }
            Map<String, Detainee> back = ws.detainees().listAll(Locale.ENGLISH).stream().map(DetaineeListing::detainee)
                    .collect(Collectors.toMap(d -> d.aNumber().value(), Function.identity()));
            assertThat(back).hasSameSizeAs(detainees);
            for (Detainee d : detainees) {
                Detainee b = back.get(d.aNumber().value());
                assertThat(b).as(d.aNumber().display()).isNotNull();
                assertThat(b).usingRecursiveComparison().ignoringFields("id", "facilityId", "version").isEqualTo(d);
            }
            Map<String, Visitor> vback = ws.visitors().listAll().stream()
                    .collect(Collectors.toMap(Visitor::email, Function.identity()));
            assertThat(vback).hasSameSizeAs(visitors);
            for (Visitor v : visitors) {
                assertThat(vback.get(v.email())).usingRecursiveComparison().ignoringFields("id", "version").isEqualTo(v);
            }
            List<String> before = visits.stream().map(RoundTripTest::key).sorted().toList();
            List<String> after = ws.visits().between(new DateRange(from, to)).stream().map(RoundTripTest::key)
                    .sorted().toList();
            assertThat(after).isEqualTo(before);
            assertThat(ws.requests().list(true).stream().map(RoundTripTest::key).sorted().toList())
                    .isEqualTo(requests);
        }
    }

    /** A request told by what the coordinator sees on the Requests page. */
    private static String key(RequestListing l) {
        Request r = l.request();
        return r.received() + " " + r.source() + " " + r.aNumber() + " " + r.fullName() + " " + r.countryOfBirth()
                + " " + r.languages() + " " + r.urgency() + " " + r.caller() + " " + r.callerPhone() + " " + r.needs()
                + " " + r.status() + " " + (l.person() == null ? "-" : l.person().aNumber().value());
    }

    /** A visit told by what the coordinator sees: who, when, with whom, what, how it stands. */
    private static String key(VisitListing l) {
        Visit v = l.visit();
        return l.detainee().aNumber().value() + " " + v.start() + " " + v.end() + " " + v.type() + " " + v.status()
                + " " + l.visitors().stream().map(Visitor::email).sorted(Comparator.naturalOrder()).toList() + " "
                + v.notes();
    }
}
