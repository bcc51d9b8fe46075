-- Run by bench/peers/run.sh before PostGraphile starts, after Parley's Flyway has created the schema.
-- Only functions, comments and roles: Parley's entities, migrations and queries are untouched (Hibernate validates
-- tables and columns; Flyway does not look at functions). Idempotent: safe to run before every benchmark.

-- Talks.concurrentIncidents(windowDays, first) by Parley's rule (dev.parley.incidents.ConcurrentIncidents and
-- IncidentWindow): standing incidents (retracted_at is null) dated from windowDays before the talks' start through
-- windowDays after their end (their start while open-ended), in (occurred_on, id) order; PostGraphile's own `first`
-- argument takes the first N. One SQL function the planner inlines: a range scan on incident (occurred_on, id)
-- that stops after N rows, as Parley's union branch does.
create or replace function talks_concurrent_incidents(t talks, window_days integer default 3)
    returns setof incident
    language sql stable
as $$
    select i.*
    from incident i
    where i.occurred_on between t.start_date - window_days and coalesce(t.end_date, t.start_date) + window_days
      and i.retracted_at is null
    order by i.occurred_on, i.id
$$;
comment on function talks_concurrent_incidents(talks, integer) is
    'Incidents around the talks, in date order (Parley''s concurrentIncidents).';

-- Incident.casualties: the latest report (dev.parley.incidents.CasualtyReports.latest: reported_on, then id).
create or replace function incident_casualties(i incident)
    returns casualty_report
    language sql stable
as $$
    select c.*
    from casualty_report c
    where c.incident_id = i.id
    order by c.reported_on desc, c.id desc
    limit 1
$$;
comment on function incident_casualties(incident) is 'The latest casualty report.';

-- Query.incidentsInRegions: Parley's incidents(filter: {regions, from, to}) in DATE_ASC order
-- (dev.parley.incidents.IncidentFilter.toSql, IncidentOrder.DATE_ASC). PostGraphile has no filter across a relation
-- without a plugin, so the filter is a function.
create or replace function incidents_in_regions(regions text[], from_date date, to_date date)
    returns setof incident
    language sql stable
as $$
    select i.*
    from incident i
    where i.retracted_at is null
      and i.occurred_on >= from_date and i.occurred_on <= to_date
      and exists (select 1 from place pl where pl.id = i.place_id and pl.admin1 = any (regions))
    order by i.occurred_on, i.id
$$;

-- One login role per server, so that PostgreSQL's log (%u) and its backends' process titles say whose statements
-- and CPU they are. Superusers: the database is the benchmark's own, and Parley's Flyway checks its history table.
do $$
declare
    r text;
begin
    foreach r in array array['peers_parley', 'peers_v4', 'peers_v5'] loop
        if not exists (select 1 from pg_roles where rolname = r) then
            execute format('create role %I login superuser', r);
        end if;
    end loop;
end
$$;

-- Parley lists standing talks only; PostGraphile 5 offers a condition on unindexed columns only when asked to.
comment on column talks.retracted_at is E'@behavior +filterBy\nSet when the talks were retracted; null while they stand.';
