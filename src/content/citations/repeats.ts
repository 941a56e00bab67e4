import { CJK, plain, type FlatNote } from "./flat.js";
import { leadingPages, normalizePages, YEAR_SOURCE } from "./locators.js";
import { isOrganization, parseSurnames } from "./names.js";
import type { ParsedNote, ShortReading } from "./types.js";

// Notes that repeat an earlier one: "Ibid." in its spellings ("Ibid", "ibid.",
// "Ibid,", "Ibidem", "Id.", "同上"), with or without pages, and short forms:
// a surname and a short title (italic, quoted or plain), an author–date
// reference ("Ostrom 1990, 58", "(Hess and Ostrom, 2007, p. 22)"), or a
// Chinese short note ("费孝通：《乡土中国》，第15页").

const IBID = /^\uE000?\s*(?:ibid(?:em)?|id)(?!\p{L})\.?\s*\uE001?/iu;
const CHINESE_IBID = /^同上(?:注|书|文)?/;

export function readIbidAt(note: FlatNote, start: number): ParsedNote | null {
  const text = note.text.slice(start);
  const chinese = CHINESE_IBID.exec(text);
  if (chinese) {
    const page = /第\s*([\d\s–—-]+)\s*页/.exec(text.slice(chinese[0].length));
    return { kind: "ibid", pages: page ? normalizePages(page[1]!.trim()) : null };
  }
  const match = IBID.exec(text);
  if (!match) return null;
  const after = text.slice(match[0].length).replace(/^[\s.,;:]+/, "");
  const found = leadingPages(after);
  // "Ibid." followed by a sentence of its own is still a repeat; followed by a name or a title, it is not: "Idle thoughts" never reaches here.
  return { kind: "ibid", pages: found?.pages ?? null };
}

/** A Chinese short note: `作者：《书名》，第15页。` (a full one names its publisher and year). */
function readChineseShort(text: string): ParsedNote | null {
  const match = /^([^：:，,《]{1,30})[：:]\s*《([^》]+)》\s*[，,]?\s*(?:第\s*([\d\s–—-]+)\s*页)?\s*[。.]?\s*$/.exec(text);
  if (!match || !CJK.test(match[1]!)) return null;
  return { kind: "short", surname: match[1]!.trim(), shortTitle: match[2]!.trim(), year: null, pages: match[3] ? normalizePages(match[3].trim()) : null, alternatives: [] };
}

const PAGE_LIST = "[\\divxlc]+(?:\\s*[–—-]\\s*[\\divxlc]+)?(?:\\s*,\\s*[\\divxlc]+(?:\\s*[–—-]\\s*[\\divxlc]+)?)*";
const AUTHOR_DATE = new RegExp(
  `^\\(?\\s*([^()]+?),?\\s+\\(?(${YEAR_SOURCE})[a-z]?\\)?(?:[,:]?\\s*(?:pp?\\.\\s*)?(${PAGE_LIST}))?\\s*\\)?\\s*[.;]?\\s*$`,
  "u",
);

/** Surnames ("Ostrom", "de Waal", "Hess and Ostrom", "Dietz, Ostrom and Stern", "Bellah et al."), or a group's name ("World Health Organization"). */
function bylineOfShortForm(byline: string): boolean {
  const text = byline.trim();
  if (CJK.test(text)) return [...text].length <= 30;
  return parseSurnames(text) !== null || (isOrganization(text) && /^[\p{Lu}\d]/u.test(text) && !text.includes(",") && text.split(/\s+/).length <= 8);
}

/** "Ostrom 1990, 58", "Putnam 2000: 283", "Jackson (2017: 87)", "(Hess and Ostrom, 2007, p. 22)", "Ostrom (1990, 58)", "(van Dijk 2020, p. 33)": an author–date short reference. */
function readAuthorDateShort(text: string): ParsedNote | null {
  const match = AUTHOR_DATE.exec(text);
  if (!match) return null;
  const byline = match[1]!.replace(/,\s*$/, "").trim();
  if (!bylineOfShortForm(byline)) return null;
  // "(Dietz et al. 1910)": a year to APA, a page to MLA. The page is tried when no work of that year is cited.
  const alternatives: ShortReading[] = !match[3] && /^\(.*\)\s*[.;]?$/.test(text.trim()) && !/,\s*\d{4}/.test(text) ? [{ surname: byline, shortTitle: "", year: null, pages: match[2]! }] : [];
  return { kind: "short", surname: byline, shortTitle: "", year: Number(match[2]), pages: match[3] ? normalizePages(match[3]) : null, alternatives };
}

const MLA_SHORT = new RegExp(`^\\(\\s*([^()“”"]+?)(?:\\s+(?:pp?\\.\\s*)?(${PAGE_LIST}))?\\s*\\)\\s*[.;]?\\s*$`, "u");
/** The same without its parentheses, as a note: "Putnam 27.", "Hobsbawm and Ranger 9". */
const MLA_BARE_SHORT = new RegExp(`^([^()“”"\\d:;,]+?)\\s+(?:pp?\\.\\s*)?(${PAGE_LIST})\\s*[.;]?\\s*$`, "u");
/** Words that stand before a number in a note and are no one's surname: "Chapter 3.", "Table 2". */
const NOT_A_SURNAME = /^(?:chapter|chap\.|section|sect\.|table|figure|fig\.|note|notes|page|part|vol\.|volume|book|appendix|article|act|item|line|lines|no\.|number|psalm|verse|year|plate|map|canto|letter|session|episode|question|point|step|rule|clause|paragraph|para\.|art\.|ch\.|sec\.)$/i;
const TITLE_ONLY = new RegExp(`^\\(?\\s*[“"]([^”"]+?)[,.]?[”"]\\s*(?:,?\\s*(?:pp?\\.\\s*)?(${PAGE_LIST}))?\\s*\\)?\\s*[.;]?\\s*$`, "u");

