import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { Redis } from "ioredis";
import { describeUrl, databaseConfig, openDatabase } from "../src/db/client.js";
import { createDatabase, dropDatabase } from "../scripts/support/postgres.js";
import { freePort, procStatusBytes, repoRoot, spawnProcess, stopServer, waitForHealth, type ServerProcess } from "../scripts/support/processes.js";
import { fillBenchDatabase, type SyntheticBlogCounts } from "./dataset.js";
import { apqFlood, heavyMarkdown, type FloodFigures, type HeavyMarkdownFigures } from "./hostile.js";
import { issueToken } from "../src/auth/tokens.js";

// `npm run bench`: build a synthetic blog, start the real server on it as a
// child process, and measure reads under load: a nested query and the
// anonymous home feed without the response cache; the feed, its 304 path and
// the RSS feed with it; and a bare Node http server sending the same feed
// body, as the physical limit the others are compared with.

const resultsFile = path.join(repoRoot, "bench", "results", process.env.BENCH_DATABASE === "postgresql" ? "latest-postgresql.json" : "latest.json");

const CONNECTIONS = 10;
const WARMUP_SECONDS = 3;
const N = 20;
const NESTED_QUERY = /* GraphQL */ `query Nested($n: Int!) { posts(first: $n) { edges { node { title author { name } footnotes { number source { title } } comments(first: 5) { edges { node { body author { name } replies(first: 3) { edges { node { body } } } } } } otherResponses(first: 3) { edges { node { title author { name } } } } } } } }`;
const NESTED_BODY = JSON.stringify({ query: NESTED_QUERY, variables: { n: N }, operationName: "Nested" });
const FEED_QUERY = /* GraphQL */ `query HomeFeed { feed(first: 20) { edges { cursor node { __typename ... on Post { id slug title excerpt publishedAt readingTimeMinutes commentCount author { name slug } discussion { title slug } } } } pageInfo { hasNextPage endCursor } } }`;
const FEED_BODY = JSON.stringify({ query: FEED_QUERY, operationName: "HomeFeed" });
const FEED_GET_PATH = `/graphql?query=${encodeURIComponent(FEED_QUERY)}&operationName=HomeFeed`;
const GRAPHQL_HEADERS = { "content-type": "application/json", accept: "application/graphql-response+json" };

function durationSeconds(): number {
  const raw = process.env.BENCH_DURATION;
  const seconds = raw ? Number(raw) : 20;
  if (!Number.isFinite(seconds) || seconds <= 0) throw new Error(`BENCH_DURATION must be a positive number of seconds; got "${raw}".`);
  return seconds;
}

function line(label: string, value: string | number): void {
  console.log(`  ${`${label}:`.padEnd(38)} ${value}`);
}

function heading(text: string): void {
  console.log(`\n${text}`);
}

const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

// BENCH_DATABASE=postgresql runs the same scenarios on a throwaway PostgreSQL
// database (COLLOQUY_TEST_POSTGRES_URL's server); BENCH_REDIS_URL puts the
// response cache (and rate limits) in that Redis, as several instances would share it.
const benchDatabase = process.env.BENCH_DATABASE === "postgresql" ? "postgresql" : "sqlite";
const benchRedisUrl = process.env.BENCH_REDIS_URL || null;
const benchRedisPrefix = `colloquy-bench:${process.pid}:`;

/** Colloquy itself, on the benchmark's database, with or without the response cache. */
function startColloquy(databaseUrl: string, port: number, responseCache: boolean, extra: Record<string, string> = {}): ServerProcess {
  const env = {
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    COLLOQUY_DEMO: "off",
    COLLOQUY_QUERY_STATS: "1",
    COLLOQUY_RESPONSE_CACHE: responseCache ? "on" : "off",
    // The nested query can return up to 12,700 objects (each post may hold 300 notes), which makes
    // it an expensive read; the benchmark measures throughput from one address, not the limit.
    COLLOQUY_RATE_EXPENSIVE_READS: "0",
    NODE_ENV: "production",
    ...(benchRedisUrl ? { REDIS_URL: benchRedisUrl, COLLOQUY_REDIS_PREFIX: benchRedisPrefix } : {}),
    ...extra,
  };
  return spawnProcess(["src/server/main.ts"], env, `http://127.0.0.1:${port}`);
}

/** The bare Node http server that answers with `bodyFile`. */
function startRawServer(bodyFile: string, port: number): ServerProcess {
  return spawnProcess(["bench/raw-server.ts", bodyFile, String(port)], {}, `http://127.0.0.1:${port}`);
}

