import { ITALIC_CLOSE, ITALIC_OPEN, LINK_OPEN, linkFrom, plain, type FlatNote } from "./flat.js";
import { MONTH, normalizeEdition, normalizePages, YEAR_SOURCE } from "./locators.js";
import { isPeriodicalName, parseInvertedByline, parseMlaByline, parseNaturalByline } from "./names.js";
import { sentences } from "./sentences.js";
import { emptySource, type Candidate, type ParsedSource } from "./types.js";

// Author–date references, APA 7 and Harvard (Cite Them Right), written out in
// a note as they would be in a reference list:
//   Ostrom, E. (1990). Governing the commons: The evolution of institutions for collective action. Cambridge University Press.
//   Bourdieu, P. (1984). Distinction (R. Nice, Trans.). Harvard University Press.
//   Hardin, G. (1968). The tragedy of the commons. Science, 162(3859), 1243–1248. https://doi.org/…
//   Hess, C. (2007). Mapping the new commons. In C. Hess & E. Ostrom (Eds.), Understanding knowledge as a commons (pp. 3–26). MIT Press.
//   World Health Organization. (2015). World report on ageing and health. World Health Organization.
//   Elinor Ostrom – Facts. (n.d.). NobelPrize.org. Retrieved March 3, 2026, from https://…
//   Ostrom, E. (1990) Governing the commons. Cambridge: Cambridge University Press.
//   Anderson, B. (2006) Imagined communities. Rev. edn. London: Verso.
//   Hardin, G. (1968) 'The tragedy of the commons', Science, 162(3859), pp. 1243–1248.
//   Doctorow, C. (2023) The enshittification of TikTok. Available at: https://… (Accessed: 2 March 2026).
// The byline is inverted ("Family, I."), and the year in parentheses follows it.

/** The byline, then the year in parentheses: "(1990)", "(n.d.)", "(2021, July 15)", and "([1944] 2001)" for the year first published and the edition's. */
const HEAD = new RegExp(`^(.+?)\\s*\\((?:\\[${YEAR_SOURCE}\\]\\s*)?(${YEAR_SOURCE}[a-z]?|n\\.\\s?d\\.|no date)(?:,\\s*([^)]*))?\\)\\.?\\s+(.+)$`, "u");
/** Harvard as some universities teach it: the year without parentheses, "Coase, R.H., 1960." or "Bauman, Z. 2000." */
const BARE_YEAR_HEAD = new RegExp(`^(.+?),?\\s+(${YEAR_SOURCE}[a-z]?)[.,]\\s+(.+)$`, "u");

