import { dialectOf, type TransactionClient } from "../db/client.js";
import { PARSER_VERSION } from "../content/citations/parse-note.js";
import { noteTextHash, resolveFootnotes, SOURCE_FIELDS, sourceFieldsFrom, type ResolvedFootnote, type ResolvedSource, type SourceField } from "../content/footnotes.js";
import type { ParsedSource } from "../content/citations/types.js";
import { sameAuthors } from "../content/sources.js";

// A post's notes as Colloquy stores them (content/footnotes.ts reads them):
// the Footnote rows, each full citation kept with its note and filed under a
// shared Source, and the Source rows recomputed from the notes that cite them.
// Every write that changes notes calls in here, inside its own transaction.

type SourceFields = Pick<ParsedSource, SourceField>;

/** The fields as the Source row stores them: the name lists as JSON arrays. */
function stored(fields: Pick<ParsedSource, (typeof SOURCE_FIELDS)[number]>) {
  return {
    ...fields,
    authors: JSON.stringify(fields.authors ?? []),
    editors: JSON.stringify(fields.editors ?? []),
    translators: JSON.stringify(fields.translators ?? []),
  };
}

/** What one full citation says of its work: stored with the note, so that the shared Source can be computed again at any time. */
function citationOf(source: ResolvedSource): string {
  const { key: _key, ...fields } = source;
  return JSON.stringify(Object.fromEntries(SOURCE_FIELDS.map((field) => [field, fields[field]])));
}