interface Probe {
  status: number;
  text: string;
  headers: Headers;
  json: {
    data?: Record<string, unknown> | null;
    errors?: { message: string }[];
    extensions?: { queryStats?: { sqlStatements?: number }; responseCache?: { hit?: boolean } };
  } | null;
}

/** One request, outside the load, to check what a scenario will measure. */
async function probe(url: string, request: LoadRequest): Promise<Probe> {
  const response = await fetch(`${url}${request.path}`, {
    method: request.method,
    headers: request.headers,
    body: request.body,
  });
  const text = await response.text();
  let json: Probe["json"] = null;
  try {
    json = JSON.parse(text) as Probe["json"];
  } catch {
    // Not JSON: a feed, or an empty 304.
  }
  return { status: response.status, text, headers: response.headers, json };
}

interface LoadRequest {
  method: "GET" | "POST";
  path: string;
  headers: Record<string, string>;
  body?: string;
}

interface Scenario {
  name: string;
  request: LoadRequest;
  /** The status every response must have. */
  status: number;
}

interface Measured {
  name: string;
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number; average: number; max: number };
  totalRequests: number;
  /** Responses with another status than expected, or with GraphQL errors in the body. */
  unexpected: number;
  errors: number;
  timeouts: number;
}

async function load(url: string, scenario: Scenario, seconds: number): Promise<Measured> {
  let unexpected = 0;
  const result = await autocannon({
    url: `${url}${scenario.request.path}`,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: scenario.request.method,
        headers: scenario.request.headers,
        ...(scenario.request.body ? { body: scenario.request.body } : {}),
        // A substring test keeps the load generator cheap; inside JSON strings the quotes would be escaped.
        onResponse: (status, body) => {
          if (status !== scenario.status || body.includes('"errors":')) unexpected += 1;
        },
      },
    ],
  });
  return {
    name: scenario.name,
    requestsPerSecond: result.requests.average,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, average: result.latency.average, max: result.latency.max },
    totalRequests: result.requests.total,
    unexpected,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

function machine() {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    totalMemoryGiB: Number((os.totalmem() / 1024 ** 3).toFixed(1)),
    node: process.version,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    loadAverageAtStart: os.loadavg().map((value) => Number(value.toFixed(2))),
  };
}

const postRequest = (body: string): LoadRequest => ({ method: "POST", path: "/graphql", headers: GRAPHQL_HEADERS, body });
const getRequest = (requestPath: string, headers: Record<string, string> = {}): LoadRequest => ({
  method: "GET",
  path: requestPath,
  // The CSRF-prevention header a GET query needs (see docs/security.md).
  headers: { accept: "application/graphql-response+json", "x-graphql-yoga-csrf": "1", ...headers },
});

/** Tracks a server's memory: VmRSS every 250 ms, VmHWM at the end. */
function memoryOf(pid: number) {
  let max = procStatusBytes(pid, "VmRSS") ?? 0;
  const ready = max;
  const timer = setInterval(() => {
    max = Math.max(max, procStatusBytes(pid, "VmRSS") ?? 0);
  }, 250);
  return {
    stop() {
      clearInterval(timer);
      max = Math.max(max, procStatusBytes(pid, "VmRSS") ?? 0);
      const peak = procStatusBytes(pid, "VmHWM");
      return { readyMiB: ready / 1024 ** 2, maxSampledMiB: max / 1024 ** 2, peakMiB: peak === null ? null : peak / 1024 ** 2 };
    },
  };
}

