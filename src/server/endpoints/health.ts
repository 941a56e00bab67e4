import type { Plugin } from "graphql-yoga";
import type { PrismaClient, Provider } from "../../db/client.js";
import { pendingMigrations } from "../../db/migrate.js";

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
