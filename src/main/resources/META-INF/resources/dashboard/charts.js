// Charts of incidents and killed per period (uPlot, delivered as a WebJar), each with a table
// that holds the same numbers, and the talks' time axis drawn as SVG.

import {el, svg, formatDate, addDays, daysBetween, STATUS_COLOURS} from './dom.js';

const uPlot = window.uPlot;
const DAY = 86400;

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An axis label in UTC: '17 Dec' for days and weeks, 'Dec 2025' for months. */
function shortDate(seconds, unit) {
    const d = new Date(seconds * 1000);
    return unit === 'MONTH' ? `${SHORT_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`
        : `${d.getUTCDate()} ${SHORT_MONTHS[d.getUTCMonth()]}`;
}

const toSeconds = iso => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 1000;

/** Consecutive period starts from first to last, so empty periods show as zero, not as a gap. */
function periods(first, last, unit) {
    const out = [];
    for (let d = first; d <= last;) {
        out.push(d);
        if (unit === 'MONTH') {
            const m = +d.slice(5, 7);
            d = m === 12 ? (+d.slice(0, 4) + 1) + '-01-01' : d.slice(0, 5) + String(m + 1).padStart(2, '0') + '-01';
        } else {
            d = addDays(d, unit === 'WEEK' ? 7 : 1);
        }
    }
    return out;
}

/**
 * A bar chart of incidents and a line of killed per period, and below it a table of the groups the
 * API returned. rows: [{period, incidents, killed, wounded}]; opts: {unit, from, to, shade: [from, to],
 * marks: [{date, label}], label}.
 */
export function periodChart(container, rows, opts) {
    container.replaceChildren();
    const unit = opts.unit;
    const byPeriod = new Map(rows.map(r => [r.period, r]));
    const first = opts.from || (rows.length ? rows[0].period : null);
    const last = opts.to || (rows.length ? rows[rows.length - 1].period : null);
    const totalIncidents = rows.reduce((s, r) => s + Number(r.incidents), 0);
    const totalKilled = rows.reduce((s, r) => s + Number(r.killed), 0);
    const summary = `${opts.label}: ${totalIncidents} incidents, ${totalKilled} killed` +
        (rows.length ? `, ${rows.length} ${unit.toLowerCase()}${rows.length === 1 ? '' : 's'} with incidents` : '') + '.';
    const figure = el('figure', {class: 'chart', 'data-groups': rows.length, 'data-unit': unit});
    const plot = el('div', {class: 'plot', role: 'img', 'aria-label': summary});
    figure.append(plot, el('figcaption', {}, summary));
    container.append(figure);

    if (first && last) {
        const xs = periods(first, last, unit);
        const data = [xs.map(toSeconds),
            xs.map(p => byPeriod.has(p) ? Number(byPeriod.get(p).incidents) : 0),
            xs.map(p => byPeriod.has(p) ? Number(byPeriod.get(p).killed) : 0)];
        const width = Math.max(280, Math.min(container.clientWidth || 600, 1100));
        const step = unit === 'MONTH' ? 31 * DAY : unit === 'WEEK' ? 7 * DAY : DAY;
        new uPlot({
            width, height: opts.height || 200,
            tzDate: ts => uPlot.tzDate(new Date(ts * 1e3), 'Etc/UTC'),
            legend: {show: true},
            cursor: {points: {show: false}},
            scales: {x: {time: true, range: (u, min, max) => [min - step / 2, max + step / 2]}, n: {}, k: {}},
            axes: [
                {space: 60, values: (u, splits) => splits.map(v => shortDate(v, unit))},
                {scale: 'n', label: 'incidents', size: 44, incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1e3, 2e3, 5e3, 1e4, 2e4, 5e4, 1e5]},
                {scale: 'k', label: 'killed', side: 1, size: 50, grid: {show: false},
                    incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1e3, 2e3, 5e3, 1e4, 2e4, 5e4, 1e5]},
            ],
            series: [
                {label: unit === 'DAY' ? 'day' : unit === 'WEEK' ? 'week of' : 'month',
                    value: (u, v) => v == null ? '' : formatDate(new Date(v * 1e3).toISOString().slice(0, 10), unit)},
                {label: 'incidents', scale: 'n', stroke: '#3b6fb6', fill: 'rgba(59,111,182,0.55)', width: 1,
                    paths: uPlot.paths.bars({size: [0.7, 60]}), points: {show: false}},
                {label: 'killed', scale: 'k', stroke: '#b8322c', width: 2, points: {show: true, size: 5}},
            ],
            hooks: {drawClear: [u => shadeAndMark(u, opts)]},
        }, data, plot);
    } else {
        plot.append(el('p', {class: 'empty'}, 'No incidents for this selection.'));
    }

    const details = el('details', {class: 'table-view'});
    details.append(el('summary', {}, 'Table view of this chart'));
    const table = el('table', {class: 'figures'});
    table.append(el('caption', {}, opts.label + (opts.marks && opts.marks.length ? '; statements listed below' : '')));
    table.append(el('thead', {}, el('tr', {},
        el('th', {scope: 'col'}, unit === 'DAY' ? 'Day' : unit === 'WEEK' ? 'Week of' : 'Month'),
        el('th', {scope: 'col', class: 'num'}, 'Incidents'),
        el('th', {scope: 'col', class: 'num'}, 'Killed'),
        el('th', {scope: 'col', class: 'num'}, 'Wounded'))));
    const body = el('tbody');
    for (const r of rows) {
        body.append(el('tr', {'data-period': r.period},
            el('th', {scope: 'row'}, formatDate(r.period, unit)),
            el('td', {class: 'num incidents'}, String(r.incidents)),
            el('td', {class: 'num killed'}, String(r.killed)),
            el('td', {class: 'num wounded'}, String(r.wounded))));
    }
    table.append(body);
    details.append(table);
    if (opts.marks && opts.marks.length) {
        const list = el('ul', {class: 'marks'});
        for (const m of opts.marks) list.append(el('li', {}, `${formatDate(m.date, 'DAY')}: ${m.label}`));
        details.append(list);
    }
    container.append(details);
}

