package org.visitdesk.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitdesk.domain.DenialReason;
import org.visitdesk.domain.FollowUp;
import org.visitdesk.domain.FollowUpKind;
import org.visitdesk.domain.FollowUpStatus;
import org.visitdesk.domain.Outcome;
import org.visitdesk.domain.OutcomeCode;
import org.visitdesk.domain.Request;
import org.visitdesk.domain.RequestSource;
import org.visitdesk.domain.RequestStatus;
import org.visitdesk.domain.Urgency;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.BlackoutDay;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.DetaineeStatus;
import org.visitdesk.domain.Facility;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.VisitType;
import org.visitdesk.domain.VisitingWindow;
import org.visitdesk.domain.Visitor;
import org.visitdesk.domain.VisitorStatus;

class AllDataWriterTest {

    @TempDir
    Path dir;

    static List<String> header(XSSFSheet s) {
        List<String> out = new ArrayList<>();
        for (Cell c : s.getRow(0)) {
            out.add(c.getStringCellValue());
        }
        return out;
    }

    @Test
    void everySheetWithTheImportTitlesAndTheRecords() throws IOException {
        Facility f = new Facility(1, Rows.ADELANTO, Rows.ADDRESS, 12, 3, 3, "");
        Detainee d = new Detainee(5, new ANumber("A999123456"), "=Uno", "Prueba", LocalDate.of(1990, 1, 2),
                "Guatemala", List.of("Spanish", "K'iche'"), "", 1L, "West 3A", DetaineeStatus.DETAINED, null,
                "private note");
        Visitor v1 = new Visitor(7, "Visitante", "Prueba", "prueba@example.org", "(760) 555-0101",
                List.of("Spanish"), LocalDate.of(2026, 1, 5), true, VisitorStatus.ACTIVE, "");
        Visitor v2 = new Visitor(8, "Sincorreo", "Otra", "", "", List.of(), null, false, VisitorStatus.ACTIVE, "");
        Visit visit = new Visit(9, 5, 1, LocalDateTime.of(2026, 12, 8, 12, 10), LocalDateTime.of(2026, 12, 8, 13, 10),
                List.of(7L, 8L), VisitType.SOCIAL, VisitStatus.SCHEDULED, "@note", "moved on purpose");
        VisitingWindow w = new VisitingWindow(3, 1, "West 3A", DayOfWeek.TUESDAY, LocalTime.of(12, 10),
                LocalTime.of(13, 10), true);
        BlackoutDay b = new BlackoutDay(4, 1, LocalDate.of(2026, 12, 25), null, "Holiday closure");
        Path out = dir.resolve("all.xlsx");
        AllDataWriter.Result r = new AllDataWriter(dir.resolve("tmp")).write(new AllDataWriter.Data(List.of(d),
                List.of(v1, v2), List.of(visit), List.of(f), List.of(w), List.of(b),
                List.of(new Outcome(visit.id(), OutcomeCode.DENIED, DenialReason.DRESS_CODE, LocalTime.of(7, 5), null,
                        LocalTime.of(9, 40), "=note")),
                List.of(new FollowUp(12, FollowUpKind.COMMISSARY, d.id(), visit.id(), 8L, LocalDate.of(2026, 12, 15),
                        FollowUpStatus.OPEN, "send $20")),
                List.of(new Request(14, LocalDate.of(2026, 11, 20), RequestSource.HOTLINE, null, "Prueba", "Dos",
                        "Honduras", List.of("Spanish", "Garifuna"), "reading glasses", Urgency.URGENT, "Tia",
                        "aunt", "(760) 555-0102", "+call back", RequestStatus.MATCHED, null, 5L))), out);
        assertThat(r.rows()).isEqualTo(10);
        try (XSSFWorkbook wb = Rows.read(out)) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                names.add(wb.getSheetName(i));
            }
            assertThat(names).containsExactly("Detainees", "Visitors", "Visits", "Facilities", "Visiting Windows",
                    "Blackout Days", "Outcomes", "Follow-ups", "Requests");
            XSSFSheet rs = wb.getSheet("Requests");
            assertThat(header(rs)).startsWith("Received", "Source", "A-Number", "Family Name", "Given Name",
                    "Country of Birth", "Languages", "Caller", "Relationship", "Caller Phone", "Needs", "Urgency",
                    "Notes");
            assertThat(rs.getRow(1).getCell(0).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 11, 20));
            assertThat(rs.getRow(1).getCell(1).getStringCellValue()).isEqualTo("HOTLINE");
            assertThat(rs.getRow(1).getCell(2).getStringCellValue()).isEmpty();
            assertThat(rs.getRow(1).getCell(6).getStringCellValue()).isEqualTo("Spanish; Garifuna");
            assertThat(rs.getRow(1).getCell(11).getStringCellValue()).isEqualTo("URGENT");
            assertThat(rs.getRow(1).getCell(12).getCellType()).isEqualTo(CellType.STRING);
            assertThat(rs.getRow(1).getCell(12).getStringCellValue()).isEqualTo("+call back");
            assertThat(rs.getRow(1).getCell(13).getStringCellValue()).isEqualTo("MATCHED");
            assertThat(rs.getRow(1).getCell(15).getNumericCellValue()).isEqualTo(14);
            XSSFSheet os = wb.getSheet("Outcomes");
            assertThat(header(os)).containsExactly("Visit ID", "A-Number", "Date", "Start", "Outcome", "Arrived",
                    "Seen", "Left", "Denial Reason", "Note");
            assertThat(os.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(visit.id());
            assertThat(os.getRow(1).getCell(1).getStringCellValue()).isEqualTo("A-999-123-456");
            assertThat(os.getRow(1).getCell(4).getStringCellValue()).isEqualTo("DENIED");
            assertThat(os.getRow(1).getCell(5).getLocalDateTimeCellValue().toLocalTime()).isEqualTo(LocalTime.of(7, 5));
            assertThat(os.getRow(1).getCell(8).getStringCellValue()).isEqualTo("DRESS_CODE");
            assertThat(os.getRow(1).getCell(9).getCellType()).isEqualTo(CellType.STRING);
            XSSFSheet fs = wb.getSheet("Follow-ups");
            assertThat(fs.getRow(1).getCell(1).getStringCellValue()).isEqualTo("COMMISSARY");
            assertThat(fs.getRow(1).getCell(2).getStringCellValue()).isEqualTo("A-999-123-456");
            assertThat(fs.getRow(1).getCell(4).getStringCellValue()).isEqualTo(v2.email().isBlank() ? v2.fullName()
                    : v2.email());
            assertThat(fs.getRow(1).getCell(7).getStringCellValue()).isEqualTo("send $20");
            assertThat(header(wb.getSheet("Detainees"))).containsExactly("A-Number", "Family Name", "Given Name",
                    "Date of Birth", "Country of Birth", "Languages", "Gender", "Facility", "Housing Unit", "Status",
                    "Status Date", "Notes");
            assertThat(header(wb.getSheet("Visitors"))).containsExactly("Family Name", "Given Name", "Email",
                    "Phone", "Languages", "Orientation Date", "ID Checked", "Status", "Notes", "Available",
                    "Visits per Month", "Away From", "Away To", "Family Of");
            assertThat(header(wb.getSheet("Visits"))).startsWith("A-Number", "Date", "Start", "End", "Visitors",
                    "Type", "Status", "Notes");

            XSSFSheet ds = wb.getSheet("Detainees");
            assertThat(ds.getRow(1).getCell(0).getStringCellValue()).isEqualTo("A-999-123-456");
            assertThat(ds.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(ds.getRow(1).getCell(1).getStringCellValue()).isEqualTo("=Uno");
            assertThat(DateUtil.isCellDateFormatted(ds.getRow(1).getCell(3))).isTrue();
            assertThat(ds.getRow(1).getCell(5).getStringCellValue()).isEqualTo("Spanish; K'iche'");
            assertThat(ds.getRow(1).getCell(7).getStringCellValue()).isEqualTo(Rows.ADELANTO);

            XSSFSheet vs = wb.getSheet("Visits");
            assertThat(vs.getRow(1).getCell(0).getStringCellValue()).isEqualTo("A-999-123-456");
            assertThat(vs.getRow(1).getCell(1).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 12, 8));
            assertThat(DateUtil.isCellDateFormatted(vs.getRow(1).getCell(2))).isTrue();
            // visitors by email, else by name
            assertThat(vs.getRow(1).getCell(4).getStringCellValue()).isEqualTo("prueba@example.org; Otra Sincorreo");
            assertThat(vs.getRow(1).getCell(7).getStringCellValue()).isEqualTo("@note");
            assertThat(vs.getRow(1).getCell(9).getStringCellValue()).isEqualTo("moved on purpose");

            assertThat(wb.getSheet("Visiting Windows").getRow(1).getCell(2).getStringCellValue()).isEqualTo("TUESDAY");
            assertThat(wb.getSheet("Blackout Days").getRow(1).getCell(3).getStringCellValue())
                    .isEqualTo("Holiday closure");
        }
        assertThat(Rows.filesUnder(dir.resolve("tmp"))).isEmpty();
    }
}
