-- Each employer's sums of its employer-contributions rows over the year assessed, per version of
-- that data set: written by the import (in bulk, COPY on PostgreSQL) while the rows stream in, in
-- the same transaction, so that computing the measures reads about 750,000 sums instead of 9
-- million rows. They belong to their version as its rows do: kept while it is current, deleted with
-- its rows once it is replaced. No index, as the other large data tables: read and deleted a whole
-- version at a time.
--   months: bit m set when month m + 1 of the year has a row;
--   months_complete_<size class>: months whose programs include every program that class requires;
--   minimum_wage: the minimum wage that applied to the employer when the rows were summed, NULL when
--   none did (the measures read the rows again when another one applies at the time they are computed);
--   first_month, last_month: 0 to 11, with the workers registered in them.
CREATE TABLE contribution_total (
    edition_year             INT      NOT NULL,
    version_id               BIGINT   NOT NULL,
    npp                      VARCHAR  NOT NULL,
    months                   INT      NOT NULL,
    workers_total            BIGINT   NOT NULL,
    workers_registered       BIGINT   NOT NULL,
    arrears                  BIGINT   NOT NULL,
    months_complete_besar    SMALLINT NOT NULL,
    months_complete_menengah SMALLINT NOT NULL,
    months_complete_kecil    SMALLINT NOT NULL,
    months_complete_mikro    SMALLINT NOT NULL,
    months_on_time           SMALLINT NOT NULL,
    months_wage_compliant    SMALLINT NOT NULL,
    minimum_wage             BIGINT,
    first_month              SMALLINT NOT NULL,
    first_registered         BIGINT   NOT NULL,
    last_month               SMALLINT NOT NULL,
    last_registered          BIGINT   NOT NULL
);