const strip = (text: string) => plain(text).replace(/[.,]\s*$/, "").trim();
const unquote = (text: string) => text.replace(/^['‘"“]|['’"”]$/g, "").trim();

interface TitleNotes {
  title: string;
  edition: string | null;
  volume: string | null;
  translators: string[];
  editors: string[];
}

/** Names as APA prints translators and editors of a volume: "R. Nice", "G. G. Hamilton & Z. Wang", "C. Hess, E. Ostrom, & P. Levine". */
function naturalNames(text: string): string[] {
  return parseNaturalByline(text)?.names ?? text.split(/\s*(?:,\s*&|&|,\s*and|\band\b|,)\s*/).map((name) => name.trim()).filter((name) => /\p{L}/u.test(name));
}

/** A title and the notes APA sets after it in parentheses: "(2nd ed., Vol. 1; R. Nice, Trans.)". */
function titleOf(text: string): TitleNotes | null {
  const flat = plain(text).replace(/\.$/, "");
  const notes: TitleNotes = { title: flat, edition: null, volume: null, translators: [], editors: [] };
  const paren = /\s*\(([^()]*)\)$/.exec(flat);
  if (paren) {
    let understood = true;
    for (const segment of paren[1]!.split(/\s*;\s*/)) {
      const translated = /^(.+?),\s*(?:Trans|Transl)\.$/.exec(segment);
      if (translated) {
        notes.translators.push(...naturalNames(translated[1]!));
        continue;
      }
      // "(H. C. Mansfield & D. Winthrop, Trans. & Eds.)": translators who edited too.
      const both = /^(.+?),\s*(?:Trans\.\s*(?:&|and)\s*Eds?\.|Eds?\.\s*(?:&|and)\s*Trans\.)$/.exec(segment);
      if (both) {
        const names = naturalNames(both[1]!);
        notes.translators.push(...names);
        notes.editors.push(...names);
        continue;
      }
      // "(M. Cole, V. John-Steiner, S. Scribner, & E. Souberman, Eds.)": the editors of an authored book.
      const edited = /^(.+?),\s*Eds?\.$/.exec(segment);
      if (edited) {
        notes.editors.push(...naturalNames(edited[1]!));
        continue;
      }
      for (const piece of segment.split(/\s*,\s*/)) {
        let match: RegExpExecArray | null;
        if ((match = /^(\d+(?:st|nd|rd|th)|Rev\.|Revised)\s+ed\.?$/i.exec(piece))) notes.edition = normalizeEdition(match[1]!);
        // An encyclopedia's dated edition: "(Winter 2019 ed.)".
        else if ((match = /^((?:Spring|Summer|Fall|Autumn|Winter)\s+\d{4}\s+ed\.)$/i.exec(piece))) notes.edition = match[1]!;
        else if ((match = /^Vols?\.\s*(\S+)$/i.exec(piece))) notes.volume = match[1]!;
        else understood = false;
      }
    }
    // A parenthesis that is part of the title stays in it: "Writing in Context(s)".
    if (understood) notes.title = flat.slice(0, paren.index).trim();
    else Object.assign(notes, { edition: null, volume: null, translators: [], editors: [] });
  }
  notes.title = unquote(notes.title.replace(/[.,]$/, ""));
  return notes.title ? notes : null;
}

/** Harvard's sentences between the title and the imprint: "Rev. edn.", "Vol. 1.", "Translated by R. Nice.", "Edited by …". */
function readNoteSentences(parts: string[], source: ParsedSource): string[] {
  const rest = [...parts];
  while (rest.length) {
    const part = plain(rest[0]!).replace(/\.$/, "");
    let match: RegExpExecArray | null;
    // "Rev. ed. London: Verso": the edition, run together with what follows it.
    const run = /^(\d+(?:st|nd|rd|th)|Rev|Revised)\.?\s+edn?\.\s+(\p{Lu}.+)$/u.exec(part);
    if (run) {
      source.edition = normalizeEdition(run[1]!);
      rest[0] = run[2]!;
      continue;
    }
    if ((match = /^(\d+(?:st|nd|rd|th)|Rev|Revised)\.?\s+edn?$/i.exec(part))) source.edition = normalizeEdition(match[1]!);
    else if ((match = /^Vols?\.\s*(\S+)$/i.exec(part))) source.volume = match[1]!;
    else if ((match = /^Translated(?: from the \p{L}+)? by\s+(.+)$/iu.exec(part))) source.translators.push(...naturalNames(match[1]!));
    else if ((match = /^Edited by\s+(.+)$/i.exec(part))) source.editors.push(...naturalNames(match[1]!));
    else break;
    rest.shift();
  }
  return rest;
}

/** "Cambridge: Cambridge University Press", "MIT Press": a book's place and publisher. */
function imprintOf(text: string): { place: string | null; publisher: string | null } {
  const publisher = strip(text);
  const placed = /^([^:]+):\s*(.+)$/.exec(publisher);
  return { place: placed ? placed[1]!.trim() : null, publisher: (placed ? placed[2]! : publisher) || null };
}

const PAGE_RANGE = "[A-Z]?[\\divxlc]+(?:\\s*[–—-]\\s*[A-Z]?[\\divxlc]+)?";
const JOURNAL = new RegExp(`^(.+?),\\s*(\\d+)\\s*(?:\\(([^)]+)\\))?\\s*(?:,\\s*(?:pp?\\.\\s*)?(${PAGE_RANGE}|e\\d+|Article\\s+\\S+))?\\s*\\.?$`, "u");
/** Chicago's author–date list: "Science 162 (3859): 1243–48", "Journal of Law and Economics 3: 1–44". */
const JOURNAL_CAD = new RegExp(`^(.+?),?\\s+(\\d+)(?:\\s*\\(([^)]+)\\))?\\s*:\\s*(${PAGE_RANGE})\\s*\\.?$`, "u");
/** Harvard as some universities teach it: "American Journal of Sociology, vol. 78, no. 6, pp. 1360-80". */
const JOURNAL_VOL = new RegExp(`^(.+?),\\s*vol\\.\\s*(\\w+)(?:,\\s*no\\.\\s*([\\w/–-]+))?(?:,\\s*(?:pp?\\.\\s*)?(${PAGE_RANGE}))?\\s*\\.?$`, "u");
/** A book's pages after its imprint, in Harvard and in notes written in APA: "London: Allen Lane, p. 45.", "Yale University Press, pp. 9–11." */
const IMPRINT_PAGES = new RegExp(`,\\s*(?:pp?\\.\\s*(${PAGE_RANGE})|(?!(?:1[5-9]|20)\\d\\d\\b)(\\d{1,4}(?:\\s*[–—-]\\s*\\d{1,4})?))\\.?$`, "u");
/** A journal cited by its issue alone: "Social Text, (25/26), 56–80". */
const JOURNAL_ISSUE = new RegExp(`^(.+?),\\s*\\(([^)]+)\\),\\s*(?:pp?\\.\\s*)?(${PAGE_RANGE})\\s*\\.?$`, "u");

/** A magazine or newspaper, dated rather than numbered: "New Yorker, 30–36", "New Yorker, 23 June, pp. 30–36". */
const MAGAZINE = new RegExp(`^(.+?),\\s*(?:\\d{1,2}\\s+${MONTH}|${MONTH}\\s+\\d{1,2})?,?\\s*(?:pp?\\.\\s*)?(${PAGE_RANGE})\\.?$`, "u");

/** Nothing but an italic periodical's name, perhaps with the day of its issue: "*The New Yorker*.", "*Tribune*, 19 October." */
const PERIODICAL_ONLY = new RegExp(`^(\\uE000[^\\uE001]+\\uE001)(,\\s*(?:\\d{1,2}\\s+${MONTH}|${MONTH}\\s+\\d{1,2}))?\\.?$`, "u");

/** What names itself a publisher, or is one everybody knows. */
const PUBLISHER_NAME =
  /\b(?:Press|Publishers?|Publishing|Books|Verlag|UP|Penguin|Routledge|Verso|Polity|Blackwell|Wiley(?:-Blackwell)?|Sage|SAGE|Macmillan|Palgrave|Longman|Norton|Knopf|Vintage|Allen & Unwin|Allen Lane|Zed|Pluto|Springer|Elsevier|Addison-Wesley|McGraw-Hill|HarperCollins|Harper|Random House|Doubleday|Basic|Beacon|Bloomsbury|Faber|Hutchinson|Heinemann|Methuen|Granta|Picador|Scribner|Viking|Hachette|Little, Brown)\b/;

/** Titles of reports, which are published works even when they are only online. */
const REPORT = /\b(?:report|white paper|working paper|policy brief|guidelines|yearbook|outlook|assessment report|advisory)\b/i;

const isDoi = (url: string) => /^https?:\/\/(?:dx\.)?doi\.org\//i.test(url);

/** What remains once the url, and what announces it or follows it, is taken out. */
function withoutUrl(body: string): string {
  return body
    .replace(/\s*\(Original work published [^)]*\)\.?\s*$/i, "")
    .replace(/\.?\s*(?:First|Originally) published (?:in )?\d{4}\.?\s*$/i, ".")
    .replace(/\s*\(Accessed:?[^)]*\)\.?\s*$/i, "")
    // Australian Harvard: "…, viewed 4 March 2024, <https://…>."
    .replace(/,?\s*viewed\s+[^,<\uE002]+,?\s*(?=<?\uE002)/i, " ")
    .replace(/\s*<(\uE002[^\uE003]*\uE003)>/g, " $1")
    .replace(/\s*(?:Available at:?|Available from:?|Retrieved(?:\s+[^,]+,\s*\d{4},)?\s+from|doi:)?\s*\uE002[^\uE003]*\uE003.*$/i, "")
    .trim();
}

