import { CJK, plain, type FlatNote } from "./flat.js";
import { leadingPages, normalizePages, YEAR_SOURCE } from "./locators.js";
import { parseSurnames } from "./names.js";
import type { ParsedNote } from "./types.js";

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

const AUTHOR_DATE = new RegExp(
  `^\\(?\\s*([^(),]+?(?:\\s+et\\s+al\\.)?),?\\s+\\(?(${YEAR_SOURCE})[a-z]?\\)?(?:,?\\s*(?:pp?\\.\\s*)?([\\divxlc]+(?:\\s*[–—-]\\s*[\\divxlc]+)?))?\\s*\\)?\\s*[.;]?\\s*$`,
  "u",
);

/** "Ostrom 1990, 58", "(Hess and Ostrom, 2007, p. 22)", "Ostrom (1990, 58)": an author–date short reference. */
function readAuthorDateShort(text: string): ParsedNote | null {
  const match = AUTHOR_DATE.exec(text);
  if (!match) return null;
  const byline = match[1]!.replace(/\s+et\s+al\.$/, "");
  // Surnames only: "Ostrom", "Hess and Ostrom", "Hess, Ostrom, and Smith".
  if (!byline.split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean).every((name) => /^[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+)?$/u.test(name) || CJK.test(name))) {
    return null;
  }
  return { kind: "short", surname: match[1]!.trim(), shortTitle: "", year: Number(match[2]), pages: match[3] ? normalizePages(match[3]) : null, alternatives: [] };
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

  let byline: string;
  let shortTitle = "";
  let rest: string;
  let alternatives: { surname: string; shortTitle: string }[] = [];
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
  // A short form names people by their surnames.
  if (!parseSurnames(plain(byline).replace(/,$/, ""))) return null;
  const found = leadingPages(rest);
  // Without pages or a title, "Name, something" is too loose to call a citation.
  if (!found && (!shortTitle || !/^(?:$|[.;])/.test(rest.trim()))) return null;
  return { kind: "short", surname: plain(byline).replace(/,$/, ""), shortTitle, year: null, pages: found?.pages ?? null, alternatives };
}
