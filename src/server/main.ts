import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import v8 from "node:v8";
import { seedDemoContent, isEmptyDatabase } from "../content/demo/seed.js";
import { openDatabase } from "../db/client.js";
import { readConfig } from "../config.js";
import { armKill } from "../domain/faults.js";
import { backfillCitations } from "../domain/sources.js";
import { createColloquyServer } from "./yoga.js";
import { createLogger } from "./plugins/logging.js";
import { renderMetrics } from "./plugins/metrics.js";
import { describeRedisUrl } from "./shared-state/redis.js";
import { closeMarkdownWorkers, warmMarkdownWorkers } from "../content/rendering.js";

const config = readConfig();
// Read by V8 at each full collection, so it can be set once the process runs
// (NODE_OPTIONS refuses this flag).
if (config.heapGrowthPercent > 0) v8.setFlagsFromString(`--heap-growing-percent=${config.heapGrowthPercent}`);
if (config.testKillAt) armKill(config.testKillAt);
const db = await openDatabase(config.database);

if (config.demo && (await isEmptyDatabase(db.prisma))) {
  await seedDemoContent(db.prisma);
  console.log("Loaded the demo content into the empty database.");
}

const logger = createLogger(config.logLevel);
// A promise that rejects with no handler (for example a field's result left
// behind when a sibling's error ended the response early) is logged, not
// allowed to end the process and every request in flight with it.
process.on("unhandledRejection", (reason) => {
  logger.error({ err: reason instanceof Error ? { message: reason.message, stack: reason.stack } : String(reason) }, "unhandled rejection");
});
// The first long text should not wait for a Markdown worker to load.
warmMarkdownWorkers();
const { yoga, listener } = createColloquyServer(db, config, { logger });
const server = createServer(listener);
// Longer than the idle timeout of common load balancers (60 s), so the
// balancer, not Colloquy, closes an idle connection: otherwise a request it
// sends just as Colloquy closes the connection fails with a 502.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;

// Metrics on a port of their own, bound to loopback unless told otherwise.
const metricsServer =
  config.metricsPort === null
    ? null
    : createServer((request, response) => {
        if (request.url !== "/metrics" || request.method !== "GET") {
          response.writeHead(404).end();
          return;
        }
        void renderMetrics().then(({ body, contentType }) => response.writeHead(200, { "content-type": contentType }).end(body));
      }).listen(config.metricsPort, config.metricsHost, () => {
        const address = metricsServer?.address();
        const port = typeof address === "object" && address ? address.port : config.metricsPort;
        console.log(`Metrics: http://${config.metricsHost}:${port}/metrics`);
      });

// Requests in flight, and the subscription streams, which never finish on their own.
let inFlight = 0;
const streams = new Set<ServerResponse>();
server.on("request", (request: IncomingMessage, response: ServerResponse) => {
  if ((request.headers.accept ?? "").includes("text/event-stream")) {
    streams.add(response);
    response.once("close", () => streams.delete(response));
    return;
  }
  inFlight += 1;
  response.once("close", () => (inFlight -= 1));
});

server.listen(config.port, () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const sharedState = config.redisUrl
    ? `Redis at ${describeRedisUrl(config.redisUrl)}, keys prefixed "${config.redisPrefix}"`
    : "this process's memory only (set REDIS_URL to share it between instances)";
  console.log(`Colloquy is serving ${db.description}`);
  console.log(`Subscriptions, response cache and rate limits: ${sharedState}`);
  console.log(`GraphiQL: http://localhost:${port}${yoga.graphqlEndpoint}`);
  logger.info({ port, database: db.description, sharedState }, "listening");
  // Notes saved before each kept its own citation get one now, once, in the background; their sources are recomputed.
  backfillCitations(db.prisma).then(
    (posts) => posts && logger.info({ posts }, "read the notes of older posts again, to keep each citation with its note"),
    (error: unknown) => logger.error({ err: error }, "could not read the notes of older posts again; the next start tries again"),
  );
});

let stopping = false;
/**
 * Graceful shutdown: stop accepting connections, end the subscription streams
 * (their clients see the stream close and reconnect elsewhere), let the
 * requests in flight finish (for up to 10 s), then dispose of the yoga
 * instance (closing its Redis connections, if any) and close the database.
 */
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing ${inFlight} request(s) in flight, closing ${streams.size} subscription(s).`);
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  metricsServer?.close();
  server.closeIdleConnections();
  for (const stream of streams) stream.destroy();
  const deadline = Date.now() + 10_000;
  while (inFlight > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
  server.closeAllConnections();
  await closed;
  await yoga.dispose();
  await db.close();
  await closeMarkdownWorkers();
  console.log("Stopped.");
  process.exit(0);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void shutdown(signal));
}
