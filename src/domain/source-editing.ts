import { noteTextHash, type ResolvedFootnote } from "../content/footnotes.js";
import { findOrCreateSource, refreshSources, syncPostFootnotes } from "./footnotes.js";
import type { ParsedSource } from "../content/citations/types.js";
import { analyzePostBody } from "../content/rendering.js";
import { sourceKey } from "../content/sources.js";
import type { PrismaClient, TransactionClient } from "../db/client.js";
import type { Source } from "../generated/prisma/client.js";
import { ConflictError, NotFoundError } from "./errors.js";
import { InputChecks } from "./validation.js";

// What editors do by hand when the parser got a note wrong: merge two sources
// that are one work, attach a note to a source (an existing one or a new one)
// or detach it from any, and undo that. Each is recorded with who did it and
// when, and survives the post being saved or imported again with the same
// note text (FootnoteOverride, applied by syncPostFootnotes) and a reparse.

export const MAX_MERGED_SOURCES = 50;

/**
 * Fold the sources `fromIds` into `targetId`, inside the caller's transaction:
 * their notes, attachments and aliases move to it, their corrections join its
 * own (its own win), and, with `alias`, their keys become its aliases so that
 * notes parsed the same way later are filed under it.
 */
export async function mergeInto(tx: TransactionClient, targetId: number, fromIds: number[], options: { alias: boolean }): Promise<void> {
  const from = fromIds.filter((id) => id !== targetId);
  if (from.length === 0) return;
  const [target, merged] = await Promise.all([
    tx.source.findFirstOrThrow({ where: { id: targetId }, select: { corrections: true } }),
    tx.source.findMany({ where: { id: { in: from } }, select: { id: true, key: true, authors: true, corrections: true }, orderBy: { id: "asc" } }),
  ]);
  await tx.footnote.updateMany({ where: { sourceId: { in: from } }, data: { sourceId: targetId } });
  await tx.footnoteOverride.updateMany({ where: { sourceId: { in: from } }, data: { sourceId: targetId } });
  await tx.sourceAlias.updateMany({ where: { sourceId: { in: from } }, data: { sourceId: targetId } });
  const corrections = Object.assign({}, ...merged.map((source) => JSON.parse(source.corrections) as object), JSON.parse(target.corrections) as object);
  await tx.source.deleteMany({ where: { id: { in: from } } });
  if (options.alias) {
    for (const source of merged) {
      await tx.sourceAlias.upsert({ where: { key: source.key }, create: { key: source.key, authors: source.authors, sourceId: targetId }, update: { sourceId: targetId, authors: source.authors } });
    }
  }
  await tx.source.update({ where: { id: targetId }, data: { corrections: JSON.stringify(corrections) } });
}

/** Merge sources that are one work into `targetId`; the notes that cited them cite it. Editors only (the schema says so). */
export async function mergeSources(db: PrismaClient, input: { targetId: number; sourceIds: number[]; editorId: number }): Promise<Source> {
  const checks = new InputChecks();
  const from = [...new Set(input.sourceIds)];
  if (from.length === 0) checks.add(["sourceIds"], "must name at least one source to merge");
  if (from.length > MAX_MERGED_SOURCES) checks.add(["sourceIds"], `may name at most ${MAX_MERGED_SOURCES} sources`);
  if (from.includes(input.targetId)) checks.add(["sourceIds"], "must not include the source they are merged into");
  checks.throwIfAny();
  return db.$transaction(async (tx) => {
    const found = await tx.source.findMany({ where: { id: { in: [input.targetId, ...from] } }, select: { id: true } });
    if (found.length !== from.length + 1) throw new NotFoundError("No such source.");
    await mergeInto(tx, input.targetId, from, { alias: true });
    await tx.source.update({ where: { id: input.targetId }, data: { correctedById: input.editorId, correctedAt: new Date() } });
    await refreshSources(tx, [input.targetId]);
    return tx.source.findFirstOrThrow({ where: { id: input.targetId } });
  });
}

/** A new source an editor describes, for a note the parser could not read. */
export type NewSourceFields = Pick<ParsedSource, "kind" | "title"> & Partial<Omit<ParsedSource, "kind" | "title">>;

export interface SetFootnoteSourceInput {
  postId: number;
  number: number;
  /** The source to attach; null detaches the note from any. */
  sourceId: number | null;
  /** Instead of `sourceId`: a source to create (or find, if the work is already known) and attach. */
  newSource?: NewSourceFields | null;
  editorId: number;
}

export interface FootnoteSourceResult {
  postId: number;
  sourceIds: number[];
}

