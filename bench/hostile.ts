import { createHash } from "node:crypto";

// The red team's requests, measured against the real server: what one client
// can make the server keep, and how long the other clients wait meanwhile.
// - A flood of automatic persisted queries: distinct valid documents of about
//   60,000 characters each (comments pad them; the token limit does not count
//   comments), and documents over the length limit.
// - A post whose body is a 200,000-character table, saved and then read for
//   the first time, and a post whose one note holds 20,000 "see" lead-ins,
//   while a second client asks for the site's title every 20 ms: the latency
//   that client sees is what everyone else would.

const HEADERS = { "content-type": "application/json", accept: "application/graphql-response+json" };

export interface FloodFigures {
  documents: number;
  characters: number;
  seconds: number;
  refusedTooLong: number;
  errors: number;
}

export interface HeavyMarkdownFigures {
  saveTableMs: number;
  firstReadTableMs: number;
  saveLeadInNoteMs: number;
  probeLatencyMs: { quiet: LatencySummary; duringHeavyWork: LatencySummary };
}

export interface LatencySummary {
  samples: number;
  p50: number;
  p99: number;
  max: number;
}

function summary(samples: number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => Number((sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(1));
  return { samples: sorted.length, p50: at(0.5), p99: at(0.99), max: Number((sorted.at(-1) ?? 0).toFixed(1)) };
}

async function post(url: string, body: unknown, token?: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { ...HEADERS, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, text: await response.text() };
}

const padded = (tag: string, length: number) => `# ${tag} ${"x".repeat(Math.max(0, length - 40))}\n{ site { title } }`;
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** Registers `documents` distinct APQ documents, eight clients at a time, and sends 50 over the length limit. */
export async function apqFlood(url: string, documents: number): Promise<FloodFigures> {
  const started = performance.now();
  let next = 0;
  let errors = 0;
  const client = async () => {
    while (next < documents) {
      const query = padded(`bench ${next++} ${Math.random()}`, 60_000);
      const answer = await post(url, { query, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } } });
      if (answer.status !== 200 || answer.text.includes('"errors"')) errors += 1;
    }
  };
  await Promise.all(Array.from({ length: 8 }, client));
  let refusedTooLong = 0;
  for (let i = 0; i < 50; i++) {
    const answer = await post(url, { query: padded(`too long ${i}`, 300_000) });
    if (answer.text.includes("DOCUMENT_TOO_LARGE")) refusedTooLong += 1;
  }
  return { documents, characters: documents * 60_000, seconds: Number(((performance.now() - started) / 1000).toFixed(1)), refusedTooLong, errors };
}

/** Asks for the site's title every 20 ms until `stop` resolves; the latency of each answer. */
async function probeWhile(url: string, stop: Promise<unknown>): Promise<number[]> {
  const latencies: number[] = [];
  let done = false;
  void stop.finally(() => (done = true));
  while (!done) {
    const started = performance.now();
    await post(url, { query: "{ site { title } }" });
    latencies.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return latencies;
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: Number((performance.now() - started).toFixed(0)), value };
}

/** Saves and reads the heavy posts while another client probes; what that client waited. */
export async function heavyMarkdown(url: string, token: string): Promise<HeavyMarkdownFigures> {
  const quiet = await probeWhile(url, new Promise((resolve) => setTimeout(resolve, 3_000)));
  const rows = Array.from({ length: 4_000 }, (_, i) => `| ${1900 + (i % 120)} | City ${i} | Press ${i} | ${i}–${i + 9} | n. ${i} |`);
  const table = `| year | place | publisher | pages | note |\n|---|---|---|---|---|\n${rows.join("\n")}`.slice(0, 199_000);
  const leadIns = `Text.[^1]\n\n[^1]: ${"see this, cf. that, ".repeat(20_000)}`.slice(0, 199_000);
  const mutation = "mutation($input: CreatePostInput!) { createPost(input: $input) { __typename } }";
  const stamp = Date.now();

  let saveTableMs = 0;
  let firstReadTableMs = 0;
  let saveLeadInNoteMs = 0;
  const heavy = (async () => {
    const saved = await timed(() => post(url, { query: mutation, variables: { input: { title: `Every Edition ${stamp}`, body: table, publish: true } } }, token));
    if (!saved.value.text.includes("PostPayload")) throw new Error(`The table post was not saved: ${saved.value.text.slice(0, 300)}`);
    saveTableMs = saved.ms;
    const read = await timed(() => post(url, { query: `{ post(slug: "every-edition-${stamp}") { body(format: HTML) wordCount excerpt } }` }));
    if (!read.value.text.includes("<table>")) throw new Error(`The table post was not read: ${read.value.text.slice(0, 300)}`);
    firstReadTableMs = read.ms;
    const note = await timed(() => post(url, { query: mutation, variables: { input: { title: `Lead-ins ${stamp}`, body: leadIns, publish: true } } }, token));
    if (!note.value.text.includes("PostPayload")) throw new Error(`The lead-in post was not saved: ${note.value.text.slice(0, 300)}`);
    saveLeadInNoteMs = note.ms;
  })();
  const during = await probeWhile(url, heavy);
  await heavy;
  return { saveTableMs, firstReadTableMs, saveLeadInNoteMs, probeLatencyMs: { quiet: summary(quiet), duringHeavyWork: summary(during) } };
}
