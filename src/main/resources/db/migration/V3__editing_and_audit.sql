-- Issue 4: editors change the record. Optimistic locking versions, retraction instead of deletion,
-- and the Envers audit trail (revinfo + one *_aud table per audited entity). Portable SQL: runs on H2
-- and PostgreSQL alike, one column per statement.

alter table talks add column version integer default 0 not null;
alter table talks add column retracted_at timestamp with time zone;
alter table talks add column retraction_reason varchar(2000);

alter table participation add column version integer default 0 not null;

alter table incident add column version integer default 0 not null;
alter table incident add column retracted_at timestamp with time zone;
alter table incident add column retraction_reason varchar(2000);
alter table incident add column verification_reason varchar(2000);

alter table statement add column version integer default 0 not null;
alter table statement add column retracted_at timestamp with time zone;
alter table statement add column retraction_reason varchar(2000);

-- One row per committed write: when (epoch milliseconds) and by whom.
create sequence revinfo_seq start with 1 increment by 1;
create table revinfo (
    id         bigint primary key,
    changed_at bigint not null,
    changed_by varchar(200)
);

-- Audit tables: a snapshot of the record per revision (revtype 0 created, 1 updated, 2 deleted).
-- Citations (the *_source join tables) and talks_proposal are not audited.
create table talks_aud (
    id                 bigint   not null,
    rev                bigint   not null references revinfo (id),
    revtype            smallint,
    title              varchar(300),
    conflict_id        bigint,
    venue_city         varchar(120),
    venue_region       varchar(120),
    venue_country      varchar(120),
    start_date         date,
    end_date           date,
    status             varchar(20),
    format             varchar(20),
    mediating_party_id bigint,
    notes              varchar(4000),
    retracted_at       timestamp with time zone,
    retraction_reason  varchar(2000),
    primary key (id, rev)
);

create table participation_aud (
    id         bigint   not null,
    rev        bigint   not null references revinfo (id),
    revtype    smallint,
    talks_id   bigint,
    person_id  bigint,
    party_id   bigint,
    role       varchar(30),
    attendance varchar(20),
    notes      varchar(1000),
    primary key (id, rev)
);

create table place_aud (
    id        bigint   not null,
    rev       bigint   not null references revinfo (id),
    revtype   smallint,
    name      varchar(200),
    admin1    varchar(120),
    country   varchar(120),
    occupied  boolean,
    latitude  double precision,
    longitude double precision,
    primary key (id, rev)
);

create table incident_aud (
    id                  bigint   not null,
    rev                 bigint   not null references revinfo (id),
    revtype             smallint,
    conflict_id         bigint,
    occurred_on         date,
    date_precision      varchar(20),
    place_id            bigint,
    actor_party_id      bigint,
    actor_inferred      boolean,
    target              varchar(500),
    event_type          varchar(40),
    sub_event_type      varchar(60),
    civilians_targeted  boolean,
    verification        varchar(20),
    verification_reason varchar(2000),
    claimed_by_party_id bigint,
    notes               varchar(4000),
    retracted_at        timestamp with time zone,
    retraction_reason   varchar(2000),
    primary key (id, rev)
);

create table casualty_report_aud (
    id                    bigint   not null,
    rev                   bigint   not null references revinfo (id),
    revtype               smallint,
    incident_id           bigint,
    reported_on           date,
    reported_on_precision varchar(20),
    killed                integer,
    wounded               integer,
    qualifier             varchar(500),
    source_id             bigint,
    primary key (id, rev)
);

create table statement_aud (
    id                bigint   not null,
    rev               bigint   not null references revinfo (id),
    revtype           smallint,
    person_id         bigint,
    party_id          bigint,
    said_on           date,
    date_precision    varchar(20),
    channel           varchar(30),
    platform          varchar(100),
    quote             varchar(4000),
    summary           varchar(4000),
    talks_id          bigint,
    retracted_at      timestamp with time zone,
    retraction_reason varchar(2000),
    primary key (id, rev)
);

create table source_aud (
    id           bigint   not null,
    rev          bigint   not null references revinfo (id),
    revtype      smallint,
    title        varchar(500),
    publisher    varchar(200),
    published_on date,
    url          varchar(2000),
    notes        varchar(2000),
    primary key (id, rev)
);

create table proposal_aud (
    id                   bigint   not null,
    rev                  bigint   not null references revinfo (id),
    revtype              smallint,
    title                varchar(300),
    summary              varchar(4000),
    presented_on         date,
    proposed_by_party_id bigint,
    primary key (id, rev)
);

create table provision_aud (
    id          bigint   not null,
    rev         bigint   not null references revinfo (id),
    revtype     smallint,
    proposal_id bigint,
    kind        varchar(30),
    text        varchar(4000),
    contested   boolean,
    notes       varchar(2000),
    ordinal     integer,
    primary key (id, rev)
);

create table stance_aud (
    id              bigint   not null,
    rev             bigint   not null references revinfo (id),
    revtype         smallint,
    proposal_id     bigint,
    provision_id    bigint,
    party_id        bigint,
    person_id       bigint,
    stance_position varchar(20),
    summary         varchar(4000),
    stated_on       date,
    primary key (id, rev)
);
