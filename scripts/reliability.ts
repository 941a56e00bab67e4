import { randomUUID } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { databaseConfig, openDatabase } from "../src/db/client.js";
import { freePort, repoRoot, spawnProcess, stopServer, waitForHealth, type ServerProcess } from "./support/processes.js";

// `npm run reliability:load` and `npm run reliability:crash`: the real server,
// as a child process on a fresh SQLite file, under concurrent clients.
//
// load:  LOAD_CLIENTS clients (16) add comments and read the feeds for
//        LOAD_SECONDS (10). Every comment that got a success response must be
//        in the database exactly once; the only errors allowed are the
//        intended rate limits; PRAGMA integrity_check must say ok.
// crash: CRASH_CYCLES times (3), writers add comments and the server is
//        killed with SIGKILL in the middle, then started again on the same
//        file. Every acknowledged comment must be there exactly once, the
//        database must open and report ready, and no migration may run again.
// soak:  SOAK_SECONDS (300) of mixed load: SOAK_CLIENTS (8) readers of the
//        nested query, the feed query and the RSS feed, writers adding
//        comments, and subscribers opening, holding and closing
//        subscriptions. The server's resident memory is read every second
//        (/proc/<pid>/status). After SOAK_WARMUP_SECONDS (60), the lowest
//        reading of each 30 s window is its floor, what the process holds
//        after its collections; the least-squares slope of the floors must
//        stay under SOAK_MAX_SLOPE MiB a minute (2). The slope of every
//        reading is printed too: it also measures where in its collection
//        cycle the garbage stood at the two ends. Acknowledged comments are
//        checked as in the load test.
//
// Figures go to stdout and to test-results/reliability-<mode>.json.

const QUERY_FEED = `query LoadFeed { feed(first: 10) { edges { node { __typename ... on Post { id title commentCount } } } } }`;
const QUERY_POSTS = `query LoadPosts { posts(first: 20) { edges { node { id } } } }`;
const QUERY_NESTED = `query SoakNested { posts(first: 10) { edges { node { title author { name } footnotes { number source { title } } comments(first: 5) { edges { node { body author { name } replies(first: 3) { edges { node { body } } } } } } otherResponses(first: 3) { edges { node { title author { name } } } } } } } }`;
const SUBSCRIBE = `subscription SoakComments($postSlug: String!) { commentAdded(postSlug: $postSlug) { id } }`;
const ADD_COMMENT = `mutation LoadComment($input: AddCommentInput!) { addComment(input: $input) { __typename ... on CommentPayload { comment { id } } ... on UserError { message } } }`;

interface GraphQLReply {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

function wholeNumberFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of at least 1; got "${raw}".`);
  return value;
}

function startColloquy(databaseUrl: string, port: number, env: Record<string, string>): ServerProcess {
  return spawnProcess(
    ["src/server/main.ts"],
    { DATABASE_URL: databaseUrl, PORT: String(port), NODE_ENV: "production", COLLOQUY_TRUST_PROXY: "on", ...env },
    `http://127.0.0.1:${port}`,
  );
}

async function graphqlRequest(url: string, query: string, variables: Record<string, unknown>, address: string): Promise<{ status: number; body: GraphQLReply }> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json", "x-forwarded-for": address },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLReply };
}

async function postIds(url: string): Promise<string[]> {
  const { body } = await graphqlRequest(url, QUERY_POSTS, {}, "127.0.0.1");
  const edges = (body.data?.posts as { edges: { node: { id: string } }[] } | undefined)?.edges ?? [];
  if (!edges.length) throw new Error(`No posts to comment on: ${JSON.stringify(body)}`);
  return edges.map((edge) => edge.node.id);
}

async function postSlugs(url: string): Promise<string[]> {
  const { body } = await graphqlRequest(url, `query SoakSlugs { posts(first: 20) { edges { node { slug } } } }`, {}, "127.0.0.1");
  const edges = (body.data?.posts as { edges: { node: { slug: string } }[] } | undefined)?.edges ?? [];
  return edges.map((edge) => edge.node.slug);
}

/** What the writers were told: the markers of the comments acknowledged as written. */
interface WriteTally {
  acknowledged: string[];
  rateLimited: number;
  /** Requests that failed because the server went away (crash test only). */
  cutOff: number;
  unexpected: string[];
}

