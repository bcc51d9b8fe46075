// The map of a round's incidents: country outlines from Natural Earth (world-atlas' TopoJSON, shipped
// with the app, no tiles from elsewhere) and a point per incident, sized by killed, coloured by verification.

import {el, svg, humanize, VERIFICATION_COLOURS} from './dom.js';

let outlines;
let regionCentres;

async function load() {
    if (!outlines) {
        const [topology, regions] = await Promise.all([
            fetch('/dashboard/countries-110m.json').then(r => r.json()),
            fetch('/dashboard/regions.json').then(r => r.json()),
        ]);
        outlines = countries(topology);
        regionCentres = regions;
    }
}

/** Decodes the TopoJSON countries into [{name, rings: [[[lon, lat], ...]]}]; arcs are quantized and delta-encoded. */
function countries(topology) {
    const [sx, sy] = topology.transform.scale, [tx, ty] = topology.transform.translate;
    const arcs = topology.arcs.map(arc => {
        let x = 0, y = 0;
        return arc.map(([dx, dy]) => [(x += dx) * sx + tx, (y += dy) * sy + ty]);
    });
    const ring = indexes => {
        const points = [];
        for (const i of indexes) {
            const arc = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
            points.push(...(points.length ? arc.slice(1) : arc));
        }
        return points;
    };
    return topology.objects.countries.geometries.map(g => ({
        name: g.properties.name,
        rings: g.type === 'Polygon' ? g.arcs.map(ring)
            : g.type === 'MultiPolygon' ? g.arcs.flatMap(polygon => polygon.map(ring)) : [],
    }));
}

/** Where an incident goes: its place's coordinates, else its region's centre (marked approximate), else nowhere. */
export function position(incident) {
    const place = incident.place;
    if (place.latitude != null && place.longitude != null) return {lon: place.longitude, lat: place.latitude, approximate: false};
    const centre = regionCentres && regionCentres[place.country] && regionCentres[place.country][place.admin1];
    return centre ? {lon: centre[1], lat: centre[0], approximate: true} : null;
}

export const radius = killed => 9 + 4 * Math.sqrt(killed || 0);

/** Draws the map; onPick(incident) is called when a point is clicked or activated with the keyboard. */
export async function incidentMap(container, incidents, onPick) {
    await load();
    container.replaceChildren();
    const located = incidents.map(i => ({i, p: position(i)})).filter(x => x.p);
    const unlocated = incidents.length - located.length;
    const approximate = located.filter(x => x.p.approximate).length;

    // The view: Ukraine and its neighbours' edges by default, widened to every point.
    let west = 22, east = 40.5, south = 44, north = 52.5;
    for (const {p} of located) {
        west = Math.min(west, p.lon - 1); east = Math.max(east, p.lon + 1);
        south = Math.min(south, p.lat - 1); north = Math.max(north, p.lat + 1);
    }
    const k = Math.cos((south + north) / 2 * Math.PI / 180);
    const width = 800, height = Math.round(width * (north - south) / ((east - west) * k));
    const x = lon => (lon - west) * k / ((east - west) * k) * width;
    const y = lat => (north - lat) / (north - south) * height;

    const countriesWithIncidents = new Set(incidents.map(i => i.place.country));
    const map = svg('svg', {viewBox: `0 0 ${width} ${height}`, class: 'map', role: 'group',
        'aria-label': `Map of ${located.length} incidents`});
    const land = svg('g', {class: 'land'});
    for (const country of outlines) {
        let d = '';
        for (const ring of country.rings) {
            let previous = null;
            for (const [lon, lat] of ring) {
                // A jump across the antimeridian starts a new stretch instead of a line across the map.
                const jump = previous === null || Math.abs(lon - previous) > 180;
                d += (jump ? 'M' : 'L') + x(lon).toFixed(1) + ',' + y(lat).toFixed(1);
                previous = lon;
            }
            d += 'Z';
        }
        land.append(svg('path', {d, class: countriesWithIncidents.has(country.name) ? 'country hit' : 'country'},
            svg('title', {}, country.name)));
    }
    map.append(land);

    // The largest first, so that small points stay clickable on top of them.
    located.sort((a, b) => (b.i.casualties?.killed || 0) - (a.i.casualties?.killed || 0));
    const points = svg('g', {class: 'points'});
    for (const {i, p} of located) {
        const killed = i.casualties?.killed;
        const label = `${i.target || humanize(i.eventType) || 'incident'}, ${i.place.name || i.place.admin1 || i.place.country}` +
            `${killed != null ? ', ' + killed + ' killed' : ', no death toll'}; ${humanize(i.verification)}` +
            (p.approximate ? '; placed at the region\u2019s centre' : '');
        const dot = svg('circle', {cx: x(p.lon).toFixed(1), cy: y(p.lat).toFixed(1), r: radius(killed).toFixed(1),
            fill: VERIFICATION_COLOURS[i.verification] || '#888', class: 'point' + (p.approximate ? ' approximate' : ''),
            tabindex: 0, role: 'button', 'aria-label': label, 'data-incident': i.id},
            svg('title', {}, label));
        dot.addEventListener('click', () => onPick(i));
        dot.addEventListener('keydown', e => {
            if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                onPick(i);
            }
        });
        points.append(dot);
    }
    map.append(points);

    const legend = el('ul', {class: 'legend'});
    for (const [status, colour] of Object.entries(VERIFICATION_COLOURS)) {
        legend.append(el('li', {}, el('span', {class: 'swatch', style: `background:${colour}`}), humanize(status)));
    }
    legend.append(el('li', {}, el('span', {class: 'swatch ring'}), 'dashed ring: no coordinates, placed at the region\u2019s centre'));
    const caption = `${located.length} of ${incidents.length} incidents on the map` +
        (approximate ? `, ${approximate} of them at their region\u2019s centre` : '') +
        (unlocated ? `; ${unlocated} without a known location` : '') +
        '. Points are sized by the number killed and coloured by verification; the table below lists them all.';
    container.append(el('figure', {class: 'map-figure', 'data-points': located.length}, map,
        el('figcaption', {}, caption), legend,
        el('p', {class: 'attribution'}, 'Outlines: Natural Earth (public domain), via world-atlas. ',
            el('a', {href: '/dashboard/countries-110m.LICENSE.txt'}, 'Licence'))));
}
