// A cited work's identity: the same work cited twice, in one post or in two,
// must land on the same Source row however its note was punctuated.

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
  authors: string[];
  title: string;
  year?: number | null;
  url?: string | null;
}

/** The same page with or without "https://www." and a trailing slash or fragment. */
function normalizeUrl(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, "")
    .replace(/^www\./, "")
    .replace(/#.*$/, "")
    .replace(/\/+$/, "");
}

/** Surnames, title and year; a web page without authors is identified by its URL. */
export function sourceKey(source: SourceIdentity): string {
  const surnames = source.authors.map(surnameOf).join(" ");
  if (!surnames && source.url) return `url:${normalizeUrl(source.url)}`;
  return [surnames, normalizeForMatching(source.title), source.year ?? ""].join("|");
}