async function main(): Promise<number> {
  const duration = durationSeconds();
  const host = machine();
  const tmp = mkdtempSync(path.join(os.tmpdir(), "colloquy-bench-"));
  const postgres = benchDatabase === "postgresql" ? await createDatabase("colloquy_bench") : null;
  const databaseUrl = postgres ? postgres.url : `file:${path.join(tmp, "bench.db")}`;
  const servers: ServerProcess[] = [];
  const failures: string[] = [];
  const measured: Measured[] = [];
  const memory: Record<string, ReturnType<ReturnType<typeof memoryOf>["stop"]>> = {};
  const checks: Record<string, unknown> = {};
  let hostile: { floods: (FloodFigures & { rssAfterMiB: number })[]; rssBeforeMiB: number; heavyMarkdown: HeavyMarkdownFigures } | null = null;

  const start = async (name: string, make: (port: number) => ServerProcess, readyPath: string) => {
    const server = make(await freePort());
    servers.push(server);
    const started = performance.now();
    await waitForHealth(server, readyPath);
    line("ready after", `${((performance.now() - started) / 1000).toFixed(2)} s`);
    const tracker = memoryOf(server.child.pid!);
    return {
      server,
      async stop() {
        memory[name] = tracker.stop();
        if (server.child.exitCode !== null || server.child.signalCode !== null) {
          failures.push(`${name} exited during the benchmark:\n${server.output()}`);
        }
        await stopServer(server);
      },
    };
  };

  const run = async (url: string, scenario: Scenario) => {
    heading(`${scenario.name}: ${CONNECTIONS} connections, ${WARMUP_SECONDS} s warm-up, then ${duration} s`);
    const warmup = await load(url, scenario, WARMUP_SECONDS);
    const result = await load(url, scenario, duration);
    line("requests/s (average)", result.requestsPerSecond.toFixed(1));
    line("latency p50 / p99 / max", `${result.latencyMs.p50} / ${result.latencyMs.p99} / ${result.latencyMs.max} ms`);
    line("total requests", result.totalRequests);
    const unexpected = warmup.unexpected + result.unexpected;
    const errors = warmup.errors + result.errors + warmup.timeouts + result.timeouts;
    if (unexpected) failures.push(`${scenario.name}: ${unexpected} responses without status ${scenario.status} or with GraphQL errors.`);
    if (errors) failures.push(`${scenario.name}: ${errors} connection errors or timeouts.`);
    measured.push(result);
  };

  console.log(`Colloquy benchmark, ${new Date().toISOString()}`);
  console.log(`Database: ${postgres ? `PostgreSQL (${describeUrl(databaseUrl)})` : "SQLite"}; response cache in ${benchRedisUrl ? `Redis (${benchRedisUrl})` : "each process's memory"}`);
  try {
    heading("Data set");
    const db = await openDatabase(databaseConfig(databaseUrl));
    const generationStarted = performance.now();
    let counts: SyntheticBlogCounts;
    let authorToken = "";
    try {
      counts = await fillBenchDatabase(db.prisma);
      const author = await db.prisma.author.findFirstOrThrow({ orderBy: { id: "asc" } });
      authorToken = (await issueToken(db.prisma, author.slug, "AUTHOR")).token;
    } finally {
      await db.close();
    }
    const generationMs = performance.now() - generationStarted;
    for (const [name, count] of Object.entries(counts)) line(name, count);
    line("generation time", `${(generationMs / 1000).toFixed(2)} s`);

    // 1. Without the response cache: every request runs the query.
    heading("Colloquy without the response cache (COLLOQUY_RESPONSE_CACHE=off)");
    const uncached = await start("uncached", (port) => startColloquy(databaseUrl, port, false), "/health");
    const nested = await probe(uncached.server.url, postRequest(NESTED_BODY));
    const nestedPosts = ((nested.json?.data?.posts as { edges?: unknown[] } | undefined)?.edges ?? []).length;
    line("nested query: SQL statements", nested.json?.extensions?.queryStats?.sqlStatements ?? "n/a");
    line("nested query: posts, size", `${nestedPosts}, ${(nested.text.length / 1024).toFixed(1)} KiB`);
    if (nested.json?.errors?.length || nestedPosts !== N) failures.push(`The nested query failed: ${nested.text.slice(0, 500)}`);
    const feed = await probe(uncached.server.url, postRequest(FEED_BODY));
    const feedSql = feed.json?.extensions?.queryStats?.sqlStatements;
    line("feed query: SQL statements", feedSql ?? "n/a");
    line("feed query: size", `${(feed.text.length / 1024).toFixed(1)} KiB`);
    if (feed.json?.errors?.length || !feed.json?.data?.feed) failures.push(`The feed query failed: ${feed.text.slice(0, 500)}`);
    const rss = await probe(uncached.server.url, getRequest("/feeds/posts.rss"));
    line("RSS feed: size", `${(rss.text.length / 1024).toFixed(1)} KiB`);
    if (rss.status !== 200 || !rss.text.includes("<rss")) failures.push(`GET /feeds/posts.rss answered ${rss.status}.`);
    checks.uncached = { nestedSqlStatements: nested.json?.extensions?.queryStats?.sqlStatements, feedSqlStatements: feedSql };

    await run(uncached.server.url, { name: `nested query posts(first: ${N}), uncached`, request: postRequest(NESTED_BODY), status: 200 });
    await run(uncached.server.url, { name: "feed query, uncached", request: postRequest(FEED_BODY), status: 200 });
    await run(uncached.server.url, { name: "RSS feed, uncached", request: getRequest("/feeds/posts.rss"), status: 200 });
    await uncached.stop();

    // 2. With the response cache, as Colloquy runs by default. Without query
    // statistics, which differ per answer: the front cache keeps answers whole,
    // so it is off while they are on. The metrics say what answered instead.
    heading("Colloquy with the response cache (the default)");
    const cacheMetricsToken = "bench-metrics-token-cached-0123456789";
    const cached = await start("cached", (port) => startColloquy(databaseUrl, port, true, { COLLOQUY_QUERY_STATS: "off", COLLOQUY_METRICS_TOKEN: cacheMetricsToken }), "/health");
    const counter = async (name: string) => {
      const text = await (await fetch(`${cached.server.url}/metrics`, { headers: { authorization: `Bearer ${cacheMetricsToken}` } })).text();
      return [...text.matchAll(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\d+)`, "gm"))].reduce((sum, match) => sum + Number(match[1]), 0);
    };
    await probe(cached.server.url, postRequest(FEED_BODY));
    const [statementsBefore, frontBefore] = [await counter("colloquy_sql_statements_total"), await counter("colloquy_front_cache_answers_total")];
    const hit = await probe(cached.server.url, postRequest(FEED_BODY));
    const hitSqlStatements = (await counter("colloquy_sql_statements_total")) - statementsBefore;
    const frontAnswered = (await counter("colloquy_front_cache_answers_total")) - frontBefore;
    line("feed query, second time: from the front cache", String(frontAnswered === 1));
    line("feed query, second time: SQL statements", hitSqlStatements);
    if (frontAnswered !== 1 || hitSqlStatements !== 0) failures.push("The repeated feed query was not answered from the front cache without SQL.");
    await probe(cached.server.url, getRequest(FEED_GET_PATH));
    const etag = (await probe(cached.server.url, getRequest(FEED_GET_PATH))).headers.get("etag");
    const notModified = etag ? await probe(cached.server.url, getRequest(FEED_GET_PATH, { "if-none-match": etag })) : null;
    line("GET feed with its ETag", notModified ? `${notModified.status}, ${notModified.text.length} bytes` : "no ETag");
    if (notModified?.status !== 304) failures.push("GET /graphql with a matching If-None-Match did not answer 304.");
    checks.cached = { frontCache: frontAnswered === 1, hitSqlStatements };

    await run(cached.server.url, { name: "feed query, cached", request: postRequest(FEED_BODY), status: 200 });
    await run(cached.server.url, {
      name: "feed query, GET with If-None-Match (304)",
      request: getRequest(FEED_GET_PATH, { "if-none-match": etag ?? "" }),
      status: 304,
    });
    await run(cached.server.url, { name: "RSS feed, cached", request: getRequest("/feeds/posts.rss"), status: 200 });
    await run(cached.server.url, { name: `nested query posts(first: ${N}), cached`, request: postRequest(NESTED_BODY), status: 200 });
    await cached.stop();

    // 3. The physical limit: Node's http module sending the same feed body.
    heading("Raw Node http server, same JSON body as the cached feed query");
    const bodyFile = path.join(tmp, "feed-body.json");
    writeFileSync(bodyFile, hit.text);
    const raw = await start("raw", (port) => startRawServer(bodyFile, port), "/");
    await run(raw.server.url, { name: "raw Node http, same body", request: postRequest(FEED_BODY), status: 200 });
    await raw.stop();

    // 4. The red team's requests (docs/security.md): what one client can make the server keep, and what the others wait meanwhile.
    heading("Hostile requests, on Colloquy with the response cache");
    const metricsToken = "bench-metrics-token-0123456789";
    const hostileServer = await start("hostile", (port) => startColloquy(databaseUrl, port, true, { COLLOQUY_METRICS_TOKEN: metricsToken }), "/health");
    const rssOf = () => (procStatusBytes(hostileServer.server.child.pid!, "VmRSS") ?? 0) / 1024 ** 2;
    const rssBefore = rssOf();
    const apqDocuments = Number(process.env.BENCH_APQ_DOCUMENTS ?? 2_000);
    line("server RSS before", `${rssBefore.toFixed(1)} MiB`);
    // The same flood three times: memory that is bounded stops growing after the first.
    const floods: (FloodFigures & { rssAfterMiB: number })[] = [];
    for (let round = 1; round <= 3; round++) {
      const flood = await apqFlood(hostileServer.server.url, apqDocuments);
      floods.push({ ...flood, rssAfterMiB: rssOf() });
      line(`APQ flood ${round}`, `${flood.documents} × 60,000 characters in ${flood.seconds} s, ${flood.errors} errors; RSS after: ${rssOf().toFixed(1)} MiB`);
      line("  over the length limit, refused", `${flood.refusedTooLong} of 50`);
      if (flood.errors) failures.push(`${flood.errors} APQ registrations failed.`);
    }
    const metrics = await (await fetch(`${hostileServer.server.url}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } })).text();
    const memos = Object.fromEntries(
      [...metrics.matchAll(/^colloquy_memo_characters\{memo="([^"]+)"\} (\d+)/gm)].map((match) => [match[1]!, Number(match[2])]),
    );
    for (const [name, characters] of Object.entries(memos)) line(`memo: ${name}`, `${(characters / 1024 ** 2).toFixed(2)} Mi characters`);
    const heavy = await heavyMarkdown(hostileServer.server.url, authorToken);
    line("save a 199,000-character table", `${heavy.saveTableMs} ms`);
    line("first read of it (HTML, words, excerpt)", `${heavy.firstReadTableMs} ms`);
    line("save a note of 20,000 lead-ins", `${heavy.saveLeadInNoteMs} ms`);
    const { quiet, duringHeavyWork } = heavy.probeLatencyMs;
    line("another client, quiet: p50 / p99 / max", `${quiet.p50} / ${quiet.p99} / ${quiet.max} ms (${quiet.samples})`);
    line("another client, meanwhile: p50 / p99 / max", `${duringHeavyWork.p50} / ${duringHeavyWork.p99} / ${duringHeavyWork.max} ms (${duringHeavyWork.samples})`);
    hostile = { floods, rssBeforeMiB: rssBefore, heavyMarkdown: heavy };
    checks.hostile = { memos };
    await hostileServer.stop();

    const reference = measured.find((m) => m.name.startsWith("raw"))!.requestsPerSecond;
    heading("Summary (requests/s, and as a share of the raw Node server)");
    for (const m of measured) {
      console.log(`  ${m.name.padEnd(48)} ${m.requestsPerSecond.toFixed(1).padStart(9)} req/s  ${(m.requestsPerSecond / reference).toFixed(3)}×`);
    }

    heading("Server memory (peak RSS)");
    for (const [name, figures] of Object.entries(memory)) {
      line(name, figures.peakMiB === null ? "n/a" : mib(figures.peakMiB * 1024 ** 2));
    }

    heading("Machine");
    line("CPU", host.cpuModel);
    line("cores", host.cores);
    line("memory", `${host.totalMemoryGiB} GiB`);
    line("Node", host.node);
    line("OS", host.os);
    line("load average at start (1/5/15 min)", host.loadAverageAtStart.join(" / "));

    const summary = {
      date: new Date().toISOString(),
      dataset: { ...counts, generationSeconds: Number((generationMs / 1000).toFixed(2)) },
      queries: { nested: { text: NESTED_QUERY, variables: { n: N } }, feed: { text: FEED_QUERY } },
      checks,
      load: { connections: CONNECTIONS, warmupSeconds: WARMUP_SECONDS, durationSeconds: duration },
      scenarios: measured.map((m) => ({ ...m, ratioToRaw: m.requestsPerSecond / reference })),
      hostile,
      memory,
      machine: host,
      database: benchDatabase,
      sharedCache: benchRedisUrl ? "redis" : "memory",
      failures,
    };
    mkdirSync(path.dirname(resultsFile), { recursive: true });
    writeFileSync(resultsFile, `${JSON.stringify(summary, null, 2)}\n`);
    heading("Results");
    line("written to", path.relative(process.cwd(), resultsFile) || resultsFile);
  } catch (error) {
    failures.push(error instanceof Error ? error.message : String(error));
  } finally {
    for (const server of servers) await stopServer(server);
    rmSync(tmp, { recursive: true, force: true });
    if (postgres) await dropDatabase(postgres.name);
    if (benchRedisUrl) {
      const redis = new Redis(benchRedisUrl);
      const keys = await redis.keys(`${benchRedisPrefix}*`);
      if (keys.length) await redis.del(...keys);
      redis.disconnect();
    }
  }

  if (failures.length) {
    console.error("\nBenchmark FAILED:");
    for (const failure of failures) console.error(`  - ${failure}`);
    return 1;
  }
  return 0;
}

process.exitCode = await main();
