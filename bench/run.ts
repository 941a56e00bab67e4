import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { openDatabase } from "../src/db/client.js";
import { generateSyntheticBlog, type SyntheticBlogCounts } from "./dataset.js";

// `npm run bench`: build a synthetic blog, start the real server on it as a
// child process, and measure one nested read query under load.

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const resultsFile = path.join(repoRoot, "bench", "results", "latest.json");

const DATASET = { posts: 1000, footnotesPerPost: 4, commentsPerPost: 20, seed: 20261128 };
const CONNECTIONS = 10;
const WARMUP_SECONDS = 3;
const N = 20;
const QUERY = /* GraphQL */ `query Nested($n: Int!) { posts(first: $n) { edges { node { title author { name } footnotes { number source { title } } comments(first: 5) { edges { node { body author { name } replies(first: 3) { edges { node { body } } } } } } otherResponses(first: 3) { edges { node { title author { name } } } } } } } }`;
const REQUEST_BODY = JSON.stringify({ query: QUERY, variables: { n: N }, operationName: "Nested" });

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

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** A field of /proc/<pid>/status in bytes (Linux only; null elsewhere or once the process is gone). */
function procStatusBytes(pid: number, field: "VmRSS" | "VmHWM"): number | null {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** The server's last output, for the error message when it fails. */
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function startServer(databaseUrl: string, port: number): ServerProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "src/server/main.ts"], {
    cwd: repoRoot,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      COLLOQUY_DEMO: "off",
      COLLOQUY_QUERY_STATS: "1",
      NODE_ENV: "production",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString("utf8")).slice(-8000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once("exit", (code, signal) => resolve({ code, signal }));
  });
  return { child, url: `http://127.0.0.1:${port}`, output: () => log, exited };
}

