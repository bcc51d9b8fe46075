// Parley's dashboard: the overview of every round against incidentStats, one round with its chart,
// map and incident table, an as-of date, live updates; the whole view's state lives in the URL.

import {query, literal, enumValue, Live} from './api.js';
import {el, formatDate, addDays, humanize, STATUS_COLOURS} from './dom.js';
import {periodChart, talksAxis} from './charts.js';
import {incidentMap} from './map.js';

const $ = id => document.getElementById(id);

// ---- State in the URL -------------------------------------------------------------------------

const KEYS = ['talks', 'days', 'region', 'type', 'actor', 'by', 'asOf'];

function readState() {
    const params = new URLSearchParams(location.search);
    const state = {};
    for (const key of KEYS) state[key] = params.get(key) || '';
    const days = parseInt(state.days, 10);
    state.days = Number.isInteger(days) && days >= 0 && days <= 366 ? days : 3;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(state.asOf)) state.asOf = '';
    if (!['DAY', 'WEEK', 'MONTH'].includes(state.by)) state.by = '';
    return state;
}

let state = readState();

function urlFor(changes) {
    const next = {...state, ...changes};
    const params = new URLSearchParams();
    for (const key of KEYS) {
        const value = next[key];
        if (value !== '' && value !== null && value !== undefined && !(key === 'days' && value === 3)) params.set(key, value);
    }
    const search = params.toString();
    return location.pathname + (search ? '?' + search : '');
}

/** Applies changes to the state and the URL; a new round is a new history entry, the rest replace it. */
function update(changes, push) {
    const url = urlFor(changes);
    state = {...state, ...changes};
    if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
    render();
}

window.addEventListener('popstate', () => {
    state = readState();
    render();
});

// ---- Filters shared by the overview and the round --------------------------------------------

function incidentFilter(extra = {}) {
    const filter = {...extra};
    if (state.region) filter.regions = [state.region];
    if (state.type) filter.eventTypes = [enumValue(state.type)];
    if (state.actor) filter.actorIds = [state.actor];
    return filter;
}

const asOfArgument = () => state.asOf ? `, asOf: ${literal(state.asOf)}` : '';

// ---- Rendering ---------------------------------------------------------------------------------

let generation = 0;
let drawnOnce = false;

async function render() {
    const mine = ++generation;
    document.body.dataset.state = 'loading';
    syncControls();
    try {
        const overview = await loadOverview();
        if (mine !== generation) return;
        if (!state.talks && overview.talks.length) {
            // The first view: the latest round that has begun (the Miami round in the demo data), else the
            // next one; written into the URL, so that the link shared is this view.
            const today = new Date().toISOString().slice(0, 10);
            const begun = overview.talks.filter(t => t.startDate <= today);
            state.talks = (begun.length ? begun[begun.length - 1] : overview.talks[0]).id;
            history.replaceState(null, '', urlFor({}));
        }
        drawOverview(overview);
        const round = state.talks ? await loadRound() : null;
        if (mine !== generation) return;
        await drawRound(round);
        if (mine !== generation) return;
        $('error').hidden = true;
        document.body.dataset.drawnWidth = innerWidth;
        document.body.dataset.state = 'ready';
        if (!drawnOnce) {
            drawnOnce = true;
            performance.mark('parley-dashboard-drawn');
        }
    } catch (e) {
        if (mine !== generation) return;
        $('error').textContent = 'Could not load the figures: ' + e.message;
        $('error').hidden = false;
        document.body.dataset.state = 'error';
    }
}

function syncControls() {
    $('asOf').value = state.asOf;
    $('by').value = state.by;
    for (const id of ['region', 'type', 'actor']) ensureOption($(id), state[id]);
}

function ensureOption(select, value) {
    if (value && ![...select.options].some(o => o.value === value)) select.append(el('option', {value}, value));
    select.value = value;
}

// ---- Overview ----------------------------------------------------------------------------------

const TALKS_FIELDS = `id title status startDate endDate venue { city country }`;

const LATEST_ROUNDS = 25;

