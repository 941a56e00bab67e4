import { flattenNote, plain, type FlatNote } from "./flat.js";
import { parseMlaByline } from "./names.js";
import { readAuthorDateAt } from "./author-date.js";
import { looksFull, readChicagoAt } from "./chicago.js";
import { readChineseAt } from "./chinese.js";
import { readMlaAt } from "./mla.js";
import { readIbidAt, readShortAt } from "./repeats.js";
import { CONFIDENT, type Candidate, type ParsedNote } from "./types.js";

// What one footnote cites. Every style reader proposes what it can read at
// each place a citation may begin, with a confidence; the most confident
// proposal wins if it is confident enough. Otherwise the note is kept as it is,
// and, if it looked like a citation, flagged for an editor's review: a wrong
// Source is worse than none.

export type Reader = (note: FlatNote, start: number) => Candidate | null;

/**
 * Raised whenever the parser reads notes differently: notes read by an older
 * version are read again in the background once the server listens, and by
 * `npm run footnotes:reparse`.
 */
export const PARSER_VERSION = 3;

const MAX_SENTENCE_STARTS = 12;
/**
 * Where a citation may start, at most: each start costs a pass over the note,
 * so the parser's work stays linear in the note's length however many lead-ins
 * it holds. The earliest starts are the ones tried; a citation comes early in
 * its note, and commentary with dozens of "see"s is not a citation.
 */
export const MAX_CITATION_STARTS = 24;

/** Where a citation may begin: the start, after "See", "Cf." and the like, or after a sentence; the first MAX_CITATION_STARTS of them. */
function citationStarts(text: string): number[] {
  // A number the writer set before the note, as a reference list numbers its entries: "①", "[1]", "(3)".
  const numbered = /^(?:[\u2460-\u2473\u2776-\u277F]|\[\d{1,3}\]|\(\d{1,3}\))\s*/u.exec(text);
  const starts = new Set([numbered ? numbered[0].length : 0]);
  const leadIns =
    /(?<=^|[\s(])(?:see(?:\s+(?:also|especially|further|generally|for example|e\.g\.))?,?|cf\.|compare|contra|quoted in|cited in|reprinted in|e\.g\.,?|参见|参看|见|转引自)\s*/giu;
  for (const match of text.matchAll(leadIns)) {
    if (starts.size >= MAX_CITATION_STARTS) break;
    starts.add(match.index + match[0].length);
  }
  // A long essay-like note gets its first sentences tried, not all.
  let sentences = 0;
  const inAbbreviation = new Set([...text.matchAll(/\b(?:e\.g|i\.e)\./gi)].flatMap((m) => [m.index + 1, m.index + 3]));
  for (const match of text.matchAll(/[.!?;。；]\s*/g)) {
    // Not after an initial or an abbreviation ("C. B. Macpherson", "trans. and ed."): no sentence ends there.
    // Nor inside "e.g." or "i.e.".
    if (inAbbreviation.has(match.index)) continue;
    if (match[0].startsWith(".") && /(?:^|[\s(])(?:\p{Lu}|trans|ed|eds|vol|vols|no|nos|repr|rev|al|p|pp|n|nn|chap|sec|ff|e\.g|i\.e|cf|viz|esp|etc)$/u.test(text.slice(Math.max(0, match.index - 8), match.index))) continue;
    if (++sentences > MAX_SENTENCE_STARTS) break;
    starts.add(match.index + match[0].length);
  }
  return [...starts].filter((start) => start < text.length).sort((a, b) => a - b).slice(0, MAX_CITATION_STARTS);
}

/** How much work parsing a note took: the places a citation was looked for. */
export interface NoteParseStats {
  starts: number;
}

const READERS: Reader[] = [readChicagoAt, readAuthorDateAt, readMlaAt, readChineseAt];

/**
 * A bibliography entry names its author inverted, as a sentence of its own,
 * before a work the readers then find without one: "Swidler, Ann. “Culture in
 * Action.” American Sociological Review 51, no. 2 (1986): 273–86." The byline
 * is the work's; without it, an unnamed work after a sentence stays doubtful.
 */
function withBibliographyByline(note: FlatNote, start: number, candidate: Candidate): Candidate {
  const before = plain(note.text.slice(0, start)).trim();
  if (!/\.$/.test(before) || /\b(?:see|cf)\b/i.test(before)) return candidate;
  const byline = parseMlaByline(before);
  if (!byline) return candidate;
  const source = { ...candidate.source, authors: byline.names, authorRole: byline.role, editors: byline.role === "EDITOR" ? [...byline.names] : candidate.source.editors };
  return { ...candidate, source, confidence: Math.min(0.95, candidate.confidence + 0.15) };
}

/** What one footnote's Markdown cites. */
export function parseNote(markdown: string, stats?: NoteParseStats): ParsedNote {
  const note = flattenNote(markdown);
  let best: Candidate | null = null;
  let short: ParsedNote | null = null;
  for (const start of citationStarts(note.text)) {
    if (stats) stats.starts += 1;
    const ibid = readIbidAt(note, start);
    if (ibid) return ibid;
    for (const read of READERS) {
      let candidate = read(note, start);
      if (candidate && start > 0 && candidate.source.authors.length === 0) candidate = withBibliographyByline(note, start, candidate);
      if (candidate && (!best || candidate.confidence > best.confidence)) best = candidate;
    }
    if (best && best.confidence >= CONFIDENT) break;
    short ??= readShortAt(note, start);
  }
  if (best && best.confidence >= CONFIDENT) return { kind: "full", source: best.source, pages: best.pages, style: best.style, confidence: best.confidence };
  // A full citation is never taken for a short form: publication facts or a journal's volume and year make it full.
  const full = looksFull(plain(note.text));
  if (short && !full) return short;
  if (best) return { kind: "unparsed", review: `read as a ${best.source.kind.toLowerCase().replace("_", " ")} with too little confidence (${best.confidence.toFixed(2)})` };
  if (full) return { kind: "unparsed", review: "holds publication facts, but could not be read as a citation" };
  return { kind: "unparsed", review: null };
}
