// Cold start of one server process, from the TypeScript sources through tsx
// (how the tests and `npm run dev` start it) and from the compiled build (how
// `npm start` starts it, once dist/ is current): the time until it listens,
// the time until it has answered a first query that renders 20 essays, and its
// resident memory a second later. The database is a SQLite file with the demo
// content, made by the first, unmeasured, start. Run `npm run build` first.
//   npm run bench:start            three rounds, the two ways interleaved
//   BENCH_ROUNDS=5 npm run bench:start
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const ways = { "tsx (sources)": ["--import", "tsx", "src/server/main.ts"], "node (dist/)": ["dist/server/main.js"] };
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const dir = mkdtempSync(path.join(tmpdir(), "colloquy-cold-"));
const databaseUrl = `file:${path.join(dir, "colloquy.db")}`;

interface Start { listening: number; firstAnswer: number; rssMiB: number }

async function startOnce(args: string[]): Promise<Start> {
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, PORT: "0", DATABASE_URL: databaseUrl, NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const port = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /localhost:(\d+)\/graphql/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => reject(new Error(`the server exited with ${code}:\n${output}`)));
  });
  const listening = performance.now() - started;
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ posts(first: 20) { edges { node { title body } } } }" }),
  });
  if (!response.ok) throw new Error(`the first query answered ${response.status}`);
  await response.text();
  const firstAnswer = performance.now() - started;
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const rssKiB = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"))?.[1]);
  child.kill("SIGTERM");
  await new Promise((resolve) => child.once("exit", resolve));
  return { listening, firstAnswer, rssMiB: rssKiB / 1024 };
}

if (!existsSync(path.join(root, "dist", "server", "main.js"))) {
  console.error("No compiled build: run `npm run build` first.");
  process.exit(1);
}
try {
  await startOnce(ways["node (dist/)"]);
  const results = new Map<string, Start[]>(Object.keys(ways).map((name) => [name, []]));
  for (let round = 1; round <= rounds; round++) {
    for (const [name, args] of Object.entries(ways)) results.get(name)!.push(await startOnce(args));
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  console.log(`| Started as | Listening (median of ${rounds}) | First answer | RSS after 1 s |`);
  console.log("|---|---|---|---|");
  for (const [name, starts] of results) {
    console.log(
      `| ${name} | ${(median(starts.map((s) => s.listening)) / 1000).toFixed(2)} s | ${(median(starts.map((s) => s.firstAnswer)) / 1000).toFixed(2)} s | ${median(starts.map((s) => s.rssMiB)).toFixed(0)} MiB |`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
