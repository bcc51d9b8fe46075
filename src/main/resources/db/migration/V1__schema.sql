-- One id sequence for every table: ids are unique across types (see ParleyEntity).
-- Ids below 1000 are reserved for the demo data.
create sequence parley_id_seq start with 1000 increment by 50;

create table conflict (
    id              bigint primary key,
    name            varchar(200) not null,
    description     varchar(2000),
    started_on      date,
    start_precision varchar(20)
);

create table source (
    id           bigint primary key,
    title        varchar(500) not null,
    publisher    varchar(200),
    published_on date,
    url          varchar(2000),
    notes        varchar(2000)
);

create table party (
    id          bigint primary key,
    name        varchar(200) not null unique,
    kind        varchar(40)  not null,
    description varchar(1000),
    parent_id   bigint references party (id)
);

create table person (
    id       bigint primary key,
    name     varchar(200) not null,
    title    varchar(300),
    party_id bigint references party (id)
);
create index person_party_idx on person (party_id);

create table talks (
    id                 bigint primary key,
    title              varchar(300) not null,
    conflict_id        bigint references conflict (id),
    venue_city         varchar(120),
    venue_region       varchar(120),
    venue_country      varchar(120),
    start_date         date         not null,
    end_date           date,
    status             varchar(20)  not null,
    format             varchar(20)  not null,
    mediating_party_id bigint references party (id),
    notes              varchar(4000),
    constraint talks_dates_ck check (end_date is null or end_date >= start_date)
);
create index talks_start_idx on talks (start_date, id);

create table talks_source (
    talks_id  bigint not null references talks (id),
    source_id bigint not null references source (id),
    primary key (talks_id, source_id)
);

create table participation (
    id         bigint primary key,
    talks_id   bigint      not null references talks (id),
    person_id  bigint references person (id),
    party_id   bigint      not null references party (id),
    role       varchar(30) not null,
    attendance varchar(20) not null,
    notes      varchar(1000)
);
create index participation_talks_idx on participation (talks_id);

create table proposal (
    id                   bigint primary key,
    title                varchar(300) not null,
    summary              varchar(4000),
    presented_on         date,
    proposed_by_party_id bigint references party (id)
);

create table talks_proposal (
    talks_id    bigint not null references talks (id),
    proposal_id bigint not null references proposal (id),
    primary key (talks_id, proposal_id)
);
create index talks_proposal_proposal_idx on talks_proposal (proposal_id);

create table provision (
    id          bigint primary key,
    proposal_id bigint        not null references proposal (id),
    kind        varchar(30)   not null,
    text        varchar(4000) not null,
    contested   boolean       not null,
    notes       varchar(2000),
    ordinal     integer       not null
);
create index provision_proposal_idx on provision (proposal_id);

create table stance (
    id              bigint primary key,
    proposal_id     bigint        not null references proposal (id),
    provision_id    bigint references provision (id),
    party_id        bigint        not null references party (id),
    person_id       bigint references person (id),
    stance_position varchar(20)   not null,
    summary         varchar(4000) not null,
    stated_on       date
);
create index stance_proposal_idx on stance (proposal_id);

create table statement (
    id             bigint primary key,
    person_id      bigint references person (id),
    party_id       bigint        not null references party (id),
    said_on        date,
    date_precision varchar(20)   not null,
    channel        varchar(30)   not null,
    platform       varchar(100),
    quote          varchar(4000),
    summary        varchar(4000) not null,
    talks_id       bigint references talks (id)
);
create index statement_talks_idx on statement (talks_id);
create index statement_person_idx on statement (person_id);
create index statement_said_idx on statement (said_on, id);

create table statement_source (
    statement_id bigint not null references statement (id),
    source_id    bigint not null references source (id),
    primary key (statement_id, source_id)
);

create table place (
    id        bigint primary key,
    name      varchar(200),
    admin1    varchar(120),
    country   varchar(120) not null,
    occupied  boolean,
    latitude  double precision,
    longitude double precision
);

create table incident (
    id                  bigint primary key,
    conflict_id         bigint references conflict (id),
    occurred_on         date        not null,
    date_precision      varchar(20) not null,
    place_id            bigint      not null references place (id),
    actor_party_id      bigint references party (id),
    actor_inferred      boolean     not null,
    target              varchar(500),
    event_type          varchar(40),
    sub_event_type      varchar(60),
    civilians_targeted  boolean     not null,
    verification        varchar(20) not null,
    claimed_by_party_id bigint references party (id),
    notes               varchar(4000)
);
create index incident_occurred_idx on incident (occurred_on, id);

create table incident_source (
    incident_id bigint not null references incident (id),
    source_id   bigint not null references source (id),
    primary key (incident_id, source_id)
);

create table casualty_report (
    id                    bigint primary key,
    incident_id           bigint      not null references incident (id),
    reported_on           date        not null,
    reported_on_precision varchar(20) not null,
    killed                integer,
    wounded               integer,
    qualifier             varchar(500),
    source_id             bigint references source (id),
    constraint casualty_report_killed_ck check (killed is null or killed >= 0),
    constraint casualty_report_wounded_ck check (wounded is null or wounded >= 0)
);
create index casualty_report_incident_idx on casualty_report (incident_id, reported_on, id);
