// Small DOM and date helpers shared by the dashboard's modules.

export function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
        if (v !== null && v !== undefined && v !== false) node.setAttribute(k, v === true ? '' : v);
    }
    node.append(...children.filter(c => c !== null && c !== undefined));
    return node;
}

export function svg(tag, attrs = {}, ...children) {
    const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (const [k, v] of Object.entries(attrs)) {
        if (v !== null && v !== undefined) node.setAttribute(k, v);
    }
    node.append(...children);
    return node;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '2025-12-20' as '20 Dec 2025' (or 'Dec 2025' for a month); dates stay ISO days, no time zone involved. */
export function formatDate(iso, unit) {
    if (!iso) return '';
    const [y, m, d] = iso.split('-');
    return unit === 'MONTH' ? `${MONTHS[+m - 1]} ${y}` : `${+d} ${MONTHS[+m - 1]} ${y}`;
}

export function addDays(iso, days) {
    const t = Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) + days * 86400000;
    return new Date(t).toISOString().slice(0, 10);
}

export function daysBetween(a, b) {
    return Math.round((Date.parse(b + 'T00:00:00Z') - Date.parse(a + 'T00:00:00Z')) / 86400000);
}

export const humanize = value => value ? value.toLowerCase().replaceAll('_', ' ') : '';

export const STATUS_COLOURS = {
    ANNOUNCED: '#9e9e9e', SCHEDULED: '#1f78b4', IN_PROGRESS: '#33a02c',
    CONCLUDED: '#555555', POSTPONED: '#ff7f00', CANCELLED: '#e31a1c',
};

export const VERIFICATION_COLOURS = {
    CONFIRMED: '#1b7837', REPORTED: '#e08214', CLAIMED: '#762a83', DISPUTED: '#b2182b', DENIED: '#666666',
};
