import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { databaseConfig, openDatabase } from "../src/db/client.js";
import { freePort, spawnProcess, stopServer, waitForHealth } from "../scripts/support/processes.js";
import { createDatabase, dropDatabase } from "../scripts/support/postgres.js";
import { fillBenchDatabase } from "./dataset.js";

// `npm run bench:profile`: where the server's time goes. The bench data set on
// SQLite, the compiled server under `--cpu-prof`, 15 s of one request under
// load, then the profile summed by package and by function (self time). With
// PROFILE=cached the request is the home feed with the response cache on;
// otherwise the nested query without it. PROFILE_DATABASE=postgresql puts the
// data set in a scratch database on the machine's PostgreSQL instead (dropped
// afterwards). PROFILE_KEEP=<file> also keeps the raw profile there, for
// Chrome's DevTools. Run `npm run build` first.

const cached = process.env.PROFILE === "cached";
const seconds = Number(process.env.PROFILE_DURATION ?? 15);
const NESTED = `query Nested($n: Int!) { posts(first: $n) { edges { node { title author { name } footnotes { number source { title } } comments(first: 5) { edges { node { body author { name } replies(first: 3) { edges { node { body } } } } } } otherResponses(first: 3) { edges { node { title author { name } } } } } } } }`;
const FEED = `query HomeFeed { feed(first: 20) { edges { cursor node { __typename ... on Post { id slug title excerpt publishedAt readingTimeMinutes commentCount author { name slug } discussion { title slug } } } } pageInfo { hasNextPage endCursor } } }`;

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount: number }[];
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "colloquy-profile-"));
  let postgres: { name: string; url: string } | null = null;
  try {
    postgres = process.env.PROFILE_DATABASE === "postgresql" ? await createDatabase("colloquy_profile") : null;
    const url = postgres?.url ?? `file:${path.join(dir, "bench.db")}`;
    const db = await openDatabase(databaseConfig(url));
    await fillBenchDatabase(db.prisma);
    await db.close();
    const port = await freePort();
    const env = { DATABASE_URL: url, PORT: String(port), COLLOQUY_DEMO: "off", COLLOQUY_RESPONSE_CACHE: cached ? "on" : "off", COLLOQUY_RATE_EXPENSIVE_READS: "0", NODE_ENV: "production" };
    const server = spawnProcess(["--cpu-prof", `--cpu-prof-dir=${dir}`, "dist/server/main.js"], env, `http://127.0.0.1:${port}`, [process.execPath]);
    await waitForHealth(server);
    const body = cached ? JSON.stringify({ query: FEED }) : JSON.stringify({ query: NESTED, variables: { n: 20 } });
    const result = await autocannon({
      url: `${server.url}/graphql`,
      connections: 10,
      duration: seconds,
      requests: [{ method: "POST", headers: { "content-type": "application/json" }, body }],
    });
    await stopServer(server);
    const file = readdirSync(dir).find((name) => name.endsWith(".cpuprofile"));
    if (!file) throw new Error(`The server wrote no profile:\n${server.output()}`);
    if (process.env.PROFILE_KEEP) copyFileSync(path.join(dir, file), process.env.PROFILE_KEEP);
    const profile = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as CpuProfile;
    const total = profile.nodes.reduce((sum, node) => sum + node.hitCount, 0);
    const byPackage = new Map<string, number>();
    const byFunction = new Map<string, number>();
    const add = (map: Map<string, number>, key: string, hits: number) => map.set(key, (map.get(key) ?? 0) + hits);
    for (const { callFrame, hitCount } of profile.nodes) {
      const where = callFrame.url.replace(/^file:\/\/.*?\/(node_modules|dist)\//, "$1/");
      const owner =
        /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(where)?.[1] ??
        (where.startsWith("dist/") ? `colloquy ${where.split("/").slice(1, -1).join("/") || "."}` : where ? "node" : callFrame.functionName);
      add(byPackage, owner, hitCount);
      add(byFunction, `${callFrame.functionName || "(anonymous)"}  ${where}:${callFrame.lineNumber + 1}`, hitCount);
    }
    const top = (map: Map<string, number>, n: number) =>
      [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([key, hits]) => `  ${((100 * hits) / total).toFixed(1).padStart(5)}%  ${key}`).join("\n");
    console.log(`${cached ? "home feed, response cache on" : "nested query, response cache off"}, ${postgres ? "PostgreSQL" : "SQLite"}: ${result.requests.average.toFixed(1)} req/s over ${seconds} s, 10 connections`);
    console.log(`self time by package (the whole process, start included):\n${top(byPackage, 20)}`);
    console.log(`\nself time by function:\n${top(byFunction, 25)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    if (postgres) await dropDatabase(postgres.name);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
