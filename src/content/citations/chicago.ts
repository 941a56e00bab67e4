import { closingParen, ITALIC_CLOSE, ITALIC_OPEN, LINK_CLOSE, LINK_OPEN, linkFrom, plain, type FlatNote } from "./flat.js";
import { DATE, firstYear, MONTH, normalizeEdition, readPagesAndRest, SEASON, WEB_DATE_LABEL, YEAR, type Tail } from "./locators.js";
import { isPeriodicalName, parseNaturalByline, type Byline } from "./names.js";
import { emptySource, type Candidate, type ParsedSource } from "./types.js";

// Chicago notes (notes and bibliography style), the commonest in essays:
//   Elinor Ostrom, *Governing the Commons* (Cambridge: Cambridge University Press, 1990), 58.
//   Garrett Hardin, “The Tragedy of the Commons,” *Science* 162, no. 3859 (1968): 1244.
//   Hess, “Mapping,” in *Understanding Knowledge*, ed. C. Hess (Cambridge, MA: MIT Press, 2007), 22.
//   “Title,” Site, July 15, 2021, https://…
// Titles may be italic, quoted, or, where italics were lost on the way, plain:
// then the publication facts in parentheses are what mark a book, and the
// byline is the longest run of names before the title.

// ---------------------------------------------------------------------------
// Titles

interface TitleOpening {
  index: number;
  mark: string;
}

