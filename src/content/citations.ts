import type { Nodes } from "mdast";
import { parseMarkdown } from "./markdown.js";

// Chicago-style notes (notes and bibliography) read into structured citations.
// Remark reads the Markdown, so italics and links come from its tree; this file
// only knows the citation grammar. Anything it does not recognize is reported as
// unparsed rather than guessed at: a wrong Source is worse than none.

export type SourceKindName = "BOOK" | "ARTICLE" | "CHAPTER" | "WEB_PAGE";

export interface ParsedSource {
  kind: SourceKindName;
  /** As printed; editors stand in for authors when a book has none. */
  authors: string[];
  title: string;
  /** Journal, magazine, website, or the edited volume holding a chapter. */
  container: string | null;
  volume: string | null;
  issue: string | null;
  publisher: string | null;
  place: string | null;
  year: number | null;
  url: string | null;
}

export type ParsedNote =
  | { kind: "full"; source: ParsedSource; pages: string | null }
  | { kind: "ibid"; pages: string | null }
  /** `surname` is the byline as written, e.g. "Ostrom" or "Hess and Ostrom"; `shortTitle` is empty when the note gives none. */
  | { kind: "short"; surname: string; shortTitle: string; pages: string | null }
  | { kind: "unparsed" };

// The note is flattened to one line of text in which these private-use
// characters mark where remark found italics and links; any in the note itself
// are dropped first.
const ITALIC_OPEN = "\uE000";
const ITALIC_CLOSE = "\uE001";
const LINK_OPEN = "\uE002";
const LINK_CLOSE = "\uE003";
const MARKERS = /[\uE000-\uE003]/g;

interface FlatNote {
  text: string;
  /** The url of each LINK_OPEN in `text`, in order; null for a link that is not a web address. */
  urls: (string | null)[];
}

const BLOCKS = new Set(["root", "paragraph", "heading", "blockquote", "list", "listItem", "footnoteDefinition", "table", "tableRow"]);

function flattenNote(markdown: string): FlatNote {
  const urls: (string | null)[] = [];
  const walk = (node: Nodes, inItalic: boolean): string => {
    switch (node.type) {
      case "text":
      case "inlineCode":
        return node.value.replace(MARKERS, "");
      case "break":
        return " ";
      case "html":
      case "footnoteReference":
        return "";
      case "emphasis": {
        const inner = node.children.map((child) => walk(child, true)).join("");
        // A title inside an italic title is set in roman; it is still part of the outer title.
        return inItalic ? inner : ITALIC_OPEN + inner + ITALIC_CLOSE;
      }
      case "link":
        urls.push(webUrl(node.url));
        return LINK_OPEN + node.children.map((child) => walk(child, inItalic)).join("") + LINK_CLOSE;
      default:
        if (!("children" in node)) return "value" in node ? String(node.value) : "";
        return node.children.map((child) => walk(child, inItalic)).join(BLOCKS.has(node.type) ? " " : "");
    }
  };
  return { text: walk(parseMarkdown(markdown), false).replace(/\s+/g, " ").trim(), urls };
}

/**
 * `url` if it is an http(s) address, else null. A source's url is served as is
 * and clients link to it, so a `javascript:` or `data:` link in a note must
 * never become one; the URL parser reads the scheme as a browser would.
 */