/** The post's notes, read off the event loop, and the body they were read from. */
async function readPost(db: PrismaClient, postId: number) {
  const post = await db.post.findFirst({ where: { id: postId }, select: { id: true, body: true } });
  if (!post) throw new NotFoundError("No such post.");
  const { problem, notes } = await analyzePostBody(post.body);
  if (problem) throw new ConflictError("The post's body can no longer be read; save it again before changing its notes.");
  return { post, notes };
}

/**
 * Note `number` of the post as it was read before the transaction, and the
 * source it cites now; a ConflictError if the post was edited in between
 * (its notes were read from another body), NotFoundError if it has no such note.
 */
async function noteInTransaction(tx: TransactionClient, post: { id: number; body: string }, notes: ResolvedFootnote[], number: number) {
  const current = await tx.post.findFirst({ where: { id: post.id }, select: { body: true } });
  if (current?.body !== post.body) throw new ConflictError("The post was edited meanwhile; try again.");
  const note = notes.find((n) => n.number === number);
  if (!note) throw new NotFoundError(`The post has no note ${number}.`);
  const before = await tx.footnote.findFirst({ where: { postId: post.id, number }, select: { sourceId: true } });
  return { note, before };
}

/**
 * Attach a post's note to a source, or detach it, by hand. The choice is kept
 * by the note's text: it survives the post being saved again or imported
 * again, and a reparse, for as long as the post holds a note with that text.
 */
export async function setFootnoteSource(db: PrismaClient, input: SetFootnoteSourceInput): Promise<FootnoteSourceResult> {
  const { post, notes } = await readPost(db, input.postId);
  return db.$transaction(async (tx) => {
    const { note, before } = await noteInTransaction(tx, post, notes, input.number);
    let sourceId = input.sourceId;
    if (input.newSource) sourceId = await createSource(tx, input.newSource);
    else if (sourceId !== null && !(await tx.source.findFirst({ where: { id: sourceId }, select: { id: true } }))) throw new NotFoundError("No such source.");
    const textHash = noteTextHash(note.text);
    await tx.footnoteOverride.upsert({
      where: { postId_textHash: { postId: post.id, textHash } },
      create: { postId: post.id, textHash, sourceId, editorId: input.editorId },
      update: { sourceId, editorId: input.editorId, createdAt: new Date() },
    });
    await syncPostFootnotes(tx, post.id, notes);
    return { postId: post.id, sourceIds: [...new Set([before?.sourceId, sourceId].filter((id): id is number => typeof id === "number"))] };
  });
}

/** Drop an editor's attachment or detachment of a note: the parser decides again. */
export async function resetFootnoteSource(db: PrismaClient, input: { postId: number; number: number }): Promise<FootnoteSourceResult> {
  const { post, notes } = await readPost(db, input.postId);
  return db.$transaction(async (tx) => {
    const { note, before } = await noteInTransaction(tx, post, notes, input.number);
    await tx.footnoteOverride.deleteMany({ where: { postId: post.id, textHash: noteTextHash(note.text) } });
    await syncPostFootnotes(tx, post.id, notes);
    const after = await tx.footnote.findFirst({ where: { postId: post.id, number: input.number }, select: { sourceId: true } });
    return { postId: post.id, sourceIds: [...new Set([before?.sourceId, after?.sourceId].filter((id): id is number => typeof id === "number"))] };
  });
}

/**
 * The Source for a work an editor describes: the one already filed under the
 * same key and names if there is one, else a new one whose fields are all the
 * editor's (kept as corrections, since no note says them).
 */
async function createSource(tx: TransactionClient, fields: NewSourceFields): Promise<number> {
  const source: ParsedSource = {
    kind: fields.kind,
    authors: fields.authors ?? [],
    authorRole: fields.authorRole ?? "AUTHOR",
    editors: fields.editors ?? [],
    translators: fields.translators ?? [],
    title: fields.title,
    container: fields.container ?? null,
    volume: fields.volume ?? null,
    issue: fields.issue ?? null,
    edition: fields.edition ?? null,
    publisher: fields.publisher ?? null,
    place: fields.place ?? null,
    year: fields.year ?? null,
    url: fields.url ?? null,
  };
  const { id, created } = await findOrCreateSource(tx, { ...source, key: sourceKey(source) });
  if (created) await tx.source.update({ where: { id }, data: { corrections: JSON.stringify(source) } });
  return id;
}

/** Who attached or detached a post's notes by hand, by the note's text. */
export async function overridesOf(db: PrismaClient | TransactionClient, postId: number) {
  return db.footnoteOverride.findMany({ where: { postId }, select: { textHash: true, sourceId: true, editorId: true, createdAt: true } });
}
