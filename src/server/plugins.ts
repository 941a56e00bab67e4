import { isAsyncIterable, type Plugin } from "graphql-yoga";
import type { PrismaClient } from "../db/client.js";
import { collectQueryStats } from "../db/query-stats.js";

/** With COLLOQUY_QUERY_STATS=1: `extensions.queryStats.sqlStatements`, counted at the driver. */
export function useQueryStats(): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      const stats = { sqlStatements: 0 };
      setExecuteFn((args) => collectQueryStats(stats, () => executeFn(args)));
      return {
        onExecuteDone({ result, setResult }) {
          if (isAsyncIterable(result)) return;
          setResult({ ...result, extensions: { ...result.extensions, queryStats: { sqlStatements: stats.sqlStatements } } });
        },
      };
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
