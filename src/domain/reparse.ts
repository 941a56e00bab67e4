import { parseJson, refreshSources, syncPostFootnotes } from "./footnotes.js";
import { PARSER_VERSION } from "../content/citations/parse-note.js";
import { analyzePostBody } from "../content/rendering.js";
import { sameAuthors, sourceKey, type SourceIdentity } from "../content/sources.js";
import type { PrismaClient, TransactionClient } from "../db/client.js";
import { mergeInto } from "./source-editing.js";

// Reading stored notes again with today's parser: in the background once the
// server listens (notes an older parser read, or saved before each kept its
// citation), and for every post with `npm run footnotes:reparse`. Sources are
// first filed under today's keys, and sources that today's keys say are one
// work are merged, keeping the oldest's id. What editors did by hand is kept:
// their attachments and detachments (by note text), their corrections, and
// notes on a corrected source stay on it while their text is unchanged.

const BATCH = 500;

/**
 * File every source under the key today's sourceKey gives the work, from the
 * earliest note's own reading of it (or the source's fields), and merge the
 * sources that are then one work: same key, names that can be the same
 * people. One transaction per work that changes. Returns how many sources
 * were merged away.
 */
export async function rekeySources(db: PrismaClient): Promise<{ rekeyed: number; merged: number }> {
  const clusters = new Map<string, { head: number; authors: string[]; members: number[]; keys: string[] }[]>();
  for (let after = 0; ; ) {
    const batch = await db.source.findMany({
      where: { id: { gt: after } },
      orderBy: { id: "asc" },
      take: BATCH,
      select: {
        id: true,
        key: true,
        kind: true,
        title: true,
        authors: true,
        year: true,
        edition: true,
        volume: true,
        container: true,
        url: true,
        footnotes: { where: { citation: { not: null } }, select: { citation: true }, orderBy: { id: "asc" }, take: 1 },
      },
    });
    if (batch.length === 0) break;
    after = batch.at(-1)!.id;
    for (const source of batch) {
      // A work an editor described by hand (no note reads it) keeps the fields it was given; so does one only its columns describe.
      const reading = parseJson<SourceIdentity | null>(source.footnotes[0]?.citation ?? null, null);
      const identity: SourceIdentity = reading ?? { ...source, authors: parseJson<string[]>(source.authors, []) };
      const key = sourceKey(identity);
      const list = clusters.get(key) ?? [];
      const cluster = list.find((c) => sameAuthors(c.authors, identity.authors));
      if (cluster) {
        cluster.members.push(source.id);
        cluster.keys.push(source.key);
      } else list.push({ head: source.id, authors: identity.authors, members: [], keys: [source.key] });
      clusters.set(key, list);
    }
  }
  let rekeyed = 0;
  let merged = 0;
  for (const [key, list] of clusters) {
    for (const [index, cluster] of list.entries()) {
      const wanted = index === 0 ? key : `${key}#${index + 1}`;
      if (cluster.members.length === 0 && cluster.keys[0] === wanted) continue;
      await db.$transaction(async (tx) => {
        // Whoever holds the key now is another work, filed under its own key in its turn.
        const holder = await tx.source.findUnique({ where: { key: wanted }, select: { id: true } });
        if (holder && holder.id !== cluster.head && !cluster.members.includes(holder.id)) {
          await tx.source.update({ where: { id: holder.id }, data: { key: `rekey:${holder.id}` } });
        }
        if (cluster.members.length) await mergeInto(tx, cluster.head, cluster.members, { alias: false });
        await tx.source.update({ where: { id: cluster.head }, data: { key: wanted } });
        await refreshSources(tx, [cluster.head]);
      });
      rekeyed += 1;
      merged += cluster.members.length;
    }
  }
  return { rekeyed, merged };
}

/** One note as a reparse compares it: what it is, what it cites, what it repeats. */
interface NoteState {
  kind: string;
  sourceId: number | null;
  refersTo: number | null;
  pages: string | null;
  needsReview: boolean;
}

export interface NoteChange {
  slug: string;
  number: number;
  before: string;
  after: string;
}

export interface ReparseReport {
  /** Posts whose notes were read again, and those left alone (edited meanwhile, or a body today's checks refuse). */
  read: number;
  skipped: number;
  notes: number;
  changedNotes: number;
  /** Notes that gained a source, lost one, or moved to another. */
  nowCited: number;
  noLongerCited: number;
  movedSource: number;
  flaggedForReview: number;
  /** Sources filed under a new key, and sources merged into another as one work. */
  sourcesRekeyed: number;
  sourcesMerged: number;
  /** The changes, note by note (at most `maxChanges`). */
  changes: NoteChange[];
}