/**
 * Australian (AGPS) Harvard, all commas after the year: a book
 *   Scott, JC 1998, *Seeing like a state*, Yale University Press, New Haven, p. 4.
 *   Castells, M 2010, *The rise of the network society*, 2nd edn, Wiley-Blackwell, Chichester.
 * or a chapter
 *   Kopytoff, I 1986, 'The cultural biography of things', in A Appadurai (ed.), *The social life of things*, Cambridge University Press, Cambridge, pp. 64–91.
 * Null for anything else.
 */
function readAgps(byline: { names: string[]; role: "AUTHOR" | "EDITOR" }, year: number, body: string): Candidate | null {
  const source: ParsedSource = { ...emptySource("BOOK"), authors: byline.names, authorRole: byline.role, year };
  if (byline.role === "EDITOR") source.editors = [...byline.names];
  let rest: string;
  const italic = /^\uE000([^\uE001]+)\uE001,\s+(.+)$/.exec(body);
  const quoted = /^['‘"“](.+?)[,.]?['’"”],\s+in\s+(.+?)\s+\((?:eds?|Eds?)\.?\)(?:,\s*|\s+)\uE000([^\uE001]+)\uE001,\s+(.+)$/.exec(body);
  if (quoted) {
    source.kind = "CHAPTER";
    source.title = plain(quoted[1]!);
    source.editors = parseNaturalByline(quoted[2]!)?.names ?? naturalNames(quoted[2]!);
    source.container = plain(quoted[3]!);
    rest = quoted[4]!;
  } else if (italic) {
    source.title = plain(italic[1]!);
    rest = italic[2]!;
  } else {
    // A plain title may hold commas of its own: the publisher and the place are the last two elements, and the publisher must say it is one.
    const elements = plain(body).replace(/\.$/, "").split(/,\s+/);
    // "Ringwood, Vic.": the last period is the abbreviation's as well as the entry's.
    if (/,\s*[A-Z][a-z]{1,4}\.$/.test(plain(body))) elements[elements.length - 1] += ".";
    const cited = /^pp?\.\s*(.+)$/.exec(elements.at(-1) ?? "");
    if (cited) elements.pop();
    // "Annandale, NSW", "Ringwood, Vic", "Reading, MA": a place and its state.
    if (elements.length > 3 && /^(?:[A-Z]{2,3}|[A-Z][a-z]{1,4}\.?)$/.test(elements.at(-1)!)) elements.splice(-2, 2, `${elements.at(-2)}, ${elements.at(-1)}`);
    if (elements.length < 3 || /['‘"“]/.test(elements[0]!.charAt(0))) return null;
    const [publisher, place] = elements.slice(-2) as [string, string];
    if (!PUBLISHER_NAME.test(publisher) || !/^\p{Lu}[\p{L}. ]*(?:,\s*[A-Z][A-Za-z]{1,4}\.?)?$/u.test(place)) return null;
    source.title = elements.slice(0, -2).join(", ");
    [source.publisher, source.place] = [publisher, place];
    return { source, pages: cited ? normalizePages(cited[1]!) : null, style: "AUTHOR_DATE", confidence: 0.78 };
  }
  const elements = plain(rest).replace(/\.$/, "").split(/,\s+/);
  let pages: string | null = null;
  const last = /^pp?\.\s*(.+)$/.exec(elements.at(-1) ?? "");
  if (last) {
    pages = normalizePages(last[1]!);
    elements.pop();
  }
  const edition = /^(\d+(?:st|nd|rd|th)|rev\.?|revised)\s+edn?\.?$/i.exec(elements[0] ?? "");
  if (edition) {
    source.edition = normalizeEdition(edition[1]!);
    elements.shift();
  }
  // Publisher, then place: each a name, with no numbers in it.
  if (elements.length !== 2 || elements.some((element) => !/^\p{Lu}[\p{L}&'’. -]*$/u.test(element))) return null;
  [source.publisher, source.place] = elements as [string, string];
  return { source, pages, style: "AUTHOR_DATE", confidence: 0.86 };
}

function readAt(note: FlatNote, start: number): Candidate | null {
  const text = note.text.slice(start);
  let head = HEAD.exec(text);
  if (!head) {
    const bare = BARE_YEAR_HEAD.exec(text);
    // Only a byline of inverted names may stand before a bare year.
    // Chicago's author–date list closes the byline with a period: "Ostrom, Elinor. 1990." (an initial's period stays: "Coase, R.H., 1960").
    const bylineText = bare ? bare[1]!.replace(/,$/, "").replace(/(?<=\p{L}{2})\.$/u, "") : "";
    // "Meyer, John W., and Brian Rowan. 1977.", "Sewell, William H., Jr. 1992.": only the first name inverted, as MLA prints it.
    const bareByline = bare ? (parseInvertedByline(bylineText) ?? parseMlaByline(bare[1]!.replace(/,$/, ""))) : null;
    if (!bare || !bareByline) return null;
    const agps = readAgps(bareByline, Number(bare[2]!.slice(0, 4)), bare[3]!);
    if (agps) return agps;
    head = [bare[0], bylineText, bare[2]!, undefined, bare[3]!] as unknown as RegExpExecArray;
  }
  const year = /^\d{4}/.test(head[2]!) ? Number(head[2]!.slice(0, 4)) : null;
  const dated = Boolean(head[3]);
  let body = head[4]!;
  // "Tocqueville, A. de.": the period closes the byline, after a particle, where no initial has one.
  let byline =
    parseInvertedByline(head[1]!) ??
    (/\s\p{Ll}+\.$/u.test(head[1]!.trim()) ? parseInvertedByline(head[1]!.trim().slice(0, -1)) : null) ??
    // Chicago's author–date list inverts the first name only: "Meyer, John W., and Brian Rowan".
    (head[1]!.includes(",") ? parseMlaByline(head[1]!) : null);
  let leadingTitle: string | null = null;
  // A byline without a comma is a group's name ("Creative Commons. (n.d.)."): a person's is inverted.
  const group = head[1]!.trim().replace(/(?<!\b\p{Lu})\.$/u, "");
  if (!byline && !group.includes(",") && /^\p{Lu}[\p{L}\p{N}&'’. -]*$/u.test(group) && group.split(/\s+/).length <= 8 && group.split(/\s+/).every((word) => /^(?:\p{Lu}|\d|&|of|the|for|and|on|in|de|du|la)/u.test(word))) {
    byline = { names: [group], etAl: false, role: "AUTHOR" };
  }
  if (!byline) {
    // No author: APA moves the title into the author's place ("*Title*. (n.d.). Site.").
    const title = head[1]!.trim();
    if (!/^\uE000[^\uE001]+\uE001\.?$/.test(title)) return null;
    leadingTitle = strip(title);
  }
  const url = body.includes(LINK_OPEN) ? linkFrom(note, start + text.length - body.length) : null;
  body = withoutUrl(body);
  const source: ParsedSource = { ...emptySource("BOOK"), authors: byline?.names ?? [], authorRole: byline?.role ?? "AUTHOR", year, url };
  if (byline?.role === "EDITOR") source.editors = [...byline.names];
  let pages: string | null = null;
  let confidence = 0.85;

  let rest: string[];
  let quotedTitle = false;
  let periodicalOnly: RegExpExecArray | null = null;
  if (leadingTitle) {
    source.title = leadingTitle;
    rest = sentences(body);
  } else {
    // Harvard quotes the titles of articles and chapters: 'Title', Journal, 12(3), pp. 4–5.
    const quoted = /^['‘"“](.+?)[,.]?['’"”],?\s+(.*)$/.exec(body);
    quotedTitle = quoted !== null;
    const parts = quoted ? [quoted[1]!, quoted[2]!] : sentences(body);
    if (parts.length === 0) return null;
    const title = titleOf(parts[0]!);
    if (!title) return null;
    source.title = title.title;
    source.edition = title.edition;
    source.volume = title.volume;
    source.translators = title.translators;
    source.editors.push(...title.editors);
    rest = parts.slice(1);
  }
  rest = readNoteSentences(rest, source);
  const restText = rest.join(" ").trim();

  const chapter = /^in:?\s+(.+)$/i.exec(restText);
  const byIssue = JOURNAL_ISSUE.exec(plain(restText));
  const journal =
    JOURNAL_VOL.exec(plain(restText)) ??
    JOURNAL.exec(plain(restText)) ??
    JOURNAL_CAD.exec(plain(restText)) ??
    (byIssue ? ([byIssue[0], byIssue[1], "", byIssue[2], byIssue[3]] as unknown as RegExpExecArray) : null);
  const magazine = MAGAZINE.exec(plain(restText));
  if (chapter && /\bpp?\.\s*\d|\((?:eds?|Eds?)\.?\)/.test(restText)) {
    // In C. Hess & E. Ostrom (Eds.), Book title (pp. 3–26). Publisher.   /   in Hess, C. and Ostrom, E. (eds) Book. Place: Publisher, pp. 3–26.
    let after = chapter[1]!;
    const edited = /^(.+?)\s+\((?:eds?|Eds?)\.?\)[.,]?\s+(.+)$/.exec(after);
    if (edited) {
      // APA prints the volume's editors in natural order ("C. Hess & E. Ostrom"), Harvard inverted ("Hess, C. and Ostrom, E.").
      source.editors = parseNaturalByline(edited[1]!)?.names ?? parseInvertedByline(edited[1]!)?.names ?? naturalNames(edited[1]!);
      after = edited[2]!;
    }
    const pp = /\((?:[^)]*?,\s*)?pp?\.\s*([^)]+)\)/.exec(after) ?? /,\s*pp?\.\s*([\divxlc]+(?:\s*[–—-]\s*[\divxlc]+)?)\.?$/.exec(after);
    const book = after.replace(/\s*\((?:[^)]*?,\s*)?pp?\.\s*[^)]+\)/, "").replace(/,\s*pp?\.\s*[\divxlc–—-]+\.?$/, "");
    const bookParts = sentences(book);
    const containerText = bookParts[0] ?? "";
    // Harvard: "in … (ed.) Illuminations. Translated by H. Zohn. New York: Schocken Books, pp. 217–251."
    const imprintParts = readNoteSentences(bookParts.slice(1), source);
    source.kind = "CHAPTER";
    let container = unquote(strip(containerText ?? ""));
    // "*The Stanford encyclopedia of philosophy* (Winter 2019 ed.)": the edition of the work that holds the entry.
    const edition = /\s*\(((?:\d+(?:st|nd|rd|th)|Rev\.|(?:Spring|Summer|Fall|Autumn|Winter)\s+\d{4})\s+ed\.)\)$/i.exec(container);
    if (edition) {
      source.edition = /^\d|^Rev/i.test(edition[1]!) ? normalizeEdition(edition[1]!.replace(/\s+ed\.$/, "")) : edition[1]!;
      container = container.slice(0, edition.index);
    }
    source.container = container || null;
    Object.assign(source, imprintOf(imprintParts.join(" ")));
    pages = pp ? normalizePages(pp[1]!.trim()) : null;
    confidence = source.container && source.publisher ? 0.88 : 0.6;
    // An entry in an edited reference work online, with no publisher: a page of that site.
    if (source.container && !source.publisher && url && !isDoi(url) && !pages) {
      source.kind = "WEB_PAGE";
      confidence = 0.8;
    }
  } else if (journal && !/[:]/.test(journal[1]!.slice(-2)) && !/\b(?:Press|Publishers?|Books)\b/.test(journal[1]!)) {
    source.kind = "ARTICLE";
    source.container = strip(journal[1]!);
    source.volume = journal[2] || null;
    source.issue = journal[3] ?? null;
    // An article number ("Article e1000316") is no page.
    pages = journal[4] && !/^(?:e\d|Article\s)/.test(journal[4]) ? normalizePages(journal[4]) : null;
    confidence = 0.9;
  } else if (magazine && (dated || /\d{1,2}\s+\p{Lu}\p{Ll}+,/u.test(restText)) && !url) {
    source.kind = "ARTICLE";
    source.container = strip(magazine[1]!);
    pages = normalizePages(magazine[2]!);
    confidence = 0.85;
  } else if (!url && (periodicalOnly = PERIODICAL_ONLY.exec(restText.trim())) && (dated || periodicalOnly[2] || quotedTitle)) {
    // A newspaper or magazine piece cited by its date alone: "The climate of man—I. *The New Yorker*." (dated in the byline's
    // parentheses), or Harvard's "'You and the atom bomb', *Tribune*, 19 October."
    source.kind = "ARTICLE";
    source.container = plain(periodicalOnly[1]!);
    confidence = 0.8;
  } else if (restText) {
    // A book's publisher, with its place in Harvard ("Cambridge: Cambridge University Press"); a web page's site.
    let imprintText = restText;
    const cited = IMPRINT_PAGES.exec(plain(imprintText));
    if (cited) {
      pages = normalizePages(cited[1] ?? cited[2]!);
      imprintText = plain(imprintText).slice(0, cited.index);
    }
    const imprint = imprintOf(imprintText);
    // "Washington, DC: US Department of Health and Human Services. Available at: …": a report, published somewhere, that is also online.
    const published = /^\p{Lu}[\p{L}. ]*(?:,\s*\p{Lu}[\p{L}.]*)?:\s*\p{Lu}/u.test(plain(imprintText));
    if (url && !isDoi(url) && !published && !/\b(?:Press|Publishers?|Books|Verlag|Éditions|UP)\b/.test(restText)) {
      // A roman title in an italic newspaper or magazine is an article there; an italic title on a site is a web page.
      // Harvard dates a newspaper's issue after its name: "*New Yorker*, 12 December".
      // A date alone ("'Title of story', 3 May."): the byline's organization is the site.
      const container = strip(restText).replace(new RegExp(`(?:^|,\\s*)(?:\\d{1,2}\\s+${MONTH}|${MONTH}\\s+\\d{1,2})$`), "") || null;
      // Italics say which is the periodical; without any, its name must.
      const italics = text.includes(ITALIC_OPEN);
      const periodical =
        container !== null && isPeriodicalName(container) && (!italics || (/^\uE000/.test(restText.trim()) && !/^\uE000/.test(body.trim())));
      source.kind = periodical ? "ARTICLE" : "WEB_PAGE";
      // APA's entry in a reference work: "Commons. In *Merriam-Webster.com dictionary*."
      source.container = container?.replace(/^In\s+(?=\p{Lu})/u, "") ?? null;
      confidence = 0.8;
    } else {
      Object.assign(source, imprint);
      // "Place: Publisher" says it is a book; a bare name could be anything a reference list ends with.
      confidence = imprint.publisher ? (imprint.place || /\b(?:Press|Publishers?|Books|Publishing|Verlag|UP|Routledge|Penguin|Verso|SAGE|Wiley|Springer)\b/.test(imprint.publisher) ? 0.87 : 0.78) : 0.6;
      // No publisher or place is named with a volume, pages or a DOI: this is something else, not read.
      if (/\b(?:pp?|vol|no)\.\s*\d|\d+\s*\(\d+\)|\(\d+(?:\/\d+)?\)|\d+\s*[–-]\s*\d+|\bdoi\b|\d{4,}|\b(?:eds?|edn|trans|rev)\.(?:\s|$)/i.test(`${imprint.place ?? ""} ${imprint.publisher ?? ""}`)) confidence = 0.4;
    }
  } else if (url) {
    // A DOI is a published work's, not a web page's: a report or a book ("World Bank. (2019). *World development report 2019*. https://doi.org/…");
    // so is a group's report on its own site, which APA cites with no site name ("World Health Organization. (2022). *World mental health report*. https://…").
    source.kind = isDoi(url) || (REPORT.test(source.title) && byline !== null && source.authors.length === 1 && !/,/.test(head[1]!)) ? "BOOK" : "WEB_PAGE";
    confidence = 0.75;
  } else return null;

  // The italic title of a book, or the italic journal of an article, confirms the reading.
  if (text.includes(ITALIC_OPEN) && text.includes(ITALIC_CLOSE)) confidence = Math.min(0.95, confidence + 0.03);
  if (!source.title || source.title.length > 300) return null;
  return { source, pages, style: "AUTHOR_DATE", confidence };
}

export function readAuthorDateAt(note: FlatNote, start: number): Candidate | null {
  return readAt(note, start);
}
