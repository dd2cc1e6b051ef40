-- The event publication registry of Spring Modulith (its v2 schema, spring-modulith-events-jdbc
-- 2.1): every event one module publishes for another is stored with the transaction that publishes
-- it, one row per listener, and completed when that listener's own transaction commits. A row
-- without completion_date is a step still to be done, republished on restart.
-- Written here rather than by Modulith's schema initialisation (disabled), in the DDL both H2 and
-- PostgreSQL read alike: VARCHAR instead of TEXT (a CLOB on H2) and no hash index.
CREATE TABLE event_publication (
  id                     UUID NOT NULL,
  listener_id            VARCHAR(512) NOT NULL,
  event_type             VARCHAR(512) NOT NULL,
  serialized_event       VARCHAR(4000) NOT NULL,
  publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
  completion_date        TIMESTAMP WITH TIME ZONE,
  status                 VARCHAR(20),
  completion_attempts    INT,
  last_resubmission_date TIMESTAMP WITH TIME ZONE,
  CONSTRAINT event_publication_pk PRIMARY KEY (id)
);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);

-- When the last recomputation an event asked for (measures, desk scores) finished, per edition:
-- what the pages show once nothing is pending any more.
CREATE TABLE recomputation (
  edition_year INT NOT NULL,
  finished_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT recomputation_pk PRIMARY KEY (edition_year)
);
