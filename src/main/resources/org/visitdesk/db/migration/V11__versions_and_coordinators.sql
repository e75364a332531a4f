-- Several coordinators on one shared store (issue 12): no lost updates, and history says who.

-- The version of each record a coordinator edits in a form: every save adds one, and a save names the version its
-- form was opened with, so that a change someone else saved meanwhile is not silently overwritten.
ALTER TABLE detainee ADD COLUMN version INT DEFAULT 0 NOT NULL;
ALTER TABLE visitor ADD COLUMN version INT DEFAULT 0 NOT NULL;
ALTER TABLE visit ADD COLUMN version INT DEFAULT 0 NOT NULL;
ALTER TABLE facility ADD COLUMN version INT DEFAULT 0 NOT NULL;
ALTER TABLE request ADD COLUMN version INT DEFAULT 0 NOT NULL;

-- Who made each change: the name the coordinator's copy of VisitDesk is set to, else the database user of a shared
-- store; blank on the embedded store (one coordinator) and for changes made before this version.
ALTER TABLE change_log ADD COLUMN coordinator VARCHAR(100) DEFAULT '' NOT NULL;
-- A save made over another coordinator's change on purpose: whose change it replaced and when that was made.
ALTER TABLE change_log ADD COLUMN overwrote VARCHAR(100) DEFAULT '' NOT NULL;
ALTER TABLE change_log ADD COLUMN overwrote_at TIMESTAMP;
