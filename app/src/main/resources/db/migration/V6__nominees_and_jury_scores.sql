-- The shortlist (DESIGN §3 SELEKSI) of each level, category and scope: the current nominees.
-- A nominee comes from the edition's shortlist settings (AUTO: top N eligible by desk score with
-- at least the minimum desk score) or was added by the committee with a written reason (ADDED).
-- A nominee removed by the committee is deleted here; the audit log keeps who, when and why.
CREATE TABLE nominee (
    edition_year   INT          NOT NULL REFERENCES edition (award_year),
    score_level    VARCHAR(10)  NOT NULL,
    category       VARCHAR(20)  NOT NULL,
    -- a province code at the provincial level, ID at the national level
    scope          VARCHAR(2)   NOT NULL,
    candidate_code VARCHAR      NOT NULL,
    origin         VARCHAR(10)  NOT NULL,
    reason         VARCHAR(1000),
    added_by       VARCHAR(64)  NOT NULL,
    added_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT nominee_pk PRIMARY KEY (edition_year, score_level, category, candidate_code),
    CONSTRAINT nominee_level_check CHECK (score_level IN ('PROVINSI', 'NASIONAL')),
    CONSTRAINT nominee_origin_check CHECK (origin IN ('AUTO', 'ADDED')),
    CONSTRAINT nominee_reason_check CHECK (origin = 'AUTO' OR reason IS NOT NULL)
);
CREATE INDEX nominee_scope_idx ON nominee (edition_year, score_level, category, scope);

-- One juror's scoring sheet for one nominee (DESIGN §5.5): a draft until submitted, then final
-- unless the panel's chair reopens it. The version grows with every save, so a stale form (two
-- tabs, two devices) is refused instead of overwriting a newer save.
CREATE TABLE jury_sheet (
    edition_year   INT          NOT NULL REFERENCES edition (award_year),
    score_level    VARCHAR(10)  NOT NULL,
    category       VARCHAR(20)  NOT NULL,
    candidate_code VARCHAR      NOT NULL,
    juror_username VARCHAR(64)  NOT NULL,
    status         VARCHAR(10)  NOT NULL,
    version        INT          NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    submitted_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT jury_sheet_pk PRIMARY KEY (edition_year, score_level, category, candidate_code, juror_username),
    CONSTRAINT jury_sheet_status_check CHECK (status IN ('DRAFT', 'SUBMITTED'))
);

-- The sub-criterion scores of a sheet: an integer 0–100 and a comment; a draft may leave a score
-- empty, a submitted sheet has every sub-criterion of the rubric's jury aspect.
CREATE TABLE jury_score (
    edition_year   INT          NOT NULL,
    score_level    VARCHAR(10)  NOT NULL,
    category       VARCHAR(20)  NOT NULL,
    candidate_code VARCHAR      NOT NULL,
    juror_username VARCHAR(64)  NOT NULL,
    criterion      VARCHAR(64)  NOT NULL,
    score          INT,
    comment        VARCHAR(2000),
    CONSTRAINT jury_score_pk PRIMARY KEY (edition_year, score_level, category, candidate_code, juror_username, criterion),
    CONSTRAINT jury_score_sheet_fk FOREIGN KEY (edition_year, score_level, category, candidate_code, juror_username)
        REFERENCES jury_sheet (edition_year, score_level, category, candidate_code, juror_username) ON DELETE CASCADE,
    CONSTRAINT jury_score_range_check CHECK (score IS NULL OR (score >= 0 AND score <= 100))
);

-- The assessment team of a level (DESIGN §2): a province's Tim Penilai (level_scope = the
-- province code) or the national jury (ID). Members are PENILAI accounts; the chair (KETUA) may
-- reopen a submitted sheet. The affiliation (a government's region code or an employer's NPP)
-- is where conflicts of interest are derived from (§5.5).
CREATE TABLE panel_member (
    edition_year       INT          NOT NULL REFERENCES edition (award_year),
    level_scope        VARCHAR(2)   NOT NULL,
    username           VARCHAR(64)  NOT NULL,
    panel_role         VARCHAR(12)  NOT NULL,
    agency             VARCHAR(200) NOT NULL,
    affiliation_region VARCHAR(13),
    affiliation_npp    VARCHAR(20),
    CONSTRAINT panel_member_pk PRIMARY KEY (edition_year, level_scope, username),
    CONSTRAINT panel_member_role_check CHECK (panel_role IN ('KETUA', 'SEKRETARIS', 'ANGGOTA'))
);

-- Conflicts of interest a juror declared on a candidate, with the reason (derived conflicts come
-- from panel_member's affiliation and are not stored).
CREATE TABLE conflict_declaration (
    edition_year   INT           NOT NULL REFERENCES edition (award_year),
    juror_username VARCHAR(64)   NOT NULL,
    candidate_code VARCHAR       NOT NULL,
    reason         VARCHAR(1000) NOT NULL,
    declared_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT conflict_declaration_pk PRIMARY KEY (edition_year, juror_username, candidate_code)
);

-- Which jurors interview and score which nominee: made automatically (balanced load, at least
-- the edition's minimum of jurors per nominee, never across a conflict) and changed by hand.
CREATE TABLE jury_assignment (
    edition_year   INT          NOT NULL REFERENCES edition (award_year),
    score_level    VARCHAR(10)  NOT NULL,
    category       VARCHAR(20)  NOT NULL,
    candidate_code VARCHAR      NOT NULL,
    juror_username VARCHAR(64)  NOT NULL,
    assigned_by    VARCHAR(64)  NOT NULL,
    assigned_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT jury_assignment_pk PRIMARY KEY (edition_year, score_level, category, candidate_code, juror_username)
);
CREATE INDEX jury_assignment_juror_idx ON jury_assignment (edition_year, juror_username);
