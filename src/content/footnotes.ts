import type { PrismaClient } from "../db/client.js";
import { CJK } from "./citations/flat.js";
import { parseNote } from "./citations/parse-note.js";
import type { CitationStyle, ParsedSource } from "./citations/types.js";
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
  /** For "Ibid." and short-form notes: the number of the note repeated (the one holding the full citation, when there is one). */
  refersToNumber: number | null;
  /** The style the citation was read in, and how surely: for full citations. */
  style: CitationStyle | null;
  confidence: number | null;
  /** Why an editor should look at this note, or null: a citation the parser could not read, or a repeat it could not place. */
  review: string | null;
}

function surnamesOf(byline: string): string[] {
  return byline
    .replace(/,?\s*et\s+al\.?$/i, "")
    .split(/\s*(?:,|\band\b|&|、)\s*/i)
    .map(surnameOf)
    .filter(Boolean);
}

function citesShortForm(source: ResolvedSource, byline: string, shortTitle: string, year: number | null): boolean {
  const surnames = surnamesOf(byline);
  // A work without authors is named by its site or journal in a short form: "NHS.UK, “Separation Anxiety.”"
  const names = source.authors.length ? source.authors : source.container ? [source.container] : [];
  const authorSurnames = names.map(surnameOf);
  // A CJK name is one word, family name first: "萨曼" is the family name of "萨曼史蒂芬".
  const named = (surname: string) => authorSurnames.some((author) => author === surname || (CJK.test(surname) && author.startsWith(surname)));
  if (!surnames.length || !surnames.every(named)) return false;
  if (year !== null && source.year !== year) return false;
  return normalizeForMatching(source.title).includes(normalizeForMatching(shortTitle));
}

/** The note holding the full citation that a short form abbreviates, searching back from the latest. */
function fullCitationFor(earlier: ResolvedFootnote[], byline: string, shortTitle: string, year: number | null): ResolvedFootnote | null {
  const matches = earlier.filter(
    (note) => note.kind === "CITATION" && note.source && citesShortForm(note.source, byline, shortTitle, year),
  );
  // "Hardin, 1244." names no title: it is only clear when the post cites one work by Hardin.
  if (!shortTitle && year === null && new Set(matches.map((note) => note.source!.key)).size > 1) return null;
  return matches.at(-1) ?? null;
}

/**
 * The body's notes in number order, with what each cites. An "Ibid." repeats
 * the note before it, and takes its source when it has one; a short form
 * repeats the latest full citation of the same work. Give the body's tree
 * when it is already parsed.
 */
export function resolveFootnotes(body: string, tree?: MdastRoot): ResolvedFootnote[] {
  const resolved: ResolvedFootnote[] = [];
  for (const { number, label, markdown } of extractFootnotes(body, tree)) {
    const parsed = parseNote(markdown);
    const kind = ({ full: "CITATION", ibid: "IBID", short: "SHORT_FORM", unparsed: "NOTE" } as const)[parsed.kind];
    const note: ResolvedFootnote = {
      number,
      kind,
      label,
      text: markdown,
      pages: null,
      source: null,
      refersToNumber: null,
      style: null,
      confidence: null,
      review: null,
    };
    if (parsed.kind === "full") {
      note.source = { ...parsed.source, key: sourceKey(parsed.source) };
      note.pages = parsed.pages;
      note.style = parsed.style;
      note.confidence = parsed.confidence;
    } else if (parsed.kind === "ibid") {
      note.pages = parsed.pages;
      const previous = resolved.at(-1);
      if (previous) {
        // A repeat of a repeat repeats what that one repeated.
        note.refersToNumber = previous.kind === "IBID" || previous.kind === "SHORT_FORM" ? (previous.refersToNumber ?? previous.number) : previous.number;
        note.source = previous.source;
      } else note.review = "Ibid. in the first note: there is no note before it to repeat";
    } else if (parsed.kind === "short") {
      note.pages = parsed.pages;
      const target = [parsed, ...parsed.alternatives]
        .map((reading) => fullCitationFor(resolved, reading.surname, reading.shortTitle, parsed.year))
        .find((found) => found !== null) ?? null;
      if (target) {
        note.source = target.source;
        note.refersToNumber = target.number;
      } else note.review = "a short form of a work that no earlier note cites in full";
    } else note.review = parsed.review;
    resolved.push(note);
  }
  return resolved;
}

/** The fields of a Source that notes give, and editors may correct. */
export const SOURCE_FIELDS = [
  "kind",
  "authors",
  "authorRole",
  "editors",
  "translators",
  "title",
  "container",
  "volume",
  "issue",
  "edition",
  "publisher",
  "place",
  "year",
  "url",
] as const;
/** The fields as the Source row stores them: the name lists as JSON arrays. */
function stored(fields: Pick<ParsedSource, (typeof SOURCE_FIELDS)[number]>) {
  return {
    ...fields,
    authors: JSON.stringify(fields.authors ?? []),
    editors: JSON.stringify(fields.editors ?? []),
    translators: JSON.stringify(fields.translators ?? []),
  };
}
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
  for (const field of ["container", "volume", "issue", "edition", "publisher", "place", "year", "url"] as const) {
    Object.assign(fields, { [field]: counted.map((c) => c.citation[field]).find((value) => value !== null && value !== undefined) ?? null });
  }
  for (const field of ["editors", "translators"] as const) {
    fields[field] = counted.map((c) => c.citation[field]).find((names) => Array.isArray(names) && names.length > 0) ?? [];
  }
  fields.authorRole ??= "AUTHOR";
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
    const next = stored(fields);
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

/** The Source row a citation files under: by its key, or by an alias a merge left; created when there is none. */
async function sourceIdFor(tx: TransactionClient, source: ResolvedSource): Promise<number> {
  const alias = await tx.sourceAlias.findUnique({ where: { key: source.key }, select: { sourceId: true } });
  if (alias) return alias.sourceId;
  const { key, ...fields } = source;
  const row = await tx.source.upsert({
    where: { key },
    create: { key, ...stored(fields) },
    update: {},
    select: { id: true },
  });
  return row.id;
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
    sourceIds.set(source.key, await sourceIdFor(tx, source));
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
        style: note.style,
        confidence: note.confidence,
        needsReview: note.review !== null,
        reviewReason: note.review,
        sourceId: note.source ? sourceIds.get(note.source.key)! : null,
        refersToId: note.refersToNumber === null ? null : (footnoteIds.get(note.refersToNumber) ?? null),
      },
      select: { id: true },
    });
    footnoteIds.set(note.number, row.id);
  }
  await refreshSources(tx, [...previous, ...sourceIds.values()]);
}
