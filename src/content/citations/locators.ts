// Pages, dates and years, as notes print them.

const ROMAN = "(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})";
/** A page, a roman page, or a numbered section ("14.3", as manuals and codes are cited). */
const PAGE_NUMBER = `(?:\\d+(?:\\.\\d+)+|\\d+[a-z]?|${ROMAN})`;
const NOTE_NUMBER = "nn?\\.?\\s*\\d+(?:\\s*(?:--|[–-])\\s*\\d+)?";
const PAGE_ITEM =
  `(?:(?:chaps?\\.|ch\\.|secs?\\.|§+|paras?\\.|loc\\.)\\s*)?` +
  `(?:nn?\\.\\s*\\d+|${PAGE_NUMBER}(?:\\s*(?:--|[–—-])\\s*${PAGE_NUMBER})?(?:\\s*${NOTE_NUMBER})?(?:\\s*ff?\\.|\\s+passim)?)` +
  `(?![\\p{L}\\p{N}])`;
/** Pages, perhaps after the volume they are in ("7:226", "8:352–55"). */
const PAGES = new RegExp(`^(?:(?:pp?\\.|pages?|at)\\s*)?(?:(\\d{1,3}):(?=\\d))?(${PAGE_ITEM}(?:\\s*(?:,|and|&)\\s*${PAGE_ITEM})*)`, "u");

/** Hyphenated ranges get the en dash a printed note would use. */
export function normalizePages(pages: string): string {
  return pages.replace(/(?<=[\divxlc])\s*(?:--|-|–|—)\s*(?=[\divxlc])/g, "–").replace(/\s+/g, " ");
}

/** Page locators at the start of `text`, and what follows them. */
export function leadingPages(text: string): { pages: string; rest: string; volume: string | null } | null {
  const match = PAGES.exec(text);
  if (!match) return null;
  const rest = text.slice(match[0].length);
  if (rest && !/^[\s.,;:)\]\uE001\uE002]/.test(rest)) return null;
  return { pages: normalizePages(match[2]!), rest, volume: match[1] ?? null };
}

export interface Tail {
  pages: string | null;
  /** The volume of a multivolume work, when the pages name it: "7:226". */
  volume?: string | null;
  /** What follows the pages: perhaps a url, perhaps commentary. */
  rest: string;
}

/** The pages after a citation, e.g. ", 58–102" or ": 1244", and what follows them. */
export function readPagesAndRest(text: string, pageSeparator: RegExp): Tail {
  const separator = pageSeparator.exec(text);
  const found = separator ? leadingPages(text.slice(separator[0].length)) : null;
  return found ?? { pages: null, rest: text };
}

export const MONTH =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|" +
  "Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
export const SEASON = "(?:Spring|Summer|Fall|Autumn|Winter)";
export const DATE = `(?:${MONTH}\\s+\\d{1,2},\\s*\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4}|(?:${MONTH}|${SEASON})\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})`;
export const YEAR = /\b(1[4-9]\d\d|20\d\d)\b/g;
export const YEAR_SOURCE = "(?:1[4-9]\\d\\d|20\\d\\d)";

export function firstYear(text: string): number | null {
  const match = text.match(YEAR);
  return match ? Number(match[0]) : null;
}

export const WEB_DATE_LABEL = "(?:accessed|last modified|modified|last updated|updated|published|posted|retrieved|viewed|consulted)";

const ORDINALS: Record<string, string> = {
  first: "1st", second: "2nd", third: "3rd", fourth: "4th", fifth: "5th", sixth: "6th", seventh: "7th", eighth: "8th", ninth: "9th", tenth: "10th",
};

/**
 * An edition as Chicago prints it, whatever style named it: "2nd ed." for
 * "2nd", "2d ed.", "2nd edn", "Second edition"; "rev. ed." for "Rev.",
 * "Revised ed."; anything else as written.
 */
export function normalizeEdition(text: string): string {
  const edition = text.trim().replace(/\s+/g, " ");
  if (/^rev(?:\.|ised)?(?:\s+(?:ed|edn|edition)\.?)?$/i.test(edition)) return "rev. ed.";
  const ordinal = /^(\d+)(?:st|nd|rd|th|d)?(?:\s+(?:ed|edn|edition)\.?)?$/i.exec(edition);
  if (ordinal) {
    const n = Number(ordinal[1]);
    const suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
    return `${n}${suffix} ed.`;
  }
  const word = /^([a-z]+)(?:\s+(?:ed|edn|edition)\.?)?$/i.exec(edition);
  if (word && ORDINALS[word[1]!.toLowerCase()]) return `${ORDINALS[word[1]!.toLowerCase()]} ed.`;
  return edition;
}