/** Shades the talks' days and draws a tick for each dated statement, under the series. */
function shadeAndMark(u, opts) {
    const ctx = u.ctx;
    const top = u.bbox.top, height = u.bbox.height;
    ctx.save();
    if (opts.shade) {
        const x0 = u.valToPos(toSeconds(opts.shade[0]) - DAY / 2, 'x', true);
        const x1 = u.valToPos(toSeconds(opts.shade[1]) + DAY / 2, 'x', true);
        ctx.fillStyle = 'rgba(240, 190, 60, 0.25)';
        ctx.fillRect(x0, top, x1 - x0, height);
    }
    for (const m of opts.marks || []) {
        const x = Math.round(u.valToPos(toSeconds(m.date), 'x', true));
        ctx.strokeStyle = '#6a3d9a';
        ctx.lineWidth = 2 * devicePixelRatio;
        ctx.setLineDash([4 * devicePixelRatio, 3 * devicePixelRatio]);
        ctx.beginPath();
        ctx.moveTo(x, top);
        ctx.lineTo(x, top + height);
        ctx.stroke();
        ctx.setLineDash([]);
        ctx.fillStyle = '#6a3d9a';
        ctx.beginPath();
        ctx.moveTo(x - 5 * devicePixelRatio, top);
        ctx.lineTo(x + 5 * devicePixelRatio, top);
        ctx.lineTo(x, top + 8 * devicePixelRatio);
        ctx.fill();
    }
    ctx.restore();
}

/**
 * Every round of talks as a span on a time axis, coloured by status; each span is a link to the
 * round's view. from/to bound the axis (the chart's range, widened to the talks).
 */
export function talksAxis(container, talks, from, to, hrefFor, selectedId) {
    container.replaceChildren();
    const starts = talks.map(t => t.startDate).concat(from ? [from] : []);
    const ends = talks.map(t => t.endDate || t.startDate).concat(to ? [to] : []);
    if (!starts.length) {
        container.append(el('p', {class: 'empty'}, 'No talks recorded.'));
        return;
    }
    const min = addDays(starts.reduce((a, b) => a < b ? a : b), -1);
    const max = addDays(ends.reduce((a, b) => a > b ? a : b), 1);
    const span = Math.max(1, daysBetween(min, max));
    const width = Math.max(300, container.clientWidth || 800), laneHeight = 22, lanes = [];
    // Names beside the spans while they fit; with many rounds, spans only (the table below names them).
    const labelled = talks.length <= 30;
    const MAX_LANES = 8;
    const placed = talks.map(t => {
        const x0 = daysBetween(min, t.startDate) / span * width;
        const x1 = Math.max(x0 + 6, (daysBetween(min, t.endDate || t.startDate) + 1) / span * width);
        let lane = lanes.findIndex(end => end < x0 - 2);
        if (lane < 0 && lanes.length < MAX_LANES) {
            lane = lanes.length;
            lanes.push(0);
        } else if (lane < 0) {
            lane = lanes.indexOf(Math.min(...lanes));
        }
        const labelWidth = labelled ? 7 * t.title.length + 8 : 0;
        const labelLeft = x1 + labelWidth > width;
        lanes[lane] = Math.max(lanes[lane], labelLeft ? x1 : x1 + labelWidth);
        return {t, x0, x1, lane, labelLeft};
    });
    const height = lanes.length * laneHeight + 22;
    const chart = svg('svg', {viewBox: `0 0 ${width} ${height}`, class: 'talks-axis', role: 'group',
        'aria-label': `${talks.length} rounds of talks from ${formatDate(min, 'DAY')} to ${formatDate(max, 'DAY')}`});
    for (const {t, x0, x1, lane, labelLeft} of placed) {
        const y = lane * laneHeight + 2;
        const label = `${t.title}, ${formatDate(t.startDate, 'DAY')}${t.endDate && t.endDate !== t.startDate ? ' to ' + formatDate(t.endDate, 'DAY') : ''}, ${t.status.toLowerCase().replace('_', ' ')}`;
        const link = svg('a', {href: hrefFor(t.id), 'aria-label': label, class: 'span' + (t.id === selectedId ? ' selected' : ''), 'data-talks': t.id});
        link.append(svg('title', {}, label));
        link.append(svg('rect', {x: x0, y, width: x1 - x0, height: laneHeight - 6, rx: 3, fill: STATUS_COLOURS[t.status] || '#888'}));
        if (labelled) {
            link.append(svg('text', {x: labelLeft ? x0 - 4 : x1 + 4, y: y + laneHeight - 10,
                'text-anchor': labelLeft ? 'end' : 'start'}, t.title));
        }
        chart.append(link);
    }
    const axisY = height - 16;
    chart.append(svg('line', {x1: 0, x2: width, y1: axisY, y2: axisY, stroke: '#999'}));
    const ticks = width < 500 ? 2 : 4;
    for (let i = 0; i <= ticks; i++) {
        const day = addDays(min, Math.round(span * i / ticks));
        chart.append(svg('text', {x: i * width / ticks, y: height - 2, class: 'tick', 'text-anchor': i === 0 ? 'start' : i === ticks ? 'end' : 'middle'},
            formatDate(day, 'DAY')));
    }
    container.append(chart);
}
