-- Demo data: the Miami round of 20 December 2025, exactly the facts of the source article
-- (shared/seed/miami-2025-12-20.md). Where the article is vague the data stays vague:
-- unknown names, figures and coordinates are null, dates carry their precision.

insert into conflict (id, name, description, started_on, start_precision) values
  (1, 'Russia–Ukraine war', 'Russia''s full-scale invasion of Ukraine and the war that followed.', date '2022-02-01', 'MONTH');

insert into source (id, title, publisher, published_on, url, notes) values
  (2, 'Miami Hosts Crucial Negotiations', null, date '2025-12-20', null,
   'News report published on Saturday 20 December 2025; the publisher is not named in the text.');

insert into party (id, name, kind, description, parent_id) values
  (10, 'Russia', 'STATE', null, null),
  (11, 'Russian Armed Forces', 'ARMED_FORCE', '"Moscow''s forces" in the source.', 10),
  (12, 'Ukraine', 'STATE', null, null),
  (13, 'Security Service of Ukraine (SBU)', 'SECURITY_SERVICE', null, 12),
  (14, 'United States', 'STATE', null, null),
  (15, 'Europe', 'BLOC', 'The European negotiating teams; the source names no country.', null);

-- Trump's title is left out: the source calls him "former US President" while his Secretary of
-- State is in office, a contradiction not to propagate.
insert into person (id, name, title, party_id) values
  (20, 'Kirill Dmitriev', 'Russian envoy', 10),
  (21, 'Steve Witkoff', 'Envoy of Donald Trump', 14),
  (22, 'Jared Kushner', 'Envoy of Donald Trump (his son-in-law)', 14),
  (23, 'Marco Rubio', 'US Secretary of State', 14),
  (24, 'Vladimir Putin', 'President of Russia', 10),
  (25, 'Donald Trump', null, 14);

insert into talks (id, title, conflict_id, venue_city, venue_region, venue_country, start_date, end_date,
                   status, format, mediating_party_id, notes) values
  (30, 'Miami round', 1, 'Miami', 'Florida', 'United States', date '2025-12-20', null,
   'SCHEDULED', 'PROXIMITY', 14,
   'Mediated by Trump''s envoys Steve Witkoff and Jared Kushner. The first round in which Russian and European '
   || 'representatives take part in the same round; before, US mediators met each side separately in different '
   || 'places (no dates given). Direct face-to-face talks between Dmitriev and the Ukrainian and European teams '
   || 'are considered unlikely.');
insert into talks_source (talks_id, source_id) values (30, 2);

insert into participation (id, talks_id, person_id, party_id, role, attendance, notes) values
  (31, 30, 20, 10, 'ENVOY', 'EN_ROUTE', 'Announced on 20 December 2025 that he was heading to Miami.'),
  (32, 30, 21, 14, 'MEDIATOR', 'CONFIRMED', null),
  (33, 30, 22, 14, 'MEDIATOR', 'CONFIRMED', null),
  (34, 30, null, 12, 'DELEGATION', 'ARRIVED', 'The Ukrainian negotiating team; no member named.'),
  (35, 30, null, 15, 'DELEGATION', 'ARRIVED', 'The European negotiating teams; no member or country named.'),
  (36, 30, 23, 14, 'PARTICIPANT', 'TENTATIVE', 'Said he "might join" the talks in his hometown of Miami on Saturday.');

insert into proposal (id, title, summary, presented_on, proposed_by_party_id) values
  (40, 'US peace plan', 'Peace proposal promoted by Trump''s envoys.', null, 14);
insert into talks_proposal (talks_id, proposal_id) values (30, 40);

insert into provision (id, proposal_id, kind, text, contested, notes, ordinal) values
  (41, 40, 'SECURITY_GUARANTEE', 'The United States would provide security guarantees to Ukraine.', false, null, 1),
  (42, 40, 'TERRITORY', 'Ukraine would likely be expected to cede some territory to Russia.', true,
   'Contentious; has sparked resentment among many Ukrainians.', 2);

insert into stance (id, proposal_id, provision_id, party_id, person_id, stance_position, summary, stated_on) values
  (43, 40, null, 14, 23, 'CONDITIONAL', 'The US would not force an agreement on Ukraine: "There''s no peace deal unless Ukraine agrees to it."', date '2025-12-19'),
  (44, 40, null, 10, null, 'UNCLEAR', 'Moscow criticises European involvement in the talks as hindering the process.', null);

