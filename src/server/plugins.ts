import { isAsyncIterable, type Plugin } from "graphql-yoga";
import type { PrismaClient, Provider } from "../db/client.js";
import { pendingMigrations } from "../db/migrate.js";
import { collectQueryStats, type QueryStats } from "../db/query-stats.js";
import { etagOf, ifNoneMatchHits } from "./http-cache.js";

/**
 * With COLLOQUY_QUERY_STATS=1: every response carries
 * `extensions.queryStats.sqlStatements`, counted at the driver adapter. A request
 * that never executes (a syntax or validation error) reports 0.
 */
export function useQueryStats(): Plugin {
  const statsByRequest = new WeakMap<Request, QueryStats>();
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const stats: QueryStats = { sqlStatements: 0 };
      const request = (args.contextValue as { request?: Request }).request;
      if (request) statsByRequest.set(request, stats);
      setExecuteFn((executeArgs) => collectQueryStats(stats, () => executeFn(executeArgs)));
    },
    onResultProcess({ request, result, setResult }) {
      if (isAsyncIterable(result) || Array.isArray(result)) return;
      const queryStats = { sqlStatements: statsByRequest.get(request)?.sqlStatements ?? 0 };
      setResult({ ...result, extensions: { ...result.extensions, queryStats } });
    },
  };
}

/**
 * GET /ready: 200 when the database answers and every migration in
 * the provider's migrations folder is applied, 503 otherwise, with the names still pending.
 * A load balancer sends traffic only to instances that are ready.
 */
export function useReadinessEndpoint(db: PrismaClient, provider: Provider, path = "/ready"): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== path || (request.method !== "GET" && request.method !== "HEAD")) return;
      let database: "ok" | "unavailable" = "ok";
      let pending: string[] = [];
      try {
        pending = await pendingMigrations(provider, async () =>
          (
            await db.$queryRaw<{ migration_name: string }[]>`
              SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`
          ).map((row) => row.migration_name),
        );
      } catch {
        database = "unavailable";
      }
      const ready = database === "ok" && pending.length === 0;
      endResponse(
        new fetchAPI.Response(
          JSON.stringify({ status: ready ? "ready" : "not ready", checks: { database, migrations: pending.length ? { pending } : "ok" } }),
          { status: ready ? 200 : 503, headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" } },
        ),
      );
    },
  };
}

/** GET /health: 200 when the database answers, 503 when it does not. */
export function useHealthEndpoint(db: PrismaClient, path = "/health"): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== path || (request.method !== "GET" && request.method !== "HEAD")) return;
      const started = performance.now();
      let database: "ok" | "unavailable" = "ok";
      try {
        await db.$queryRaw`SELECT 1`;
      } catch {
        database = "unavailable";
      }
      const status = database === "ok" ? "ok" : "unavailable";
      endResponse(
        new fetchAPI.Response(
          JSON.stringify({ status, checks: { database }, latencyMs: Math.round(performance.now() - started) }),
          {
            status: status === "ok" ? 200 : 503,
            headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" },
          },
        ),
      );
    },
  };
}

/**
 * HTTP caching for queries sent with GET: an ETag over the body, a
 * Cache-Control that never lets a shared cache keep a response made for a
 * token, and a bodiless 304 when the client already holds the same body.
 */
export function useHttpCaching(maxAgeSeconds = 30): Plugin {
  return {
    async onResponse({ request, response, setResponse, fetchAPI }) {
      if (request.method !== "GET" || response.status !== 200) return;
      const type = response.headers.get("content-type") ?? "";
      if (!type.includes("json")) return;
      const body = await response.text();
      const headers = new fetchAPI.Headers(response.headers);
      // Set again explicitly: a body given as a string would otherwise be labelled text/plain.
      headers.set("content-type", type);
      const authenticated = request.headers.has("authorization");
      const failed = body.includes('"errors"');
      headers.set(
        "cache-control",
        failed ? "no-store" : authenticated ? "private, no-cache" : `public, max-age=${maxAgeSeconds}, must-revalidate`,
      );
      headers.append("vary", "Authorization");
      const etag = etagOf(body);
      if (!failed) headers.set("etag", etag);
      if (!failed && ifNoneMatchHits(request, etag)) {
        headers.delete("content-length");
        setResponse(new fetchAPI.Response(null, { status: 304, headers }));
        return;
      }
      setResponse(new fetchAPI.Response(body, { status: 200, headers }));
    },
  };
}
