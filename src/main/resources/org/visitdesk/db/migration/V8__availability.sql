-- Before the visit (issue 11): when a volunteer can go and whom they may not be matched with.
-- Weekly hours are kept as the import column reads them ('Tue 12:00-17:00; Sat 07:00-12:00'); 0 visits per month
-- means no commitment given; either away date may be open.

ALTER TABLE visitor ADD COLUMN available VARCHAR(500) DEFAULT '' NOT NULL;
ALTER TABLE visitor ADD COLUMN visits_per_month INT DEFAULT 0 NOT NULL;
ALTER TABLE visitor ADD COLUMN away_from DATE;
ALTER TABLE visitor ADD COLUMN away_to DATE;
ALTER TABLE visitor ADD CONSTRAINT ck_visitor_visits_per_month CHECK (visits_per_month BETWEEN 0 AND 31);
ALTER TABLE visitor ADD CONSTRAINT ck_visitor_away CHECK (away_to IS NULL OR away_from IS NULL OR away_to >= away_from);

-- A volunteer is family of these people and is never suggested for them; a link goes with either record, so
-- clean-up of a person leaves no trace of them here.
CREATE TABLE visitor_family (
    visitor_id  BIGINT NOT NULL REFERENCES visitor (id) ON DELETE CASCADE,
    detainee_id BIGINT NOT NULL REFERENCES detainee (id) ON DELETE CASCADE,
    PRIMARY KEY (visitor_id, detainee_id)
);
CREATE INDEX ix_visitor_family_detainee ON visitor_family (detainee_id);
