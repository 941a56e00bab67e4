import type { Root as HastRoot } from "hast";
import type { FootnoteDefinition, Nodes, Root as MdastRoot } from "mdast";
import { toString as mdastToString } from "mdast-util-to-string";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";

// Markdown in, sanitized HTML or plain text out. Raw HTML in the Markdown is
// dropped, and the result passes GitHub's allow-list (rehype-sanitize's default).
// Footnote ids and the links to them carry a "user-content-" prefix, so a
// document cannot clobber the ids of the page that shows it.
//
// Everything here is synchronous and keeps nothing: src/content/rendering.ts
// decides where it runs (inline for short texts, on a worker thread for long
// ones, so that no text can hold the event loop) and memoizes the results.

export type ContentFormat = "HTML" | "MARKDOWN" | "TEXT";

const parser = unified().use(remarkParse).use(remarkGfm);

/** Prefix of the footnote ids in a post body; other documents add their own part after it. */
export const DEFAULT_ID_PREFIX = "user-content-";

/**
 * remark-rehype names the notes heading "footnote-label" whatever the prefix;
 * give it the document's prefix too, so two documents on one page never share an id.
 */
function prefixFootnoteLabel(prefix: string) {
  const label = "footnote-label";
  return () => (tree: HastRoot) => {
    visit(tree, "element", (element) => {
      const { id, ariaDescribedBy } = element.properties;
      if (id === label) element.properties.id = prefix + label;
      if (Array.isArray(ariaDescribedBy)) {
        element.properties.ariaDescribedBy = ariaDescribedBy.map((v) => (v === label ? prefix + label : v));
      }
    });
  };
}

function htmlRenderer(idPrefix: string) {
  return unified()
    .use(remarkRehype, {
      clobberPrefix: idPrefix,
      footnoteLabel: "Notes",
      footnoteBackLabel: (referenceIndex, rereferenceIndex) =>
        `Back to reference ${referenceIndex + 1}${rereferenceIndex > 1 ? `-${rereferenceIndex}` : ""}`,
    })
    // Ids come only from the footnote machinery above, already prefixed.
    .use(rehypeSanitize, { ...defaultSchema, clobberPrefix: "" })
    .use(prefixFootnoteLabel(idPrefix))
    .use(rehypeStringify);
}

export function parseMarkdown(markdown: string): MdastRoot {
  return parser.runSync(parser.parse(markdown)) as MdastRoot;
}

/**
 * Markdown deeper than this (quotes in quotes, lists in lists, emphasis in
 * emphasis) is refused on input: the HTML pipeline recurses once per level,
 * and a few thousand levels would exhaust the stack.
 */
export const MAX_MARKDOWN_DEPTH = 100;

/**
 * A linear look at the text, before any parsing: the most container markers
 * (quote marks, list bullets and numbers, two-space indents) that open one
 * line, and the longest run of emphasis or bracket characters. Nesting needs
 * one of these per level, and the parser's time grows much faster than the
 * text on such input, so text far past any real nesting (400 markers on a
 * line, a run of 1,000 delimiters) is refused without being parsed.
 */
const MARKER_LIMIT = 400;
const RUN_LIMIT = 1_000;

function nestingMarkersExceed(markdown: string): boolean {
  for (const line of markdown.split("\n")) {
    const opening = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*/.exec(line)![0];
    const markers = (opening.match(/>|[-*+]|\d{1,9}[.)]/g) ?? []).length + Math.floor(opening.replace(/\t/g, "    ").replace(/[^ ]/g, "").length / 4);
    if (markers > MARKER_LIMIT) return true;
  }
  return (markdown.match(/([*_~[\]])\1*/g) ?? []).some((run) => run.length > RUN_LIMIT);
}

/**
 * The parser spends about 30 µs on each run of emphasis, link or code marks,
 * against about 0.6 µs a character of prose: text made mostly of such runs
 * would hold a write for seconds. No essay comes near this many.
 */
export const MAX_INLINE_MARK_RUNS = 20_000;

