package org.visitdesk.roster;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The mail-merge file: one CSV row per volunteer and visit, for a coordinator's own mail program to send reminders
 * from. It holds what a reminder says and nothing more: no A-number, date of birth, notes or follow-ups.
 */
public final class MailMergeWriter {

    /** The header line, the names a mail program shows as fields. */
    public static final List<String> COLUMNS = List.of("visitor_name", "email", "phone", "date", "time", "end",
            "building", "address", "co_visitors", "person_first_name");

    /** One reminder: the volunteer, when, where, with whom, whom they see. */
    public record Row(String visitorName, String email, String phone, String date, String time, String end,
            String building, String address, String coVisitors, String personFirstName) {

        List<String> fields() {
            return List.of(visitorName, email, phone, date, time, end, building, address, coVisitors,
                    personFirstName);
        }
    }

    private MailMergeWriter() {
    }

    /** Writes the rows (UTF-8, CRLF line ends as RFC 4180 asks) whole or not at all. */
    public static void write(Path out, List<Row> rows) {
        SafeFile.write(out, stream -> {
            Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            w.write(Csv.line(COLUMNS));
            w.write("\r\n");
            for (Row r : rows) {
                w.write(Csv.line(r.fields()));
                w.write("\r\n");
            }
            w.flush();
        });
    }
}
