import type { Element, ElementContent, Root as HastRoot } from "hast";
import rehypeParse from "rehype-parse";
import rehypeRemark from "rehype-remark";
import remarkGfm from "remark-gfm";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import { visit, SKIP } from "unist-util-visit";
import { convertPastedNotes } from "../pasted-notes.js";

// A WordPress post's HTML, classic or block editor, as Colloquy's Markdown,
// with the unified family: rehype-parse reads the HTML, rehype-remark turns
// it into a Markdown tree, remark-gfm keeps tables and strikethrough, and
// remark-stringify writes it out. Before that, what is WordPress's own is
// taken care of: the block editor's comments, <!--more-->, the common
// shortcodes, and footnotes (the block editor's, and the classic
// superscript-and-list pattern), which become [^n] notes that Colloquy then
// reads as citations.

export interface ConvertedPost {
  markdown: string;
  /** The text before <!--more-->, as Markdown; null without one. */
  excerpt: string | null;
  /** What the conversion could not carry over, for the import's summary. */
  notes: string[];
}

interface CoreFootnote {
  id: string;
  content: string;
}

const MORE = /<!--\s*more\s*(?:[^>]*?)-->/i;
/** A chunk that is already a block of HTML, which wpautop leaves as it is. */
const BLOCK_START = /^<(?:p|div|h[1-6]|ul|ol|li|dl|blockquote|figure|table|pre|hr|section|article|aside|header|footer|details|address|form|iframe|\[caption)\b/i;

/** `[caption ...]<img ...> Caption text[/caption]` and friends, as HTML the converter understands. */
function expandShortcodes(html: string, notes: string[]): string {
  return (
    html
      // [caption id="…" align="…" width="…"]<img …> The caption.[/caption]: the image, then its caption in italics.
      .replace(/\[caption[^\]]*\]([\s\S]*?)\[\/caption\]/gi, (_, inner: string) => {
        const image = /<img\b[^>]*>/i.exec(inner)?.[0] ?? "";
        const caption = inner.replace(/<a\b[^>]*>\s*<img\b[^>]*>\s*<\/a>|<img\b[^>]*>/gi, "").trim();
        return `<figure>${image}${caption ? `<figcaption><em>${caption}</em></figcaption>` : ""}</figure>`;
      })
      // [embed]https://…[/embed] and a bare [video src="…"]: a link to what was embedded.
      .replace(/\[embed[^\]]*\]\s*(https?:\/\/[^\s[]+)\s*\[\/embed\]/gi, (_, url: string) => `<p><a href="${url}">${url}</a></p>`)
      .replace(/\[(?:video|audio)\b[^\]]*?\b(?:src|mp4|mp3)="(https?:\/\/[^"]+)"[^\]]*\](?:\s*\[\/(?:video|audio)\])?/gi, (_, url: string) => `<p><a href="${url}">${url}</a></p>`)
      // [gallery ids="1,2,3"]: the images live in the media library, which an export does not carry.
      .replace(/\[gallery\b[^\]]*\]/gi, () => {
        notes.push("a [gallery] shortcode was removed: its images are in the WordPress media library, not in the export");
        return "";
      })
  );
}

/** The block editor's footnotes: `<sup data-fn="id" class="fn"><a href="#id" …>1</a></sup>` markers, and the texts in the `footnotes` post meta. */
function coreFootnotes(meta: string | undefined): CoreFootnote[] {
  if (!meta) return [];
  try {
    const parsed = JSON.parse(meta) as unknown;
    return Array.isArray(parsed)
      ? parsed.flatMap((entry) => (entry && typeof entry === "object" && typeof (entry as CoreFootnote).id === "string" && typeof (entry as CoreFootnote).content === "string" ? [entry as CoreFootnote] : []))
      : [];
  } catch {
    return [];
  }
}

const textOf = (node: ElementContent): string => (node.type === "text" ? node.value : node.type === "element" ? node.children.map(textOf).join("") : "");

/**
 * Footnote markers as text the Markdown writer leaves alone: `[^n]`. The
 * block editor's markers name their note by id; the classic pattern links a
 * superscript number to an element of an ordered list at the end whose id the
 * link names (`#fn1`, `#note-1`). A classic list is taken only when every
 * marker finds its note, and every note a marker.
 */
function markFootnotes(tree: HastRoot, core: CoreFootnote[]): Map<number, Element | string> {
  const notes = new Map<number, Element | string>();
  const numberOf = new Map<string, number>();
  const coreById = new Map(core.map((note) => [note.id, note.content]));
  const targets = new Map<string, Element>();
  visit(tree, "element", (node) => {
    const id = node.properties?.id;
    if (typeof id === "string") targets.set(id, node);
  });
  const markers: { parent: Element | HastRoot; index: number; target: string; core: boolean }[] = [];
  visit(tree, "element", (node, index, parent) => {
    if (node.tagName !== "sup" || index === undefined || !parent) return;
    const fn = node.properties?.dataFn;
    const link = node.children.find((child): child is Element => child.type === "element" && child.tagName === "a");
    const href = typeof link?.properties?.href === "string" ? link.properties.href : "";
    if (typeof fn === "string" && coreById.has(fn)) markers.push({ parent, index, target: fn, core: true });
    else if (href.startsWith("#") && targets.has(decodeURIComponent(href.slice(1)))) markers.push({ parent, index, target: decodeURIComponent(href.slice(1)), core: false });
    return SKIP;
  });
  const classic = markers.filter((marker) => !marker.core);
  // The classic notes: list items, each the target of exactly one marker.
  const classicItems = classic.map((marker) => targets.get(marker.target)!).map((target) => (target.tagName === "li" ? target : null));
  const classicOk = classic.length > 0 && classicItems.every(Boolean) && new Set(classic.map((m) => m.target)).size === classic.length;
  for (const marker of markers) {
    if (!marker.core && !classicOk) continue;
    if (!numberOf.has(marker.target)) numberOf.set(marker.target, numberOf.size + 1);
    const n = numberOf.get(marker.target)!;
    if (!notes.has(n)) notes.set(n, marker.core ? coreById.get(marker.target)! : targets.get(marker.target)!);
    marker.parent.children[marker.index] = { type: "text", value: `[^${n}]` };
  }
  if (classicOk) {
    // The list of notes leaves the body: each note is written after it, as a definition. Back-links go with it.
    const lists = new Set<Element>();
    visit(tree, "element", (node) => {
      if ((node.tagName === "ol" || node.tagName === "ul") && node.children.some((child) => classicItems.includes(child as Element))) lists.add(node);
    });
    visit(tree, "element", (node, index, parent) => {
      if (lists.has(node) && parent && index !== undefined) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
    });
  }
  return notes;
}

