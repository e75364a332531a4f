package org.visitdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.visitdesk.storage.Store;
import org.visitdesk.storage.TestStores;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.Availability;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.DetaineeStatus;
import org.visitdesk.domain.FieldError;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.VisitType;
import org.visitdesk.domain.Visitor;
import org.visitdesk.domain.VisitorStatus;
import org.visitdesk.domain.WeeklyHours;
import org.visitdesk.importing.TestFiles;

/**
 * Availability and suggested visitors through the use cases on a real store: saving (family only of people in the
 * records), importing the new visitor columns (a bad row imports nothing), export all, and the ranked suggestions
 * with their reasons in words.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Store.Engine.class)
class AvailabilityAndSuggestionsTest {

    static final ZoneId ZONE = ZoneId.systemDefault();
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 12, 6).atTime(12, 0).atZone(ZONE).toInstant(), ZONE);
    /** A Thursday: West 3A takes visits 12:10-13:10. */
    static final LocalDate THU = LocalDate.of(2026, 12, 10);

    @Parameter
    Store.Engine engine;

    @TempDir
    Path dir;

    TestStores.Place place;

    Workspace ws;
    long adelanto;
    Detainee lan;

    @BeforeEach
    void open() {
        place = TestStores.place(engine, dir.resolve("data"));
        ws = TestWorkspaces.open(place, CLOCK);
        adelanto = ws.facilities().listAll().get(0).id();
        lan = person("A999000201", "Prueba", List.of("Vietnamese"), "F");
    }

    @AfterEach
    void close() {
        TestWorkspaces.close(ws, place);
    }

    Detainee person(String aNumber, String family, List<String> languages, String gender) {
        return ws.detainees().save(new Detainee(0, ANumber.parse(aNumber).orElseThrow(), family, "Lan", null,
                "Vietnam", languages, gender, adelanto, "West 3A", DetaineeStatus.DETAINED, null, "")).saved();
    }

    Visitor volunteer(String family, String email, List<String> languages, String hours, int perMonth,
            List<ANumber> family0f) {
        return ws.visitors().save(new Visitor(0, family, "Prueba", email, "", languages, LocalDate.of(2026, 1, 5),
                true, VisitorStatus.ACTIVE, "", new Availability(WeeklyHours.read(hours).hours(), perMonth, null,
                null, family0f))).saved();
    }

    void visit(Visitor who, Detainee whom, LocalDateTime start, VisitStatus status) {
        Visit v = new Visit(0, whom.id(), adelanto, start, start.plusHours(1), List.of(who.id()), VisitType.SOCIAL,
                status, "", "");
        assertThat(ws.schedule().plan(v, "test visit").saved()).isNotNull();
    }

    static List<String> words(SuggestedVisitor s, Locale language) {
        return s.reasons().stream().map(m -> Messages.in(language, m)).toList();
    }

    @Test
    void familyMustBeAPersonInTheRecordsAndNothingIsSavedOtherwise() {
        long before = ws.visitors().count();
        SaveResult<Visitor> r = ws.visitors().save(new Visitor(0, "Prueba", "Ana", "", "", List.of(), null, false,
                VisitorStatus.ACTIVE, "", new Availability(List.of(), 0, null, null,
                List.of(new ANumber("A999000999")))));
        assertThat(r.isSaved()).isFalse();
        assertThat(r.errors()).containsExactly(new FieldError("familyOf", "error.familyOf.unknown",
                List.of("A-999-000-999")));
        assertThat(ws.visitors().count()).isEqualTo(before);
    }

    @Test
    void savedAvailabilityReadsBackAndItsChangeIsInTheHistory() {
        Visitor v = volunteer("Nguyen", "nguyen@example.org", List.of("Vietnamese"), "Thu 12:00-17:00", 2,
                List.of(lan.aNumber()));
        assertThat(ws.visitors().byId(v.id()).orElseThrow()).isEqualTo(v);
        Visitor changed = v.withAvailability(v.availability().withHours(WeeklyHours.read("Sat 07:00-12:00").hours()));
        assertThat(ws.visitors().save(changed).isSaved()).isTrue();
        List<HistoryEntry> entries = ws.history().of(RecordType.VISITOR, v.id());
        assertThat(entries.get(0).changes()).anySatisfy(c -> {
            assertThat(c.fieldKey()).isEqualTo("field.available");
            assertThat(c.before()).isEqualTo("Thu 12:00-17:00");
            assertThat(c.after()).isEqualTo("Sat 07:00-12:00");
        });
    }

    @Test
    void suggestionsComeInTheOrderOfTheDesignWithReasonsInWords() {
        Detainee other = person("A999000202", "Otra", List.of("Spanish"), "M");
        Visitor family = volunteer("Familia", "familia@example.org", List.of("Vietnamese"), "Thu 12:00-17:00", 4,
                List.of(lan.aNumber()));
        Visitor full = volunteer("Lleno", "lleno@example.org", List.of("Vietnamese"), "Thu 12:00-17:00", 2,
                List.of());
        visit(full, other, THU.minusDays(2).atTime(12, 10), VisitStatus.SCHEDULED);
        visit(full, other, LocalDate.of(2026, 12, 5).atTime(7, 0), VisitStatus.COMPLETED);
        Visitor free = volunteer("Libre", "libre@example.org", List.of("Vietnamese", "Spanish"), "Thu 12:00-17:00", 2,
                List.of());
        visit(free, lan, LocalDate.of(2026, 12, 1).atTime(12, 10), VisitStatus.COMPLETED);
        Visitor spanish = volunteer("Solo", "solo@example.org", List.of("Spanish"), "Thu 12:00-17:00", 2,
                List.of());
        Visitor busy = volunteer("Ocupado", "ocupado@example.org", List.of("Vietnamese"), "Thu 12:00-17:00", 0,
                List.of());
        visit(busy, other, THU.atTime(12, 10), VisitStatus.SCHEDULED);
        ws.visitors().save(new Visitor(0, "Nuevo", "Prueba", "nuevo@example.org", "", List.of("Vietnamese"), null,
                false, VisitorStatus.ACTIVE, ""));

        List<SuggestedVisitor> list = ws.suggestions().forDay(lan.id(), THU);
        assertThat(list).extracting(s -> s.visitor().familyName())
                .containsExactly("Libre", "Lleno", "Ocupado", "Solo");
        assertThat(list).extracting(SuggestedVisitor::rank).containsExactly(1, 2, 3, 4);
        assertThat(list.get(0).codes()).containsExactly("LANGUAGE", "AVAILABLE", "UNDER_COMMITMENT",
                "VISITED_BEFORE");
        assertThat(words(list.get(0), Locale.ENGLISH)).containsExactly("speaks Vietnamese",
                "free Thursdays 12:00–17:00", "1 of 2 visits this month", "visited her before");
        assertThat(words(list.get(1), Locale.ENGLISH)).contains("2 of 2 visits this month");
        assertThat(list.get(1).codes()).contains("OVER_COMMITMENT");
        assertThat(words(list.get(2), Locale.ENGLISH)).contains("on another visit 12:10–13:10",
                "1 visit this month, no commitment given");
        assertThat(words(list.get(3), Locale.ENGLISH)).startsWith("speaks none of Vietnamese");
        assertThat(words(list.get(0), Locale.forLanguageTag("es"))).containsExactly("habla Vietnamese",
                "libre los jueves de 12:00 a 17:00", "1 de 2 visitas este mes", "ya la visitó");
        assertThat(list).extracting(SuggestedVisitor::visitor).doesNotContain(family);

        List<SuggestedVisitor> atOwnTime = ws.suggestions().forTime(lan.id(), THU.atTime(12, 10),
                THU.atTime(13, 10), 0);
        assertThat(atOwnTime).extracting(s -> s.visitor().familyName()).containsExactly("Libre", "Lleno", "Ocupado",
                "Solo");
        assertThat(ws.suggestions().forDay(lan.id(), THU.plusDays(1)).get(0).codes()).contains("NOT_AVAILABLE");
    }

    @Test
    void importReadsTheNewColumnsAndExportAllWritesThem() throws Exception {
        Path file = TestFiles.csv(dir, "visitors.csv", """
                Family Name,Given Name,Email,Languages,Orientation Date,ID Checked,Available,Visits per Month,Away From,Away To,Family Of
                Prueba,Ana,ana@example.org,Vietnamese,2026-01-05,yes,Tue 12:00-17:00; Sat 07:00-12:00,2,2026-12-20,2027-01-03,A-999-000-201
                Prueba,Ben,ben@example.org,Spanish,2026-01-05,yes,jue 9-12,,,,
                """);
        ImportResult r = ws.imports().run(file, ImportFileKind.VISITORS, null, false, null);
        assertThat(r.errorLines(Locale.ENGLISH)).isEmpty();
        Visitor ana = ws.visitors().listAll().stream().filter(v -> v.givenName().equals("Ana")).findFirst()
                .orElseThrow();
        assertThat(ana.availability()).isEqualTo(new Availability(
                WeeklyHours.read("Tue 12:00-17:00; Sat 07:00-12:00").hours(), 2, LocalDate.of(2026, 12, 20),
                LocalDate.of(2027, 1, 3), List.of(lan.aNumber())));

        Path out = dir.resolve("all.xlsx");
        ws.exports().all(out);
        try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
            Sheet s = wb.getSheet("Visitors");
            DataFormatter f = new DataFormatter();
            List<String> header = cells(s.getRow(0), f);
            assertThat(header).contains("Available", "Visits per Month", "Away From", "Away To", "Family Of");
            Row row = s.getRow(1).getCell(1).getStringCellValue().equals("Ana") ? s.getRow(1) : s.getRow(2);
            assertThat(f.formatCellValue(row.getCell(header.indexOf("Available"))))
                    .isEqualTo("Tue 12:00-17:00; Sat 07:00-12:00");
            assertThat(f.formatCellValue(row.getCell(header.indexOf("Visits per Month")))).isEqualTo("2");
            assertThat(f.formatCellValue(row.getCell(header.indexOf("Family Of")))).isEqualTo("A-999-000-201");
        }
    }

    private static List<String> cells(Row row, DataFormatter f) {
        List<String> out = new java.util.ArrayList<>();
        row.forEach(c -> out.add(f.formatCellValue(c)));
        return out;
    }

    @Test
    void aBadAvailabilityMarksItsRowAndImportsNothing() throws Exception {
        Path file = TestFiles.csv(dir, "visitors.csv", """
                Family Name,Given Name,Email,Available,Visits per Month,Family Of
                Prueba,Ana,ana@example.org,Tue 12:00-17:00,2,
                Prueba,Ben,ben@example.org,Tue 17:00-12:00,2,
                Prueba,Cy,cy@example.org,Funday 10-11,40,A-999-000-999
                """);
        long before = ws.visitors().count();
        ImportResult r = ws.imports().run(file, ImportFileKind.VISITORS, null, false, null);
        assertThat(r.errorLines(Locale.ENGLISH)).containsExactly(
                "row 3, column D (Available): \"Tue 17:00-12:00\" ends before it starts: write the earlier time "
                        + "first, like Tue 12:00-17:00.",
                "row 4, column D (Available): \"Funday\" is not a day of the week: write Mon, Tue, Wed, Thu, Fri, "
                        + "Sat or Sun (or the whole name), like Tue 12:00-17:00.",
                "row 4, column E (Visits per Month): Visits per month is a whole number from 0 to 31 (0 or blank: "
                        + "no commitment).",
                "row 4, column F (Family Of): No person with A-number A-999-000-999 is in the records: add the "
                        + "person first, or remove the A-number.");
        assertThat(ws.visitors().count()).isEqualTo(before);
    }
}