function webUrl(url: string): string | null {
  try {
    const { protocol } = new URL(url);
    return protocol === "http:" || protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

function plain(text: string): string {
  return text.replace(MARKERS, "").replace(/\s+/g, " ").trim();
}

/** The url of the first link at or after `index`. */
function linkFrom(note: FlatNote, index: number): string | null {
  let ordinal = 0;
  for (let i = 0; i < note.text.length; i++) {
    if (note.text[i] !== LINK_OPEN) continue;
    if (i >= index) return note.urls[ordinal] ?? null;
    ordinal++;
  }
  return null;
}

// ---------------------------------------------------------------------------
// Pages, dates and years

const ROMAN = "(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})";
const PAGE_NUMBER = `(?:\\d+[a-z]?|${ROMAN})`;
const NOTE_NUMBER = "nn?\\.?\\s*\\d+(?:\\s*(?:--|[–-])\\s*\\d+)?";
const PAGE_ITEM =
  `(?:(?:chaps?\\.|ch\\.|secs?\\.|§+|paras?\\.|loc\\.)\\s*)?` +
  `(?:nn?\\.\\s*\\d+|${PAGE_NUMBER}(?:\\s*(?:--|[–—-])\\s*${PAGE_NUMBER})?(?:\\s*${NOTE_NUMBER})?(?:\\s*ff?\\.|\\s+passim)?)` +
  `(?![\\p{L}\\p{N}])`;
const PAGES = new RegExp(`^(?:(?:pp?\\.|pages?|at)\\s*)?(${PAGE_ITEM}(?:\\s*(?:,|and|&)\\s*${PAGE_ITEM})*)`, "u");

/** Hyphenated ranges get the en dash a printed note would use. */
function normalizePages(pages: string): string {
  return pages.replace(/(?<=[\divxlc])\s*(?:--|-|–)\s*(?=[\divxlc])/g, "–").replace(/\s+/g, " ");
}

/** Page locators at the start of `text`, and what follows them. */
function leadingPages(text: string): { pages: string; rest: string } | null {
  const match = PAGES.exec(text);
  if (!match) return null;
  const rest = text.slice(match[0].length);
  if (rest && !/^[\s.,;:)\]\uE001]/.test(rest)) return null;
  return { pages: normalizePages(match[1]!), rest };
}

const MONTH =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|" +
  "Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
const SEASON = "(?:Spring|Summer|Fall|Autumn|Winter)";
const DATE = `(?:${MONTH}\\s+\\d{1,2},\\s*\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4}|(?:${MONTH}|${SEASON})\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})`;
const YEAR = /\b(1[4-9]\d\d|20\d\d)\b/g;

function firstYear(text: string): number | null {
  const match = text.match(YEAR);
  return match ? Number(match[0]) : null;
}

// ---------------------------------------------------------------------------
// Names

const PARTICLES = new Set([
  "de", "del", "della", "der", "den", "di", "da", "du", "des", "la", "le", "van", "von", "y", "bin", "ibn", "ten", "ter",
  "of", "the", "for", "and", "on", "in", "&",
]);
const ORGANIZATION_WORDS = new Set(["of", "the", "for", "on", "in"]);
const NAME_SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;
/** Words that open commentary, never a name. */
const LEAD_WORDS = new Set([
  "see", "cf", "cf.", "compare", "contra", "also", "quoted", "cited", "on", "for", "in", "as", "but", "however",
  "similarly", "e.g.", "e.g.,", "here", "again", "thus", "this", "that", "my", "our", "i",
]);

