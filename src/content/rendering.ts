import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import { boundedMemo } from "../bounded-memo.js";
import { ServerBusyError } from "../domain/errors.js";
import { DEFAULT_ID_PREFIX, escapeHtml, unwrapParagraph, type ContentFormat } from "./markdown.js";
import { runMarkdownTask, type CitationTask, type MarkdownTask, type MarkdownTaskResult, type PostAnalysis } from "./markdown-tasks.js";

// Where Markdown is parsed, and what is kept of it.
//
// Parsing costs from about 0.6 µs a character of prose to 10 µs or more for
// tables and dense marks, so a 200,000-character table takes seconds. No text
// may hold the event loop that long: texts longer than INLINE_LIMIT are parsed
// on a pool of worker threads (piscina), and only short ones inline, where the
// worst shape costs a few tens of milliseconds. Checks made for a write have a
// deadline; renderings of stored text, which passed that check, get a longer one.
//
// Renderings are memoized per process by the text itself (an edit is a new
// key), bounded in characters, and a text being rendered is rendered once
// however many requests ask for it meanwhile.

/** Texts up to this many characters are parsed on the event loop. */
export const INLINE_LIMIT = 2_000;
/** How long the check of a text being written may take, queueing included. */
export const CHECK_DEADLINE_MS = 10_000;
const RENDER_DEADLINE_MS = 30_000;
/** Tasks waiting for a worker before new ones are refused as SERVER_BUSY. */
const MAX_QUEUE = 200;

const threads = Math.max(1, Math.min(4, availableParallelism() - 1));
let pool: Piscina | null = null;

/**
 * The worker's entry: the compiled one next to this module in `dist/`, or,
 * when this module is itself TypeScript run through tsx, the launcher that
 * registers tsx in the worker before loading the tasks.
 */
const workerEntry = new URL(import.meta.url.endsWith(".ts") ? "./markdown-worker.mjs" : "./markdown-worker.js", import.meta.url).href;

function workers(): Piscina {
  pool ??= new Piscina({
    filename: workerEntry,
    minThreads: 1,
    maxThreads: threads,
    idleTimeout: 60_000,
    maxQueue: MAX_QUEUE,
  });
  return pool;
}

/** Start a worker now, so the first long text does not wait for one to load (the server calls this at start). */
export function warmMarkdownWorkers(): void {
  workers();
}

/** Stop the workers (at shutdown, or at the end of a command-line run). */
export async function closeMarkdownWorkers(): Promise<void> {
  const closing = pool;
  pool = null;
  await closing?.destroy();
}

class DeadlineExceeded extends Error {}

/** Characters of Markdown parsed so far, inline and on the workers, and the tasks that ran out of time: for the metrics. */
export const markdownWork = { inlineCharacters: 0, workerCharacters: 0, timedOut: 0 };

/** The tasks that parse a text. */
type TextTask = Exclude<MarkdownTask, CitationTask>;

function runInline<T extends TextTask>(task: T): MarkdownTaskResult<T> {
  markdownWork.inlineCharacters += task.source.length;
  return runMarkdownTask(task);
}

/** Run a task inline when it is short, on a worker otherwise. */
async function run<T extends TextTask>(task: T, deadlineMs: number): Promise<MarkdownTaskResult<T>> {
  if (task.source.length <= INLINE_LIMIT) return runInline(task);
  markdownWork.workerCharacters += task.source.length;
  const pending = workers();
  if (pending.queueSize >= MAX_QUEUE) throw new ServerBusyError("The server is busy processing long texts. Try again in a few seconds.");
  try {
    return (await pending.run(task, { signal: AbortSignal.timeout(deadlineMs) })) as MarkdownTaskResult<T>;
  } catch (error) {
    if (error instanceof Error && (error.name === "AbortError" || error.name === "TimeoutError")) {
      markdownWork.timedOut += 1;
      throw new DeadlineExceeded();
    }
    if (error instanceof Error && /queue is at limit/i.test(error.message)) {
      throw new ServerBusyError("The server is busy processing long texts. Try again in a few seconds.");
    }
    throw error;
  }
}

export type MaybePromise<T> = T | Promise<T>;

const renderings = boundedMemo<string>({
  name: "rendered markdown",
  maxEntries: 50_000,
  maxCharacters: 32 * 1024 * 1024,
  maxEntryCharacters: 4 * 1024 * 1024,
});
const inFlight = new Map<string, Promise<string>>();

