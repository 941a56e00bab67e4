// A cited work's identity: the same work cited twice, in one post or in two,
// must land on the same Source row however its note was punctuated.

function normalize(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export interface SourceIdentity {
  authors: string[];
  title: string;
  year?: number | null;
  url?: string | null;
}

/** Surnames, title and year; a web page without authors is identified by its URL. */
export function sourceKey(source: SourceIdentity): string {
  const surnames = source.authors.map((name) => normalize(name).split(" ").at(-1) ?? "").join(" ");
  if (!surnames && source.url) return `url:${source.url.replace(/\/+$/, "").toLowerCase()}`;
  return [surnames, normalize(source.title), source.year ?? ""].join("|");
}
