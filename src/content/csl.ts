import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { CJK } from "./citations/flat.js";
import { isOrganization } from "./citations/names.js";
import type { ParsedSource } from "./citations/types.js";
import { editionKey } from "./sources.js";

// Sources and posts in the field's interchange format, CSL-JSON, and from it
// BibTeX, RIS and formatted references, with citation-js (conversions) and
// citeproc-js (formatting, through citation-js's CSL plugin) and the CSL
// project's styles: Chicago (notes and bibliography, 17th ed.) from the npm
// package that carries it, APA 7 as citation-js bundles it, and MLA 9 in a
// style written here (src/content/csl/mla-9.csl), since the official one is not
// on the registry. citeproc-js is licensed CPAL-1.0 or AGPL-1.0; see README.

const require = createRequire(import.meta.url);

interface CitationJs {
  Cite: new (data: unknown) => { format(format: string, options?: Record<string, unknown>): unknown };
  plugins: { config: { get(name: string): Record<string, unknown> } };
}
type CslConfig = { styles: { add(name: string, xml: string): void } };
type BibtexConfig = { format: { asciiOnly: boolean } };

let loaded: CitationJs | null = null;
/** citation-js and its plugins, loaded on first use: most requests never format a citation. */
function citationJs(): CitationJs {
  if (loaded) return loaded;
  const core = require("@citation-js/core") as CitationJs;
  require("@citation-js/plugin-csl");
  require("@citation-js/plugin-bibtex");
  require("@citation-js/plugin-ris");
  const styles = (core.plugins.config.get("@csl") as CslConfig).styles;
  // BibTeX in UTF-8, as biber and every current reference manager read it: escaped to ASCII, citation-js drops each character it has no escape for, Chinese included.
  (core.plugins.config.get("@bibtex") as BibtexConfig).format.asciiOnly = false;
  // The package's index imports its JSON without an import attribute, which Node's ESM refuses: read the JSON itself.
  const chicago = require("@citation/csl-style-chicago-note-bibliography/info.json") as { content: string };
  styles.add("chicago-note-bibliography", chicago.content);
  styles.add("colloquy-mla-9", readFileSync(new URL("./csl/mla-9.csl", import.meta.url), "utf8"));
  loaded = core;
  return core;
}

export type CslName = { family: string; given?: string; "non-dropping-particle"?: string; suffix?: string } | { literal: string };

export interface CslItem {
  id: string;
  type: string;
  title: string;
  author?: CslName[];
  editor?: CslName[];
  translator?: CslName[];
  "container-title"?: string;
  volume?: string;
  issue?: string;
  edition?: string;
  publisher?: string;
  "publisher-place"?: string;
  issued?: { "date-parts": number[][] };
  accessed?: { "date-parts": number[][] };
  URL?: string;
  DOI?: string;
  page?: string;
  language?: string;
}

const PARTICLES = new Set(["de", "del", "della", "der", "den", "di", "da", "du", "des", "la", "le", "van", "von", "vom", "zu", "ter", "ten", "dos", "das", "do", "al", "el", "bin", "ibn"]);
const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;

/**
 * A name as printed, as CSL's parts: "Elinor Ostrom" → Ostrom, Elinor;
 * "Frans de Waal" → Waal, with "de" its particle; "Martin Luther King Jr." →
 * King, Martin Luther, Jr.; organizations and CJK names whole. A romanized
 * East Asian name printed family name first ("Fei Xiaotong") cannot be told
 * from a Western one: it is split the Western way.
 */
export function cslName(name: string): CslName {
  const text = name.trim();
  if (CJK.test(text) || isOrganization(text)) return { literal: text };
  const words = text.split(/\s+/);
  if (words.length === 1) return { literal: text };
  const suffix = SUFFIX.test(words.at(-1)!) ? words.pop() : undefined;
  const family = words.pop()!;
  const particles: string[] = [];
  while (words.length > 1 && PARTICLES.has(words.at(-1)!.toLowerCase())) particles.unshift(words.pop()!);
  const out: CslName = { family, given: words.join(" ") };
  if (particles.length) out["non-dropping-particle"] = particles.join(" ");
  if (suffix) out.suffix = suffix;
  return out;
}

const TYPES: Record<string, string> = { BOOK: "book", ARTICLE: "article-journal", CHAPTER: "chapter", WEB_PAGE: "webpage" };

/** A Source's fields as a note gives them, its kind and role as stored (plain strings). */
export type SourceForCsl = Omit<ParsedSource, "kind" | "authorRole"> & { kind: string; authorRole: string };