const violenceField = () => `violenceAround(windowDays: ${state.days}, filter: ${literal(incidentFilter())}) {
    during { incidents killed } before { incidents killed } incidentRatio killedRatio }`;

async function loadOverview() {
    const filter = literal(incidentFilter());
    const talks = [];
    let after = null, first = null;
    // Every round, page by page (at most 100 a page); the overview asks only aggregates, never incidents.
    for (let page = 0; page < 10; page++) {
        const data = await query(`{
          talks(first: 100, orderBy: ${literal(enumValue('START_DATE_ASC'))}${after ? ', after: ' + literal(after) : ''}) {
            nodes { ${TALKS_FIELDS} } pageInfo { hasNextPage endCursor } }
          ${page === 0 ? `
          latest: talks(first: ${LATEST_ROUNDS}, orderBy: ${literal(enumValue('START_DATE_DESC'))}) {
            nodes { id ${violenceField()} } }
          months: incidentStats(filter: ${filter}, groupBy: [MONTH]${asOfArgument()}) { period incidents killed wounded }
          regions: incidentStats(groupBy: [REGION]) { region incidents }
          types: incidentStats(groupBy: [EVENT_TYPE]) { eventType incidents }
          actors: incidentStats(groupBy: [ACTOR]) { actor { id name } incidents }` : ''}
        }`);
        first = first || data;
        talks.push(...data.talks.nodes);
        if (!data.talks.pageInfo.hasNextPage) break;
        after = data.talks.pageInfo.endCursor;
    }
    const months = first.months;
    let unit = state.by, rows = months;
    if (!unit) {
        const span = months.length ? monthsBetween(months[0].period, months[months.length - 1].period) : 0;
        unit = span <= 2 ? 'DAY' : span <= 24 ? 'WEEK' : 'MONTH';
    }
    if (unit !== 'MONTH') {
        rows = (await query(`{ stats: incidentStats(filter: ${filter}, groupBy: [${unit}]${asOfArgument()}) {
            period incidents killed wounded } }`)).stats;
    }
    const violence = new Map(first.latest.nodes.map(t => [t.id, t.violenceAround]));
    return {talks, violence, unit, rows, regions: first.regions, types: first.types, actors: first.actors};
}

const monthsBetween = (a, b) => (+b.slice(0, 4) - +a.slice(0, 4)) * 12 + (+b.slice(5, 7) - +a.slice(5, 7));

function drawOverview(o) {
    fillSelect($('region'), o.regions.filter(r => r.region).map(r => [r.region, `${r.region} (${r.incidents})`]), state.region);
    fillSelect($('type'), o.types.filter(t => t.eventType).map(t => [t.eventType, `${humanize(t.eventType)} (${t.incidents})`]), state.type);
    fillSelect($('actor'), o.actors.filter(a => a.actor).map(a => [a.actor.id, `${a.actor.name} (${a.incidents})`]), state.actor);

    const filters = [state.region, state.type && humanize(state.type),
        state.actor && ($('actor').selectedOptions[0]?.textContent.replace(/ \(\d+\)$/, ''))].filter(Boolean);
    const label = `Incidents and killed per ${o.unit.toLowerCase()}` + (filters.length ? ` (${filters.join(', ')})` : '') +
        (state.asOf ? `, as known on ${formatDate(state.asOf, 'DAY')}` : '');
    periodChart($('overview-chart'), o.rows, {unit: o.unit, label, height: 180});

    const legend = document.querySelector('.status-legend');
    legend.replaceChildren(...Object.entries(STATUS_COLOURS).map(([s, c]) =>
        el('span', {class: 'status'}, el('span', {class: 'swatch', style: `background:${c}`}), humanize(s))));
    const from = o.rows.length ? o.rows[0].period : null, to = o.rows.length ? o.rows[o.rows.length - 1].period : null;
    talksAxis($('talks-axis'), o.talks, from, to, id => urlFor({talks: id}), state.talks);
    drawEscalation(o.talks, o.violence);
}

function fillSelect(select, options, value) {
    const first = select.options[0];
    select.replaceChildren(first, ...options.map(([v, text]) => el('option', {value: v}, text)));
    ensureOption(select, value);
}

