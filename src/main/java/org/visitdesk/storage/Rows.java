package org.visitdesk.storage;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.visitdesk.domain.ANumber;
import org.visitdesk.domain.Availability;
import org.visitdesk.domain.BlackoutDay;
import org.visitdesk.domain.DenialReason;
import org.visitdesk.domain.Detainee;
import org.visitdesk.domain.DetaineeStatus;
import org.visitdesk.domain.Facility;
import org.visitdesk.domain.FollowUp;
import org.visitdesk.domain.FollowUpKind;
import org.visitdesk.domain.FollowUpStatus;
import org.visitdesk.domain.Languages;
import org.visitdesk.domain.Outcome;
import org.visitdesk.domain.OutcomeCode;
import org.visitdesk.domain.Visit;
import org.visitdesk.domain.VisitStatus;
import org.visitdesk.domain.VisitType;
import org.visitdesk.domain.Visitor;
import org.visitdesk.domain.VisitorStatus;
import org.visitdesk.domain.VisitingWindow;
import org.visitdesk.domain.WeeklyHours;

/** Row mappers from the tables to the domain records (records hold value types Jdbi cannot guess). */
public final class Rows {

    private Rows() {
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static LocalDateTime timestamp(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime();
    }

    static LocalTime time(ResultSet rs, String column) throws SQLException {
        Time t = rs.getTime(column);
        return t == null ? null : t.toLocalTime();
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    /** Maps {@code detainee} rows. */
    public static final class DetaineeMapper implements RowMapper<Detainee> {
        @Override
        public Detainee map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Detainee(rs.getLong("id"), new ANumber(rs.getString("a_number")), rs.getString("family_name"),
                    rs.getString("given_name"), date(rs, "date_of_birth"), rs.getString("country_of_birth"),
                    Languages.parse(rs.getString("languages")), rs.getString("gender"),
                    nullableLong(rs, "facility_id"), rs.getString("housing_unit"),
                    DetaineeStatus.valueOf(rs.getString("status")), date(rs, "status_date"), rs.getString("notes"),
                    rs.getInt("version"));
        }
    }

    /** Maps {@code detainee} rows with a {@code last_visit} column. */
    public static final class WithLastVisitMapper implements RowMapper<DetaineeDao.WithLastVisit> {
        private final DetaineeMapper people = new DetaineeMapper();

        @Override
        public DetaineeDao.WithLastVisit map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new DetaineeDao.WithLastVisit(people.map(rs, ctx), timestamp(rs, "last_visit"));
        }
    }

    /** Maps {@code visitor} rows. */
    public static final class VisitorMapper implements RowMapper<Visitor> {
        @Override
        public Visitor map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Visitor(rs.getLong("id"), rs.getString("family_name"), rs.getString("given_name"),
                    rs.getString("email"), rs.getString("phone"), Languages.parse(rs.getString("languages")),
                    date(rs, "orientation_date"), rs.getBoolean("id_checked"),
                    VisitorStatus.valueOf(rs.getString("status")), rs.getString("notes"), availability(rs),
                    rs.getInt("version"));
        }
    }

    /** The availability columns of a visitor row; hours that no longer read (never written so) are dropped. */
    static Availability availability(ResultSet rs) throws SQLException {
        List<ANumber> family = new ArrayList<>();
        String links = rs.getString("family_of");
        if (links != null) {
            for (String a : links.split(";")) {
                ANumber.parse(a).ifPresent(family::add);
            }
        }
        return new Availability(hours(rs.getString("available")), rs.getInt("visits_per_month"),
                date(rs, "away_from"), date(rs, "away_to"), family);
    }

    /** Hours read so far, by their text: a calendar week reads hundreds of visitors, each time the same texts. */
    private static final Map<String, List<WeeklyHours>> HOURS = new ConcurrentHashMap<>();

    /** Enough for every text of a large store; past it the memory starts again rather than grow. */
    private static final int HOURS_KEPT = 10_000;

    private static List<WeeklyHours> hours(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<WeeklyHours> hours = HOURS.get(text);
        if (hours == null) {
            hours = WeeklyHours.read(text).hours();
            if (HOURS.size() >= HOURS_KEPT) {
                HOURS.clear();
            }
            HOURS.put(text, hours);
        }
        return hours;
    }

    /** Maps {@code facility} rows. */
    public static final class FacilityMapper implements RowMapper<Facility> {
        @Override
        public Facility map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Facility(rs.getLong("id"), rs.getString("name"), rs.getString("address"),
                    rs.getInt("room_capacity"), rs.getInt("max_visitors_per_visit"), rs.getInt("max_visits_per_week"),
                    rs.getString("notes"), rs.getInt("version"));
        }
    }

    /** Maps {@code visiting_window} rows. */
    public static final class WindowMapper implements RowMapper<VisitingWindow> {
        @Override
        public VisitingWindow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new VisitingWindow(rs.getLong("id"), rs.getLong("facility_id"), rs.getString("housing_unit"),
                    DayOfWeek.of(rs.getInt("day_of_week")), time(rs, "start_time"), time(rs, "end_time"),
                    rs.getBoolean("contact"));
        }
    }

    /** Maps {@code blackout_day} rows. */
    public static final class BlackoutMapper implements RowMapper<BlackoutDay> {
        @Override
        public BlackoutDay map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new BlackoutDay(rs.getLong("id"), rs.getLong("facility_id"), date(rs, "from_date"),
                    date(rs, "to_date"), rs.getString("reason"));
        }
    }

    /** Maps {@code visit} rows; visitors are filled in afterwards from {@code visit_visitor}. */
    public static final class VisitMapper implements RowMapper<Visit> {
        @Override
        public Visit map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Visit(rs.getLong("id"), rs.getLong("detainee_id"), rs.getLong("facility_id"),
                    timestamp(rs, "starts_at"), timestamp(rs, "ends_at"), List.of(),
                    VisitType.valueOf(rs.getString("type")), VisitStatus.valueOf(rs.getString("status")),
                    rs.getString("notes"), rs.getString("override_reason"), rs.getInt("version"));
        }
    }

    /** Maps {@code visit_visitor} pairs; by hand, as a constructor mapper is worked out again for every query. */
    public static final class LinkMapper implements RowMapper<VisitDao.Link> {
        @Override
        public VisitDao.Link map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new VisitDao.Link(rs.getLong("visit_id"), rs.getLong("visitor_id"));
        }
    }

    /** Maps {@code outcome} rows. */
    public static final class OutcomeMapper implements RowMapper<Outcome> {
        @Override
        public Outcome map(ResultSet rs, StatementContext ctx) throws SQLException {
            String reason = rs.getString("denial_reason");
            return new Outcome(rs.getLong("visit_id"), OutcomeCode.valueOf(rs.getString("code")),
                    reason == null ? null : DenialReason.valueOf(reason), time(rs, "arrived_at"), time(rs, "seen_at"),
                    time(rs, "left_at"), rs.getString("note"));
        }
    }

    /** Maps {@code follow_up} rows. */
    public static final class FollowUpMapper implements RowMapper<FollowUp> {
        @Override
        public FollowUp map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new FollowUp(rs.getLong("id"), FollowUpKind.valueOf(rs.getString("kind")), rs.getLong("detainee_id"),
                    nullableLong(rs, "visit_id"), nullableLong(rs, "owner_visitor_id"), date(rs, "due"),
                    FollowUpStatus.valueOf(rs.getString("status")), rs.getString("note"));
        }
    }
}
