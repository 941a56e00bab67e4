import { timingSafeEqual } from "node:crypto";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import { memoSizes } from "../../bounded-memo.js";
import { markdownWork } from "../../content/rendering.js";
import { isAsyncIterable, type Plugin } from "graphql-yoga";
import { totalSqlStatements } from "../../db/query-stats.js";
import { setBatchSink } from "../../loaders/batch-stats.js";
import { executionCounts } from "./compiled-execution.js";

// Prometheus metrics for the whole process: request rate and latency by
// route, GraphQL errors by code, SQL statements sent, DataLoader batch sizes,
// and Node's own process metrics. Served at /metrics, either on a separate
// port bound to loopback (COLLOQUY_METRICS_PORT) or on the main port behind a
// bearer token (COLLOQUY_METRICS_TOKEN). Off unless one of them is set.

export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

const requests = new Counter({
  name: "colloquy_http_requests_total",
  help: "HTTP requests answered, by method, route and status.",
  labelNames: ["method", "route", "status"] as const,
  registers: [metricsRegistry],
});

const latency = new Histogram({
  name: "colloquy_http_request_duration_seconds",
  help: "Time from request to response, by method and route.",
  labelNames: ["method", "route"] as const,
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});

const graphqlErrors = new Counter({
  name: "colloquy_graphql_errors_total",
  help: "Errors in GraphQL responses, by extensions.code.",
  labelNames: ["code"] as const,
  registers: [metricsRegistry],
});

let reportedStatements = 0;
new Counter({
  name: "colloquy_sql_statements_total",
  help: "SQL statements sent to the database, counted at the driver adapter.",
  registers: [metricsRegistry],
  collect() {
    const total = totalSqlStatements();
    this.inc(total - reportedStatements);
    reportedStatements = total;
  },
});

const reportedExecutions = { compiled: 0, standard: 0 };
new Counter({
  name: "colloquy_graphql_executions_total",
  help: "Query and mutation executions, by executor: compiled (graphql-jit) or standard.",
  labelNames: ["executor"] as const,
  registers: [metricsRegistry],
  collect() {
    const counts = executionCounts();
    for (const executor of ["compiled", "standard"] as const) {
      this.inc({ executor }, counts[executor] - reportedExecutions[executor]);
      reportedExecutions[executor] = counts[executor];
    }
  },
});

// What the process keeps on behalf of requests: every memo is bounded (src/bounded-memo.ts), and this shows how full each is.
for (const [measure, unit] of [["characters", "Characters held by each bounded memo (keys and values), by memo."], ["entries", "Entries held by each bounded memo, by memo."]] as const) {
  new Gauge({
    name: `colloquy_memo_${measure}`,
    help: unit,
    labelNames: ["memo"] as const,
    registers: [metricsRegistry],
    collect() {
      this.reset();
      for (const memo of memoSizes()) this.set({ memo: memo.name }, memo[measure]);
    },
  });
}

const reportedMarkdown = { inline: 0, worker: 0, timedOut: 0 };
new Counter({
  name: "colloquy_markdown_parsed_characters_total",
  help: "Characters of Markdown parsed: inline on the event loop (short texts) or on a worker thread (long ones).",
  labelNames: ["where"] as const,
  registers: [metricsRegistry],
  collect() {
    this.inc({ where: "inline" }, markdownWork.inlineCharacters - reportedMarkdown.inline);
    this.inc({ where: "worker" }, markdownWork.workerCharacters - reportedMarkdown.worker);
    reportedMarkdown.inline = markdownWork.inlineCharacters;
    reportedMarkdown.worker = markdownWork.workerCharacters;
  },
});
new Counter({
  name: "colloquy_markdown_timeouts_total",
  help: "Markdown tasks that ran out of time: a write refused as too complex, or a stored text shown unrendered.",
  registers: [metricsRegistry],
  collect() {
    this.inc(markdownWork.timedOut - reportedMarkdown.timedOut);
    reportedMarkdown.timedOut = markdownWork.timedOut;
  },
});

const batchSizes = new Histogram({
  name: "colloquy_dataloader_batch_size",
  help: "Keys per DataLoader batch, by kind of loader (page, count, group, unique, id).",
  labelNames: ["kind"] as const,
  buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000],
  registers: [metricsRegistry],
});
setBatchSink((kind, size) => batchSizes.observe({ kind }, size));

/** A bounded route label: never a raw path, which would let clients create series at will. */
function routeOf(pathname: string): string {
  if (pathname === "/graphql") return "/graphql";
  if (pathname.startsWith("/feeds/")) return "/feeds";
  if (["/health", "/ready", "/live", "/metrics"].includes(pathname)) return pathname;
  return "other";
}

const frontAnswers = new Counter({
  name: "colloquy_front_cache_answers_total",
  help: "Answers the front cache gave before yoga saw the request, by status (200, or 304 for a matching If-None-Match).",
  labelNames: ["status"] as const,
  registers: [metricsRegistry],
});

/** Counts one answer of the front cache (besides countAnswered). */
export function countFrontAnswer(status: number): void {
  frontAnswers.inc({ status: String(status) });
}

/** Counts and times one answered request; `started` is its performance.now() on arrival. */
export function countAnswered(method: string, pathname: string, status: number, started: number | undefined): void {
  const route = routeOf(pathname);
  requests.inc({ method, route, status: String(status) });
  if (started !== undefined) latency.observe({ method, route }, (performance.now() - started) / 1000);
}

/** Counts and times every request, and counts GraphQL errors by code. */
export function useMetrics(): Plugin {
  const started = new WeakMap<Request, number>();
  return {
    onRequest({ request }) {
      started.set(request, performance.now());
    },
    onResultProcess({ result }) {
      if (isAsyncIterable(result)) return;
      for (const single of Array.isArray(result) ? result : [result]) {
        for (const error of single.errors ?? []) graphqlErrors.inc({ code: String(error.extensions?.code ?? "UNKNOWN") });
      }
    },
    onResponse({ request, response }) {
      countAnswered(request.method, new URL(request.url, "http://localhost").pathname, response.status, started.get(request));
    },
  };
}

/** The metrics in Prometheus' text format. */
export async function renderMetrics(): Promise<{ body: string; contentType: string }> {
  return { body: await metricsRegistry.metrics(), contentType: metricsRegistry.contentType };
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** GET /metrics on the main port, for a scraper holding `Authorization: Bearer <token>`. */
export function useMetricsEndpoint(token: string): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== "/metrics") return;
      const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "");
      if (!match || !sameSecret(match[1]!, token)) {
        endResponse(new fetchAPI.Response("Metrics need the metrics token.\n", { status: 401, headers: { "www-authenticate": "Bearer" } }));
        return;
      }
      const { body, contentType } = await renderMetrics();
      endResponse(new fetchAPI.Response(body, { status: 200, headers: { "content-type": contentType, "cache-control": "no-store" } }));
    },
  };
}
