import type { PrismaClient } from "../db/client.js";
import { parseNote, type ParsedSource } from "./citations.js";
import type { Root as MdastRoot } from "mdast";
import { extractFootnotes } from "./markdown.js";
import { normalizeForMatching, sourceKey, surnameOf } from "./sources.js";

// A post's notes as Colloquy stores them: numbered, each citation tied to a
// shared Source, and every "Ibid." or short-form note tied to the note that
// holds its full citation.

export type TransactionClient = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export type ResolvedSource = ParsedSource & { key: string };

export type FootnoteKindName = "CITATION" | "IBID" | "SHORT_FORM" | "NOTE";

export interface ResolvedFootnote {
  number: number;
  kind: FootnoteKindName;
  label: string;
  /** The definition's Markdown as written. */
  text: string;
  pages: string | null;
  source: ResolvedSource | null;
  /** For "Ibid." and short-form notes: the number of the note holding the full citation. */
  refersToNumber: number | null;
}

function citesShortForm(source: ResolvedSource, byline: string, shortTitle: string): boolean {
  const surnames = byline
    .replace(/,?\s*et\s+al\.?$/i, "")
    .split(/\s*(?:,|\band\b|&)\s*/i)
    .map(surnameOf)
    .filter(Boolean);
  const authorSurnames = source.authors.map(surnameOf);
  if (!surnames.length || !surnames.every((surname) => authorSurnames.includes(surname))) return false;
  return normalizeForMatching(source.title).includes(normalizeForMatching(shortTitle));
}

/** The note holding the full citation that a short form abbreviates, searching back from the latest. */
function fullCitationFor(earlier: ResolvedFootnote[], byline: string, shortTitle: string): ResolvedFootnote | null {
  const matches = earlier.filter(
    (note) => note.refersToNumber === null && note.source && citesShortForm(note.source, byline, shortTitle),
  );
  // "Hardin, 1244." names no title: it is only clear when the post cites one work by Hardin.
  if (!shortTitle && new Set(matches.map((note) => note.source!.key)).size > 1) return null;
  return matches.at(-1) ?? null;
}

/** The body's notes in number order, with what each cites. Give the body's tree when it is already parsed. */
export function resolveFootnotes(body: string, tree?: MdastRoot): ResolvedFootnote[] {
  const resolved: ResolvedFootnote[] = [];
  for (const { number, label, markdown } of extractFootnotes(body, tree)) {
    const parsed = parseNote(markdown);
    const kind = ({ full: "CITATION", ibid: "IBID", short: "SHORT_FORM", unparsed: "NOTE" } as const)[parsed.kind];
    const note: ResolvedFootnote = { number, kind, label, text: markdown, pages: null, source: null, refersToNumber: null };
    if (parsed.kind === "full") {
      note.source = { ...parsed.source, key: sourceKey(parsed.source) };
      note.pages = parsed.pages;
    } else if (parsed.kind === "ibid" || parsed.kind === "short") {
      note.pages = parsed.pages;
      const target = parsed.kind === "ibid"
        ? resolved.findLast((earlier) => earlier.source !== null)
        : fullCitationFor(resolved, parsed.surname, parsed.shortTitle);
      if (target) {
        note.source = target.source;
        note.refersToNumber = target.refersToNumber ?? target.number;
      }
    }
    resolved.push(note);
  }
  return resolved;
}

function filled<T>(current: T | null, value: T | null): T | undefined {
  return current === null && value !== null ? value : undefined;
}

/** The Source row for `source`, created or completed: a later citation may add what an earlier one left out, never remove it. */
async function upsertSource(tx: TransactionClient, source: ResolvedSource): Promise<number> {
  const { key, authors, ...fields } = source;
  const row = await tx.source.upsert({
    where: { key },
    create: { key, ...fields, authors: JSON.stringify(authors) },
    update: {},
  });
  const missing = {
    authors: row.authors === "[]" && authors.length ? JSON.stringify(authors) : undefined,
    container: filled(row.container, fields.container),
    volume: filled(row.volume, fields.volume),
    issue: filled(row.issue, fields.issue),
    publisher: filled(row.publisher, fields.publisher),
    place: filled(row.place, fields.place),
    year: filled(row.year, fields.year),
    url: filled(row.url, fields.url),
  };
  if (Object.values(missing).some((value) => value !== undefined)) {
    await tx.source.update({ where: { id: row.id }, data: missing });
  }
  return row.id;
}

/** One record per work, completed from every note in the post that cites it in full. */
function sourcesByKey(notes: ResolvedFootnote[]): Map<string, ResolvedSource> {
  const sources = new Map<string, ResolvedSource>();
  for (const { source } of notes) {
    if (!source) continue;
    const known = sources.get(source.key);
    if (!known) {
      sources.set(source.key, { ...source });
      continue;
    }
    for (const field of ["container", "volume", "issue", "publisher", "place", "year", "url"] as const) {
      if (known[field] === null) Object.assign(known, { [field]: source[field] });
    }
  }
  return sources;
}

/**
 * Bring the post's Footnote rows in line with its body, inside the caller's
 * transaction: sources are found or created by key, and the notes replaced.
 * Writes resolve the notes before their transaction opens (analyzePostBody,
 * off the event loop) and pass them here; a body given as text is resolved
 * in place, which only small trusted content (the demo) should do.
 */
export async function syncPostFootnotes(tx: TransactionClient, postId: number, body: string | ResolvedFootnote[]): Promise<void> {
  const notes = typeof body === "string" ? resolveFootnotes(body) : body;
  const sourceIds = new Map<string, number>();
  for (const [key, source] of sourcesByKey(notes)) sourceIds.set(key, await upsertSource(tx, source));

  const previous = await tx.footnote.findMany({ where: { postId, sourceId: { not: null } }, select: { sourceId: true } });
  await tx.footnote.deleteMany({ where: { postId } });
  const footnoteIds = new Map<number, number>();
  for (const note of notes) {
    const row = await tx.footnote.create({
      data: {
        postId,
        number: note.number,
        kind: note.kind,
        text: note.text,
        pages: note.pages,
        sourceId: note.source ? sourceIds.get(note.source.key)! : null,
        refersToId: note.refersToNumber === null ? null : (footnoteIds.get(note.refersToNumber) ?? null),
      },
      select: { id: true },
    });
    footnoteIds.set(note.number, row.id);
  }

  // A source that only this post cited, and no longer does, would linger with no citations.
  const kept = new Set(sourceIds.values());
  const dropped = [...new Set(previous.map((note) => note.sourceId!))].filter((id) => !kept.has(id));
  if (dropped.length) await tx.source.deleteMany({ where: { id: { in: dropped }, footnotes: { none: {} } } });
}
