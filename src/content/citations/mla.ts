import { ITALIC_OPEN, LINK_OPEN, linkFrom, plain, type FlatNote } from "./flat.js";
import { DATE, firstYear, normalizePages } from "./locators.js";
import { parseMlaByline, parseNaturalByline } from "./names.js";
import { sentences } from "./sentences.js";
import { emptySource, type Candidate, type ParsedSource } from "./types.js";

// MLA 9 entries, as writers put them in notes:
//   Ostrom, Elinor. Governing the Commons: The Evolution of Institutions for Collective Action. Cambridge UP, 1990.
//   Hess, Charlotte, and Elinor Ostrom, editors. Understanding Knowledge as a Commons. MIT P, 2007.
//   Hardin, Garrett. "The Tragedy of the Commons." Science, vol. 162, no. 3859, 1968, pp. 1243–48.
//   Hess, Charlotte. "Mapping the New Commons." Understanding Knowledge as a Commons, edited by Charlotte Hess and Elinor Ostrom, MIT P, 2007, pp. 3–26.
//   Orlean, Susan. "Lessons from an Old Dog." Medium, 15 July 2021, susanorlean.medium.com/….
// Chicago's bibliography entries have the same shape with "Place: Publisher, Year", and are read here too.

const QUOTED = /^["“](.+?)[,.]?["”]$/;

function readAt(note: FlatNote, start: number): Candidate | null {
  const text = note.text.slice(start);
  const parts = sentences(text);
  if (parts.length < 3) return null;
  const byline = parseMlaByline(plain(parts[0]!));
  if (!byline) return null;
  const titlePart = parts[1]!.trim();
  const quoted = QUOTED.exec(plain(titlePart));
  const italic = titlePart.startsWith(ITALIC_OPEN);
  const title = plain(quoted ? quoted[1]! : titlePart).replace(/[.]$/, "").trim();
  if (!title) return null;
  const rest = parts.slice(2).join(" ");
  const url = rest.includes(LINK_OPEN) ? linkFrom(note, start + text.length - rest.length) : null;
  const elements = plain(rest.replace(/\uE002[^\uE003]*\uE003/g, ""))
    .replace(/\.\s*Accessed\s+[^.]*\.?$/i, "")
    .replace(/[.,\s]+$/, "")
    .split(/,\s+/)
    .map((element) => element.trim())
    .filter(Boolean);

  const source: ParsedSource = { ...emptySource("BOOK"), authors: byline.names, authorRole: byline.role, title, url };
  if (byline.role === "EDITOR") source.editors = [...byline.names];
  let pages: string | null = null;
  let container: string | null = null;
  let publisher: string | null = null;
  let place: string | null = null;
  let dated = false;
  for (const [index, element] of elements.entries()) {
    let match: RegExpExecArray | null;
    if ((match = /^(?:edited by|ed\.)\s+(.+)$/i.exec(element))) source.editors.push(...(parseNaturalByline(match[1]!)?.names ?? [match[1]!]));
    else if ((match = /^(?:translated by|trans\.)\s+(.+)$/i.exec(element))) source.translators.push(...(parseNaturalByline(match[1]!)?.names ?? [match[1]!]));
    else if ((match = /^vol\.\s*(\S+)$/i.exec(element))) source.volume = match[1]!;
    else if ((match = /^no\.\s*(\S+)$/i.exec(element))) source.issue = match[1]!;
    else if ((match = /^pp?\.\s*(.+)$/i.exec(element))) pages = normalizePages(match[1]!);
    else if ((match = /^(\d+(?:st|nd|rd|th)|rev\.)\s+ed\.?$/i.exec(element))) source.edition = match[1]!;
    else if (new RegExp(`^(?:${DATE}|\\d{1,2}\\s+\\S+\\s+\\d{4}|(?:\\S+\\s+)?\\d{4})$`).test(element) && firstYear(element) !== null) {
      source.year = firstYear(element);
      dated = true;
    } else if (index === 0 && (quoted || !italic) && !container && quoted) container = element;
    else if (!publisher && !dated) {
      const placed = /^([^:]+):\s*(.+)$/.exec(element);
      place = placed ? placed[1]!.trim() : null;
      publisher = placed ? placed[2]!.trim() : element;
    } else if (!container) container = element;
    else return null;
  }
  if (source.year === null) return null;
  if (quoted) {
    source.container = container;
    source.kind = source.volume || source.issue ? "ARTICLE" : source.editors.length && publisher ? "CHAPTER" : url && !pages ? "WEB_PAGE" : "ARTICLE";
    if (source.kind === "CHAPTER" || source.kind === "WEB_PAGE") source.publisher = source.kind === "CHAPTER" ? publisher : null;
    if (source.kind === "WEB_PAGE" && !source.container) source.container = publisher;
    if (!source.container) return null;
  } else {
    source.publisher = publisher;
    source.place = place;
    if (!publisher) return null;
  }
  const confidence = (quoted || italic ? 0.88 : 0.8) - (elements.length > 8 ? 0.2 : 0);
  return { source, pages, style: place ? "CHICAGO" : "MLA", confidence };
}

export function readMlaAt(note: FlatNote, start: number): Candidate | null {
  return readAt(note, start);
}
