// The dashboard speaks to Parley only through its public GraphQL API, as any frontend would:
// POST /graphql for queries, graphql-transport-ws on the same path for subscriptions.

/** A GraphQL literal for a JS value: documents name no input or enum types, so renamed types cannot break them. */
export function literal(value) {
    if (value === null || value === undefined) return 'null';
    if (value instanceof Enum) return value.name;
    if (Array.isArray(value)) return '[' + value.map(literal).join(', ') + ']';
    if (typeof value === 'object') {
        return '{' + Object.entries(value).filter(([, v]) => v !== undefined && v !== null)
            .map(([k, v]) => k + ': ' + literal(v)).join(', ') + '}';
    }
    if (typeof value === 'string') return JSON.stringify(value);
    return String(value);
}

class Enum {
    constructor(name) {
        if (!/^[A-Z][A-Z0-9_]*$/.test(name)) throw new Error('not an enum value: ' + name);
        this.name = name;
    }
}

/** Marks a value to be written as a bare enum value. */
export const enumValue = name => new Enum(name);

export class GraphQLError extends Error {
}

/** Runs a query; rejects with the first GraphQL error's message and code. */
export async function query(document) {
    const response = await fetch('/graphql', {
        method: 'POST',
        headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
        body: JSON.stringify({query: document}),
    });
    let body;
    try {
        body = await response.json();
    } catch (e) {
        throw new GraphQLError('The service answered HTTP ' + response.status);
    }
    if (body.errors && body.errors.length) {
        const error = body.errors[0];
        const code = error.extensions && error.extensions.code;
        throw new GraphQLError(error.message + (code ? ' (' + code + ')' : ''));
    }
    return body.data;
}

/**
 * Subscriptions over one WebSocket (graphql-transport-ws). Reconnects with a growing pause and
 * re-subscribes; onStatus hears 'live', 'connecting' or 'offline' for the page's indicator.
 */
export class Live {
    constructor(onStatus) {
        this.onStatus = onStatus;
        this.subscriptions = new Map();
        this.nextId = 1;
        this.retry = 500;
        this.connect();
    }

    subscribe(document, onData) {
        const id = String(this.nextId++);
        this.subscriptions.set(id, {document, onData});
        if (this.ready) this.send({id, type: 'subscribe', payload: {query: document}});
        return id;
    }

    connect() {
        this.ready = false;
        this.onStatus('connecting');
        const url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/graphql';
        const socket = new WebSocket(url, 'graphql-transport-ws');
        this.socket = socket;
        socket.onopen = () => socket.send(JSON.stringify({type: 'connection_init', payload: {}}));
        socket.onmessage = event => this.receive(JSON.parse(event.data));
        socket.onclose = () => {
            this.ready = false;
            this.onStatus('offline');
            setTimeout(() => this.connect(), this.retry);
            this.retry = Math.min(this.retry * 2, 30000);
        };
    }

    receive(message) {
        switch (message.type) {
            case 'connection_ack':
                this.ready = true;
                this.retry = 500;
                this.onStatus('live');
                for (const [id, s] of this.subscriptions) this.send({id, type: 'subscribe', payload: {query: s.document}});
                break;
            case 'ping':
                this.send({type: 'pong'});
                break;
            case 'next': {
                const s = this.subscriptions.get(message.id);
                if (s && message.payload && message.payload.data) s.onData(message.payload.data);
                break;
            }
            case 'error':
                console.warn('subscription refused', message.payload);
                break;
        }
    }

    send(message) {
        if (this.socket.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(message));
    }
}