/** Why Markdown is refused on input (null when it is fine), and its tree when it could be parsed. Runs the parser only when the cheap checks pass. */
export function checkMarkdown(markdown: string): { problem: string | null; tree: MdastRoot | null } {
  if ((markdown.match(/[*_`~[\]]+/g) ?? []).length > MAX_INLINE_MARK_RUNS) {
    return { problem: `has more than ${MAX_INLINE_MARK_RUNS.toLocaleString("en")} runs of emphasis, link or code marks`, tree: null };
  }
  const deep = `nests quotes, lists or emphasis more than ${MAX_MARKDOWN_DEPTH} levels deep`;
  if (nestingMarkersExceed(markdown)) return { problem: deep, tree: null };
  let tree: MdastRoot;
  try {
    tree = parseMarkdown(markdown);
  } catch (error) {
    // The parser's own transforms recurse too: so deep it cannot even be parsed.
    if (error instanceof RangeError) return { problem: deep, tree: null };
    throw error;
  }
  return { problem: treeDepth(tree) > MAX_MARKDOWN_DEPTH ? deep : null, tree };
}

/** How deeply a parsed document nests, without recursing. */
function treeDepth(root: MdastRoot): number {
  let deepest = 0;
  const stack: [Nodes, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if ("children" in node) for (const child of node.children) stack.push([child as Nodes, depth + 1]);
  }
  return deepest;
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Plain text made safe to place in HTML text or a quoted attribute. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

/**
 * Sanitized HTML. `idPrefix` keeps footnote anchors unique per document, so a
 * comment's notes never collide with the post's on the same page.
 */
export function renderHtml(source: string, idPrefix = DEFAULT_ID_PREFIX): string {
  const renderer = htmlRenderer(idPrefix);
  // Feeds carry this HTML in CDATA sections, and the feed library's XML writer
  // (xml-js) escapes only the first "]]>" in one: a second would close the section and
  // leave the rest to be read as XML, where character references such as
  // "&#x3C;" turn back into markup. In text and attribute values "&gt;" means ">".
  if (nestingMarkersExceed(source)) return `<p>${escapeHtml(source)}</p>`;
  try {
    return renderer.stringify(renderer.runSync(parseMarkdown(source)) as HastRoot).replaceAll("]]>", "]]&gt;");
  } catch (error) {
    // Text nested deeper than input checks allow (stored before they existed,
    // or written to the database directly) is shown as escaped text.
    if (error instanceof RangeError) return `<p>${escapeHtml(source)}</p>`;
    throw error;
  }
}

/** HTML for one paragraph of inline Markdown (a footnote, a short bio): the wrapping <p> taken off. */
export function unwrapParagraph(html: string): string {
  const trimmed = html.trim();
  const single = /^<p>([\s\S]*)<\/p>$/.exec(trimmed);
  return single && !single[1]!.includes("<p>") ? single[1]! : trimmed;
}

/** Readable plain text: block per paragraph, footnote markers and definitions left out. */
export function renderText(source: string): string {
  if (nestingMarkersExceed(source)) return source;
  try {
    return plainText(source);
  } catch (error) {
    // As in renderHtml: text nested too deeply to walk is given as it is.
    if (error instanceof RangeError) return source;
    throw error;
  }
}

function plainText(markdown: string): string {
  const tree = parseMarkdown(markdown);
  const blocks: string[] = [];
  for (const node of tree.children) {
    if (node.type === "footnoteDefinition" || node.type === "definition" || node.type === "html") continue;
    visit(node, (child, index, parent) => {
      if ((child.type === "footnoteReference" || child.type === "html") && parent && index !== undefined) {
        parent.children.splice(index, 1);
        return index;
      }
      return undefined;
    });
    const text = node.type === "list"
      ? node.children.map((item) => `- ${mdastToString(item)}`).join("\n")
      : mdastToString(node);
    if (text.trim()) blocks.push(text.trim());
  }
  return blocks.join("\n\n");
}

/** The id prefix for a document other than a post body, e.g. ("comment", 42). */
export function documentIdPrefix(kind: string, id: number): string {
  return `${DEFAULT_ID_PREFIX}${kind}-${id}-`;
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** The first paragraphs of `text`, cut at a word boundary near `maxLength`. */
export function excerptOf(text: string, maxLength: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= maxLength) return flat;
  const cut = flat.slice(0, maxLength + 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > maxLength * 0.6 ? cut.slice(0, lastSpace) : flat.slice(0, maxLength)).replace(/[\s,;:.–—-]+$/, "")}…`;
}

export interface FootnoteDefinitionText {
  label: string;
  /** 1-based, in order of first reference in the body. */
  number: number;
  /** The definition's Markdown exactly as written. */
  markdown: string;
}

/**
 * The body's footnote definitions, numbered in order of first reference
 * (GFM's own numbering); definitions never referenced come after, in document order.
 */
export function extractFootnotes(markdown: string, tree: MdastRoot = parseMarkdown(markdown)): FootnoteDefinitionText[] {
  const order: string[] = [];
  visit(tree, "footnoteReference", (ref) => {
    const label = ref.identifier;
    if (!order.includes(label)) order.push(label);
  });
  const definitions = new Map<string, FootnoteDefinition>();
  visit(tree, "footnoteDefinition", (def) => {
    if (!definitions.has(def.identifier)) definitions.set(def.identifier, def);
  });
  for (const label of definitions.keys()) if (!order.includes(label)) order.push(label);
  return order.flatMap((label, i) => {
    const def = definitions.get(label);
    if (!def) return [];
    const first = def.children[0]?.position?.start.offset;
    const last = def.children.at(-1)?.position?.end.offset;
    const text = first !== undefined && last !== undefined ? markdown.slice(first, last) : mdastToString(def);
    return [{ label: def.label ?? label, number: i + 1, markdown: text.trim() }];
  });
}