function ratio(value) {
    if (value === null || value === undefined) return 'n/a';
    const arrow = value > 1 ? '\u25B2 ' : value < 1 ? '\u25BC ' : '';
    return arrow + '\u00D7' + value.toFixed(2);
}

/** The escalation signal of every round, page by page, for "Show all rounds". */
async function loadAllViolence() {
    const violence = new Map();
    let after = null;
    for (let page = 0; page < 10; page++) {
        const data = await query(`{
          talks(first: 100, orderBy: ${literal(enumValue('START_DATE_ASC'))}${after ? ', after: ' + literal(after) : ''}) {
            nodes { id ${violenceField()} } pageInfo { hasNextPage endCursor } } }`);
        for (const t of data.talks.nodes) violence.set(t.id, t.violenceAround);
        if (!data.talks.pageInfo.hasNextPage) break;
        after = data.talks.pageInfo.endCursor;
    }
    return violence;
}

function drawEscalation(talks, violence) {
    const table = el('table', {class: 'escalation', 'aria-describedby': 'escalation-note'});
    const note = el('p', {class: 'help', id: 'escalation-note'}, `Escalation signal: incidents and killed within ${state.days} `
        + 'days of each round, against the window of equal length just before it (current figures).');
    table.append(el('thead', {}, el('tr', {},
        el('th', {scope: 'col'}, 'Round'), el('th', {scope: 'col'}, 'Dates'), el('th', {scope: 'col'}, 'Status'),
        el('th', {scope: 'col', class: 'num'}, 'Incidents before \u2192 during'),
        el('th', {scope: 'col', class: 'num'}, 'Killed before \u2192 during'),
        el('th', {scope: 'col', class: 'num'}, 'Signal'))));
    const body = el('tbody');
    // The latest rounds first (their signal came with the overview); a long history waits behind a button
    // rather than weighing on every load.
    const latest = [...talks].reverse();
    const shown = latest.filter(t => violence.has(t.id));
    for (const t of shown) {
        const v = violence.get(t.id);
        body.append(el('tr', {'data-talks': t.id, class: t.id === state.talks ? 'selected' : null},
            el('th', {scope: 'row', 'data-label': 'Round'}, roundLink(t)),
            el('td', {'data-label': 'Dates'}, dates(t)),
            el('td', {'data-label': 'Status'}, humanize(t.status)),
            el('td', {class: 'num', 'data-label': 'Incidents'}, `${v.before.incidents} \u2192 ${v.during.incidents}`),
            el('td', {class: 'num', 'data-label': 'Killed'}, `${v.before.killed} \u2192 ${v.during.killed}`),
            el('td', {class: 'num signal', 'data-label': 'Signal'}, ratio(v.incidentRatio))));
    }
    table.append(body);
    const more = shown.length < latest.length
        ? el('button', {type: 'button', class: 'more'}, `Show all ${latest.length} rounds`) : '';
    if (more) more.addEventListener('click', async () => {
        more.disabled = true;
        more.textContent = 'Loading all rounds…';
        try {
            const all = await loadAllViolence();
            drawEscalation(talks, all);
        } catch (e) {
            more.disabled = false;
            more.textContent = 'Could not load all rounds: ' + e.message;
        }
    });
    $('escalation').replaceChildren(note, el('div', {class: 'scroll'}, table), more);
}

const roundLink = t => el('a', {href: urlFor({talks: t.id}), 'data-talks': t.id}, t.title);

const dates = t => formatDate(t.startDate, 'DAY') + (t.endDate && t.endDate !== t.startDate ? ' \u2013 ' + formatDate(t.endDate, 'DAY') : '');

