// Pages, dates and years, as notes print them.

const ROMAN = "(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})";
/** A page, a roman page, or a numbered section ("14.3", as manuals and codes are cited). */
const PAGE_NUMBER = `(?:\\d+(?:\\.\\d+)+|\\d+[a-z]?|${ROMAN})`;
const NOTE_NUMBER = "nn?\\.?\\s*\\d+(?:\\s*(?:--|[–-])\\s*\\d+)?";
const PAGE_ITEM =
  `(?:(?:chaps?\\.|ch\\.|secs?\\.|§+|paras?\\.|loc\\.)\\s*)?` +
  `(?:nn?\\.\\s*\\d+|${PAGE_NUMBER}(?:\\s*(?:--|[–—-])\\s*${PAGE_NUMBER})?(?:\\s*${NOTE_NUMBER})?(?:\\s*ff?\\.|\\s+passim)?)` +
  `(?![\\p{L}\\p{N}])`;
const PAGES = new RegExp(`^(?:(?:pp?\\.|pages?|at)\\s*)?(${PAGE_ITEM}(?:\\s*(?:,|and|&)\\s*${PAGE_ITEM})*)`, "u");

/** Hyphenated ranges get the en dash a printed note would use. */
export function normalizePages(pages: string): string {
  return pages.replace(/(?<=[\divxlc])\s*(?:--|-|–|—)\s*(?=[\divxlc])/g, "–").replace(/\s+/g, " ");
}

/** Page locators at the start of `text`, and what follows them. */
export function leadingPages(text: string): { pages: string; rest: string } | null {
  const match = PAGES.exec(text);
  if (!match) return null;
  const rest = text.slice(match[0].length);
  if (rest && !/^[\s.,;:)\]\uE001\uE002]/.test(rest)) return null;
  return { pages: normalizePages(match[1]!), rest };
}

export interface Tail {
  pages: string | null;
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
