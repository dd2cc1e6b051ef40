-- How many jurors interview each nominee at least (DESIGN §3 WAWANCARA): an edition setting.
ALTER TABLE edition ADD COLUMN min_jurors_per_nominee INT DEFAULT 3 NOT NULL;
ALTER TABLE edition ADD CONSTRAINT edition_min_jurors_check CHECK (min_jurors_per_nominee BETWEEN 1 AND 20);

-- The interview of one nominee: a day, a time and a place (a room or an online link). Two
-- nominees of the same panel (level scope) never overlap on the same day.
CREATE TABLE interview_slot (
    edition_year   INT          NOT NULL REFERENCES edition (award_year),
    score_level    VARCHAR(10)  NOT NULL,
    category       VARCHAR(20)  NOT NULL,
    candidate_code VARCHAR      NOT NULL,
    -- the panel that interviews: a province code, or ID for the national jury
    level_scope    VARCHAR(2)   NOT NULL,
    slot_date      DATE         NOT NULL,
    start_time     TIME         NOT NULL,
    end_time       TIME         NOT NULL,
    place          VARCHAR(500) NOT NULL,
    updated_by     VARCHAR(64)  NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT interview_slot_pk PRIMARY KEY (edition_year, score_level, category, candidate_code),
    CONSTRAINT interview_slot_times_check CHECK (end_time > start_time)
);
CREATE INDEX interview_slot_panel_idx ON interview_slot (edition_year, level_scope, slot_date);
