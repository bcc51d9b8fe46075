-- Issue 13: what changed since when. Portable SQL for H2 and PostgreSQL, one column per statement.

-- When an incident was last written (created, edited, its figures revised, retracted), kept by Hibernate
-- (@UpdateTimestamp, and the change feed for writes that bypass the entity). Rows older than this migration
-- get the time it ran: the honest "not known to have changed since".
alter table incident add column updated_at timestamp with time zone default current_timestamp not null;
create index incident_updated_idx on incident (updated_at, id);

-- The change feed (dev.parley.changes): one row per record created, revised or retracted, numbered in commit
-- order. A transaction takes its positions from this one-row counter just before it commits and keeps the row
-- locked until then, so positions become visible in increasing order (see ChangeFeedWriter).
create table change_feed_position (
    id            integer primary key,
    last_position bigint not null
);
insert into change_feed_position (id, last_position) values (1, 0);

create table change_feed (
    position     bigint primary key,
    kind         varchar(20)  not null,
    record_type  varchar(40)  not null,
    record_id    bigint       not null,
    committed_at timestamp with time zone not null,
    changed_by   varchar(200)
);
create index change_feed_record_idx on change_feed (record_id, position);