function isNameWord(word: string): boolean {
  if (/\d/.test(word)) return false;
  return /^\p{Lu}/u.test(word) || PARTICLES.has(word.toLowerCase()) || /^(?:d['’]|al-|el-)\p{L}/u.test(word);
}

function isName(name: string, maxWords: number): boolean {
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > maxWords) return false;
  if (LEAD_WORDS.has(words[0]!.toLowerCase())) return false;
  return words.every(isNameWord);
}

const ORGANIZATION =
  /^The\s|\b(?:Library|Museum|University|College|Institute|Foundation|Association|Society|Organi[sz]ation|Council|Department|Agency|Commission|Center|Centre|Office|Bureau|Trust|Project|Archives?|Committee|Ministry|Press)\b/;

function isOrganization(name: string): boolean {
  return ORGANIZATION.test(name);
}

/** "A and B", "A, B, and C", with "et al." and an editors' "eds." dropped; null when it is not a byline. */
function parseByline(byline: string, maxWordsPerName = 8): string[] | null {
  const text = byline
    .trim()
    .replace(/,?\s*\(?eds?\.\)?$/i, "")
    .replace(/,?\s*et\s+al\.?$/i, "")
    .trim();
  if (!text || /[()\uE000-\uE003“”"]/.test(text)) return null;
  const pieces: string[] = [];
  for (const piece of text.split(/\s*,\s*/)) {
    if (NAME_SUFFIX.test(piece) && pieces.length) pieces[pieces.length - 1] += `, ${piece}`;
    else pieces.push(piece.replace(/^(?:and|&)\s+/i, ""));
  }
  const names = pieces.flatMap((piece) => {
    const parts = piece.split(/\s+(?:and|&)\s+/);
    // "Food and Agriculture Organization" is one organization, "Charlotte Hess and Elinor Ostrom" two people.
    const people = parts.length > 1 && parts.every((part) => {
      const words = part.split(/\s+/);
      return words.length >= 2 && !words.some((w) => ORGANIZATION_WORDS.has(w.toLowerCase()));
    });
    return people ? parts : [piece];
  });
  return names.every((name) => isName(name, maxWordsPerName)) ? names : null;
}

// ---------------------------------------------------------------------------
// Titles

interface TitleOpening {
  index: number;
  mark: string;
}

function findTitleOpening(text: string, from: number): TitleOpening | null {
  for (let i = from; i < text.length; i++) {
    const mark = text[i]!;
    if (mark === ITALIC_OPEN || mark === "“") return { index: i, mark };
    if ((mark === '"' || mark === "‘" || mark === "'") && (i === from || /[\s(]/.test(text[i - 1]!))) return { index: i, mark };
  }
  return null;
}

interface Title {
  text: string;
  italic: boolean;
  /** Index just after the closing mark. */
  end: number;
}

function readTitle(text: string, opening: TitleOpening): Title | null {
  let close: number;
  if (opening.mark === ITALIC_OPEN) {
    close = text.indexOf(ITALIC_CLOSE, opening.index + 1);
  } else {
    const closers = opening.mark === "“" || opening.mark === '"' ? "”\"" : "’'";
    close = -1;
    for (let i = opening.index + 1; i < text.length; i++) {
      // An apostrophe inside a word ("Hardin’s") does not close a quotation.
      if (closers.includes(text[i]!) && !/[\p{L}\p{N}]/u.test(text[i + 1] ?? "")) {
        close = i;
        break;
      }
    }
  }
  if (close < 0) return null;
  const title = plain(text.slice(opening.index + 1, close))
    .replace(/,$/, "")
    .replace(/(?<!\b\p{Lu})\.$/u, "")
    .trim();
  return title ? { text: title, italic: opening.mark === ITALIC_OPEN, end: close + 1 } : null;
}

/** An italic name at the start of `text` (after spaces or a comma), e.g. a journal or a volume. */
function readItalic(text: string): { name: string; rest: string } | null {
  const match = /^[\s,]*\uE000([^\uE001]*)\uE001/.exec(text);
  return match ? { name: plain(match[1]!).replace(/,$/, ""), rest: text.slice(match[0].length) } : null;
}

// ---------------------------------------------------------------------------
// What follows the title

interface Imprint {
  place: string | null;
  publisher: string | null;
  year: number | null;
}

/** "(Place: Publisher, Year)", or any part of it; the last ";" part names the edition actually cited. */
function parseImprint(inside: string): Imprint | null {
  const cited = inside
    .replace(/\[[^\]]*\]/g, "")
    .split(";")
    .at(-1)!
    .replace(/^\s*(?:repr(?:int)?\.?|reprinted|reissued)[,:]?\s*/i, "")
    .trim();
  const years = [...cited.matchAll(YEAR)];
  const undated = /\b(?:n\.\s?d\.|forthcoming|in press)/i.exec(cited);
  const year = years.at(-1);
  if (!year && !undated) return null;
  const imprint = cited.slice(0, (year ?? undated)!.index).replace(/[\s,]+$/, "").trim();
  const colon = imprint.indexOf(":");
  return {
    place: colon >= 0 ? imprint.slice(0, colon).trim() || null : null,
    publisher: (colon >= 0 ? imprint.slice(colon + 1) : imprint).trim() || null,
    year: year ? Number(year[0]) : null,
  };
}

const BOOK_DETAILS =
  /^(?:(?:ed|eds|trans|comp|rev|repr|vol|vols|bk|pt|intro|abr)\.|edited|translated|compiled|with|introduction|foreword|afterword|\d+(?:st|nd|rd|th)\s+ed|\d+\s+vols|[\p{L}.]+\s+ed\.|[\p{L}.]+\s+edition)/iu;

interface Tail {
  pages: string | null;
  /** What follows the pages: perhaps a url, perhaps commentary. */
  rest: string;
}

/** The pages after a citation, e.g. ", 58–102" or ": 1244", and what follows them. */
function readPagesAndRest(text: string, pageSeparator: RegExp): Tail {
  const separator = pageSeparator.exec(text);
  const found = separator ? leadingPages(text.slice(separator[0].length)) : null;
  return found ?? { pages: null, rest: text };
}

/** Editors, translator or edition, then "(Place: Publisher, Year)", then pages. */
function readPublicationTail(text: string): (Imprint & Tail) | null {
  const paren = text.indexOf("(");
  if (paren < 0) return null;
  const details = text.slice(0, paren).replace(/^[\s,]+/, "").trim();
  if (details && (!BOOK_DETAILS.test(details) || details.length > 200)) return null;
  const close = text.indexOf(")", paren);
  if (close < 0) return null;
  const imprint = parseImprint(text.slice(paren + 1, close));
  if (!imprint) return null;
  return { ...imprint, ...readPagesAndRest(text.slice(close + 1), /^\s*,\s*/) };
}

type Fields = Omit<ParsedSource, "authors" | "title">;

const NO_FIELDS: Fields = {
  kind: "BOOK",
  container: null,
  volume: null,
  issue: null,
  publisher: null,
  place: null,
  year: null,
  url: null,
};

function readBook(text: string): { fields: Fields; tail: Tail } | null {
  const tail = readPublicationTail(text);
  if (!tail) return null;
  const { place, publisher, year, pages, rest } = tail;
  return { fields: { ...NO_FIELDS, kind: "BOOK", place, publisher, year }, tail: { pages, rest } };
}

/** `in *Book Title*, ed. Editor (Place: Publisher, Year), pages` */
function readChapter(text: string): { fields: Fields; tail: Tail } | null {
  const opening = /^[\s,]*in\s+/i.exec(text);
  if (!opening) return null;
  const afterIn = text.slice(opening[0].length);
  let container = readItalic(afterIn);
  if (!container) {
    const end = afterIn.search(/,\s*(?:eds?\.|edited|trans\.|translated)|\s\(/);
    if (end <= 0) return null;
    container = { name: plain(afterIn.slice(0, end)), rest: afterIn.slice(end) };
  }
  const tail = readPublicationTail(container.rest);
  if (!tail) return null;
  const { place, publisher, year, pages, rest } = tail;
  return {
    fields: { ...NO_FIELDS, kind: "CHAPTER", container: container.name, place, publisher, year },
    tail: { pages, rest },
  };
}

const JOURNAL_NUMBERS = /^\s*(\d+|[IVXLC]+\b)?(?:,?\s*no\.\s*([^\s(,]+),?)?\s*\(([^)]*)\)/;

/** `*Journal* 162, no. 3859 (1968): 1244`, or a magazine's `*Journal*, March 5, 2012, 40`. */
function readArticle(text: string): { fields: Fields; tail: Tail } | null {
  let container = readItalic(text);
  let numbers = container ? JOURNAL_NUMBERS.exec(container.rest) : null;
  if (!container) {
    // A journal name left in roman type: everything up to its volume or issue number.
    const roman = /^[\s,]*([^,()\uE000-\uE003]+?)(?=\s+\d+\s*(?:,\s*no\.|\()|,\s*no\.\s)/.exec(text);
    if (roman) {
      container = { name: roman[1]!.trim(), rest: text.slice(roman[0].length) };
      numbers = JOURNAL_NUMBERS.exec(container.rest);
    }
  }
  if (container && numbers && (numbers[1] || numbers[2]) && firstYear(numbers[3]!) !== null) {
    return {
      fields: {
        ...NO_FIELDS,
        kind: "ARTICLE",
        container: container.name,
        volume: numbers[1] ?? null,
        issue: numbers[2] ?? null,
        year: firstYear(numbers[3]!),
      },
      tail: readPagesAndRest(container.rest.slice(numbers[0].length), /^\s*[:,]\s*/),
    };
  }
  if (container) {
    const dated = new RegExp(`^\\s*,\\s*(${DATE})`).exec(container.rest);
    if (dated) {
      return {
        fields: { ...NO_FIELDS, kind: "ARTICLE", container: container.name, year: firstYear(dated[1]!) },
        tail: readPagesAndRest(container.rest.slice(dated[0].length), /^\s*,\s*/),
      };
    }
  }
  return null;
}

const WEB_DATE_LABEL = "(?:accessed|last modified|modified|last updated|updated|published|posted|retrieved|viewed|consulted)";

/** `Site Name, accessed or published date, https://...` */
function readWebPage(note: FlatNote, text: string, offset: number): { fields: Fields; tail: Tail } | null {
  const url = linkFrom(note, offset);
  if (!url) return null;
  const link = text.indexOf(LINK_OPEN);
  const beforeLink = link >= 0 ? text.slice(0, link) : text;
  const siteEnd = beforeLink.search(new RegExp(`(?:^|,)\\s*(?:${WEB_DATE_LABEL}\\b|${DATE})|,?\\s*$`, "i"));
  const container =
    plain(beforeLink.slice(0, siteEnd))
      .replace(/^[,\s]+|[,\s.]+$/g, "")
      .replace(/\s*\(blog\)$/i, "") || null;
  // An access date says when the page was read, not when it was published.
  const dates = beforeLink
    .slice(siteEnd)
    .replace(new RegExp(`\\b(?:accessed|retrieved|viewed|consulted)(?:\\s+on)?\\s+(?:${DATE}|[^,]*)`, "gi"), "");
  const linkClose = link >= 0 ? text.indexOf(LINK_CLOSE, link) : -1;
  return {
    fields: { ...NO_FIELDS, kind: "WEB_PAGE", container, year: firstYear(dates), url },
    tail: { pages: null, rest: linkClose >= 0 ? text.slice(linkClose + 1) : "" },
  };
}

/** A DOI or url right after the citation proper: `…, 1244, https://doi.org/…`, perhaps after an access date. */
function trailingUrl(note: FlatNote, rest: string): string | null {
  const accessed = `${WEB_DATE_LABEL}(?:\\s+on)?\\s+(?:${DATE}|[^,]*),\\s*`;
  if (!new RegExp(`^\\s*[,.]?\\s*(?:${accessed})?(?:doi:\\s*)?${LINK_OPEN}`, "i").test(rest)) return null;
  return linkFrom(note, note.text.length - rest.length);
}

// ---------------------------------------------------------------------------
// The three kinds of note

const IBID = /^\uE000?\s*ibid(?:em)?(?!\p{L})\.?\s*\uE001?/iu;

function parseIbidAt(note: FlatNote, start: number): ParsedNote | null {
  const text = note.text.slice(start);
  const match = IBID.exec(text);
  if (!match) return null;
  const found = leadingPages(text.slice(match[0].length).replace(/^[\s.,;:]+/, ""));
  return { kind: "ibid", pages: found?.pages ?? null };
}

function parseFullAt(note: FlatNote, start: number): ParsedNote | null {
  const text = note.text;
  const opening = findTitleOpening(text, start);
  if (!opening) return null;
  const byline = text.slice(start, opening.index);
  if (byline && !/,\s*$/.test(byline)) return null;
  const authors = byline ? parseByline(byline.replace(/,\s*$/, "")) : [];
  if (!authors) return null;
  const title = readTitle(text, opening);
  if (!title) return null;
  const afterTitle = text.slice(title.end);

  const read = title.italic
    ? readBook(afterTitle)
    : (readChapter(afterTitle) ?? readArticle(afterTitle));
  // The page's own url may be the link on its title: “[Title](https://…),”.
  const found = read ?? readWebPage(note, afterTitle, opening.index);
  if (!found) return null;
  const url = found.fields.url ?? trailingUrl(note, found.tail.rest);
  // Chicago leaves out the site's name when the organization that wrote the page also runs the site.
  const container = found.fields.container ??
    (found.fields.kind === "WEB_PAGE" && authors.length === 1 && isOrganization(authors[0]!) ? authors[0]! : null);
  return {
    kind: "full",
    source: { ...found.fields, container, url, authors, title: title.text },
    pages: found.tail.pages,
  };
}

function parseShortAt(note: FlatNote, start: number): ParsedNote | null {
  const text = note.text.slice(start);
  const opening = findTitleOpening(text, 0);
  let byline: string;
  let shortTitle = "";
  let rest: string;
  if (opening) {
    byline = text.slice(0, opening.index);
    const title = readTitle(text, opening);
    if (!title) return null;
    shortTitle = title.text;
    rest = text.slice(title.end).replace(/^\s*,?\s*/, "");
  } else {
    // `Surname, Short Title, pages` in roman type, or just `Surname, pages`.
    const withTitle = /^([^,]+,\s+)([^,()\d]+?),\s+/.exec(text);
    const found = withTitle ? leadingPages(text.slice(withTitle[0].length)) : null;
    if (withTitle && found) {
      byline = withTitle[1]!;
      shortTitle = withTitle[2]!.trim();
      rest = text.slice(withTitle[0].length);
    } else {
      const comma = text.indexOf(", ");
      if (comma < 0) return null;
      byline = text.slice(0, comma + 1);
      rest = text.slice(comma + 2);
    }
  }
  if (!/,\s*$/.test(byline) || !parseByline(byline.replace(/,\s*$/, ""), 4)) return null;
  const found = leadingPages(rest);
  // Without pages or a title, "Name, something" is too loose to call a citation.
  if (!found && (!shortTitle || !/^(?:$|[.;])/.test(rest.trim()))) return null;
  return { kind: "short", surname: plain(byline).replace(/,$/, ""), shortTitle, pages: found?.pages ?? null };
}

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
  const starts = new Set([0]);
  const leadIns =
    /(?:^|[\s(])(?:see(?:\s+(?:also|especially|further|generally|for example))?|cf\.|compare|contra|quoted in|cited in|reprinted in|e\.g\.,?)\s+/gi;
  for (const match of text.matchAll(leadIns)) {
    if (starts.size >= MAX_CITATION_STARTS) break;
    starts.add(match.index + match[0].length);
  }
  // A long essay-like note gets its first sentences tried, not all.
  let sentences = 0;
  for (const match of text.matchAll(/[.!?;]\s+/g)) {
    if (++sentences > MAX_SENTENCE_STARTS) break;
    starts.add(match.index + match[0].length);
  }
  return [...starts].sort((a, b) => a - b).slice(0, MAX_CITATION_STARTS);
}

/** How much work parsing a note took: the places a citation was looked for. */
export interface NoteParseStats {
  starts: number;
}

/** What one footnote's Markdown cites. */
export function parseNote(markdown: string, stats?: NoteParseStats): ParsedNote {
  const note = flattenNote(markdown);
  for (const start of citationStarts(note.text)) {
    if (stats) stats.starts += 1;
    const parsed = parseIbidAt(note, start) ?? parseFullAt(note, start) ?? parseShortAt(note, start);
    if (parsed) return parsed;
  }
  return { kind: "unparsed" };
}
