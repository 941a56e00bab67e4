import { CJK } from "./citations/flat.js";

// A cited work's identity. The same work cited twice, in one post or in two,
// in Chicago or APA or MLA, with or without its subtitle, in title case or
// sentence case, must land on the same Source row; another edition, another
// volume, or another chapter of the same book must not.

/** Lowercase letters and digits only, accents dropped, "&" read as "and". */
export function normalizeForMatching(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const NAME_SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);

/** "Martin Luther King Jr." is filed under "king", not "jr". */
export function surnameOf(name: string): string {
  return normalizeForMatching(name).split(" ").filter((word) => !NAME_SUFFIXES.has(word)).at(-1) ?? "";
}

export interface SourceIdentity {
  kind?: string;
  authors: string[];
  title: string;
  year?: number | null;
  url?: string | null;
  edition?: string | null;
  volume?: string | null;
  container?: string | null;
}

/** The same page with or without "https://www." and a trailing slash or fragment. */
export function normalizeUrl(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, "")
    .replace(/^www\./, "")
    .replace(/#.*$/, "")
    .replace(/\/+$/, "");
}

/** A title without its subtitle: what comes before the first colon, question mark or dash that sets a subtitle off. */
export function mainTitle(title: string): string {
  const main = title.split(/\s*[:：?？]\s+|\s*[:：？]\s*(?=\p{Script=Han})|\s+[—–]\s+|——|\s--\s/u)[0] ?? title;
  return normalizeForMatching(main) || normalizeForMatching(title);
}

const ORDINAL_WORDS: Record<string, string> = {
  first: "1", second: "2", third: "3", fourth: "4", fifth: "5", sixth: "6", seventh: "7", eighth: "8", ninth: "9", tenth: "10",
};

/** "2nd ed.", "2d edn", "Second edition", "第2版" as "2"; "rev. ed.", "Revised", "修订本" as "rev"; the first edition as nothing. */
export function editionKey(edition: string | null | undefined): string {
  if (!edition) return "";
  const text = edition.toLowerCase().trim();
  if (/^rev|revised|修订/.test(text)) return "rev";
  const digits = /(\d+)/.exec(text)?.[1] ?? ORDINAL_WORDS[/^[a-z]+/.exec(text)?.[0] ?? ""];
  if (digits) return digits === "1" ? "" : digits;
  return normalizeForMatching(text);
}

/**
 * The work's identity as a key: its main title, year, edition and volume, and
 * for a chapter the book that holds it; a web page is identified by its url.
 * Authors are compared apart (sameAuthors), since the styles print them so
 * differently ("Elinor Ostrom", "E. Ostrom", "Ostrom, Elinor", "Fei Xiaotong").
 */
export function sourceKey(source: SourceIdentity): string {
  // A page, or an article online that no volume numbers (a newspaper's, a magazine's), is known by its address: notes call it one or the other.
  const online = source.url && !/^https?:\/\/(?:dx\.)?doi\.org\//i.test(source.url);
  if (online && (source.kind === "WEB_PAGE" || (source.kind === "ARTICLE" && !source.volume))) return `url:${normalizeUrl(source.url!)}`;
  const bookLike = source.kind !== "ARTICLE" && source.kind !== "WEB_PAGE";
  return [
    mainTitle(source.title),
    source.year ?? "",
    editionKey(source.edition),
    bookLike && source.volume ? normalizeForMatching(source.volume) : "",
    source.kind === "CHAPTER" && source.container ? mainTitle(source.container) : "",
  ].join("|");
}

/** The words of a name by which two printings of it can be matched: its words of two letters or more, or a CJK name whole. */
function nameWords(name: string): Set<string> {
  if (CJK.test(name)) return new Set([name.replace(/[\s·・.]/g, "")]);
  return new Set(
    normalizeForMatching(name)
      .split(" ")
      .filter((word) => word.length >= 2 && !NAME_SUFFIXES.has(word)),
  );
}

/**
 * Whether two author lists can name the same people: the first names share a
 * word ("Elinor Ostrom" and "E. Ostrom"; "Fei Xiaotong" and "X. Fei"), or
 * either list is empty (a page cited with and without its organization).
 */
export function sameAuthors(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  const left = nameWords(a[0]!);
  for (const word of nameWords(b[0]!)) if (left.has(word)) return true;
  return false;
}