function processor() {
  return unified()
    .use(rehypeParse, { fragment: true })
    .use(rehypeRemark)
    .use(remarkGfm)
    .use(remarkStringify, { bullet: "-", emphasis: "*", strong: "*", fences: true, rule: "-" });
}

/** HTML (a note's, or a fragment) as one line of Markdown. */
function inlineMarkdown(html: string): string {
  const tree = processor().parse(html) as HastRoot;
  // Back-links ("↩") and the reverse arrows of footnote plugins are the list's, not the note's.
  visit(tree, "element", (node, index, parent) => {
    const href = typeof node.properties?.href === "string" ? node.properties.href : "";
    if (node.tagName === "a" && href.startsWith("#") && /^(?:\s|↩\uFE0E?|↑|\^)*$/u.test(node.children.map(textOf).join("")) && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
  });
  const mdast = processor().runSync(tree);
  return String(processor().stringify(mdast as never))
    .trim()
    .replace(/\n{2,}/g, " ")
    .replace(/\n/g, " ");
}

/** A WordPress post's content as Markdown, with its footnotes as [^n] definitions at the end. */
export function wordpressToMarkdown(html: string, footnotesMeta?: string): ConvertedPost {
  const notes: string[] = [];
  let source = html.replace(/\r\n?/g, "\n");
  const more = MORE.exec(source);
  const excerptHtml = more ? source.slice(0, more.index) : null;
  // The block editor's delimiters are comments, as are Ghost's card markers and <!--nextpage-->; <!--more--> is taken apart above.
  // No comment is meant for readers. Nor is the rule footnote plugins (markdown-it-footnote, Ghost's Markdown card) draw above their notes.
  source = source
    .replace(MORE, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<hr\b[^>]*\bclass="[^"]*\bfootnotes-sep\b[^"]*"[^>]*>/gi, "");
  // Classic posts mark paragraphs with blank lines and line breaks with newlines, which WordPress's wpautop turns into HTML when it shows them.
  source = source
    .split(/\n{2,}/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => (BLOCK_START.test(chunk) ? chunk : `<p>${chunk.replace(/\n/g, "<br>")}</p>`))
    .join("\n");
  source = expandShortcodes(source, notes);
  const unknown = [...new Set([...source.matchAll(/\[([a-z_]+)(?:\s[^\]]*)?\][\s\S]*?\[\/\1\]/gi)].map((m) => m[1]!))];
  for (const name of unknown) notes.push(`a [${name}] shortcode was kept as text: its plugin is not part of the export`);

  const tree = processor().parse(source) as HastRoot;
  const footnotes = markFootnotes(tree, coreFootnotes(footnotesMeta));
  const mdast = processor().runSync(tree);
  let markdown = String(processor().stringify(mdast as never)).trim();
  // The writer escapes the brackets of the markers it was given as text.
  markdown = markdown.replace(/\\\[\^(\d+)\]/g, "[^$1]").replace(/\[\^(\d+)\\\]/g, "[^$1]");
  if (footnotes.size) {
    const definitions = [...footnotes].map(([n, note]) => `[^${n}]: ${typeof note === "string" ? inlineMarkdown(note) : inlineMarkdown(toHtml(note))}`);
    markdown = `${markdown}\n\n${definitions.join("\n")}`;
  } else {
    // The other classic pattern: "[1]" in the text and a "[1] …" list at the end, as typed or pasted into the editor.
    const pasted = convertPastedNotes(markdown.replace(/\\\[(\d{1,3})\\?\]/g, "[$1]"));
    if (pasted.converted) markdown = pasted.markdown.trim();
  }
  // The excerpt is prose to show in a list: its footnote markers go.
  const excerpt = excerptHtml !== null ? wordpressToMarkdown(excerptHtml.replace(/<sup\b[^>]*>[\s\S]*?<\/sup>/gi, "")).markdown.trim() || null : null;
  return { markdown: `${markdown}\n`, excerpt, notes };
}

/** The element's children as HTML again, for a classic note's list item. */
function toHtml(node: Element): string {
  const html = (children: ElementContent[]): string =>
    children
      .map((child) => {
        if (child.type === "text") return child.value.replace(/&/g, "&amp;").replace(/</g, "&lt;");
        if (child.type !== "element") return "";
        const href = typeof child.properties?.href === "string" ? ` href="${child.properties.href.replace(/"/g, "&quot;")}"` : "";
        return `<${child.tagName}${href}>${html(child.children)}</${child.tagName}>`;
      })
      .join("");
  return html(node.children);
}