function findTitleOpening(text: string, from: number): TitleOpening | null {
  for (let i = from; i < text.length; i++) {
    const mark = text[i]!;
    if (mark === ITALIC_OPEN || mark === "“" || mark === "«") return { index: i, mark };
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
    const closers = opening.mark === "«" ? "»" : opening.mark === "“" || opening.mark === '"' ? "”\"" : "’'";
    close = -1;
    let inner = 0;
    for (let i = opening.index + 1; i < text.length; i++) {
      const c = text[i]!;
      // A quotation inside the title ("‘The System’ of Automobility") opens and closes within it.
      if (c === "‘" && opening.mark !== "‘") inner++;
      else if (c === "’" && inner > 0) inner--;
      // An apostrophe inside a word ("Hardin’s") does not close a quotation.
      else if (closers.includes(c) && !/[\p{L}\p{N}]/u.test(text[i + 1] ?? "")) {
        close = i;
        break;
      }
    }
  }
  if (close < 0) return null;
  const title = plain(text.slice(opening.index + 1, close))
    // The comma or period that American style sets inside the closing quotes belongs to the sentence, here and inside an inner quotation.
    .replace(/[,.](?=[’'”"]$)/, "")
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
// Publication facts

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
  const at = (year ?? undated)!.index;
  // Nothing but a date may follow the year: "(Verso, 2021)", "(Paris, 2010)", not "(2017-RE-MS-9)".
  if (!/^\d{4}\s*$/.test(cited.slice(at)) && !undated) return null;
  const imprint = cited.slice(0, at).replace(/[\s,]+$/, "").trim();
  if (/\d{4}/.test(imprint)) return null;
  // A place or a publisher is a name: "(as of 2026)" is neither.
  if (imprint && !/^[\p{Lu}\p{Lo}\d]/u.test(imprint)) return null;
  // "(Accessed: 2 March 2026)", "(accessed March 2, 2026)": when a page was read, not who published it.
  if (new RegExp(`^${WEB_DATE_LABEL}\\b`, "i").test(imprint) || new RegExp(`(?:^|\\s)(?:\\d{1,2}\\s+${MONTH}|${MONTH}\\s+\\d{1,2})\\s*,?$`, "i").test(imprint)) return null;
  // "(October 2004)", "(Spring 1999)": a journal's date, not a publisher.
  if (new RegExp(`^(?:${MONTH}|${SEASON})(?:\\s+\\d{1,2})?,?$`, "i").test(imprint)) return { place: null, publisher: null, year: year ? Number(year[0]) : null };
  const colon = imprint.lastIndexOf(":");
  // British order, the publisher first: "(Cambridge University Press, Cambridge, 1990)".
  const british = colon < 0 ? /^(.+\b(?:Press|Publishers?|Publishing|Books|UP)),\s*(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})$/u.exec(imprint) : null;
  if (british) return { place: british[2]!, publisher: british[1]!, year: year ? Number(year[0]) : null };
  return {
    place: colon >= 0 ? imprint.slice(0, colon).trim() || null : null,
    publisher: (colon >= 0 ? imprint.slice(colon + 1) : imprint).trim() || null,
    year: year ? Number(year[0]) : null,
  };
}

interface Details {
  editors: string[];
  translators: string[];
  edition: string | null;
  volume: string | null;
}

const NO_DETAILS: Details = { editors: [], translators: [], edition: null, volume: null };

/**
 * What may stand between a title and its publication facts: ", ed. Name",
 * ", trans. Name", ", 2nd ed.", ", vol. 8". Null when the text is anything
 * else, which then is no book.
 */
function readDetails(text: string): Details | null {
  const details: Details = { editors: [], translators: [], edition: null, volume: null };
  const pieces = text
    .replace(/^[\s,]+|[\s,]+$/g, "")
    .split(/,\s+(?=(?:ed\.|eds\.|edited|trans\.|translated|\d+(?:st|nd|rd|th|d)\s+ed|rev\.|revised|vol\.|vols\.|\d+\s+vols\.|\p{L}+\s+ed\.|with\s+(?:a|an)\s+|foreword|introduction|intro\.|preface))/iu)
    .filter(Boolean);
  for (const piece of pieces) {
    let match: RegExpExecArray | null;
    if ((match = /^(?:ed\.|eds\.|edited by)\s+(?:and\s+(?:trans\.|translated by)\s+)?(.+)$/i.exec(piece))) {
      const names = parseNaturalByline(match[1]!);
      if (!names) return null;
      details.editors.push(...names.names);
      if (/and\s+trans/i.test(piece)) details.translators.push(...names.names);
    } else if ((match = /^(?:trans\.|translated by)\s+and\s+(?:ed\.|eds\.|edited by)\s+(.+)$/i.exec(piece))) {
      // "trans. and ed. Harvey C. Mansfield and Delba Winthrop"
      const names = parseNaturalByline(match[1]!);
      if (!names) return null;
      details.translators.push(...names.names);
      details.editors.push(...names.names);
    } else if ((match = /^(?:trans\.|translated by)\s+(.+)$/i.exec(piece))) {
      const names = parseNaturalByline(match[1]!);
      if (!names) return null;
      details.translators.push(...names.names);
    } else if ((match = /^(\d+(?:st|nd|rd|th|d)|rev\.|revised|\p{L}+)\s+ed(?:ition|n\.?|\.)?$/iu.exec(piece))) {
      details.edition = normalizeEdition(match[1]!);
    } else if ((match = /^vols?\.\s*([\w–-]+)$/i.exec(piece))) {
      details.volume = match[1]!;
    } else if (/^\d+\s+vols\.?$/i.test(piece)) {
      // "2 vols.": how many volumes the work has; the pages ("2:145") say which one is cited.
    } else if (/^(?:with\s+(?:a|an)\s+)?(?:foreword|introduction|intro\.|preface|afterword)(?:\s+and\s+notes)?\s+by\s+/i.test(piece)) {
      // "with a foreword by Amartya Sen": a contributor the work's identity does not hang on.
    } else return null;
  }
  return details;
}

interface Book {
  imprint: Imprint;
  details: Details;
  tail: Tail;
}

/** Details, then "(Place: Publisher, Year)", then pages: what follows a book's title. */
function readPublicationTail(text: string): Book | null {
  const paren = text.indexOf("(");
  if (paren < 0) return null;
  const details = readDetails(text.slice(0, paren));
  if (!details) return null;
  const close = closingParen(text, paren);
  if (close < 0) return null;
  const imprint = parseImprint(text.slice(paren + 1, close));
  if (!imprint) return null;
  return { imprint, details, tail: readPagesAndRest(text.slice(close + 1), /^\s*,\s*/) };
}

/** A url right after the citation proper: `…, 1244, https://doi.org/…`, perhaps after an access date. */
function trailingUrl(note: FlatNote, rest: string): string | null {
  const accessed = `${WEB_DATE_LABEL}(?:\\s+on)?\\s+(?:${DATE}|[^,]*),\\s*`;
  if (!new RegExp(`^\\s*[,.]?\\s*(?:${accessed})?(?:doi:\\s*)?${LINK_OPEN}`, "i").test(rest)) return null;
  return linkFrom(note, note.text.length - rest.length);
}

/** Whether nothing but a url and closing punctuation is left: a citation that ends where its note ends. */
function endsCleanly(note: FlatNote, rest: string): boolean {
  const withoutUrl = rest.replace(new RegExp(`^\\s*[,.]?\\s*(?:doi:\\s*)?${LINK_OPEN}[^${LINK_CLOSE}]*${LINK_CLOSE}`), "");
  return /^\s*[.;]?\s*$/.test(withoutUrl) || /^\s*[.;]\s+\S/.test(withoutUrl);
}

// ---------------------------------------------------------------------------
// The kinds of work, after a marked title

type Read = { fields: Partial<ParsedSource> & Pick<ParsedSource, "kind">; tail: Tail; confidence: number };

function readBook(text: string): Read | null {
  const book = readPublicationTail(text);
  if (!book) return null;
  const { imprint, details, tail } = book;
  return {
    fields: { kind: "BOOK", ...details, place: imprint.place, publisher: imprint.publisher, year: imprint.year },
    tail,
    confidence: imprint.publisher || imprint.place ? 0.95 : 0.85,
  };
}

/** `in *Book Title*, vol. 1, ed. Editor (Place: Publisher, Year), pages` */
function readChapter(note: FlatNote, text: string): Read | null {
  const opening = /^[\s,]*in\s+/i.exec(text);
  if (!opening) return null;
  const afterIn = text.slice(opening[0].length);
  let container = readItalic(afterIn);
  if (!container) {
    const end = afterIn.search(/,\s*(?:vols?\.|eds?\.|edited|trans\.|translated|\d+(?:st|nd|rd|th)\s+ed)|\s\(/);
    if (end <= 0) return null;
    container = { name: plain(afterIn.slice(0, end)), rest: afterIn.slice(end) };
  }
  const book = readPublicationTail(container.rest);
  if (!book) return null;
  const { imprint, details, tail } = book;
  // An entry of an online reference work: "in *The Stanford Encyclopedia of Philosophy*, ed. Edward N. Zalta (Summer 2021), https://…".
  const online = !imprint.publisher && !imprint.place && !tail.pages && trailingUrl(note, tail.rest) !== null;
  return {
    fields: { kind: online ? "WEB_PAGE" : "CHAPTER", ...details, container: container.name, place: imprint.place, publisher: imprint.publisher, year: imprint.year },
    tail,
    confidence: 0.9,
  };
}

const JOURNAL_NUMBERS = /^\s*(\d+|[IVXLC]+\b)?(?:,?\s*nos?\.\s*([^\s(,]+),?)?\s*\(([^)]*)\)/;

/** `*Journal* 162, no. 3859 (1968): 1244`, or a magazine's `*Journal*, March 5, 2012, 40`. */
function readArticle(note: FlatNote, text: string): Read | null {
  let container = readItalic(text);
  let numbers = container ? JOURNAL_NUMBERS.exec(container.rest) : null;
  if (!container || !numbers) {
    // A journal name left in roman type (commas and all): everything up to its volume or issue number.
    const roman = new RegExp(`^[\\s,]*([\\p{L}\\p{N}][^\\uE000-\\uE003“”"]{0,200}?)(?=\\s+\\d+\\s*(?:,\\s*nos?\\.|\\()|,\\s*nos?\\.\\s|,\\s*${DATE})`, "u").exec(text);
    // "trans. Clare Cavanagh, Literary Hub, December 9, 2021": a translator and a site, read as a web page.
    if (roman && !container && !/^\s*,?\s*(?:trans\.|translated|ed\.|eds\.|edited)\s/i.test(roman[1]!)) {
      container = { name: plain(roman[1]!).replace(/,$/, ""), rest: text.slice(roman[0].length) };
      numbers = JOURNAL_NUMBERS.exec(container.rest);
    }
  }
  if (container && numbers && (numbers[1] || numbers[2]) && firstYear(numbers[3]!) !== null) {
    return {
      fields: { kind: "ARTICLE", container: container.name, volume: numbers[1] ?? null, issue: numbers[2] ?? null, year: firstYear(numbers[3]!) },
      tail: readPagesAndRest(container.rest.slice(numbers[0].length), /^\s*[:,]\s*/),
      confidence: 0.92,
    };
  }
  if (container) {
    const dated = new RegExp(`^\\s*,\\s*(${DATE})`).exec(container.rest);
    if (dated) {
      const tail = readPagesAndRest(container.rest.slice(dated[0].length), /^\s*,\s*/);
      // Online, dated and without pages: a web page, whatever the site's name is set in.
      // Online, dated and without pages: a web page, unless the container is a newspaper's or a magazine's name.
      const online = !tail.pages && trailingUrl(note, tail.rest) !== null && !isPeriodicalName(container.name);
      return {
        fields: { kind: online ? "WEB_PAGE" : "ARTICLE", container: container.name, year: firstYear(dated[1]!) },
        tail,
        confidence: 0.85,
      };
    }
  }
  return null;
}

/** `Site Name, accessed or published date, https://...` */
function readWebPage(note: FlatNote, text: string, offset: number): Read | null {
  const url = linkFrom(note, offset);
  if (!url) return null;
  // Chicago sets the parts off with commas; a title followed by a period belongs to another style (APA's "*Title*. (n.d.). Site.").
  if (/^\s*\.\s*\S/.test(text) && !/^\s*\.\s*\uE002/.test(text)) return null;
  const link = text.indexOf(LINK_OPEN);
  let beforeLink = link >= 0 ? text.slice(0, link) : text;
  const translators: string[] = [];
  const translated = /^[\s,]*trans\.\s+([^,]+),/.exec(beforeLink);
  if (translated) {
    const names = parseNaturalByline(translated[1]!);
    if (names) {
      translators.push(...names.names);
      beforeLink = beforeLink.slice(translated[0].length);
    }
  }
  const siteEnd = beforeLink.search(new RegExp(`(?:^|,)\\s*(?:${WEB_DATE_LABEL}\\b|${DATE}|\\d{4}\\s*,?\\s*$)|,?\\s*$`, "i"));
  let container =
    plain(beforeLink.slice(0, siteEnd))
      .replace(/^[,\s]+|[,\s.]+$/g, "")
      .replace(/\s*\(blog\)$/i, "") || null;
  // MLA names the site in italics and then who publishes it: "*Wikipedia*, Wikimedia Foundation".
  let publisher: string | null = null;
  const published = /^[,\s]*\uE000([^\uE001]+)\uE001\s*,\s*([^\uE000]+?)[,\s.]*$/.exec(beforeLink.slice(0, siteEnd));
  if (published && /^\p{Lu}/u.test(published[2]!.trim())) {
    container = plain(published[1]!);
    publisher = plain(published[2]!);
  }
  // A site is named: "47(2), 263–291" or "94, S95–S120" are a journal's numbers, read wrongly as one.
  if (container && (!/\p{L}{2}/u.test(container) || /\d+\s*\(\d+\)|,\s*[A-Z]?\d+\s*[–-]\s*[A-Z]?\d+|\b(?:vol|no|pp?)\.\s*\d/u.test(container))) return null;
  // An access date says when the page was read, not when it was published.
  const dates = beforeLink
    .slice(siteEnd)
    .replace(new RegExp(`\\b(?:accessed|retrieved|viewed|consulted)(?:\\s+on)?\\s+(?:${DATE}|[^,]*)`, "gi"), "");
  const linkClose = link >= 0 ? text.indexOf(LINK_CLOSE, link) : -1;
  return {
    fields: { kind: "WEB_PAGE", container, publisher, year: firstYear(dates), url, translators },
    tail: { pages: null, rest: linkClose >= 0 ? text.slice(linkClose + 1) : "" },
    confidence: container ? 0.85 : 0.75,
  };
}

function build(byline: Byline | null, title: string, read: Read, note: FlatNote): Candidate {
  const url = read.fields.url ?? trailingUrl(note, read.tail.rest);
  const authors = byline?.names ?? [];
  // Chicago leaves out the site's name when the organization that wrote the page also runs the site: then there is none to store.
  const container = read.fields.container ?? null;
  const source: ParsedSource = {
    ...emptySource(read.fields.kind),
    ...read.fields,
    authors,
    authorRole: byline?.role ?? "AUTHOR",
    editors: [...(byline?.role === "EDITOR" ? authors : []), ...(read.fields.editors ?? [])],
    title,
    container,
    url,
  };
  // "7:226": the volume of a multivolume book, named with the pages.
  if (read.tail.volume && !source.volume && source.kind !== "ARTICLE") source.volume = read.tail.volume;
  let confidence = read.confidence;
  // Something after the citation that is neither pages nor a url: commentary, or a misreading.
  if (!endsCleanly(note, read.tail.rest)) confidence -= 0.1;
  return { source, pages: read.tail.pages, style: "CHICAGO", confidence };
}

// ---------------------------------------------------------------------------
// Notes with a marked title

function readMarkedAt(note: FlatNote, start: number): Candidate | null {
  const text = note.text;
  const opening = findTitleOpening(text, start);
  if (!opening) return null;
  const bylineText = text.slice(start, opening.index);
  if (bylineText && !/,\s*$/.test(bylineText)) return null;
  const byline = bylineText ? parseNaturalByline(bylineText.replace(/,\s*$/, "")) : null;
  if (bylineText && !byline) return null;
  const title = readTitle(text, opening);
  if (!title) return null;
  const afterTitle = text.slice(title.end);
  let read = title.italic ? readBook(afterTitle) : (readChapter(note, afterTitle) ?? readArticle(note, afterTitle));
  // “[Title](https://…),” *Site*, January 23, 2023: a dated piece whose title links to it is a web page.
  const titleLink = text.slice(opening.index, title.end).includes(LINK_OPEN) ? linkFrom(note, opening.index) : null;
  if (read && titleLink && read.fields.kind === "ARTICLE" && !read.fields.volume && !read.fields.issue && !read.tail.pages) {
    read = { ...read, fields: { ...read.fields, kind: "WEB_PAGE", url: titleLink } };
  }
  // The page's own url may be the link on its title: “[Title](https://…),”.
  const found = read ?? readWebPage(note, afterTitle, opening.index);
  if (!found) return null;
  const candidate = build(byline, title.text, found, note);
  // A title with no byline, after a sentence of the note: perhaps the middle of a reference in another style ("… risk. *Econometrica*, 47(2)").
  if (!byline && start > 0 && /[.!?]\s*$/.test(text.slice(0, start))) candidate.confidence -= 0.2;
  return candidate;
}

// ---------------------------------------------------------------------------
// Books whose title lost its italics

/**
 * `Names, Title: Subtitle, 2nd ed. (Place: Publisher, Year), pages`, with a
 * plain title. The publication facts in parentheses mark the book; the byline
 * is the longest run of comma-separated names before the title (a title can
 * hold commas, a name list can too), and a title must be left after it.
 */
function readPlainBookAt(note: FlatNote, start: number): Candidate | null {
  const text = note.text.slice(start);
  if (/[\uE000-\uE003“”"]/.test(text.slice(0, text.indexOf("(") + 1 || text.length))) return null;
  // "Ostrom, E. (1990)": the year after the byline makes it an author–date reference, which is read as one.
  if (AUTHOR_DATE_YEAR.test(text.slice(0, 200))) return null;
  // The publication facts: the first parenthesis, counting nested ones, whose contents read as an imprint.
  let tried = 0;
  for (let paren = text.indexOf("("); paren >= 0 && tried++ < MAX_PARENTHESES; paren = text.indexOf("(", paren + 1)) {
    const close = closingParen(text, paren);
    if (close < 0) return null;
    const imprint = parseImprint(text.slice(paren + 1, close));
    // A book's facts name its publisher or its place; a bare year in parentheses could be anything.
    if (!imprint || (!imprint.publisher && !imprint.place)) continue;
    const tail = readPagesAndRest(text.slice(close + 1), /^\s*,\s*/);
    const before = text.slice(0, paren).trim();
    const split = splitBylineAndTitle(before);
    if (!split) return null;
    const read: Read = {
      fields: { kind: "BOOK", ...split.details, place: imprint.place, publisher: imprint.publisher, year: imprint.year },
      tail,
      confidence: (imprint.publisher ? 0.9 : 0.8) - (split.byline ? 0 : 0.1) - (split.title.length > 250 ? 0.3 : 0),
    };
    const candidate = build(split.byline, split.title, read, note);
    // A plain title with no one's name before it is only a book if nothing but pages follows: "This translation (London, 1962) is the one I use".
    if (!split.byline && !endsCleanly(note, tail.rest)) candidate.confidence -= 0.2;
    return candidate;
  }
  return null;
}

/** Bounds on the search for a plain book's byline, so that the work stays linear in the note's length. */
const MAX_PLAIN_BOOK_PREFIX = 1_500;
const MAX_BYLINE_SEGMENTS = 12;
const MAX_PARENTHESES = 8;

const AUTHOR_DATE_YEAR = /^[^(]{1,160}\(\s*(?:\d{4}[a-z]?(?:,\s*[^)]{1,30})?|n\.\s?d\.|no date)\s*\)/;
const LEAD_IN = /^(?:see|cf\.|compare|contra|quoted in|cited in|reprinted in|e\.g\.|also|for|on)\s/i;
/** A period that ends a sentence, not an initial or an abbreviation's. */
const SENTENCE_BREAK = /(?<!\b\p{Lu}|\b(?:St|Dr|Mr|Mrs|Ms|vs|Vol|vol|No|no|Jr|Sr|ed|eds|trans|rev))\.\s+\p{Lu}/u;

/** The byline, the title and the details of what precedes a plain book's publication facts. */
function splitBylineAndTitle(before: string): { byline: Byline | null; title: string; details: Details } | null {
  if (before.length > MAX_PLAIN_BOOK_PREFIX) return null;
  const segments = before.split(/,\s+/);
  let best: { byline: Byline | null; rest: string[] } | null = null;
  for (let k = 1; k < Math.min(segments.length, MAX_BYLINE_SEGMENTS + 1); k++) {
    let bylineText = segments.slice(0, k).join(", ");
    let rest = segments.slice(k);
    // "Neil Sheehan, ed., The Pentagon Papers": the role is a segment of its own.
    if (/^(?:eds?\.?|comp\.|editors?)$/i.test(rest[0] ?? "")) {
      bylineText += `, ${rest[0]}`;
      rest = rest.slice(1);
    }
    if (rest.length === 0 || /^(?:and|&)\s/i.test(rest[0]!)) continue;
    // A title is left after the byline, not only its details ("The Chicago Manual of Style, 17th ed.").
    if (readDetails(rest.join(", "))) continue;
    const byline = parseNaturalByline(bylineText);
    if (byline) best = { byline, rest };
  }
  const chosen = best ?? { byline: null, rest: segments };
  // "Cohen, G. A., Rescuing Justice": a name inverted, as a bibliography prints it, is not a name and a title.
  if (/^(?:\p{Lu}\.\s*)+$/u.test(chosen.rest[0] ?? "")) return null;
  // Details at the end of the title: ", trans. Emily Goedde", ", 2nd ed.", ", vol. 8".
  let title = chosen.rest;
  let details: Details = NO_DETAILS;
  for (let cut = 1; cut < title.length; cut++) {
    const found = readDetails(title.slice(cut).join(", "));
    if (found) {
      details = found;
      title = title.slice(0, cut);
      break;
    }
  }
  const text = plain(title.join(", "))
    .replace(/[,.]$/, "")
    .trim();
  if (!text || !/\p{L}/u.test(text)) return null;
  // Without a byline, what precedes the facts may be commentary ("See The Chicago Manual of Style", "A good point. Elinor
  // Ostrom, Governing…"): the citation then starts later in the note, where it is tried again.
  if (!chosen.byline && (LEAD_IN.test(text) || SENTENCE_BREAK.test(text) || /^\p{Ll}/u.test(text))) return null;
  return { byline: chosen.byline, title: text, details };
}

/** A Chicago full note starting at `start`, if one does. */
export function readChicagoAt(note: FlatNote, start: number): Candidate | null {
  return readMarkedAt(note, start) ?? readPlainBookAt(note, start);
}

/** Whether the text holds what only a full citation holds: publication facts, or a journal's volume and year. A short form never does. */
export function looksFull(text: string): boolean {
  let tried = 0;
  for (let paren = text.indexOf("("); paren >= 0 && tried++ < MAX_PARENTHESES; paren = text.indexOf("(", paren + 1)) {
    const close = closingParen(text, paren);
    // Publication facts follow a title: "(Bollier, 2014)" alone is an author–date short form.
    const titled = text.slice(0, paren).replace(/[^\p{L}]/gu, "").length >= 3;
    const imprint = close > 0 && titled ? parseImprint(text.slice(paren + 1, close)) : null;
    // A bare year in parentheses is an author–date short form's ("Doctorow (2023)"); publication facts name a publisher or a place.
    if (imprint && (imprint.publisher || imprint.place)) return true;
  }
  // An MLA or Harvard entry has no parentheses, but names its publisher, its editors or its volume, and a year.
  if (/\b(?:edited by|translated by|vol\.|Press|UP|Publishers?|Publishing)(?![\p{L}])/iu.test(text) && /\b(?:1[5-9]\d\d|20\d\d)\b/.test(text)) return true;
  // An MLA book ends with its publisher and year after the title's sentence: "Said, Edward W. Orientalism. Pantheon Books, 1978."
  if (/\.\s+\p{Lu}[^.,]*(?:,\s*\p{Lu}[^.,]*)*,\s*(?:1[5-9]\d\d|20\d\d)\.?$/u.test(text) && /^[^,]+,\s+\p{Lu}/u.test(text)) return true;
  return /\d+\s*(?:,\s*nos?\.\s*\S+\s*)?\(\s*(?:[\p{L}.]+\s+)?\d{4}\)/u.test(text);
}