const describe = (state: NoteState | undefined): string =>
  state
    ? `${state.kind}${state.sourceId !== null ? ` → source ${state.sourceId}` : ""}${state.refersTo !== null ? ` (repeats note ${state.refersTo})` : ""}${state.pages ? `, pages ${state.pages}` : ""}${state.needsReview ? ", needs review" : ""}`
    : "none";

async function statesOf(tx: TransactionClient | PrismaClient, postId: number): Promise<Map<number, NoteState>> {
  const rows = await tx.footnote.findMany({
    where: { postId },
    select: { number: true, kind: true, sourceId: true, pages: true, needsReview: true, refersTo: { select: { number: true } } },
  });
  return new Map(rows.map((row) => [row.number, { kind: row.kind, sourceId: row.sourceId, refersTo: row.refersTo?.number ?? null, pages: row.pages, needsReview: row.needsReview }]));
}

export interface ReparseOptions {
  /** Every post, not only those an older parser read. */
  all?: boolean;
  onStart?: (posts: number) => void;
  onProgress?: (done: number, total: number) => void;
  /** How many note changes to keep in the report; the counts cover all. */
  maxChanges?: number;
}

/**
 * Read posts' notes again with today's parser and store what it reads, one
 * post per transaction; a post edited meanwhile is left alone (its edit
 * stored its notes). Without `all`, only posts holding notes an older parser
 * read, or saved before each note kept its citation.
 */
export async function reparseNotes(db: PrismaClient, options: ReparseOptions = {}): Promise<ReparseReport> {
  const report: ReparseReport = {
    read: 0,
    skipped: 0,
    notes: 0,
    changedNotes: 0,
    nowCited: 0,
    noLongerCited: 0,
    movedSource: 0,
    flaggedForReview: 0,
    sourcesRekeyed: 0,
    sourcesMerged: 0,
    changes: [],
  };
  // Notes saved before each kept its citation are older than any parser version too (parserVersion 0).
  const stale = { parserVersion: { lt: PARSER_VERSION } };
  const posts = await db.post.findMany({
    where: options.all ? {} : { footnotes: { some: stale } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  options.onStart?.(posts.length);
  if (posts.length === 0) return report;
  const keys = await rekeySources(db);
  report.sourcesRekeyed = keys.rekeyed;
  report.sourcesMerged = keys.merged;
  const maxChanges = options.maxChanges ?? 200;
  for (const [index, { id }] of posts.entries()) {
    const post = await db.post.findFirst({ where: { id }, select: { id: true, slug: true, body: true } });
    if (!post) {
      report.skipped += 1;
      options.onProgress?.(index + 1, posts.length);
      continue;
    }
    const { problem, notes } = await analyzePostBody(post.body);
    if (problem) {
      // A body stored before today's input checks, which they would refuse: its notes stay as they are.
      report.skipped += 1;
      options.onProgress?.(index + 1, posts.length);
      continue;
    }
    const compared = await db.$transaction(async (tx) => {
      const current = await tx.post.findFirst({ where: { id: post.id }, select: { body: true } });
      if (current?.body !== post.body) return null;
      const before = await statesOf(tx, post.id);
      await syncPostFootnotes(tx, post.id, notes);
      return { before, after: await statesOf(tx, post.id) };
    });
    if (!compared) report.skipped += 1;
    else {
      report.read += 1;
      const numbers = new Set([...compared.before.keys(), ...compared.after.keys()]);
      for (const number of [...numbers].sort((a, b) => a - b)) {
        const before = compared.before.get(number);
        const after = compared.after.get(number);
        if (after) report.notes += 1;
        if (describe(before) === describe(after)) continue;
        report.changedNotes += 1;
        const had = before?.sourceId ?? null;
        const has = after?.sourceId ?? null;
        if (had === null && has !== null) report.nowCited += 1;
        else if (had !== null && has === null) report.noLongerCited += 1;
        else if (had !== has) report.movedSource += 1;
        if (after?.needsReview && !before?.needsReview) report.flaggedForReview += 1;
        if (report.changes.length < maxChanges) report.changes.push({ slug: post.slug, number, before: describe(before), after: describe(after) });
      }
    }
    options.onProgress?.(index + 1, posts.length);
  }
  return report;
}
