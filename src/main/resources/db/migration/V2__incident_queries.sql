-- The current casualty figures (those of the latest report) kept on the incident, so that filters
-- (minKilled), ordering by killed and sums over many incidents need no join with the history.
alter table incident add column current_killed integer;
alter table incident add column current_wounded integer;

update incident set
    current_killed = (select c.killed from casualty_report c where c.incident_id = incident.id
                      order by c.reported_on desc, c.id desc fetch first 1 rows only),
    current_wounded = (select c.wounded from casualty_report c where c.incident_id = incident.id
                       order by c.reported_on desc, c.id desc fetch first 1 rows only);

-- Filters and statistics
create index place_admin1_idx on place (admin1, id);
create index incident_place_idx on incident (place_id, occurred_on);
create index incident_actor_idx on incident (actor_party_id, occurred_on);
create index incident_killed_idx on incident (current_killed, id);
create index participation_party_idx on participation (party_id, talks_id);
create index party_parent_idx on party (parent_id);