/** A Source as a CSL-JSON item. An article without a volume is a magazine's or a newspaper's. */
export function sourceToCsl(source: SourceForCsl, id: string): CslItem {
  const type = source.kind === "ARTICLE" && !source.volume ? "article-magazine" : (TYPES[source.kind] ?? "document");
  const item: CslItem = { id, type, title: source.title };
  const leading = source.authors.map(cslName);
  if (source.authorRole === "EDITOR") item.editor = leading;
  else if (leading.length) item.author = leading;
  const editors = source.editors.filter((name) => !(source.authorRole === "EDITOR" && source.authors.includes(name))).map(cslName);
  if (editors.length) item.editor = [...(item.editor ?? []), ...editors];
  if (source.translators.length) item.translator = source.translators.map(cslName);
  if (source.container) item["container-title"] = source.container;
  if (source.volume) item.volume = source.volume;
  if (source.issue) item.issue = source.issue;
  if (source.edition) {
    const key = editionKey(source.edition);
    item.edition = /^\d+$/.test(key) ? key : source.edition;
  }
  if (source.publisher) item.publisher = source.publisher;
  if (source.place) item["publisher-place"] = source.place;
  if (source.year) item.issued = { "date-parts": [[source.year]] };
  if (source.url) {
    const doi = /^https?:\/\/(?:dx\.)?doi\.org\/(10\..+)$/i.exec(source.url);
    if (doi) item.DOI = decodeURIComponent(doi[1]!);
    item.URL = source.url;
  }
  if (CJK.test(source.title)) item.language = "zh";
  return item;
}

export type BibliographyStyle = "CHICAGO" | "APA" | "MLA";
const TEMPLATES: Record<BibliographyStyle, string> = { CHICAGO: "chicago-note-bibliography", APA: "apa", MLA: "colloquy-mla-9" };

/** Bibliography entries for the items, in the style, as plain text or HTML: one string per item, in the items' order. */
export function formatBibliography(items: CslItem[], style: BibliographyStyle, format: "text" | "html" = "text"): string[] {
  if (items.length === 0) return [];
  const { Cite } = citationJs();
  const entries = new Cite(items).format("bibliography", { format, template: TEMPLATES[style], lang: "en-US", asEntryArray: true, nosort: true }) as [string, string][];
  const byId = new Map(entries.map(([id, text]) => [id, text.trim()]));
  return items.map((item) => byId.get(item.id) ?? "");
}

const STOP_WORDS = new Set(["the", "a", "an"]);
/** The first word of a name or title that has Latin letters or digits, folded to ASCII ("Müller" → "Muller"); "" when none has. */
function asciiWord(text: string | undefined): string {
  for (const word of (text ?? "").normalize("NFKD").replace(/[^\x20-\x7e]+/g, "").split(/[^A-Za-z0-9_]+/)) {
    if (word && !STOP_WORDS.has(word.toLowerCase())) return word;
  }
  return "";
}

/**
 * Citation keys as citation-js makes them, first author's surname, year and
 * the title's first word ("Ostrom1990Governing"), but never "undefined" for a
 * name or title in another script ("work2008" then), and never one key for two
 * works in one export ("…a", "…b").
 */
export function bibtexKeys(items: CslItem[]): string[] {
  const seen = new Map<string, number>();
  const keys = items.map((item) => {
    const name = item.author?.[0] ?? item.editor?.[0];
    const surname = asciiWord(name ? ("literal" in name ? name.literal : name.family) : undefined);
    const year = item.issued?.["date-parts"][0]?.[0];
    const title = asciiWord(item.title);
    return (surname || title ? surname : "work") + (year ?? "") + title || "work";
  });
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return keys.map((key) => {
    if (counts.get(key) === 1) return key;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return key + String.fromCharCode(97 + (n % 26)) + (n >= 26 ? String(Math.floor(n / 26)) : "");
  });
}

export function toBibtex(items: CslItem[]): string {
  if (items.length === 0) return "";
  const { Cite } = citationJs();
  const keys = bibtexKeys(items);
  return String(new Cite(items.map((item, i) => ({ ...item, "citation-key": keys[i] }))).format("bibtex", { format: "text" }));
}

/**
 * RIS, one tag per line. citation-js converts the items to RIS tags; it then
 * folds long values at 70 characters, in the middle of words, which importers
 * read back as two words. So the tags are written out here, unfolded.
 */
export function toRis(items: CslItem[]): string {
  if (items.length === 0) return "";
  const { Cite } = citationJs();
  const entries = new Cite(items).format("ris", { format: "object" }) as Record<string, string | string[]>[];
  return entries
    .map((entry) => {
      const lines = [`TY  - ${String(entry.TY)}`];
      for (const [tag, value] of Object.entries(entry)) {
        if (tag === "TY") continue;
        for (const one of ([] as string[]).concat(value)) lines.push(`${tag}  - ${String(one).replace(/\s+/g, " ")}`);
      }
      lines.push("ER  - ");
      return lines.join("\r\n");
    })
    .join("\r\n\r\n")
    .concat("\r\n");
}