insert into statement (id, person_id, party_id, said_on, date_precision, channel, platform, quote, summary, talks_id) values
  (50, 23, 14, date '2025-12-19', 'DAY', 'PRESS_REMARKS', null, 'There''s no peace deal unless Ukraine agrees to it.',
   'The US will not force an agreement on Ukraine; Rubio might join the talks in Miami on Saturday.', 30),
  (51, 24, 10, date '2025-12-19', 'DAY', 'PRESS_CONFERENCE', 'Annual news conference', null,
   'Vowed to continue the military offensive, hailing Moscow''s battlefield gains.', null),
  (52, 20, 10, date '2025-12-20', 'DAY', 'ANNOUNCEMENT', null, null,
   'Announced he was heading to Miami, where talks to settle the conflict are scheduled.', 30),
  (53, 20, 10, date '2025-12-20', 'DAY', 'SOCIAL_MEDIA', 'X', null,
   'Posted a video of "light breaking through the storm clouds" with a peace-dove emoji.', 30),
  (54, null, 10, null, 'UNDATED', 'PUBLIC_POSITION', null, null,
   'European involvement hinders the process; European leaders are pro-war.', 30),
  (55, null, 12, null, 'UNDATED', 'PUBLIC_POSITION', null, null,
   'Kyiv and its allies: Russia''s war is an unprovoked and illegal land grab, resulting in catastrophic violence and destruction across Ukraine.', null);
insert into statement_source (statement_id, source_id) values (50, 2), (51, 2), (52, 2), (53, 2), (54, 2), (55, 2);

insert into place (id, name, admin1, country, occupied, latitude, longitude) values
  (60, null, 'Sumy', 'Ukraine', null, null, null),
  (61, null, 'Donetsk', 'Ukraine', null, null, null),
  (62, null, 'Odesa', 'Ukraine', null, null, null),
  (63, 'Chornomorsk', 'Odesa', 'Ukraine', null, null, null),
  (64, null, 'Crimea', 'Ukraine', true, null, null);

insert into incident (id, conflict_id, occurred_on, date_precision, place_id, actor_party_id, actor_inferred, target,
                      event_type, sub_event_type, civilians_targeted, verification, claimed_by_party_id, notes) values
  (70, 1, date '2025-12-20', 'ON_OR_BEFORE', 60, 11, false, 'a village (name not given)',
   'BATTLES', null, false, 'CLAIMED', 10,
   'Russia announced the capture on 20 December 2025. Casualties not stated.'),
  (71, 1, date '2025-12-20', 'ON_OR_BEFORE', 61, 11, false, 'a village (name not given)',
   'BATTLES', null, false, 'CLAIMED', 10,
   'Russia announced the capture on 20 December 2025. Casualties not stated.'),
  (72, 1, date '2025-12-20', 'ON_OR_BEFORE', 62, 11, false, 'port infrastructure',
   'EXPLOSIONS_REMOTE_VIOLENCE', 'SHELLING_ARTILLERY_MISSILE_ATTACK', false, 'REPORTED', null,
   'Russian ballistic missile strike; the date of the strike is not given.'),
  (73, 1, date '2025-11-14', 'DAY', 63, 11, true, 'a market',
   'EXPLOSIONS_REMOTE_VIOLENCE', 'AIR_DRONE_STRIKE', true, 'REPORTED', null,
   'Drone strike on a market; the source implies, without saying, that Russian forces carried it out.'),
  (74, 1, date '2025-12-20', 'ON_OR_BEFORE', 64, 13, false, 'two Russian fighter jets at an airfield',
   null, null, false, 'CLAIMED', 13,
   'Claimed by the SBU in retaliation; how the jets were destroyed is not stated. Casualties not stated.');
insert into incident_source (incident_id, source_id) values (70, 2), (71, 2), (72, 2), (73, 2), (74, 2);

insert into casualty_report (id, incident_id, reported_on, reported_on_precision, killed, wounded, qualifier, source_id) values
  (80, 72, date '2025-12-20', 'ON_OR_BEFORE', null, null,
   'An earlier, lower death toll was reported; the source does not give it.', 2),
  (81, 72, date '2025-12-20', 'DAY', 8, null, 'death toll rose to eight; nearly three dozen wounded', 2),
  (82, 73, date '2025-12-20', 'DAY', 2, 7, null, 2);
