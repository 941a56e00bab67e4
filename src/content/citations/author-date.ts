import { ITALIC_CLOSE, ITALIC_OPEN, LINK_OPEN, linkFrom, plain, type FlatNote } from "./flat.js";
import { normalizePages, YEAR_SOURCE } from "./locators.js";
import { parseInvertedByline, parseNaturalByline } from "./names.js";
import { sentences } from "./sentences.js";
import { emptySource, type Candidate, type ParsedSource } from "./types.js";

// Author–date references, APA 7 and Harvard (Cite Them Right), written out in
// a note as they would be in a reference list:
//   Ostrom, E. (1990). Governing the commons: The evolution of institutions for collective action. Cambridge University Press.
//   Hardin, G. (1968). The tragedy of the commons. Science, 162(3859), 1243–1248. https://doi.org/…
//   Hess, C. (2007). Mapping the new commons. In C. Hess & E. Ostrom (Eds.), Understanding knowledge as a commons (pp. 3–26). MIT Press.
//   Ostrom, E. (1990) Governing the commons. Cambridge: Cambridge University Press.
//   Hardin, G. (1968) 'The tragedy of the commons', Science, 162(3859), pp. 1243–1248.
// The byline is inverted ("Family, I."), and the year in parentheses follows it.

const HEAD = new RegExp(`^(.+?)\\s*\\((${YEAR_SOURCE})[a-z]?(?:,\\s*([^)]*))?\\)\\.?\\s+(.+)$`, "u");

const strip = (text: string) => plain(text).replace(/[.,]\s*$/, "").trim();

/** A title as written between its sentence marks, italic or quoted or plain, and its edition: "Title (5th ed.)". */
function titleOf(text: string): { title: string; edition: string | null } {
  const edition = /\s*\((\d+(?:st|nd|rd|th)|Rev\.|rev\.)\s+ed\.?\)\s*$/.exec(plain(text));
  const title = strip(edition ? plain(text).slice(0, edition.index) : text).replace(/^['‘"“]|['’"”]$/g, "");
  return { title, edition: edition ? edition[1]!.replace(/^Rev\.$/, "rev.") : null };
}

const JOURNAL = /^(.+?),\s*(\d+)\s*(?:\(([^)]+)\))?\s*(?:,\s*(?:pp?\.\s*)?([\divxlc]+(?:\s*[–—-]\s*[\divxlc]+)?|e\d+|Article\s+\S+))?\s*\.?$/u;

function readAt(note: FlatNote, start: number): Candidate | null {
  const text = note.text.slice(start);
  const head = HEAD.exec(text);
  if (!head) return null;
  const byline = parseInvertedByline(head[1]!);
  if (!byline) return null;
  const year = Number(head[2]);
  const body = head[4]!;
  const url = body.includes(LINK_OPEN) ? linkFrom(note, start + text.length - body.length) : null;
  // The reference without its url or DOI and what announces it.
  const withoutUrl = body.replace(/\s*(?:Available at:\s*|Retrieved from\s*|doi:\s*)?\uE002[^\uE003]*\uE003.*$/i, "").trim();
  const source: ParsedSource = { ...emptySource("BOOK"), authors: byline.names, authorRole: byline.role, year, url };
  if (byline.role === "EDITOR") source.editors = [...byline.names];
  let pages: string | null = null;
  let confidence = 0.85;

  // Harvard quotes the titles of articles and chapters: 'Title', Journal, 12(3), pp. 4–5.
  const quoted = /^['‘"“](.+?)[,.]?['’"”],?\s+(.*)$/.exec(withoutUrl);
  const parts = quoted ? [quoted[1]!, quoted[2]!] : sentences(withoutUrl);
  if (parts.length === 0) return null;
  const { title, edition } = titleOf(parts[0]!);
  source.title = title;
  source.edition = edition;
  const rest = parts.slice(1).join(" ").trim();

  const chapter = /^in:?\s+(.+?)\s+\((?:eds?\.?|Eds?\.?)\)[.,]?\s+(.+)$/i.exec(rest);
  const journal = JOURNAL.exec(plain(rest));
  if (chapter) {
    // In C. Hess & E. Ostrom (Eds.), Book title (pp. 3–26). Publisher.   /   in Hess, C. and Ostrom, E. (eds) Book. Place: Publisher, pp. 3–26.
    const editorsText = chapter[1]!.replace(/\s*&\s*|\s+and\s+/g, ", ");
    // APA prints the volume's editors in natural order ("C. Hess & E. Ostrom"), Harvard inverted ("Hess, C. and Ostrom, E.").
    const editors =
      parseNaturalByline(chapter[1]!)?.names ?? parseInvertedByline(chapter[1]!)?.names ?? editorsText.split(/\s*,\s*/).filter((name) => /\p{L}/u.test(name));
    const after = chapter[2]!;
    const pp = /\((?:[^)]*?,\s*)?pp?\.\s*([^)]+)\)/.exec(after) ?? /,\s*pp?\.\s*([\d–—-]+)\.?$/.exec(after);
    const book = after.replace(/\s*\((?:[^)]*?,\s*)?pp?\.\s*[^)]+\)/, "").replace(/,\s*pp?\.\s*[\d–—-]+\.?$/, "");
    const [containerText, ...publisherParts] = sentences(book);
    source.kind = "CHAPTER";
    source.editors = editors;
    source.container = strip(containerText ?? "");
    const publisher = strip(publisherParts.join(" "));
    const placed = /^([^:]+):\s*(.+)$/.exec(publisher);
    source.place = placed ? placed[1]!.trim() : null;
    source.publisher = (placed ? placed[2]! : publisher) || null;
    pages = pp ? normalizePages(pp[1]!.trim()) : null;
    confidence = source.container && source.publisher ? 0.88 : 0.72;
  } else if (journal && !/[:]/.test(journal[1]!.slice(-2))) {
    source.kind = "ARTICLE";
    source.container = strip(journal[1]!);
    source.volume = journal[2]!;
    source.issue = journal[3] ?? null;
    pages = journal[4] ? normalizePages(journal[4]) : null;
    confidence = 0.9;
  } else if (rest) {
    // A book's publisher, with its place in Harvard ("Cambridge: Cambridge University Press"); a web page's site.
    const publisher = strip(rest.replace(/\(Accessed:?[^)]*\)/i, ""));
    const placed = /^([^:]+):\s*(.+)$/.exec(publisher);
    if (url && !/\b(?:Press|Publishers?|Books|Verlag|Éditions|UP)\b/.test(publisher)) {
      source.kind = "WEB_PAGE";
      source.container = publisher || null;
      confidence = 0.8;
    } else {
      source.place = placed ? placed[1]!.trim() : null;
      source.publisher = (placed ? placed[2]! : publisher) || null;
      confidence = source.publisher ? 0.87 : 0.7;
    }
  } else if (url) {
    source.kind = "WEB_PAGE";
    confidence = 0.75;
  } else return null;

  // The italic title of a book, or the italic journal of an article, confirms the reading.
  if (note.text.slice(start).includes(ITALIC_OPEN) && note.text.slice(start).includes(ITALIC_CLOSE)) confidence = Math.min(0.95, confidence + 0.03);
  if (!source.title || source.title.length > 300) return null;
  return { source, pages, style: "AUTHOR_DATE", confidence };
}

export function readAuthorDateAt(note: FlatNote, start: number): Candidate | null {
  return readAt(note, start);
}