async function waitForHealth(server: ServerProcess, timeoutMs = 60_000): Promise<void> {
  let exited = false;
  void server.exited.then(() => {
    exited = true;
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`The server exited before it was ready:\n${server.output()}`);
    try {
      const response = await fetch(`${server.url}/health`);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The server did not answer GET /health with 200 within ${timeoutMs / 1000} s:\n${server.output()}`);
}

async function stopServer(server: ServerProcess): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  server.child.kill("SIGTERM");
  const timer = setTimeout(() => server.child.kill("SIGKILL"), 10_000);
  await server.exited;
  clearTimeout(timer);
}

interface NestedResponse {
  data?: { posts?: { edges?: unknown[] } } | null;
  errors?: { message: string }[];
  extensions?: { queryStats?: { sqlStatements?: number } };
}

async function runOnce(url: string): Promise<{ sqlStatements: number | null; posts: number; errors: string[]; bytes: number }> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
    body: REQUEST_BODY,
  });
  const text = await response.text();
  const body = JSON.parse(text) as NestedResponse;
  const errors = (body.errors ?? []).map((error) => error.message);
  if (response.status !== 200 && !errors.length) errors.push(`HTTP ${response.status}`);
  return {
    sqlStatements: body.extensions?.queryStats?.sqlStatements ?? null,
    posts: body.data?.posts?.edges?.length ?? 0,
    errors,
    bytes: Buffer.byteLength(text),
  };
}

interface LoadResult {
  result: autocannon.Result;
  graphqlErrors: number;
}

async function load(url: string, seconds: number): Promise<LoadResult> {
  let graphqlErrors = 0;
  const result = await autocannon({
    url: `${url}/graphql`,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
        body: REQUEST_BODY,
        // A substring test keeps the load generator cheap; inside JSON strings the quotes would be escaped.
        onResponse: (_status, body) => {
          if (body.includes('"errors":')) graphqlErrors += 1;
        },
      },
    ],
  });
  return { result, graphqlErrors };
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

async function main(): Promise<number> {
  const duration = durationSeconds();
  const host = machine();
  const tmp = mkdtempSync(path.join(os.tmpdir(), "colloquy-bench-"));
  const databaseUrl = `file:${path.join(tmp, "bench.db")}`;
  let server: ServerProcess | undefined;
  let sampler: NodeJS.Timeout | undefined;
  const failures: string[] = [];

  console.log(`Colloquy benchmark, ${new Date().toISOString()}`);
  try {
    heading("Data set");
    const db = await openDatabase(databaseUrl);
    const started = performance.now();
    let counts: SyntheticBlogCounts;
    try {
      counts = await generateSyntheticBlog(db.prisma, DATASET);
    } finally {
      await db.close();
    }
    const generationMs = performance.now() - started;
    for (const [name, count] of Object.entries(counts)) line(name, count);
    line("generation time", `${(generationMs / 1000).toFixed(2)} s`);

    heading("Server");
    server = startServer(databaseUrl, await freePort());
    const serverStarted = performance.now();
    await waitForHealth(server);
    const pid = server.child.pid!;
    line("pid", pid);
    line("ready after", `${((performance.now() - serverStarted) / 1000).toFixed(2)} s`);
    const readyRss = procStatusBytes(pid, "VmRSS");
    line("RSS when ready", readyRss === null ? "n/a" : mib(readyRss));

    let maxRss = 0;
    sampler = setInterval(() => {
      maxRss = Math.max(maxRss, procStatusBytes(pid, "VmRSS") ?? 0);
    }, 250);

    heading(`Query (posts(first: ${N}), nested), one request`);
    const once = await runOnce(server.url);
    line("SQL statements per request", once.sqlStatements ?? "n/a (queryStats missing)");
    line("posts returned", once.posts);
    line("response size", `${(once.bytes / 1024).toFixed(1)} KiB`);
    if (once.errors.length) failures.push(`The query returned errors: ${once.errors.join("; ")}`);
    if (once.posts !== N) failures.push(`The query returned ${once.posts} posts instead of ${N}.`);
    if (once.sqlStatements === null) failures.push("The response carries no extensions.queryStats.sqlStatements.");

    heading(`Load: ${CONNECTIONS} connections, ${WARMUP_SECONDS} s warm-up, then ${duration} s`);
    const warmup = await load(server.url, WARMUP_SECONDS);
    line("warm-up requests", warmup.result.requests.total);
    const { result, graphqlErrors } = await load(server.url, duration);
    const repeat = await runOnce(server.url);
    clearInterval(sampler);
    sampler = undefined;
    maxRss = Math.max(maxRss, procStatusBytes(pid, "VmRSS") ?? 0);
    const peakRss = procStatusBytes(pid, "VmHWM");

    line("requests/s (average)", result.requests.average.toFixed(1));
    line("latency p50", `${result.latency.p50} ms`);
    line("latency p99", `${result.latency.p99} ms`);
    line("latency average", `${result.latency.average.toFixed(1)} ms`);
    line("latency max", `${result.latency.max} ms`);
    line("total requests", result.requests.total);
    line("non-2xx responses", result.non2xx);
    line("responses with GraphQL errors", graphqlErrors + warmup.graphqlErrors);
    line("connection errors", result.errors);
    line("timeouts", result.timeouts);
    line("SQL statements per request (after)", repeat.sqlStatements ?? "n/a");
    if (result.non2xx || warmup.result.non2xx) failures.push(`${result.non2xx + warmup.result.non2xx} non-2xx responses under load.`);
    if (graphqlErrors || warmup.graphqlErrors) failures.push(`${graphqlErrors + warmup.graphqlErrors} responses with GraphQL errors under load.`);
    if (result.errors || warmup.result.errors) failures.push(`${result.errors + warmup.result.errors} connection errors under load.`);
    if (repeat.errors.length) failures.push(`The query failed after the load: ${repeat.errors.join("; ")}`);

    heading("Server memory");
    line("peak RSS (VmHWM)", peakRss === null ? "n/a" : mib(peakRss));
    line("max RSS sampled every 250 ms", maxRss ? mib(maxRss) : "n/a");

    heading("Machine");
    line("CPU", host.cpuModel);
    line("cores", host.cores);
    line("memory", `${host.totalMemoryGiB} GiB`);
    line("Node", host.node);
    line("OS", host.os);
    line("load average at start (1/5/15 min)", host.loadAverageAtStart.join(" / "));

    const exitedEarly = server.child.exitCode !== null || server.child.signalCode !== null;
    if (exitedEarly) failures.push(`The server exited during the benchmark:\n${server.output()}`);

    const summary = {
      date: new Date().toISOString(),
      dataset: { ...counts, generationSeconds: Number((generationMs / 1000).toFixed(2)) },
      query: { text: QUERY, variables: { n: N }, sqlStatementsPerRequest: once.sqlStatements, responseBytes: once.bytes },
      load: {
        connections: CONNECTIONS,
        warmupSeconds: WARMUP_SECONDS,
        durationSeconds: duration,
        requestsPerSecond: result.requests.average,
        latencyMs: { p50: result.latency.p50, p99: result.latency.p99, average: result.latency.average, max: result.latency.max },
        totalRequests: result.requests.total,
        non2xx: result.non2xx,
        graphqlErrors,
        errors: result.errors,
        timeouts: result.timeouts,
      },
      memory: { peakRssMiB: peakRss === null ? null : peakRss / 1024 ** 2, maxSampledRssMiB: maxRss ? maxRss / 1024 ** 2 : null },
      machine: host,
      failures,
    };
    mkdirSync(path.dirname(resultsFile), { recursive: true });
    writeFileSync(resultsFile, `${JSON.stringify(summary, null, 2)}\n`);
    heading("Summary");
    line("written to", path.relative(process.cwd(), resultsFile) || resultsFile);
  } catch (error) {
    failures.push(error instanceof Error ? error.message : String(error));
  } finally {
    if (sampler) clearInterval(sampler);
    if (server) await stopServer(server);
    rmSync(tmp, { recursive: true, force: true });
  }

  if (failures.length) {
    console.error("\nBenchmark FAILED:");
    for (const failure of failures) console.error(`  - ${failure}`);
    return 1;
  }
  return 0;
}

process.exitCode = await main();