async function addComment(url: string, postId: string, client: number, tally: WriteTally, expectCrash: boolean): Promise<void> {
  const marker = `reliability ${client} ${randomUUID()}`;
  try {
    const { status, body } = await graphqlRequest(url, ADD_COMMENT, { input: { postId, body: marker, authorName: `Client ${client}` } }, `10.0.${Math.floor(client / 250)}.${client % 250}`);
    const result = body.data?.addComment as { __typename?: string } | undefined;
    if (result?.__typename === "CommentPayload") tally.acknowledged.push(marker);
    else if (body.errors?.[0]?.extensions?.code === "RATE_LIMITED") tally.rateLimited += 1;
    else tally.unexpected.push(`HTTP ${status}: ${JSON.stringify(body).slice(0, 300)}`);
  } catch (error) {
    if (expectCrash) tally.cutOff += 1;
    else tally.unexpected.push(`addComment failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Comments in the database whose body is one of the markers, and how many times each occurs. */
async function countMarkers(databaseUrl: string): Promise<{ counts: Map<string, number>; integrity: string }> {
  const db = await openDatabase(databaseConfig(databaseUrl));
  try {
    const rows = await db.prisma.$queryRaw<{ body: string; n: bigint | number }[]>`
      SELECT body, COUNT(*) AS n FROM "Comment" WHERE body LIKE 'reliability %' GROUP BY body`;
    const [check] = await db.prisma.$queryRawUnsafe<{ integrity_check: string }[]>("PRAGMA integrity_check");
    return { counts: new Map(rows.map((row) => [row.body, Number(row.n)])), integrity: check?.integrity_check ?? "no answer" };
  } finally {
    await db.close();
  }
}

function verify(tally: WriteTally, counts: Map<string, number>) {
  const missing = tally.acknowledged.filter((marker) => !counts.has(marker));
  const duplicated = [...counts].filter(([, n]) => n > 1).map(([marker]) => marker);
  const acknowledged = new Set(tally.acknowledged);
  const unacknowledged = [...counts.keys()].filter((marker) => !acknowledged.has(marker));
  return { missing, duplicated, unacknowledged };
}

/** The load and soak tests' checks of the comments written: every acknowledged one stored once, none stored unacknowledged, no unexpected error. */
function checkWrites(tally: WriteTally, counts: Map<string, number>, failures: string[]) {
  const found = verify(tally, counts);
  const { missing, duplicated, unacknowledged } = found;
  if (missing.length) failures.push(`${missing.length} acknowledged comments are missing, e.g. "${missing[0]}".`);
  if (duplicated.length) failures.push(`${duplicated.length} comments were stored more than once.`);
  if (unacknowledged.length) failures.push(`${unacknowledged.length} comments were stored without a success response.`);
  if (tally.unexpected.length) failures.push(`${tally.unexpected.length} unexpected errors, e.g. ${tally.unexpected[0]}`);
  return found;
}

function report(mode: string, summary: Record<string, unknown>, failures: string[]): number {
  console.log(`\n${mode} summary`);
  for (const [key, value] of Object.entries(summary)) console.log(`  ${`${key}:`.padEnd(36)} ${typeof value === "object" ? JSON.stringify(value) : value}`);
  const file = path.join(repoRoot, "test-results", `reliability-${mode}.json`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), ...summary, failures }, null, 2)}\n`);
  if (failures.length) {
    console.error(`\n${mode} FAILED:`);
    for (const failure of failures) console.error(`  - ${failure}`);
    return 1;
  }
  console.log(`\n${mode}: OK`);
  return 0;
}

async function loadTest(): Promise<number> {
  const clients = wholeNumberFromEnv("LOAD_CLIENTS", 16);
  const seconds = wholeNumberFromEnv("LOAD_SECONDS", 10);
  const tmp = mkdtempSync(path.join(os.tmpdir(), "colloquy-load-"));
  const databaseUrl = `file:${path.join(tmp, "load.db")}`;
  const failures: string[] = [];
  const tally: WriteTally = { acknowledged: [], rateLimited: 0, cutOff: 0, unexpected: [] };
  let reads = 0;
  let server: ServerProcess | undefined;
  try {
    // 30 comments a minute per client: a client adding one every few tens of
    // milliseconds runs into it, as intended, and then waits a little.
    server = startColloquy(databaseUrl, await freePort(), { COLLOQUY_RATE_COMMENTS: "30" });
    await waitForHealth(server, "/ready");
    const url = server.url;
    const posts = await postIds(url);
    console.log(`load: ${clients} clients for ${seconds} s against ${url}`);
    const deadline = Date.now() + seconds * 1000;
    const client = async (id: number) => {
      let step = 0;
      while (Date.now() < deadline) {
        step += 1;
        if (step % 2 === 0) {
          const limitedBefore = tally.rateLimited;
          await addComment(url, posts[(id + step) % posts.length]!, id, tally, false);
          if (tally.rateLimited > limitedBefore) await new Promise((resolve) => setTimeout(resolve, 250));
          continue;
        }
        try {
          if (step % 4 === 1) {
            const { status, body } = await graphqlRequest(url, QUERY_FEED, {}, `10.1.0.${id}`);
            if (status !== 200 || body.errors) {
              if (body.errors?.[0]?.extensions?.code === "RATE_LIMITED") tally.rateLimited += 1;
              else tally.unexpected.push(`feed: HTTP ${status} ${JSON.stringify(body).slice(0, 300)}`);
            }
          } else {
            const response = await fetch(`${url}/feeds/posts.rss`);
            const text = await response.text();
            if (response.status !== 200 || !text.includes("<rss")) tally.unexpected.push(`RSS: HTTP ${response.status}`);
          }
          reads += 1;
        } catch (error) {
          tally.unexpected.push(`read failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    };
    await Promise.all(Array.from({ length: clients }, (_, i) => client(i)));
    await stopServer(server);
    const { counts, integrity } = await countMarkers(databaseUrl);
    const { missing, duplicated } = checkWrites(tally, counts, failures);
    if (integrity !== "ok") failures.push(`PRAGMA integrity_check: ${integrity}`);
    if (tally.acknowledged.length === 0) failures.push("No comment was acknowledged: the load test measured nothing.");
    return report(
      "load",
      {
        clients,
        seconds,
        "writes acknowledged": tally.acknowledged.length,
        "writes lost": missing.length,
        "writes duplicated": duplicated.length,
        "rate-limited (intended)": tally.rateLimited,
        reads,
        "unexpected errors": tally.unexpected.length,
        "integrity check": integrity,
      },
      failures,
    );
  } catch (error) {
    failures.push(error instanceof Error ? error.message : String(error));
    return report("load", {}, failures);
  } finally {
    if (server) await stopServer(server);
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function migrationRows(databaseUrl: string): Promise<string[]> {
  const db = await openDatabase(databaseConfig(databaseUrl));
  try {
    const rows = await db.prisma.$queryRaw<{ id: string; migration_name: string; started_at: unknown }[]>`
      SELECT id, migration_name, started_at FROM _prisma_migrations ORDER BY migration_name`;
    return rows.map((row) => `${row.id} ${row.migration_name} ${String(row.started_at)}`);
  } finally {
    await db.close();
  }
}

async function crashTest(): Promise<number> {
  const cycles = wholeNumberFromEnv("CRASH_CYCLES", 3);
  const writers = wholeNumberFromEnv("CRASH_WRITERS", 8);
  const tmp = mkdtempSync(path.join(os.tmpdir(), "colloquy-crash-"));
  const databaseUrl = `file:${path.join(tmp, "crash.db")}`;
  const failures: string[] = [];
  const tally: WriteTally = { acknowledged: [], rateLimited: 0, cutOff: 0, unexpected: [] };
  const unlimited = { COLLOQUY_RATE_COMMENTS: "0", COLLOQUY_RATE_WRITES: "0" };
  let survived = 0;
  let server: ServerProcess | undefined;
  try {
    server = startColloquy(databaseUrl, await freePort(), unlimited);
    await waitForHealth(server, "/ready");
    const posts = await postIds(server.url);
    await stopServer(server);
    const migrationsBefore = await migrationRows(databaseUrl);

    for (let cycle = 1; cycle <= cycles; cycle++) {
      server = startColloquy(databaseUrl, await freePort(), unlimited);
      await waitForHealth(server, "/ready");
      const url = server.url;
      let killed = false;
      const writer = async (id: number) => {
        let step = 0;
        while (!killed) {
          step += 1;
          await addComment(url, posts[(id + step) % posts.length]!, id, tally, true);
        }
      };
      const running = Array.from({ length: writers }, (_, i) => writer(cycle * 100 + i));
      // Kill at an unpredictable moment, with writes in flight.
      await new Promise((resolve) => setTimeout(resolve, 800 + Math.floor(Math.random() * 1200)));
      const before = tally.acknowledged.length;
      server.child.kill("SIGKILL");
      await server.exited;
      killed = true;
      await Promise.all(running);
      console.log(`crash ${cycle}: killed with SIGKILL after ${before} acknowledged writes so far`);

      // Start again on the same file: it must open, apply nothing and be ready.
      server = startColloquy(databaseUrl, await freePort(), unlimited);
      await waitForHealth(server, "/ready");
      await stopServer(server);
      const migrationsAfter = await migrationRows(databaseUrl);
      if (JSON.stringify(migrationsAfter) !== JSON.stringify(migrationsBefore)) {
        failures.push(`Cycle ${cycle}: the migrations table changed after the restart.`);
      }
      const { counts, integrity } = await countMarkers(databaseUrl);
      const { missing, duplicated } = verify(tally, counts);
      if (missing.length) failures.push(`Cycle ${cycle}: ${missing.length} acknowledged comments are missing.`);
      if (duplicated.length) failures.push(`Cycle ${cycle}: ${duplicated.length} comments are stored twice.`);
      if (integrity !== "ok") failures.push(`Cycle ${cycle}: PRAGMA integrity_check: ${integrity}`);
      if (!missing.length && !duplicated.length && integrity === "ok") survived += 1;
    }
    const { counts } = await countMarkers(databaseUrl);
    const { missing, unacknowledged } = verify(tally, counts);
    if (tally.unexpected.length) failures.push(`${tally.unexpected.length} unexpected errors, e.g. ${tally.unexpected[0]}`);
    if (tally.acknowledged.length === 0) failures.push("No comment was acknowledged: the crash test measured nothing.");
    return report(
      "crash",
      {
        cycles,
        writers,
        "restarts survived": survived,
        "writes acknowledged": tally.acknowledged.length,
        "writes lost": missing.length,
        "requests cut off by the kill": tally.cutOff,
        "written but not acknowledged": unacknowledged.length,
        "unexpected errors": tally.unexpected.length,
      },
      failures,
    );
  } catch (error) {
    failures.push(error instanceof Error ? error.message : String(error));
    return report("crash", {}, failures);
  } finally {
    if (server) await stopServer(server);
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The resident memory of a process, in MiB, from /proc (Linux). */
function residentMiB(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kib = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1];
    return kib === undefined ? null : Number(kib) / 1024;
  } catch {
    return null;
  }
}

/** The soak's memory windows: the floor of each is its lowest reading. */
const FLOOR_WINDOW_SECONDS = 30;

/**
 * The lowest reading of each whole window of `window` seconds between `from`
 * and `to`, at the window's middle: the floor under the garbage collector's
 * sawtooth. A last, partial window is left out: its floor would come from fewer readings.
 */
function floorsOf(points: [number, number][], from: number, to: number, window: number): [number, number][] {
  const whole = Math.floor((to - from) / window);
  const floors = new Map<number, number>();
  for (const [t, mib] of points) {
    const slot = Math.floor((t - from) / window);
    if (slot >= 0 && slot < whole) floors.set(slot, Math.min(floors.get(slot) ?? Infinity, mib));
  }
  return [...floors].sort((a, b) => a[0] - b[0]).map(([slot, mib]) => [from + (slot + 0.5) * window, mib]);
}

/** The least-squares slope of `points` (seconds, MiB), in MiB per minute. */
function slopePerMinute(points: [number, number][]): number {
  const n = points.length;
  const meanX = points.reduce((sum, [x]) => sum + x, 0) / n;
  const meanY = points.reduce((sum, [, y]) => sum + y, 0) / n;
  let numerator = 0;
  let denominator = 0;
  for (const [x, y] of points) {
    numerator += (x - meanX) * (y - meanY);
    denominator += (x - meanX) ** 2;
  }
  return denominator === 0 ? 0 : (numerator / denominator) * 60;
}

/** Opens a subscription, holds it for `holdMs`, then closes it; resolves with the events it received. */
async function holdSubscription(url: string, postSlug: string, address: string, holdMs: number, errors: Map<string, number>): Promise<number> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), holdMs);
  let events = 0;
  try {
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream", "x-forwarded-for": address },
      body: JSON.stringify({ query: SUBSCRIBE, variables: { postSlug } }),
      signal: controller.signal,
    });
    if (response.status !== 200 || !response.body) {
      const key = `subscription HTTP ${response.status}`;
      errors.set(key, (errors.get(key) ?? 0) + 1);
      await response.body?.cancel();
      return 0;
    }
    const decoder = new TextDecoder();
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const text = decoder.decode(value, { stream: true });
      events += text.split("\n").filter((line) => line.startsWith("data:") && line.includes('"commentAdded"')).length;
      if (text.includes('"errors"')) errors.set("subscription error event", (errors.get("subscription error event") ?? 0) + 1);
    }
  } catch (error) {
    if (!controller.signal.aborted) {
      const key = `subscription: ${error instanceof Error ? error.message : String(error)}`.slice(0, 120);
      errors.set(key, (errors.get(key) ?? 0) + 1);
    }
  } finally {
    clearTimeout(timer);
  }
  return events;
}

async function soakTest(): Promise<number> {
  const seconds = wholeNumberFromEnv("SOAK_SECONDS", 300);
  const warmup = wholeNumberFromEnv("SOAK_WARMUP_SECONDS", 60);
  const clients = wholeNumberFromEnv("SOAK_CLIENTS", 8);
  const maxSlope = Number(process.env.SOAK_MAX_SLOPE ?? 2);
  if (warmup >= seconds) throw new Error("SOAK_WARMUP_SECONDS must be shorter than SOAK_SECONDS.");
  const tmp = mkdtempSync(path.join(os.tmpdir(), "colloquy-soak-"));
  const databaseUrl = `file:${path.join(tmp, "soak.db")}`;
  const failures: string[] = [];
  const tally: WriteTally = { acknowledged: [], rateLimited: 0, cutOff: 0, unexpected: [] };
  const errors = new Map<string, number>();
  const served = { nested: 0, feed: 0, rss: 0, subscriptions: 0, events: 0 };
  const samples: [number, number][] = [];
  let server: ServerProcess | undefined;
  try {
    // Every limit off: the soak measures memory under steady load, not the limits.
    // Without moderation each comment is visible at once: it reaches the subscribers and changes what the readers read.
    server = startColloquy(databaseUrl, await freePort(), {
      COLLOQUY_MODERATION: "off",
      COLLOQUY_RATE_COMMENTS: "0",
      COLLOQUY_RATE_WRITES: "0",
      COLLOQUY_RATE_EXPENSIVE_READS: "0",
    });
    await waitForHealth(server, "/ready");
    const url = server.url;
    const pid = server.child.pid!;
    const posts = await postIds(url);
    const slugs = await postSlugs(url);
    console.log(`soak: ${clients} readers, ${Math.max(1, clients / 2)} writers and ${Math.max(1, clients / 2)} subscribers for ${seconds} s against ${url} (pid ${pid})`);
    const started = Date.now();
    const deadline = started + seconds * 1000;
    const sampler = setInterval(() => {
      const mib = residentMiB(pid);
      if (mib !== null) samples.push([(Date.now() - started) / 1000, mib]);
    }, 1000);
    const count = (key: string) => errors.set(key, (errors.get(key) ?? 0) + 1);
    const reader = async (id: number) => {
      for (let step = 0; Date.now() < deadline; step++) {
        try {
          if (step % 3 === 2) {
            const response = await fetch(`${url}/feeds/posts.rss`);
            const text = await response.text();
            if (response.status === 200 && text.includes("<rss")) served.rss += 1;
            else count(`RSS HTTP ${response.status}`);
            continue;
          }
          const nested = step % 3 === 0;
          const { status, body } = await graphqlRequest(url, nested ? QUERY_NESTED : QUERY_FEED, {}, `10.2.0.${id}`);
          if (status === 200 && !body.errors) served[nested ? "nested" : "feed"] += 1;
          else count(body.errors?.[0]?.extensions?.code ?? `HTTP ${status}`);
        } catch (error) {
          count(`read failed: ${error instanceof Error ? error.message : String(error)}`.slice(0, 120));
        }
      }
    };
    const writer = async (id: number) => {
      for (let step = 0; Date.now() < deadline; step++) {
        await addComment(url, posts[(id + step) % posts.length]!, id, tally, false);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    const subscriber = async (id: number) => {
      for (let step = 0; Date.now() < deadline; step++) {
        const hold = Math.min(2_000 + ((id * 997 + step * 131) % 3_000), Math.max(0, deadline - Date.now()));
        if (hold <= 0) break;
        served.events += await holdSubscription(url, slugs[(id + step) % slugs.length]!, `10.3.0.${id}`, hold, errors);
        served.subscriptions += 1;
      }
    };
    const half = Math.max(1, Math.floor(clients / 2));
    await Promise.all([
      ...Array.from({ length: clients }, (_, i) => reader(i)),
      ...Array.from({ length: half }, (_, i) => writer(500 + i)),
      ...Array.from({ length: half }, (_, i) => subscriber(i)),
    ]);
    clearInterval(sampler);
    await stopServer(server);
    const { counts, integrity } = await countMarkers(databaseUrl);
    const { missing } = checkWrites(tally, counts, failures);
    const measured = samples.filter(([t]) => t >= warmup);
    const slope = measured.length >= 10 ? slopePerMinute(measured) : Number.NaN;
    const floors = floorsOf(measured, warmup, seconds, FLOOR_WINDOW_SECONDS);
    const floorSlope = floors.length >= 4 ? slopePerMinute(floors) : Number.NaN;
    const rss = measured.map(([, mib]) => mib);
    const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / Math.max(1, values.length);
    const firstMinute = measured.filter(([t]) => t < warmup + 60).map(([, mib]) => mib);
    const lastMinute = measured.filter(([t]) => t >= seconds - 60).map(([, mib]) => mib);
    if (!Number.isFinite(floorSlope)) failures.push(`Too few memory samples after the warm-up (${measured.length}, in ${floors.length} windows of ${FLOOR_WINDOW_SECONDS} s).`);
    else if (floorSlope > maxSlope) {
      failures.push(`Resident memory's floor grew by ${floorSlope.toFixed(2)} MiB a minute after the warm-up (limit ${maxSlope}).`);
    }
    if (errors.size) failures.push(`Errors: ${JSON.stringify(Object.fromEntries(errors))}`);
    if (integrity !== "ok") failures.push(`PRAGMA integrity_check: ${integrity}`);
    if (tally.acknowledged.length === 0 || served.nested === 0 || served.subscriptions === 0 || served.events === 0) {
      failures.push("Some part of the load did nothing (no write, nested query, subscription or event): the soak measured nothing.");
    }
    return report(
      "soak",
      {
        seconds,
        "warm-up seconds": warmup,
        "readers, writers, subscribers": `${clients}, ${half}, ${half}`,
        "nested queries served": served.nested,
        "feed queries served": served.feed,
        "RSS feeds served": served.rss,
        "subscriptions opened and closed": served.subscriptions,
        "subscription events received": served.events,
        "writes acknowledged": tally.acknowledged.length,
        "writes lost": missing.length,
        "errors by code": Object.fromEntries(errors),
        "RSS samples after warm-up": measured.length,
        "RSS after warm-up min / mean / max (MiB)": `${Math.min(...rss).toFixed(1)} / ${mean(rss).toFixed(1)} / ${Math.max(...rss).toFixed(1)}`,
        "RSS first / last minute mean (MiB)": `${mean(firstMinute).toFixed(1)} / ${mean(lastMinute).toFixed(1)}`,
        [`RSS floor per ${FLOOR_WINDOW_SECONDS} s after warm-up (MiB)`]: floors.map(([, mib]) => mib.toFixed(1)).join(", "),
        "RSS floor slope after warm-up (MiB/min)": floorSlope.toFixed(3),
        "RSS slope after warm-up, every reading (MiB/min)": slope.toFixed(3),
        "integrity check": integrity,
      },
      failures,
    );
  } catch (error) {
    failures.push(error instanceof Error ? error.message : String(error));
    return report("soak", {}, failures);
  } finally {
    if (server) await stopServer(server);
    rmSync(tmp, { recursive: true, force: true });
  }
}

const mode = process.argv[2];
if (mode === "load") process.exitCode = await loadTest();
else if (mode === "crash") process.exitCode = await crashTest();
else if (mode === "soak") process.exitCode = await soakTest();
else {
  console.error("usage: tsx scripts/reliability.ts load|crash|soak");
  process.exitCode = 2;
}
