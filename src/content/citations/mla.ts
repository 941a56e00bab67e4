import { ITALIC_CLOSE, ITALIC_OPEN, LINK_OPEN, linkFrom, plain, type FlatNote } from "./flat.js";
import { DATE, firstYear, normalizeEdition, normalizePages } from "./locators.js";
import { isPeriodicalName, parseMlaByline, parseNaturalByline } from "./names.js";
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

/** The entry's elements, split at commas, but not inside an italic title: "*Culture, Media, Language*, edited by …". */
function splitElements(text: string): string[] {
  const elements: string[] = [];
  let current = "";
  let italic = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === ITALIC_OPEN) italic = true;
    else if (c === ITALIC_CLOSE) italic = false;
    if (c === "," && !italic && /\s/.test(text[i + 1] ?? "")) {
      elements.push(current);
      current = "";
    } else current += c;
  }
  elements.push(current);
  return elements.map((element) => plain(element).replace(/[.,\s]+$/, "").trim()).filter(Boolean);
}

/**
 * The entry's first three parts: the byline, the title, and the rest. A
 * quoted or italic title after ". " ends the byline, however many initials it
 * holds ("Hart, H. L. A."); a plain title runs to the next sentence.
 */
function entryParts(text: string): [string, string, string] | null {
  const marked = /\.\s+(?=[“"\uE000])/.exec(text);
  if (marked) {
    // The period stays with the byline: it may be an initial's ("Joan W.").
    const byline = text.slice(0, marked.index + 1);
    const from = marked.index + marked[0].length;
    const close = text[from] === ITALIC_OPEN ? text.indexOf(ITALIC_CLOSE, from + 1) : closingQuote(text, from);
    if (close > from) {
      const end = close + 1;
      // An italic title is followed by its period; a quoted one holds it.
      const after = text.slice(end).replace(/^\s*[.?!]?\s*/, "");
      return [byline, text.slice(from, end), after];
    }
  }
  const parts = sentences(text);
  // "Bakhtin, M. M. The Dialogic Imagination": initials the sentence split left at the head of the title belong to the byline.
  while (parts.length > 1 && /,\s+(?:\p{Lu}\.\s*)+$/u.test(parts[0]!) && /^\p{Lu}\.\s+\p{Lu}/u.test(parts[1]!)) {
    const initial = /^\p{Lu}\./u.exec(parts[1]!)![0];
    parts[0] = `${parts[0]} ${initial}`;
    parts[1] = parts[1]!.slice(initial.length).trim();
  }
  // A byline that ends with an initial or "et al." runs into the title when the title is plain: "Said, Edward W. Orientalism."
  const runOn = parts[0] ? /^([^,]+,\s+(?:[\p{Lu}][\p{L}'’-]+\s+)*(?:\p{Lu}\.(?:\s*\p{Lu}\.)*|et al\.))\s+(\p{Lu}.*)$/u.exec(parts[0]) : null;
  if (runOn) parts.splice(0, 1, runOn[1]!, runOn[2]!);
  if (parts.length < 3) return null;
  return [parts[0]!, parts[1]!, parts.slice(2).join(" ")];
}

/** The quote that closes the title opened at `open`: curly or straight, whichever the paste left (“The Death of the Author." happens). */
function closingQuote(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) if ((text[i] === "”" || text[i] === '"') && !/[\p{L}\p{N}]/u.test(text[i + 1] ?? "")) return i;
  return -1;
}

/** Publishers whose names hold a comma, which would otherwise split them in two. */
const COMMA_PUBLISHERS = /^(?:Farrar, Straus(?:,)? (?:and|&) (?:Giroux|Young|Cudahy)|Little, Brown(?: (?:and|&) (?:Company|Co\.))?|Harcourt, Brace(?:,? (?:and|&) (?:World|Company|Jovanovich|Howe))?|Duell, Sloan (?:and|&) Pearce|Reynal (?:and|&) Hitchcock|Holt, Rinehart (?:and|&) Winston|Simon (?:and|&) Schuster|Sheed (?:and|&) Ward|Ticknor (?:and|&) Fields)$/i;

/** Elements that are one publisher's name split at its comma, joined again. */
function joinPublishers(elements: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < elements.length; i++) {
    const joined = `${elements[i]}, ${elements[i + 1] ?? ""}`;
    if (i + 1 < elements.length && COMMA_PUBLISHERS.test(joined)) {
      out.push(joined);
      i++;
    } else out.push(elements[i]!);
  }
  return out;
}

/**
 * Chicago's bibliography sets the elements off with periods where MLA uses
 * commas ("Translated by W. D. Halls. London: Routledge, 1990."): a sentence
 * break is an element break too, but not after an initial or an abbreviation.
 */
function asElements(text: string): string {
  return text.replace(/(?<!\b(?:\p{Lu}|ed|eds|trans|rev|vol|no|pp|St|Jr|Sr))\.\s+(?=(?:Translated|Edited|Introduction|Foreword|Reprint|\p{Lu}[\p{L}.'’ -]*(?:,\s*\p{Lu}[\p{L}.]*)?:\s))/gu, ", ");
}

/** "Garden City", "NY: Doubleday": a place whose state was split off by its comma, joined again. */
function joinPlaces(elements: string[]): string[] {
  const out: string[] = [];
  for (const element of elements) {
    const previous = out.at(-1);
    if (previous && /^(?:[A-Z]{2}|[A-Z][a-z]{1,5}\.|UK|U\.K\.|USA|N\.Y\.)\s*:\s*\S/.test(element) && /^\p{Lu}[\p{L} .]*$/u.test(previous)) out[out.length - 1] = `${previous}, ${element}`;
    else out.push(element);
  }
  return out;
}

/** A web address printed without its scheme, as MLA prints them: "plato.stanford.edu/entries/legal-positivism/". */
const BARE_ADDRESS = /^(?:[a-z0-9-]+\.)+[a-z]{2,}\/\S*$/i;

/** Elements after an "edited by" or "translated by" that are more of its names ("Dietrich Rueschemeyer", "and Theda Skocpol"), joined to it. */
function joinNameLists(elements: string[]): string[] {
  const out: string[] = [];
  for (const [i, element] of elements.entries()) {
    const previous = out.at(-1);
    // A name in the middle of the list only when the list goes on to its "and …": "Harcourt Brace Jovanovich" after a translator is the publisher.
    const more = /^and\s+\p{Lu}/u.test(element) || (isPersonName(element) && /^and\s+\p{Lu}/u.test(elements[i + 1] ?? ""));
    if (previous && /^(?:(?:edited|translated)(?: and (?:edited|translated))? by)\s/i.test(previous) && more) {
      out[out.length - 1] = `${previous}, ${element}`;
    } else out.push(element);
  }
  return out;
}

/** A person's name as printed in natural order: two to four capitalized words, initials allowed. */
function isPersonName(text: string): boolean {
  return /^(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)(?:\s+(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.|de|van|von|da|di|du|le|la)){1,3}$/u.test(text) && !/\b(?:Press|Books|University|Publishers?|Publishing|UP)\b/.test(text);
}

/** "Thomas Burger with Frederick Lawrence", "Mary Gregor": the people named. */
function namesOf(text: string): string[] {
  const joined = text.replace(/\s+with\s+(?=\p{Lu})/u, " and ");
  return parseNaturalByline(joined)?.names ?? [text];
}

function readAt(note: FlatNote, start: number): Candidate | null {
  const text = note.text.slice(start);
  const parts = entryParts(text);
  if (!parts) return null;
  const byline = parseMlaByline(plain(parts[0]));
  if (!byline) return null;
  const titlePart = parts[1].trim();
  // "(1990).", "(n.d.).": an author–date reference, not MLA.
  if (titlePart.startsWith("(")) return null;
  const quoted = QUOTED.exec(plain(titlePart).replace(/\.$/, ""));
  const italic = titlePart.startsWith(ITALIC_OPEN);
  const title = plain(quoted ? quoted[1]! : titlePart).replace(/[.]$/, "").trim();
  if (!title) return null;
  // "*The Souls of Black Folk*. 1903. Penguin Books, 1996.": the year first published, before the edition cited.
  const rest = parts[2].replace(/^\d{4}\.\s+/, "");
  let url = rest.includes(LINK_OPEN) ? linkFrom(note, start + text.length - rest.length) : null;
  // A database the work was found in follows the work's own elements: "pp. 1360–80. *JSTOR*, www.jstor.org/stable/2776392."
  const database = /\.\s+\uE000?(?:JSTOR|Project MUSE|ProQuest|EBSCOhost|Gale|HathiTrust|Google Books|Academic Search Complete|ScienceDirect|Wiley Online Library|Taylor & Francis Online|SAGE Journals|Oxford Academic|Cambridge Core)\uE001?\s*,\s*(?=\S)/i;
  const restOfWork = rest.replace(database, ", ");
  let elements = joinPlaces(joinPublishers(splitElements(asElements(restOfWork.replace(/\uE002[^\uE003]*\uE003/g, "").replace(/[.,]?\s*Accessed\s+[^\uE002]{1,30}$/i, "")))));
  const bare = elements.findIndex((element) => BARE_ADDRESS.test(element));
  if (!url && bare >= 0) {
    url = `https://${elements[bare]}`;
    elements = elements.filter((_, index) => index !== bare);
  }
  // A container's own commas ("Culture, Media, Language, edited by …"), when italics were lost: it runs up to the editors.
  const editedAt = elements.findIndex((element) => /^(?:edited|translated)(?: and (?:edited|translated))? by\s/i.test(element));
  if (quoted && !rest.includes(ITALIC_OPEN) && editedAt > 1) elements = [elements.slice(0, editedAt).join(", "), ...elements.slice(editedAt)];

  const source: ParsedSource = { ...emptySource("BOOK"), authors: byline.names, authorRole: byline.role, title, url };
  if (byline.role === "EDITOR") source.editors = [...byline.names];
  let pages: string | null = null;
  let container: string | null = null;
  let publisher: string | null = null;
  let place: string | null = null;
  let dated = false;
  // "edited by Peter B. Evans, Dietrich Rueschemeyer, and Theda Skocpol": the names the commas split, joined again.
  elements = joinNameLists(elements);
  // Chicago's bibliography puts "In" before the book and the chapter's pages after its editors: "In Book, edited by …, 169–91. Place: Publisher, 1985."
  if (quoted && /^In\s+\p{Lu}/u.test(elements[0] ?? "")) elements[0] = elements[0]!.replace(/^In\s+/, "");
  for (const [index, element] of elements.entries()) {
    let match: RegExpExecArray | null;
    if (quoted && index > 0 && !pages && (match = /^([\divxlc]+\s*[–—-]\s*[\divxlc]+)$/i.exec(element)) && /^(?:edited|translated)\b/i.test(elements[index - 1] ?? "")) {
      pages = normalizePages(match[1]!);
      continue;
    }
    if ((match = /^(?:edited and translated|translated and edited) by\s+(.+)$/i.exec(element))) {
      const names = namesOf(match[1]!);
      source.editors.push(...names);
      source.translators.push(...names);
    } else if ((match = /^(?:edited by|ed\.)\s+(.+)$/i.exec(element))) source.editors.push(...namesOf(match[1]!));
    else if ((match = /^(?:translated by|trans\.)\s+(.+)$/i.exec(element))) source.translators.push(...namesOf(match[1]!));
    else if ((match = /^vol\.\s*(\S+)$/i.exec(element))) source.volume = match[1]!;
    else if ((match = /^no\.\s*(\S+)$/i.exec(element))) source.issue = match[1]!;
    else if ((match = /^pp?\.\s*(.+)$/i.exec(element))) pages = normalizePages(match[1]!);
    else if ((match = /^(\d+(?:st|nd|rd|th)|rev\.|revised)\s+ed\.?$/i.exec(element))) source.edition = normalizeEdition(match[1]!);
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
  // A page on the web may carry no date; anything else names its year.
  if (source.year === null && !url) return null;
  if (quoted) {
    source.container = container;
    // A quoted title in a container: an article if the container is numbered, a web page if it is online without pages, a chapter if the container has a publisher.
    source.kind =
      source.volume || source.issue ? "ARTICLE"
      : url && !pages ? (container && isPeriodicalName(container) && !publisher ? "ARTICLE" : "WEB_PAGE")
      : publisher ? "CHAPTER"
      : "ARTICLE";
    if (source.kind === "CHAPTER" || source.kind === "WEB_PAGE") source.publisher = source.kind === "CHAPTER" ? publisher : null;
    if (source.kind === "CHAPTER") source.place = place;
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
