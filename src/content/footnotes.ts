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

/** The fields of a Source that notes give, and editors may correct. */
export const SOURCE_FIELDS = ["kind", "authors", "title", "container", "volume", "issue", "publisher", "place", "year", "url"] as const;
export type SourceField = (typeof SOURCE_FIELDS)[number];
type SourceFields = Pick<ParsedSource, SourceField>;

/** What one full citation says of its work: stored with the note, so that the shared Source can be computed again at any time. */
function citationOf(source: ResolvedSource): string {
  const { key: _key, ...fields } = source;
  return JSON.stringify(Object.fromEntries(SOURCE_FIELDS.map((field) => [field, fields[field]])));
}

function parseJson<T>(text: string | null, fallback: T): T {
  if (text === null) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

/**
 * What readers see of a shared Source, from the notes that cite it in full:
 * the identity (kind, title, authors) from the earliest citation, and each
 * other field from the earliest citation that gives it. Only published posts'
 * citations count while there is any: a draft cannot change what readers see
 * of a work other posts cite. A source that only drafts cite (visible only to
 * those who may read the drafts) is made from the drafts' citations. An
 * editor's corrections win over both.
 */
export function sourceFieldsFrom(
  citations: { citation: SourceFields; published: boolean; publishedAt: Date | null; id: number }[],
  corrections: Partial<SourceFields>,
): SourceFields | null {
  const published = citations.filter((c) => c.published);
  const counted = (published.length ? published : citations).sort(
    (a, b) => (a.publishedAt?.getTime() ?? Infinity) - (b.publishedAt?.getTime() ?? Infinity) || a.id - b.id,
  );
  if (counted.length === 0) return null;
  const first = counted[0]!.citation;
  const fields: SourceFields = { ...first };
  for (const field of ["container", "volume", "issue", "publisher", "place", "year", "url"] as const) {
    Object.assign(fields, { [field]: counted.map((c) => c.citation[field]).find((value) => value !== null && value !== undefined) ?? null });
  }
  for (const field of SOURCE_FIELDS) {
    if (field in corrections) Object.assign(fields, { [field]: corrections[field] });
  }
  return fields;
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
  const [sources, notes] = await Promise.all([
    tx.source.findMany({ where: { id: { in: ids } } }),
    tx.footnote.findMany({
      where: { sourceId: { in: ids } },
      select: { id: true, sourceId: true, citation: true, post: { select: { status: true, publishedAt: true } } },
    }),
  ]);
  const orphans: number[] = [];
  for (const source of sources) {
    const citing = notes.filter((note) => note.sourceId === source.id);
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
    const next = { ...fields, authors: JSON.stringify(fields.authors ?? []) };
    const current = Object.fromEntries(SOURCE_FIELDS.map((field) => [field, source[field]]));
    if (SOURCE_FIELDS.some((field) => next[field] !== current[field])) await tx.source.update({ where: { id: source.id }, data: next });
  }
  // A source no note cites any longer would linger with no citations.
  if (orphans.length) await tx.source.deleteMany({ where: { id: { in: orphans }, footnotes: { none: {} } } });
}

/** The sources a post's notes cite now. */
export async function sourcesCitedBy(tx: TransactionClient, postId: number): Promise<number[]> {
  const rows = await tx.footnote.findMany({ where: { postId, sourceId: { not: null } }, select: { sourceId: true } });
  return [...new Set(rows.map((row) => row.sourceId!))];
}

/**
 * Bring the post's Footnote rows in line with its body, inside the caller's
 * transaction: sources are found or created by key, the notes replaced, each
 * full citation kept with its note, and every source the post cited before or
 * cites now recomputed. Writes resolve the notes before their transaction opens
 * (analyzePostBody, off the event loop) and pass them here; a body given as
 * text is resolved in place, which only small trusted content (the demo)
 * should do.
 */
export async function syncPostFootnotes(tx: TransactionClient, postId: number, body: string | ResolvedFootnote[]): Promise<void> {
  const notes = typeof body === "string" ? resolveFootnotes(body) : body;
  const previous = await sourcesCitedBy(tx, postId);
  const sourceIds = new Map<string, number>();
  for (const { source } of notes) {
    if (!source || sourceIds.has(source.key)) continue;
    const { key, authors, ...fields } = source;
    const row = await tx.source.upsert({
      where: { key },
      create: { key, ...fields, authors: JSON.stringify(authors) },
      update: {},
      select: { id: true },
    });
    sourceIds.set(key, row.id);
  }

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
        // Only a note that cites in full says what the work is; an Ibid. or a short form repeats it.
        citation: note.kind === "CITATION" && note.source ? citationOf(note.source) : null,
        sourceId: note.source ? sourceIds.get(note.source.key)! : null,
        refersToId: note.refersToNumber === null ? null : (footnoteIds.get(note.refersToNumber) ?? null),
      },
      select: { id: true },
    });
    footnoteIds.set(note.number, row.id);
  }
  await refreshSources(tx, [...previous, ...sourceIds.values()]);
}
