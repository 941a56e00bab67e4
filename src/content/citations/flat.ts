import type { Nodes } from "mdast";
import { parseMarkdown } from "../markdown.js";

// A note as the readers see it: one line of text, in which private-use
// characters mark where remark found italics and links (any such characters
// in the note itself are dropped first), with the text made regular the way
// copy and paste leaves it irregular: no-break and thin spaces, a missing space
// around "&", runs of whitespace.

export const ITALIC_OPEN = "\uE000";
export const ITALIC_CLOSE = "\uE001";
export const LINK_OPEN = "\uE002";
export const LINK_CLOSE = "\uE003";
export const MARKERS = /[\uE000-\uE003]/g;
const FULL_WIDTH_STOP = /[，。；：、）】》」』！？]/;

export interface FlatNote {
  text: string;
  /** The url of each LINK_OPEN in `text`, in order; null for a link that is not a web address. */
  urls: (string | null)[];
}

/** Nodes whose children are blocks, set apart by a space; a paragraph's children are inline and run together. */
const BLOCKS = new Set(["root", "blockquote", "list", "listItem", "footnoteDefinition", "table", "tableRow"]);

/** The spacing of pasted text made regular. */
export function regularize(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F]/g, " ")
    .replace(/\u200B|\u200C|\u200D|\uFEFF/g, "")
    // "Rowman& Littlefield", "Rowman &Littlefield": the ampersand between two words has a space on each side.
    .replace(/(?<=[\p{L}\p{N}.,])&(?=\s)/gu, " &")
    .replace(/(?<=\s)&(?=[\p{L}\p{N}])/gu, "& ")
    .replace(/\s+/g, " ")
    .trim();
}

export function flattenNote(markdown: string): FlatNote {
  const urls: (string | null)[] = [];
  const walk = (node: Nodes, inItalic: boolean): string => {
    switch (node.type) {
      case "text":
        return linkDois(node.value.replace(MARKERS, ""), urls);
      case "inlineCode":
        return node.value.replace(MARKERS, "");
      case "break":
        return " ";
      case "html":
      case "footnoteReference":
        return "";
      case "emphasis": {
        const inner = node.children.map((child) => walk(child, true)).join("");
        // A title inside an italic title is set in roman; it is still part of the outer title.
        return inItalic ? inner : ITALIC_OPEN + inner + ITALIC_CLOSE;
      }
      case "link": {
        const inner = node.children.map((child) => walk(child, inItalic)).join("");
        // A bare address that runs into full-width punctuation ("https://…，2026年2月1日访问"): the address ends there.
        const cut = inner.search(FULL_WIDTH_STOP);
        if (cut > 0 && node.url.endsWith(inner.slice(cut))) {
          urls.push(webUrl(node.url.slice(0, node.url.length - (inner.length - cut))));
          return LINK_OPEN + inner.slice(0, cut) + LINK_CLOSE + inner.slice(cut);
        }
        // "www.theatlantic.com/…" printed without a scheme: GFM links it as http://, the site serves https.
        urls.push(webUrl(/^www\./i.test(inner) && node.url === `http://${inner}` ? `https://${inner}` : node.url));
        return LINK_OPEN + inner + LINK_CLOSE;
      }
      default:
        if (!("children" in node)) return "value" in node ? String(node.value) : "";
        return node.children.map((child) => walk(child, inItalic)).join(BLOCKS.has(node.type) ? " " : "");
    }
  };
  return { text: regularize(walk(parseMarkdown(markdown), false)), urls };
}

/**
 * A DOI printed without an address ("doi:10.1126/science.162.3859.1243",
 * "DOI: 10.1257/aer.100.3.641"), as Harvard and older APA print them: a link
 * to https://doi.org/…, like the DOIs printed as addresses. The sentence's
 * closing period is not part of it.
 */
function linkDois(text: string, urls: (string | null)[]): string {
  return text.replace(/\b(doi:?\s*)(10\.\d{4,9}\/[^\s<>"]+?)(?=[.,;)]?(?:\s|$))/gi, (_, label: string, doi: string) => {
    urls.push(`https://doi.org/${doi}`);
    return `${LINK_OPEN}${label}${doi}${LINK_CLOSE}`;
  });
}

/**
 * `url` if it is an http(s) address, else null. A source's url is served as is
 * and clients link to it, so a `javascript:` or `data:` link in a note must
 * never become one; the URL parser reads the scheme as a browser would.
 */
export function webUrl(url: string): string | null {
  try {
    const { protocol } = new URL(url);
    return protocol === "http:" || protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

/** Text without the markers, its spaces collapsed. */
export function plain(text: string): string {
  return text.replace(MARKERS, "").replace(/\s+/g, " ").trim();
}

/** The url of the first link at or after `index`. */
export function linkFrom(note: FlatNote, index: number): string | null {
  let ordinal = 0;
  for (let i = 0; i < note.text.length; i++) {
    if (note.text[i] !== LINK_OPEN) continue;
    if (i >= index) return note.urls[ordinal] ?? null;
    ordinal++;
  }
  return null;
}

/** The index of the ")" that closes the "(" at `open`, counting nested pairs; -1 when none does. */
export function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0) return i;
  }
  return -1;
}

/** Whether the text is written in Chinese, Japanese or Korean script. */
export const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
