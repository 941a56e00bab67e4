import { print } from "graphql";
import type { ResultOf } from "@graphql-typed-document-node/core";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { request as httpRequest } from "node:http";
import { readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { migrateDatabase } from "../src/db/migrate.js";
import { migrationsDirs } from "../src/db/providers.js";
import { freshDatabaseUrl, testProvider } from "./support/database.js";
import { graphql } from "./graphql/index.js";
import { INLINE_LIMIT } from "../src/content/rendering.js";
import { startTestServer, type TestServer } from "./support/server.js";

const SiteTitle = graphql(`
  query SiteTitle {
    site { title }
    posts(first: 1) { totalCount }
  }
`);

const PostBodies = graphql(`
  query PostBodies {
    posts(first: 20) { edges { node { slug body } } }
  }
`);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe("HTTP endpoints", () => {
  it("reports readiness, including the database, at /health", async () => {
    const response = await server.yoga.fetch("http://colloquy.test/health");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(await response.json()).toMatchObject({ status: "ok", checks: { database: "ok" } });
  });

  it("reports readiness at /ready: the database answers and no migration is pending", async () => {
    const response = await server.yoga.fetch("http://colloquy.test/ready");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ready", checks: { database: "ok", migrations: "ok" } });

    const [last] = await server.db.prisma.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1`;
    await server.db.prisma.$executeRaw`UPDATE _prisma_migrations SET finished_at = NULL WHERE migration_name = ${last!.migration_name}`;
    try {
      const behind = await server.yoga.fetch("http://colloquy.test/ready");
      expect(behind.status).toBe(503);
      expect(await behind.json()).toEqual({
        status: "not ready",
        checks: { database: "ok", migrations: { pending: [last!.migration_name] } },
      });
    } finally {
      await server.db.prisma.$executeRaw`UPDATE _prisma_migrations SET finished_at = started_at WHERE migration_name = ${last!.migration_name}`;
    }
  });

  it("serves GraphiQL from local assets, opening on the example query", async () => {
    const response = await server.yoga.fetch("http://colloquy.test/graphql", { headers: { accept: "text/html" } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("otherResponses");
    expect(html).not.toMatch(/<script[^>]+src=["']https?:/i);
    expect(html).not.toMatch(/<link[^>]+href=["']https?:/i);
    expect(html).not.toMatch(/unpkg\.com|cdn\.jsdelivr\.net/);
  });

  it("adds extensions.queryStats with the statement count when enabled", async () => {
    const response = await server.execute(SiteTitle);
    // The site row, the first page of posts, and their count.
    expect(response.extensions?.queryStats?.sqlStatements).toBe(3);
  });

  it("reports zero statements for a request that never executes", async () => {
    const response = await server.executeRaw("{ posts { nope } }");
    expect(response.status).toBe(400);
    expect(response.extensions?.queryStats).toEqual({ sqlStatements: 0 });
  });

  it("leaves extensions out when query stats are off", async () => {
    const quiet = await startTestServer({ demo: false, queryStats: false });
    try {
      const response = await quiet.execute(SiteTitle);
      expect(response.extensions).toBeUndefined();
      expect(response.data).toEqual({ site: { title: "Colloquy" }, posts: { totalCount: 0 } });
    } finally {
      await quiet.close();
    }
  });
});

function adapterFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  return testProvider === "sqlite" ? new PrismaBetterSqlite3({ url }) : new PrismaPg({ connectionString: url });
}

async function recordedMigrations(url: string): Promise<{ name: string; finished: boolean }[]> {
  const adapter = await adapterFactory(url).connect();
  try {
    const result = await adapter.queryRaw({
      sql: `SELECT migration_name, finished_at IS NOT NULL AS finished FROM _prisma_migrations ORDER BY migration_name`,
      args: [],
      argTypes: [],
    });
    return result.rows.map((row) => ({ name: String(row[0]), finished: Boolean(Number(row[1]) || row[1] === true) }));
  } finally {
    await adapter.dispose();
  }
}

describe("migrations", () => {
  const folders = readdirSync(migrationsDirs[testProvider], { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

  it(`applies every ${testProvider} migration once, and nothing on a second run`, async () => {
    const fresh = await freshDatabaseUrl({ migrated: false });
    try {
      const first = await migrateDatabase(adapterFactory(fresh.url));
      expect(first).toEqual(folders);
      expect(await migrateDatabase(adapterFactory(fresh.url))).toEqual([]);
      const rows = await recordedMigrations(fresh.url);
      expect(rows).toEqual(folders.map((name) => ({ name, finished: true })));
    } finally {
      await fresh.drop();
    }
  });

  it.skipIf(testProvider !== "postgresql")("lets one of several instances starting at once migrate, and the others wait for it", async () => {
    const fresh = await freshDatabaseUrl({ migrated: false });
    try {
      const outcomes = await Promise.all([1, 2, 3].map(() => migrateDatabase(adapterFactory(fresh.url))));
      expect(outcomes.filter((applied) => applied.length > 0)).toEqual([folders]);
      expect(await recordedMigrations(fresh.url)).toEqual(folders.map((name) => ({ name, finished: true })));
    } finally {
      await fresh.drop();
    }
  });
});

/** The server as the tests run it (TypeScript through tsx), or as `npm start` runs it (the compiled build). */
const fromSources = ["--import", "tsx", "src/server/main.ts"];
const asNpmStart = ["scripts/run.mjs", "server/main"];

async function startMain(
  env: Record<string, string>,
  entry: string[] = fromSources,
): Promise<{ child: ChildProcess; port: number; output: () => string }> {
  const child = spawn(process.execPath, entry, {
    env: { ...process.env, PORT: "0", NODE_ENV: "test", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /localhost:(\d+)\/graphql/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.on("exit", (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return { child, port, output: () => output };
}

/** The address of the metrics port, once the server has printed it. */
async function metricsUrlOf(output: () => string): Promise<string | undefined> {
  for (let i = 0; i < 100; i++) {
    const url = /Metrics: (http:\/\/127\.0\.0\.1:\d+\/metrics)/.exec(output())?.[1];
    if (url) return url;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return undefined;
}

async function postCount(port: number): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ posts { totalCount } }" }),
  });
  const body = (await response.json()) as { data: { posts: { totalCount: number } } };
  return body.data.posts.totalCount;
}

describe("npm start", () => {
  // npm start compiles src/ to dist/ when the build is missing or stale; do it
  // here, once, so the tests below time the server and not tsc.
  beforeAll(() => {
    const built = spawnSync(process.execPath, ["scripts/build.mjs", "--if-stale"], { encoding: "utf8", timeout: 300_000 });
    expect(built.status, built.stderr).toBe(0);
  }, 300_000);

  it("runs the compiled build: migrates a new database file, loads the demo content once, and keeps it on restart", async () => {
    const fresh = await freshDatabaseUrl({ migrated: false });
    // On SQLite, in a folder that does not exist yet.
    const env = { DATABASE_URL: fresh.url.replace(/colloquy\.db$/, "nested/blog.db") };
    try {
      const first = await startMain(env, asNpmStart);
      const count = await postCount(first.port);
      expect(count).toBeGreaterThan(5);
      first.child.kill("SIGTERM");
      await new Promise((resolve) => first.child.once("exit", resolve));

      const second = await startMain(env, asNpmStart);
      expect(await postCount(second.port)).toBe(count);
      second.child.kill("SIGTERM");
      await new Promise((resolve) => second.child.once("exit", resolve));
    } finally {
      await fresh.drop();
    }
  });

  it("stops gracefully on SIGTERM: answers what is in flight, ends subscriptions, refuses new connections, exits 0", async () => {
    const fresh = await freshDatabaseUrl({ migrated: false });
    try {
      const { child, port } = await startMain({ DATABASE_URL: fresh.url });
      const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
      const subscription = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "text/event-stream" },
        body: JSON.stringify({ query: "subscription { postPublished { title } }" }),
      });
      expect(subscription.status).toBe(200);
      const reader = subscription.body!.getReader();

      // A request in flight: its headers are in, half of its body is sent.
      const body = JSON.stringify({ query: "{ posts { totalCount } }" });
      const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
        const request = httpRequest(
          { host: "127.0.0.1", port, path: "/graphql", method: "POST", headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } },
          (response) => {
            let text = "";
            response.on("data", (chunk: Buffer) => (text += chunk.toString()));
            response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
          },
        );
        request.on("error", reject);
        request.write(body.slice(0, 10));
        // The rest goes after the signal.
        setTimeout(() => {
          child.kill("SIGTERM");
          setTimeout(() => request.end(body.slice(10)), 300);
        }, 300);
      });
      const finished = await answer;
      expect(finished.status).toBe(200);
      expect(JSON.parse(finished.text)).toMatchObject({ data: { posts: { totalCount: expect.any(Number) } } });
      // The stream ends, cleanly or by a closed connection; either way the reader is released.
      for (;;) {
        const next = await reader.read().catch(() => ({ done: true }));
        if (next.done) break;
      }
      expect(await exited).toBe(0);
      await expect(postCount(port)).rejects.toThrow();
    } finally {
      await fresh.drop();
    }
  });

  it("serves metrics on their own loopback port when COLLOQUY_METRICS_PORT is set, and not on the main port", async () => {
    const fresh = await freshDatabaseUrl({ migrated: false });
    try {
      const { child, port, output } = await startMain({ DATABASE_URL: fresh.url, COLLOQUY_METRICS_PORT: "0" });
      const metricsUrl = await metricsUrlOf(output);
      expect(metricsUrl).toBeDefined();
      await postCount(port);
      const metrics = await fetch(metricsUrl!);
      expect(metrics.status).toBe(200);
      expect(await metrics.text()).toMatch(/colloquy_http_requests_total\{method="POST",route="\/graphql",status="200"\} [1-9]/);
      expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).toBe(404);
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    } finally {
      await fresh.drop();
    }
  });

  it("runs the compiled build's Markdown workers: long bodies render off the main thread", async () => {
    const fresh = await freshDatabaseUrl({ migrated: false });
    try {
      const { child, port, output } = await startMain({ DATABASE_URL: fresh.url, COLLOQUY_METRICS_PORT: "0" }, asNpmStart);
      const metricsUrl = await metricsUrlOf(output);
      expect(metricsUrl).toBeDefined();
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: print(PostBodies) }),
      });
      const result = (await response.json()) as { data: ResultOf<typeof PostBodies> };
      const bodies = result.data.posts.edges.map((edge) => edge.node.body);
      // The demo essays are longer than the inline limit, so they went to the pool.
      expect(bodies.some((body) => body.length > INLINE_LIMIT && body.includes("<p>"))).toBe(true);
      const metrics = await (await fetch(metricsUrl!)).text();
      expect(metrics).toMatch(/colloquy_markdown_parsed_characters_total\{where="worker"\} [1-9]/);
      child.kill("SIGTERM");
      expect(await new Promise((resolve) => child.once("exit", resolve))).toBe(0);
    } finally {
      await fresh.drop();
    }
  });

  it("starts empty with COLLOQUY_DEMO=off", async () => {
    const fresh = await freshDatabaseUrl({ migrated: false });
    try {
      const { child, port } = await startMain({ DATABASE_URL: fresh.url, COLLOQUY_DEMO: "off" });
      expect(await postCount(port)).toBe(0);
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    } finally {
      await fresh.drop();
    }
  });
});