/** A rendering from the memo at once, or made (inline or on a worker) and kept. */
function rendered(key: string, task: Extract<MarkdownTask, { kind: "html" | "text" }>, fallback: () => string): MaybePromise<string> {
  const known = renderings.get(key);
  if (known !== undefined) return known;
  if (task.source.length <= INLINE_LIMIT) {
    const value = runInline(task);
    renderings.set(key, value);
    return value;
  }
  let pending = inFlight.get(key);
  if (!pending) {
    pending = run(task, RENDER_DEADLINE_MS)
      .catch((error: unknown) => {
        // Stored text that cannot be rendered in time is shown as text, and that is kept too.
        if (error instanceof DeadlineExceeded) return fallback();
        throw error;
      })
      .then((value) => {
        renderings.set(key, value);
        return value;
      })
      .finally(() => inFlight.delete(key));
    inFlight.set(key, pending);
  }
  return pending;
}

/** Markdown as sanitized HTML, plain text, or itself. */
export function renderMarkdown(source: string, format: ContentFormat, idPrefix = DEFAULT_ID_PREFIX): MaybePromise<string> {
  if (format === "MARKDOWN") return source;
  if (format === "HTML") return rendered(`html:${idPrefix}\u0000${source}`, { kind: "html", source, idPrefix }, () => `<p>${escapeHtml(source)}</p>`);
  return rendered(`text\u0000${source}`, { kind: "text", source }, () => source);
}

/** One paragraph of inline Markdown (a footnote, a short bio) as HTML without the wrapping <p>. */
export function renderInlineHtml(source: string): MaybePromise<string> {
  return mapMaybe(renderMarkdown(source, "HTML"), unwrapParagraph);
}

/** `f` of a value that may still be on its way. (Not named `then`: a module exporting `then` is a thenable to `import()`.) */
export function mapMaybe<T, U>(value: MaybePromise<T>, f: (value: T) => U): MaybePromise<U> {
  return value instanceof Promise ? value.then(f) : f(value);
}

const tooComplex = `is too complex to process: reading it took longer than ${CHECK_DEADLINE_MS / 1000} s`;

/** Why Markdown being written is refused, or null: see checkMarkdown. */
export async function markdownProblem(source: string): Promise<string | null> {
  try {
    return (await run({ kind: "check", source }, CHECK_DEADLINE_MS)).problem;
  } catch (error) {
    if (error instanceof DeadlineExceeded) return tooComplex;
    throw error;
  }
}

/** A post body being written: whether it may be stored, and its notes with what they cite, from one parse. */
export async function analyzePostBody(source: string): Promise<PostAnalysis> {
  try {
    return await run({ kind: "post", source }, CHECK_DEADLINE_MS);
  } catch (error) {
    if (error instanceof DeadlineExceeded) return { problem: tooComplex, notes: [] };
    throw error;
  }
}

// ---------------------------------------------------------------------------
// Formatted citations

const citationsMade = boundedMemo<string | string[]>(
  { name: "formatted citations", maxEntries: 20_000, maxCharacters: 16 * 1024 * 1024, maxEntryCharacters: 2 * 1024 * 1024 },
  (value) => (Array.isArray(value) ? value.reduce((n, entry) => n + entry.length, 0) : value.length),
);
const citationsInFlight = new Map<string, Promise<string | string[]>>();

/**
 * References formatted by citeproc-js, BibTeX or RIS, on the worker pool:
 * citeproc takes a few milliseconds an item (a post citing 300 works, most of
 * a second), which must never be the event loop's. Memoized by the items
 * themselves, so a page asked for again, or by many readers at once, is made
 * once.
 */
export async function formatCitations<T extends CitationTask>(task: T): Promise<MarkdownTaskResult<T>> {
  if (task.items.length === 0) return (task.kind === "bibliography" ? [] : "") as MarkdownTaskResult<T>;
  const key = JSON.stringify(task);
  const known = citationsMade.get(key);
  if (known !== undefined) return known as MarkdownTaskResult<T>;
  let pending = citationsInFlight.get(key);
  if (!pending) {
    const queue = workers();
    if (queue.queueSize >= MAX_QUEUE) throw new ServerBusyError("The server is busy formatting citations. Try again in a few seconds.");
    pending = (queue.run(task, { signal: AbortSignal.timeout(RENDER_DEADLINE_MS) }) as Promise<string | string[]>)
      .catch((error: unknown) => {
        if (error instanceof Error && (error.name === "AbortError" || error.name === "TimeoutError" || /queue is at limit/i.test(error.message))) {
          throw new ServerBusyError("The server is busy formatting citations. Try again in a few seconds.");
        }
        throw error;
      })
      .then((value) => {
        citationsMade.set(key, value);
        return value;
      })
      .finally(() => citationsInFlight.delete(key));
    citationsInFlight.set(key, pending);
  }
  return (await pending) as MarkdownTaskResult<T>;
}
