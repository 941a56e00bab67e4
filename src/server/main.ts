import { createServer } from "node:http";
import { seedDemoContent, isEmptyDatabase } from "../content/demo/seed.js";
import { openDatabase } from "../db/client.js";
import { readConfig } from "./config.js";
import { createColloquyYoga } from "./yoga.js";

const config = readConfig();
const db = await openDatabase(config.databaseUrl);

if (config.demo && (await isEmptyDatabase(db.prisma))) {
  await seedDemoContent(db.prisma);
  console.log("Loaded the demo content into the empty database.");
}

const yoga = createColloquyYoga(db, config);
const server = createServer(yoga);

server.listen(config.port, () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  console.log(`Colloquy is serving ${db.description}`);
  console.log(`GraphiQL: http://localhost:${port}${yoga.graphqlEndpoint}`);
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    server.close(() => void db.close().then(() => process.exit(0)));
    server.closeAllConnections();
  });
}
