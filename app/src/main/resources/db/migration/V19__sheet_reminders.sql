-- The reminders of jury sheets not yet submitted before a level's interview stage ends: one row
-- per sheet (edition, level, category, candidate, juror) and planned end date, written with the
-- message, so that a reminder run again (daily, or on another node) sends none twice, while a
-- moved end date may remind again.
CREATE TABLE sheet_reminder (
    edition_year   INT          NOT NULL,
    score_level    VARCHAR(10)  NOT NULL,
    category       VARCHAR(20)  NOT NULL,
    candidate_code VARCHAR      NOT NULL,
    juror_username VARCHAR(64)  NOT NULL,
    deadline       DATE         NOT NULL,
    reminded_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT sheet_reminder_pk PRIMARY KEY (edition_year, score_level, category, candidate_code, juror_username, deadline)
);