// Links to a round change the view in place (and the URL), without a reload.
document.addEventListener('click', e => {
    const link = e.target.closest('a[data-talks]');
    if (!link || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    update({talks: link.dataset.talks}, true);
    $('round').focus({preventScroll: false});
});

// ---- One round of talks ------------------------------------------------------------------------

const INCIDENT_FIELDS = `id occurredOn datePrecision eventType subEventType civiliansTargeted target notes
    place { name admin1 country occupied latitude longitude }
    actor { name } actorInferred verification verificationReason claimedBy { name }
    casualties(ROUND_AS_OF) { killed wounded qualifier reportedOn }
    casualtyHistory { killed wounded qualifier reportedOn reportedOnPrecision }
    sources { title publisher publishedOn url }`;

async function loadRound() {
    const filter = literal(incidentFilter(state.asOf ? {to: state.asOf} : {}));
    const data = await query(`{
      talk(id: ${literal(state.talks)}) {
        ${TALKS_FIELDS} format notes venue { city region country }
        mediatingParty { name }
        mediators { name }
        participants { person { name title } party { name } role attendance notes }
        statements { saidOn datePrecision summary quote channel person { name } party { name } }
        concurrentIncidents(windowDays: ${state.days}, first: 100, filter: ${filter}) {
          ${INCIDENT_FIELDS.replace('(ROUND_AS_OF)', state.asOf ? `(asOf: ${literal(state.asOf)})` : '')} }
      }
    }`);
    const talk = data.talk;
    if (!talk) return {missing: true};
    const from = addDays(talk.startDate, -state.days);
    const to = addDays(talk.endDate || talk.startDate, state.days);
    const stats = await query(`{
      days: incidentStats(filter: ${literal(incidentFilter({from, to}))}, groupBy: [DAY]${asOfArgument()}) {
        period incidents killed wounded }
    }`);
    return {talk, from, to, days: stats.days};
}

async function drawRound(round) {
    const body = $('round-body');
    if (!round) {
        body.replaceChildren(el('p', {class: 'empty'}, 'No rounds of talks are recorded yet.'));
        return;
    }
    if (round.missing) {
        $('round-title').textContent = 'Round of talks';
        body.replaceChildren(el('p', {class: 'empty'}, `No talks with id ${state.talks}.`));
        return;
    }
    const t = round.talk;
    $('round-title').textContent = t.title;
    document.title = `${t.title} \u2013 Parley`;
    const venue = [t.venue?.city, t.venue?.region, t.venue?.country].filter(Boolean).join(', ');
    const facts = el('dl', {class: 'facts'},
        el('dt', {}, 'Where'), el('dd', {}, venue || 'not given'),
        el('dt', {}, 'When'), el('dd', {}, dates(t) + (t.endDate ? '' : ' (end not given)')),
        el('dt', {}, 'Status'), el('dd', {}, `${humanize(t.status)}, ${humanize(t.format)}`),
        el('dt', {}, 'Mediators'), el('dd', {}, [t.mediators.map(m => m.name).join(', '),
            t.mediatingParty ? `for ${t.mediatingParty.name}` : ''].filter(Boolean).join(' ') || 'none named'));
    const people = el('ul', {class: 'participants'});
    for (const p of t.participants) {
        const who = p.person ? `${p.person.name}${p.person.title ? ', ' + p.person.title : ''}` : 'A delegation, no member named';
        people.append(el('li', {}, el('strong', {}, who), ` for ${p.party.name}`,
            el('span', {class: 'tag'}, humanize(p.role)), el('span', {class: 'tag'}, humanize(p.attendance)),
            p.notes ? el('span', {class: 'note'}, ' ' + p.notes) : null));
    }

    const windowForm = el('form', {class: 'controls', 'aria-label': 'Window around the talks'},
        el('label', {}, 'Days before and after the talks ',
            el('input', {type: 'number', min: 0, max: 366, value: state.days, name: 'days', id: 'days', inputmode: 'numeric'})),
        el('span', {class: 'help'}, `${formatDate(round.from, 'DAY')} to ${formatDate(round.to, 'DAY')}`));
    windowForm.addEventListener('change', e => {
        const days = parseInt(e.target.value, 10);
        if (Number.isInteger(days) && days >= 0 && days <= 366) update({days});
    });
    windowForm.addEventListener('submit', e => e.preventDefault());

    const marks = t.statements.filter(s => s.saidOn && s.saidOn >= round.from && s.saidOn <= round.to)
        .map(s => ({date: s.saidOn, label: `${s.person?.name || s.party?.name || 'statement'}: ${s.summary || s.quote}`}));
    const chart = el('div', {id: 'round-chart'});
    const map = el('div', {id: 'round-map'});
    const table = el('div', {id: 'round-incidents'});
    body.replaceChildren(
        el('div', {class: 'round-head'}, facts, el('div', {}, el('h3', {}, 'Who took part for whom'), people)),
        t.notes ? el('p', {class: 'note'}, t.notes) : '',
        windowForm,
        el('div', {class: 'round-grid'}, el('div', {}, el('h3', {}, 'Incidents and killed per day'), chart),
            el('div', {}, el('h3', {}, 'Where'), map)),
        el('h3', {}, 'The incidents'), table);
    const incidents = t.concurrentIncidents;
    periodChart(chart, round.days, {unit: 'DAY', from: round.from, to: round.to,
        shade: [t.startDate, t.endDate || t.startDate], marks,
        label: `Incidents and killed per day, ${formatDate(round.from, 'DAY')} to ${formatDate(round.to, 'DAY')}` +
            (state.asOf ? `, as known on ${formatDate(state.asOf, 'DAY')}` : '') +
            '; shaded: the talks\u2019 days' + (marks.length ? '; dashed lines: statements' : '')});
    drawIncidentTable(table, incidents);
    await incidentMap(map, incidents, incident => {
        const row = document.getElementById('incident-' + incident.id);
        if (row) {
            row.scrollIntoView({block: 'center'});
            row.focus();
        }
    });
}

// ---- The incidents' table ----------------------------------------------------------------------

function verificationText(i) {
    const claimant = i.claimedBy ? i.claimedBy.name : 'a party to the conflict';
    const base = {
        CLAIMED: `claimed by ${claimant}, not independently verified`,
        REPORTED: 'reported by the sources, not independently verified',
        CONFIRMED: 'confirmed',
        DISPUTED: 'disputed',
        DENIED: 'denied',
    }[i.verification] || humanize(i.verification);
    return base + (i.verificationReason ? ` (${i.verificationReason})` : '');
}

function figures(report) {
    if (!report) return 'no figures reported';
    const parts = [];
    parts.push(report.killed != null ? `${report.killed} killed` : 'no death toll');
    if (report.wounded != null) parts.push(`${report.wounded} wounded`);
    return parts.join(', ');
}

/** The revisions of a toll in words: "the toll rose from 6 to 8 (20 Dec 2025)". */
function historyText(history) {
    const reports = history.filter(r => !state.asOf || r.reportedOn <= state.asOf);
    const lines = [];
    let previous = null;
    for (const r of reports) {
        const when = (r.reportedOnPrecision === 'ON_OR_BEFORE' ? 'on or before ' : '') + formatDate(r.reportedOn, 'DAY');
        let text;
        if (previous && previous.killed != null && r.killed != null && r.killed !== previous.killed) {
            text = `the toll ${r.killed > previous.killed ? 'rose' : 'fell'} from ${previous.killed} to ${r.killed}`;
        } else if (previous) {
            text = r.killed != null ? `${r.killed} killed` : 'no death toll given';
        } else {
            text = r.killed != null ? `first reported: ${r.killed} killed` : 'first report: no death toll given';
        }
        if (r.wounded != null) text += `, ${r.wounded} wounded`;
        if (r.qualifier) text += ` (\u201C${r.qualifier}\u201D)`;
        lines.push(`${when}: ${text}`);
        previous = r;
    }
    return lines;
}

function drawIncidentTable(container, incidents) {
    const count = incidents.length;
    const table = el('table', {class: 'incidents'});
    table.append(el('caption', {}, `${count} incident${count === 1 ? '' : 's'} in the window` +
        (count === 100 ? ' (the first 100)' : '') + (state.asOf ? `, figures as known on ${formatDate(state.asOf, 'DAY')}` : '')));
    table.append(el('thead', {}, el('tr', {},
        ...['Date', 'Place', 'What', 'Casualties', 'Revisions', 'Verification', 'Sources']
            .map(h => el('th', {scope: 'col'}, h)))));
    const body = el('tbody');
    for (const i of incidents) {
        const date = (i.datePrecision === 'ON_OR_BEFORE' ? 'on or before ' : '') + formatDate(i.occurredOn, 'DAY');
        const place = [i.place.name, i.place.admin1, i.place.country].filter(Boolean).join(', ') +
            (i.place.occupied ? ' (occupied)' : '');
        const what = [i.target, [humanize(i.eventType), humanize(i.subEventType)].filter(Boolean).join(': ') || 'type not coded',
            i.actor ? `by ${i.actor.name}${i.actorInferred ? ' (inferred)' : ''}` : 'actor unknown',
            i.civiliansTargeted ? 'civilians targeted' : ''].filter(Boolean).join('; ');
        const lines = historyText(i.casualtyHistory);
        const revisions = lines.length ? el('ul', {class: 'revisions'}, ...lines.map(line => el('li', {}, line))) : 'none';
        const sources = el('ul', {class: 'sources'}, ...i.sources.map(s => el('li', {},
            s.url ? el('a', {href: s.url, rel: 'noopener noreferrer'}, s.title) : s.title,
            s.publisher || s.publishedOn ? ` (${[s.publisher, formatDate(s.publishedOn, 'DAY')].filter(Boolean).join(', ')})` : '')));
        body.append(el('tr', {id: 'incident-' + i.id, 'data-incident': i.id, tabindex: -1},
            el('td', {'data-label': 'Date'}, date),
            el('td', {'data-label': 'Place'}, place),
            el('td', {'data-label': 'What'}, what, i.notes ? el('span', {class: 'note'}, ' ' + i.notes) : null),
            el('td', {'data-label': 'Casualties', class: 'casualties', 'data-killed': i.casualties?.killed ?? ''}, figures(i.casualties)),
            el('td', {'data-label': 'Revisions'}, revisions),
            el('td', {'data-label': 'Verification', class: 'verification'}, verificationText(i)),
            el('td', {'data-label': 'Sources'}, sources)));
    }
    table.append(body);
    container.replaceChildren(el('div', {class: 'scroll'}, table));
}

// ---- Controls and live updates -----------------------------------------------------------------

$('filters').addEventListener('change', e => update({[e.target.name]: e.target.value}));
$('filters').addEventListener('submit', e => e.preventDefault());
$('global').addEventListener('change', e => update({asOf: e.target.value}));
$('global').addEventListener('submit', e => e.preventDefault());
$('asOf-clear').addEventListener('click', () => update({asOf: ''}));

// Charts are drawn to the window's width: a rotated phone or a resized window gets them redrawn.
let resizeTimer = null;
let drawnWidth = innerWidth;
window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => {
        if (innerWidth !== drawnWidth) {
            drawnWidth = innerWidth;
            render();
        }
    }, 250);
});

