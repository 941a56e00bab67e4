import { createHash } from "node:crypto";
import { CJK, regularize } from "./citations/flat.js";
import { parseNote } from "./citations/parse-note.js";
import type { CitationStyle, ParsedSource } from "./citations/types.js";
import type { Root as MdastRoot } from "mdast";
import { extractFootnotes } from "./markdown.js";
import { normalizeForMatching, sourceKey, surnameOf } from "./sources.js";

// A post's notes as Colloquy reads them: numbered, each citation resolved to
// the work it cites, and every "Ibid." or short-form note tied to the note that
// holds its full citation. Storing them is domain/footnotes.ts's.

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
  // A romanized East Asian name is printed family name first ("Fei Xiaotong", short form "Fei").
  const firstWords = names.map((name) => normalizeForMatching(name).split(" ")[0] ?? "");
  // A CJK name is one word, family name first: "萨曼" is the family name of "萨曼史蒂芬".
  // A work without an author is named by its title alone: "“Elinor Ostrom – Facts.”"
  if (!byline.trim()) return shortTitle.length > 0 && normalizeForMatching(source.title).startsWith(normalizeForMatching(shortTitle));
  const named = (surname: string) =>
    authorSurnames.some((author) => author === surname || (CJK.test(surname) && author.startsWith(surname))) || (!CJK.test(surname) && firstWords.includes(surname));
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
        // It repeats the note before it, whatever that note is: a full citation, a short form, another Ibid., or a note with no source.
        note.refersToNumber = previous.number;
        note.source = previous.source;
      } else note.review = "Ibid. in the first note: there is no note before it to repeat";
    } else if (parsed.kind === "short") {
      note.pages = parsed.pages;
      for (const reading of [parsed, ...parsed.alternatives]) {
        const target = fullCitationFor(resolved, reading.surname, reading.shortTitle, reading.year === undefined ? parsed.year : reading.year);
        if (!target) continue;
        note.source = target.source;
        note.refersToNumber = target.number;
        if (reading.pages !== undefined) note.pages = reading.pages;
        break;
      }
      if (note.refersToNumber === null) note.review = "a short form of a work that no earlier note cites in full";
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
export type SourceField = (typeof SOURCE_FIELDS)[number];
type SourceFields = Pick<ParsedSource, SourceField>;

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
  // A title cited without its subtitle by the first note and with it by another is the whole title: "Governing the Commons: The Evolution …".
  const fuller = counted.map((c) => c.citation.title).find((title) => title.length > first.title.length && normalizeForMatching(title).startsWith(`${normalizeForMatching(first.title)} `) && /[:：]/.test(title.slice(first.title.length, first.title.length + 3)));
  if (fuller) fields.title = fuller;
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

/** A note's text as an editor's attachment identifies it: the same text, however it is spaced, in the same post. */
export function noteTextHash(text: string): string {
  return createHash("sha256").update(regularize(text)).digest("hex");
}
