import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { migrateDatabase } from "../src/db/migrate.js";
import { graphql } from "./graphql/index.js";
import { startTestServer, type TestServer } from "./support/server.js";

const SiteTitle = graphql(`
  query SiteTitle {
    site { title }
    posts(first: 1) { totalCount }
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

describe("migrations", () => {
  it("applies every migration once, and nothing on a second run", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "colloquy-migrate-"));
    try {
      const url = `file:${path.join(dir, "m.db")}`;
      const first = await migrateDatabase(new PrismaBetterSqlite3({ url }));
      expect(first.length).toBeGreaterThan(0);
      expect(await migrateDatabase(new PrismaBetterSqlite3({ url }))).toEqual([]);
      const rows = await server.db.prisma.$queryRaw<{ migration_name: string; finished_at: unknown }[]>`
        SELECT migration_name, finished_at FROM _prisma_migrations`;
      expect(rows.map((r) => r.migration_name)).toEqual(first);
      expect(rows.every((r) => r.finished_at !== null)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

async function startMain(env: Record<string, string>): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/server/main.ts"], {
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
  return { child, port };
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
  it("migrates a new database file, loads the demo content once, and keeps it on restart", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "colloquy-start-"));
    const env = { DATABASE_URL: `file:${path.join(dir, "nested", "blog.db")}` };
    try {
      const first = await startMain(env);
      const count = await postCount(first.port);
      expect(count).toBeGreaterThan(5);
      first.child.kill("SIGTERM");
      await new Promise((resolve) => first.child.once("exit", resolve));

      const second = await startMain(env);
      expect(await postCount(second.port)).toBe(count);
      second.child.kill("SIGTERM");
      await new Promise((resolve) => second.child.once("exit", resolve));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("starts empty with COLLOQUY_DEMO=off", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "colloquy-start-"));
    try {
      const { child, port } = await startMain({ DATABASE_URL: `file:${path.join(dir, "blog.db")}`, COLLOQUY_DEMO: "off" });
      expect(await postCount(port)).toBe(0);
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