/** A JSON column's value, or `fallback` when it is empty or not JSON. */
export function parseJson<T>(text: string | null, fallback: T): T {
  if (text === null) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

/**
 * Recompute the named sources from the notes that cite them (see
 * sourceFieldsFrom), inside the caller's transaction; a source no note cites
 * any longer is deleted. Every write that changes which notes cite a source,
 * or whether the posts holding them are published, calls this.
 */
export async function refreshSources(tx: TransactionClient, sourceIds: Iterable<number>): Promise<void> {
  const ids = [...new Set(sourceIds)];
  if (ids.length === 0) return;
  const sources = await tx.source.findMany({ where: { id: { in: ids } } });
  const orphans: number[] = [];
  for (const source of sources) {
    const citing = await countedNotes(tx, source.id);
    if (citing.length === 0) {
      orphans.push(source.id);
      continue;
    }
    const citations = citing.flatMap((note) => {
      const citation = parseJson<SourceFields | null>(note.citation, null);
      if (!citation) return [];
      return [{ citation, id: note.id, published: note.post.status === "PUBLISHED" && note.post.publishedAt !== null, publishedAt: note.post.publishedAt }];
    });
    const fields = sourceFieldsFrom(citations, parseJson<Partial<SourceFields>>(source.corrections, {}));
    if (!fields) continue;
    const next = stored(fields);
    const current = Object.fromEntries(SOURCE_FIELDS.map((field) => [field, source[field]]));
    if (SOURCE_FIELDS.some((field) => next[field] !== current[field])) await tx.source.update({ where: { id: source.id }, data: next });
  }
  // A source no note cites any longer would linger with no citations.
  if (orphans.length) await tx.source.deleteMany({ where: { id: { in: orphans }, footnotes: { none: {} } } });
}

/**
 * How many of a source's notes its fields are made from: the earliest. A work
 * cited ten thousand times is not re-read in full on every write that cites it
 * (that made an import quadratic in the notes citing one work); what later
 * notes add to the first fifty (a missing publisher, say) is not looked for.
 */
export const SOURCE_NOTES_COUNTED = 50;

/** The notes sourceFieldsFrom counts for a source: its earliest published ones, or, when no published post cites it, its earliest drafts'. */
async function countedNotes(tx: TransactionClient, sourceId: number) {
  const select = { id: true, citation: true, post: { select: { status: true, publishedAt: true } } } as const;
  const published = { status: "PUBLISHED", publishedAt: { not: null } } as const;
  const earliest = [{ post: { publishedAt: "asc" } }, { id: "asc" }] as const;
  const notes = await tx.footnote.findMany({
    where: { sourceId, post: published },
    orderBy: [...earliest],
    take: SOURCE_NOTES_COUNTED,
    select,
  });
  if (notes.length) return notes;
  return tx.footnote.findMany({ where: { sourceId }, orderBy: [{ id: "asc" }], take: SOURCE_NOTES_COUNTED, select });
}

/** The sources a post's notes cite now. */
export async function sourcesCitedBy(tx: TransactionClient, postId: number): Promise<number[]> {
  const rows = await tx.footnote.findMany({ where: { postId, sourceId: { not: null } }, select: { sourceId: true } });
  return [...new Set(rows.map((row) => row.sourceId!))];
}

/**
 * The Source row a citation files under. An alias a merge left wins; then a
 * source with the same key (main title, year, edition, volume) whose authors
 * can be the same people; then one is created, its key numbered ("…#2") when
 * another work by other authors already holds it.
 */
async function sourceIdFor(tx: TransactionClient, source: ResolvedSource): Promise<number> {
  return (await findOrCreateSource(tx, source)).id;
}

/** The Source a work files under (see sourceIdFor), and whether it had to be created. */
export async function findOrCreateSource(tx: TransactionClient, source: ResolvedSource): Promise<{ id: number; created: boolean }> {
  await lockSourceKeys(tx, [source.key]);
  const sameKey = { OR: [{ key: source.key }, { key: { startsWith: `${source.key}#` } }] };
  const aliases = await tx.sourceAlias.findMany({ where: sameKey, select: { sourceId: true, authors: true }, orderBy: { key: "asc" } });
  const alias = aliases.find((candidate) => sameAuthors(parseJson<string[]>(candidate.authors, []), source.authors));
  if (alias) return { id: alias.sourceId, created: false };
  const candidates = await tx.source.findMany({
    where: sameKey,
    select: { id: true, key: true, authors: true },
    orderBy: { id: "asc" },
  });
  const same = candidates.find((candidate) => sameAuthors(parseJson<string[]>(candidate.authors, []), source.authors));
  if (same) return { id: same.id, created: false };
  const taken = new Set([...candidates.map((candidate) => candidate.key), ...(await tx.sourceAlias.findMany({ where: sameKey, select: { key: true } })).map((a) => a.key)]);
  let key = source.key;
  for (let n = 2; taken.has(key); n++) key = `${source.key}#${n}`;
  const { key: _key, ...fields } = source;
  const row = await tx.source.create({ data: { key, ...stored(fields) }, select: { id: true } });
  return { id: row.id, created: true };
}

/** Colloquy's advisory-lock namespace for source keys (the migration lock is a single bigint, another key space). */
const SOURCE_KEY_LOCKS = 0x636f6c6c; // "coll"

/**
 * On PostgreSQL, take the transaction's lock on each source key, in one order:
 * two posts that first cite the same work at the same time would otherwise
 * both find no Source and both create one, and the second would fail on the
 * key's uniqueness. The second now waits for the first to commit, and then
 * finds its Source. SQLite runs one write transaction at a time already.
 */
export async function lockSourceKeys(tx: TransactionClient, keys: string[]): Promise<void> {
  if (keys.length === 0 || dialectOf(tx) !== "postgresql") return;
  for (const key of [...new Set(keys)].sort()) {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SOURCE_KEY_LOCKS}::int4, hashtext(${key}))`;
  }
}

/** Whether an editor has corrected a source: then the notes that cite it keep it while their text stays the same. */
function corrected(source: { corrections: string; correctedAt: Date | null } | null): boolean {
  return source !== null && (source.correctedAt !== null || source.corrections !== "{}");
}

/**
 * Bring the post's Footnote rows in line with its body, inside the caller's
 * transaction: sources are found or created by key, the notes replaced, each
 * full citation kept with its note, and every source the post cited before or
 * cites now recomputed. Writes resolve the notes before their transaction opens
 * (analyzePostBody, off the event loop) and pass them here; a body given as
 * text is resolved in place, which only small trusted content (the demo)
 * should do.
 *
 * What editors did by hand survives: a note an editor attached to a source, or
 * detached from one (FootnoteOverride, by the note's text), keeps that choice,
 * and so do its repeats; a note whose source an editor corrected keeps that
 * source while its text is unchanged, however the parser reads it now.
 */
export async function syncPostFootnotes(tx: TransactionClient, postId: number, body: string | ResolvedFootnote[]): Promise<void> {
  const notes = typeof body === "string" ? resolveFootnotes(body) : body;
  const previous = await tx.footnote.findMany({
    where: { postId },
    select: { text: true, sourceId: true, source: { select: { corrections: true, correctedAt: true } } },
  });
  const previousSources = [...new Set(previous.flatMap((row) => (row.sourceId === null ? [] : [row.sourceId])))];
  const kept = new Map<string, number>();
  for (const row of previous) if (row.sourceId !== null && corrected(row.source)) kept.set(noteTextHash(row.text), row.sourceId);
  const overrides = new Map(
    (await tx.footnoteOverride.findMany({ where: { postId }, select: { textHash: true, sourceId: true } })).map((o) => [o.textHash, o.sourceId]),
  );

  // Every key this post's notes may file a source under, locked at once and in order, so that two posts never wait on each other.
  await lockSourceKeys(tx, notes.flatMap((note) => (note.kind === "CITATION" && note.source ? [note.source.key] : [])));
  const sourceIds = new Map<string, number>();
  const decided = new Map<number, { sourceId: number | null; manual: boolean }>();
  for (const note of notes) {
    const hash = noteTextHash(note.text);
    if (overrides.has(hash)) {
      decided.set(note.number, { sourceId: overrides.get(hash)!, manual: true });
    } else if (note.kind === "CITATION" && note.source) {
      const keep = kept.get(hash);
      const identity = `${note.source.key}\u0000${note.source.authors.join("\u0000")}`;
      if (keep === undefined && !sourceIds.has(identity)) sourceIds.set(identity, await sourceIdFor(tx, note.source));
      decided.set(note.number, { sourceId: keep ?? sourceIds.get(identity)!, manual: false });
    } else if (note.refersToNumber !== null) {
      // A repeat takes what its note has now, an editor's attachment included.
      decided.set(note.number, { sourceId: decided.get(note.refersToNumber)?.sourceId ?? null, manual: false });
    } else decided.set(note.number, { sourceId: null, manual: false });
  }

  await tx.footnote.deleteMany({ where: { postId } });
  const footnoteIds = new Map<number, number>();
  for (const note of notes) {
    const { sourceId, manual } = decided.get(note.number)!;
    // A note an editor attached cites its source; one detached is a plain note.
    const kind = manual ? (sourceId === null ? "NOTE" : note.kind === "IBID" || note.kind === "SHORT_FORM" ? note.kind : "CITATION") : note.kind;
    const row = await tx.footnote.create({
      data: {
        postId,
        number: note.number,
        kind,
        text: note.text,
        pages: note.pages,
        // Only a note that cites in full says what the work is; an Ibid. or a short form repeats it, and an attachment says nothing of it.
        citation: !manual && note.kind === "CITATION" && note.source ? citationOf(note.source) : null,
        style: manual ? null : note.style,
        confidence: manual ? null : note.confidence,
        needsReview: !manual && note.review !== null,
        reviewReason: manual ? null : note.review,
        parserVersion: PARSER_VERSION,
        sourceId,
        refersToId: manual && sourceId === null ? null : note.refersToNumber === null ? null : (footnoteIds.get(note.refersToNumber) ?? null),
      },
      select: { id: true },
    });
    footnoteIds.set(note.number, row.id);
  }
  const now = [...decided.values()].flatMap((d) => (d.sourceId === null ? [] : [d.sourceId]));
  await refreshSources(tx, [...previousSources, ...now]);
}
