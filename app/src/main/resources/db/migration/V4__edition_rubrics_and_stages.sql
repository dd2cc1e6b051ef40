-- What an edition assesses and how it runs (DESIGN §3). The assessment period defaults to the
-- calendar year before the award year; editions created earlier get that default.
ALTER TABLE edition ADD COLUMN assessment_start DATE;
ALTER TABLE edition ADD COLUMN assessment_end DATE;
UPDATE edition SET assessment_start = CAST(CONCAT(CAST(assessment_year AS VARCHAR(4)), '-01-01') AS DATE),
                   assessment_end = CAST(CONCAT(CAST(assessment_year AS VARCHAR(4)), '-12-31') AS DATE);
ALTER TABLE edition ALTER COLUMN assessment_start SET NOT NULL;
ALTER TABLE edition ALTER COLUMN assessment_end SET NOT NULL;

-- Each edition's own copy of each category's rubric (DESIGN §4), kept as the YAML text of the
-- engine's format so that it is read and validated by the same parser as rubric files. The
-- version grows with every saved change; the audit log keeps the text before and after.
CREATE TABLE edition_rubric (
    edition_year INT         NOT NULL REFERENCES edition (award_year),
    category     VARCHAR(20) NOT NULL,
    yaml         TEXT        NOT NULL,
    version      INT         NOT NULL,
    updated_by   VARCHAR(64) NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT edition_rubric_pk PRIMARY KEY (edition_year, category)
);

-- The stages of each level of an edition (DESIGN §3): level_scope is ID for the national level
-- or a province code. A level's rows are created with the edition (national) or when the
-- level is first used (provinces).
CREATE TABLE edition_stage (
    edition_year  INT         NOT NULL REFERENCES edition (award_year),
    level_scope   VARCHAR(2)  NOT NULL,
    stage         VARCHAR(20) NOT NULL,
    position      INT         NOT NULL,
    planned_start DATE,
    planned_end   DATE,
    state         VARCHAR(10) NOT NULL,
    CONSTRAINT edition_stage_pk PRIMARY KEY (edition_year, level_scope, stage),
    CONSTRAINT edition_stage_state_check CHECK (state IN ('BELUM', 'BERJALAN', 'SELESAI')),
    CONSTRAINT edition_stage_dates_check CHECK (planned_end IS NULL OR planned_start IS NULL OR planned_end >= planned_start)
);
