-- The volunteers' side (issue 15): calendar files (.ics) that a volunteer imports again and again.

-- The facility's time zone, so that a volunteer's phone shows the hour the facility means. Visit times are kept as
-- the facility's wall-clock time; the seeded Adelanto facility is in California.
ALTER TABLE facility ADD COLUMN time_zone VARCHAR(60) DEFAULT 'America/Los_Angeles' NOT NULL;

-- The iCalendar SEQUENCE of a visit: it grows whenever the visit moves, changes place or status, or loses a
-- visitor, so that a calendar importing the file again replaces its copy. A column rather than a count of the
-- change log: an import of visits changes them without a history entry, and clean-up removes history.
ALTER TABLE visit ADD COLUMN ics_sequence INT DEFAULT 0 NOT NULL;

-- A visitor's calendar still holds a visit they are no longer on (taken off it, or the visit deleted with its
-- person): the next calendar file sends it to them as cancelled. Only ids and times, nothing about the person.
CREATE TABLE calendar_removal (
    visit_id     BIGINT    NOT NULL,
    visitor_id   BIGINT    NOT NULL REFERENCES visitor (id) ON DELETE CASCADE,
    facility_id  BIGINT    NOT NULL REFERENCES facility (id) ON DELETE CASCADE,
    starts_at    TIMESTAMP NOT NULL,
    ends_at      TIMESTAMP NOT NULL,
    ics_sequence INT       NOT NULL,
    PRIMARY KEY (visit_id, visitor_id)
);
CREATE INDEX ix_calendar_removal_starts ON calendar_removal (starts_at);
