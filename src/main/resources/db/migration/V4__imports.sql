-- Issue 13: imports of UCDP GED and ACLED. Portable SQL (H2 and PostgreSQL), one column per statement.

-- An imported incident keeps the dataset's own id, so a second import finds it instead of adding it again.
alter table incident add column external_dataset varchar(40);
alter table incident add column external_id varchar(100);
alter table incident add constraint incident_external_uk unique (external_dataset, external_id);
-- The last day of the span the incident is known to lie in (datePrecision BETWEEN); null otherwise.
alter table incident add column occurred_until date;
-- The two sides a dataset names (UCDP side_a/side_b, ACLED actor1/actor2); neither says who attacked, so
-- the actor is set only where the dataset does say it (one-sided violence).
alter table incident add column side_a_party_id bigint references party (id);
alter table incident add column side_b_party_id bigint references party (id);
alter table incident_aud add column external_dataset varchar(40);
alter table incident_aud add column external_id varchar(100);
alter table incident_aud add column occurred_until date;
alter table incident_aud add column side_a_party_id bigint;
alter table incident_aud add column side_b_party_id bigint;

-- How exactly the coordinates place it (UCDP where_prec, ACLED geo_precision).
alter table place add column place_precision varchar(20);
alter table place_aud add column place_precision varchar(20);

-- A range around the figure: UCDP's low and high estimates beside its best (killed).
alter table casualty_report add column killed_low integer;
alter table casualty_report add column killed_high integer;
alter table casualty_report_aud add column killed_low integer;
alter table casualty_report_aud add column killed_high integer;

-- The credit line a dataset's licence asks for (UCDP: CC BY 4.0), carried with what cites it.
alter table source add column attribution varchar(1000);
alter table source_aud add column attribution varchar(1000);

create table import_job (
    id            bigint primary key,
    format        varchar(30)  not null,
    status        varchar(20)  not null,
    started_by    varchar(200) not null,
    file_name     varchar(500),
    started_at    timestamp with time zone not null,
    finished_at   timestamp with time zone,
    updated_at    timestamp with time zone not null,
    total_bytes   bigint,
    bytes_read    bigint  not null,
    rows_read     integer  not null,
    rows_written  integer  not null,
    rows_revised  integer  not null,
    rows_unchanged integer not null,
    rows_retracted integer not null,
    rows_rejected integer  not null,
    failure       varchar(2000),
    failure_code  varchar(40)
);
create index import_job_started_idx on import_job (started_at, id);

-- The rejected rows of a job, capped (see ImportJob.MAX_REJECTIONS_KEPT): line number and reason.
create table import_rejection (
    id      bigint primary key,
    job_id  bigint        not null references import_job (id),
    line    integer       not null,
    reason  varchar(1000) not null
);
create index import_rejection_job_idx on import_rejection (job_id, line);

-- UCDP names some conflicts, and some sides (alliances), by all their members: up to 243 characters in the 23.1 sample.
alter table conflict alter column name set data type varchar(500);
alter table party alter column name set data type varchar(500);

-- Imports find the sources a row cites by title.
create index source_title_idx on source (title);