let refreshTimer = null;

/** A write arrived: redraw shortly, once for a burst of events. */
function refreshSoon(message) {
    $('announce').textContent = message;
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(render, 150);
}

const LIVE_TEXT = {live: 'Live: new incidents and revised tolls appear as they are reported.',
    connecting: 'Connecting for live updates…', offline: 'Live updates interrupted; reconnecting…'};
let connectedBefore = false;
const live = new Live(status => {
    $('live').textContent = LIVE_TEXT[status];
    $('live').dataset.status = status;
    if (status === 'live') {
        // Back after an interruption: what was written meanwhile was not sent, so read the view again.
        if (connectedBefore) refreshSoon('Live updates resumed.');
        connectedBefore = true;
    }
});
live.subscribe('subscription { incidentReported { id occurredOn target place { admin1 country } } }', data => {
    const i = data.incidentReported;
    refreshSoon(`New incident reported: ${i.target || 'incident'} in ${i.place.admin1 || i.place.country}, ${formatDate(i.occurredOn, 'DAY')}.`);
});
live.subscribe('subscription { casualtiesRevised { killed wounded incident { id target } } }', data => {
    const r = data.casualtiesRevised;
    refreshSoon(`Casualty figures revised for ${r.incident.target || 'an incident'}: ${figures(r)}.`);
});

render();