/** MLA's parenthetical reference, "(Ostrom 61–62)", "(Bellah et al. 143)"; or a work without an author named by its title alone, "(“History”)", "“Elinor Ostrom – Facts.”". */
function readParentheticalShort(text: string): ParsedNote | null {
  const mla = MLA_SHORT.exec(text);
  if (mla && bylineOfShortForm(mla[1]!)) {
    return { kind: "short", surname: mla[1]!.trim(), shortTitle: "", year: null, pages: mla[2] ? normalizePages(mla[2]) : null, alternatives: [] };
  }
  const bare = MLA_BARE_SHORT.exec(text);
  const words = bare ? bare[1]!.trim().split(/\s+/) : [];
  if (bare && !words.some((word) => NOT_A_SURNAME.test(word) || /^(?:see|cf\.?|compare|also|in|on|at|from|to|the|this|that|my|our)$/i.test(word)) && !CJK.test(bare[1]!) && bylineOfShortForm(bare[1]!)) {
    return { kind: "short", surname: bare[1]!.trim(), shortTitle: "", year: null, pages: normalizePages(bare[2]!), alternatives: [] };
  }
  const titled = TITLE_ONLY.exec(text);
  if (titled) return { kind: "short", surname: "", shortTitle: titled[1]!.trim(), year: null, pages: titled[2] ? normalizePages(titled[2]) : null, alternatives: [] };
  return null;
}

/** A short form is short: longer text is commentary, or a full citation, and is not tried as one. */
const MAX_SHORT_FORM = 400;

export function readShortAt(note: FlatNote, start: number): ParsedNote | null {
  const text = note.text.slice(start);
  const flat = plain(text);
  if (flat.length > MAX_SHORT_FORM) return null;
  const chinese = readChineseShort(flat);
  if (chinese) return chinese;
  const authorDate = readAuthorDateShort(flat);
  if (authorDate) return authorDate;
  const parenthetical = readParentheticalShort(flat);
  if (parenthetical) return parenthetical;

  let byline: string;
  let shortTitle = "";
  let rest: string;
  let alternatives: ShortReading[] = [];
  const italic = /^([^\uE000]+?,\s*)\uE000([^\uE001]+)\uE001\s*,?\s*/.exec(text);
  const quoted = /^([^“"]+?,\s*)[“"]([^”"]+?)[,.]?[”"]\s*,?\s*/.exec(text);
  if (italic || quoted) {
    const found = (italic ?? quoted)!;
    byline = found[1]!;
    shortTitle = plain(found[2]!).replace(/[,.]$/, "");
    rest = text.slice(found[0].length);
  } else {
    // `Surnames, Short Title, pages` in roman type (the title may hold commas), or just `Surname, pages`.
    const segments = text.split(/,\s+/);
    const splits: { byline: string; title: string; rest: string }[] = [];
    // Runs of surnames that leave a title before the pages, the longest first; then surnames and pages alone.
    for (let k = segments.length - 2; k >= 1; k--) {
      const candidate = segments.slice(0, k).join(", ");
      const remainder = segments.slice(k);
      if (remainder.length >= 2 && !/^(?:and|&)\s/i.test(remainder[0]!) && leadingPages(remainder.at(-1)!) && parseSurnames(plain(candidate))) {
        splits.push({ byline: `${candidate},`, title: remainder.slice(0, -1).join(", "), rest: remainder.at(-1)! });
      }
    }
    if (segments.length === 2 && parseSurnames(plain(segments[0]!)) && leadingPages(segments[1]!)) {
      splits.push({ byline: `${segments[0]},`, title: "", rest: segments[1]! });
    }
    const split = splits[0];
    alternatives = splits.slice(1).map((other) => ({ surname: plain(other.byline).replace(/,$/, ""), shortTitle: plain(other.title).trim() }));
    if (!split) return null;
    byline = split.byline;
    shortTitle = plain(split.title).trim();
    rest = split.rest;
  }
  // A short form names people by their surnames, or a group by its name; "See, e.g., Ostrom, …" is read from after its lead-in.
  if (!bylineOfShortForm(plain(byline).replace(/,$/, "")) || /^(?:see|cf|compare|also|e\.g|i\.e)\b/i.test(plain(byline))) return null;
  const found = leadingPages(rest);
  // Without pages or a title, "Name, something" is too loose to call a citation.
  if (!found && (!shortTitle || !/^(?:$|[.;])/.test(rest.trim()))) return null;
  return { kind: "short", surname: plain(byline).replace(/,$/, ""), shortTitle, year: null, pages: found?.pages ?? null, alternatives };
}
