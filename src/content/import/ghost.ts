import { readFile, stat } from "node:fs/promises";
import type { PrismaClient } from "../../db/client.js";
import { AUTHOR_LIMITS } from "../../domain/authors.js";
import { POST_LIMITS } from "../../domain/posts.js";
import { MAX_SLUG_LENGTH, SLUG_PATTERN, slugForTitle, slugify } from "../../domain/validation.js";
import { stripForbiddenCharacters } from "../characters.js";
import { wordpressToMarkdown } from "./wordpress-html.js";
import {
  checkedPost,
  commenterLookup,
  countInto,
  discussionForTerm,
  emptySummary,
  importAuthor,
  importPost,
  messageOf,
  type AuthorSpec,
  type ImportSummary,
  type Outcome,
  type PostSpec,
  type WriteContext,
} from "../../domain/imports.js";

// A Ghost export (Settings → Advanced → Export, a JSON file) into Colloquy:
// its staff users as authors, its posts from their HTML, its public tags, and
// each post's state. Ghost 0.x to 5.x are read: the `{ db: [{ meta, data }] }`
// wrapper or a bare `{ meta, data }`; dates as ISO strings, as "YYYY-MM-DD
// hh:mm:ss" in UTC, or as milliseconds; `type: "page"` or the older `page: 1`;
// `posts_authors` or the older `author_id`. Ghost keeps comments and members
// out of its export, so none come in from it.

export interface GhostImportOptions {
  onProgress?: (items: number) => void;
  /** Whether a post's primary (first) public tag names the discussion it responds to. */
  discussionsFrom?: "tag" | "category";
}

/** Ghost's export is one JSON document: above this it is refused rather than read into memory. */
export const GHOST_EXPORT_LIMIT = 512 * 1024 * 1024;

type Row = Record<string, unknown>;

/**
 * Ghost's HTML made plain for the converter: a bookmark card (a link drawn as
 * a box with a title and a description) becomes a link with its title,
 * followed by the description.
 */
export function ghostHtml(html: string): string {
  return html.replace(/<figure\b[^>]*\bkg-bookmark-card\b[^>]*>([\s\S]*?)<\/figure>/gi, (card, inner: string) => {
    const href = /<a\b[^>]*\bhref="([^"]+)"/i.exec(inner)?.[1];
    const part = (name: string) => new RegExp(`<div\\b[^>]*\\bkg-bookmark-${name}\\b[^>]*>([\\s\\S]*?)<\\/div>`, "i").exec(inner)?.[1]?.trim() ?? "";
    if (!href) return card;
    const title = part("title") || href;
    const description = part("description");
    return `<p><a href="${href}">${title}</a>${description ? ` — ${description}` : ""}</p>`;
  });
}

/** Whether the start of a file is a Ghost export. */
export function looksLikeGhost(start: string): boolean {
  const text = start.replace(/^\uFEFF/, "");
  return /^\s*\{\s*"db"\s*:\s*\[\s*\{\s*"meta"\s*:/.test(text) || /^\s*\{\s*"meta"\s*:\s*\{[^{}]*"exported_on"/.test(text);
}

function text(value: unknown): string {
  return typeof value === "string" ? stripForbiddenCharacters(value).text : typeof value === "number" ? String(value) : "";
}

/** A Ghost date: an ISO string, "YYYY-MM-DD hh:mm:ss" in UTC (Ghost 0.x on SQLite), or milliseconds. */
function ghostDate(value: unknown): Date | null {
  let date: Date | null = null;
  if (typeof value === "number") date = new Date(value);
  else if (typeof value === "string" && value.trim()) {
    const plain = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})$/.exec(value.trim());
    date = new Date(plain ? `${plain[1]}T${plain[2]}Z` : value.trim());
  }
  return date && !Number.isNaN(date.valueOf()) ? date : null;
}

const rows = (data: Row, key: string): Row[] => (Array.isArray(data[key]) ? (data[key] as unknown[]).filter((r): r is Row => typeof r === "object" && r !== null) : []);
const idOf = (row: Row, key = "id") => text(row[key]);

function ghostSlug(value: unknown, title: string, fallback: string): string {
  const slug = slugify(text(value)).slice(0, MAX_SLUG_LENGTH).replace(/-+$/, "");
  if (slug && SLUG_PATTERN.test(slug)) return slug;
  return slugForTitle(title || fallback, "post").slice(0, MAX_SLUG_LENGTH).replace(/-+$/, "");
}

export type GhostImportReport = ImportSummary;

export async function importGhost(db: PrismaClient, file: string, options: GhostImportOptions = {}): Promise<GhostImportReport> {
  const report = emptySummary();
  const size = (await stat(file)).size;
  if (size > GHOST_EXPORT_LIMIT) throw new Error(`the Ghost export is ${Math.round(size / 2 ** 20)} MiB; at most ${GHOST_EXPORT_LIMIT / 2 ** 20} MiB is read`);
  let parsed: unknown;
  try {
    parsed = JSON.parse((await readFile(file, "utf8")).replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new Error(`the Ghost export is not valid JSON: ${messageOf(error)}`);
  }
  const root = (parsed ?? {}) as Row;
  const exportRow = (Array.isArray(root.db) ? (root.db[0] as Row | undefined) : root) ?? {};
  const data = (exportRow.data ?? null) as Row | null;
  if (!data || typeof data !== "object") throw new Error("the Ghost export has no data section");

  // A JSON export has no useful line numbers: messages name the item by its Ghost id.
  const where = { file, line: 0 };
  const context: WriteContext = { authorIds: new Map(), discussionIds: new Map(), findCommenter: commenterLookup() };

  // Authors: Ghost's users, by their own slugs.
  const authors = new Map<string, AuthorSpec>();
  for (const user of rows(data, "users")) {
    const name = text(user.name).trim() || text(user.slug) || "Ghost";
    const slug = slugify(text(user.slug)) || slugForTitle(name, "author");
    const bio = text(user.bio).trim().slice(0, AUTHOR_LIMITS.bio);
    const spec: AuthorSpec = { slug, name: name.slice(0, AUTHOR_LIMITS.name), line: 0, ...(bio ? { bio } : {}) };
    authors.set(idOf(user), spec);
    await importAuthor(db, context, { slug, name: spec.name, bio });
    report.authors++;
  }

  // Tags: public ones only; Ghost's internal tags (#name) organize the editor's work, not the reader's.
  const tags = new Map<string, { slug: string; name: string }>();
  for (const tag of rows(data, "tags")) {
    const name = text(tag.name).trim();
    if (!name || name.startsWith("#") || text(tag.visibility) === "internal") continue;
    tags.set(idOf(tag), { slug: (slugify(text(tag.slug)) || slugify(name) || idOf(tag)).slice(0, 200), name: name.slice(0, 200) });
  }
  const byPost = (key: string, link: string) => {
    const links = new Map<string, { id: string; order: number }[]>();
    for (const row of rows(data, key)) {
      const list = links.get(idOf(row, "post_id")) ?? [];
      list.push({ id: idOf(row, link), order: typeof row.sort_order === "number" ? row.sort_order : list.length });
      links.set(idOf(row, "post_id"), list);
    }
    for (const list of links.values()) list.sort((a, b) => a.order - b.order);
    return links;
  };
  const postTags = byPost("posts_tags", "tag_id");
  const postAuthors = byPost("posts_authors", "author_id");

  let items = 0;
  for (const post of rows(data, "posts")) {
    options.onProgress?.(++items);
    const id = idOf(post);
    const type = text(post.type) || (post.page === 1 || post.page === true ? "page" : "post");
    if (type !== "post") {
      countInto(report.skippedItems, type);
      continue;
    }
    const status = text(post.status);
    const visibility = text(post.visibility) || "public";
    let publishedAt: Date | null = null;
    let scheduledAt: Date | null = null;
    if (status === "published" && visibility !== "public") countInto(report.drafts, `for ${visibility} only`);
    else if (status === "published") publishedAt = ghostDate(post.published_at);
    else if (status === "scheduled") {
      scheduledAt = ghostDate(post.published_at);
      countInto(report.drafts, "scheduled");
    } else countInto(report.drafts, status === "sent" ? "sent by email only" : status || "no status");
    if (status === "published" && visibility === "public" && !publishedAt) {
      report.errors.push({ ...where, message: `post ${id}: published with no published_at` });
      report.posts.failed++;
      continue;
    }

    const title = text(post.title).trim() || "Untitled";
    if (!text(post.title).trim()) report.warnings.push({ ...where, message: `post ${id} has no title: imported as "Untitled"` });
    // Ghost 0.x kept the Markdown itself; later versions export the rendered HTML beside their editor's own document.
    const markdown = typeof post.markdown === "string" && post.markdown.trim() ? text(post.markdown) : null;
    const converted = markdown === null ? wordpressToMarkdown(ghostHtml(text(post.html))) : null;
    for (const note of converted?.notes ?? []) report.warnings.push({ ...where, message: `post ${id}: ${note}` });
    const written = markdown ?? converted!.markdown;
    const body = written.trim() ? `${written.trimEnd()}\n` : "*(This post had no text.)*\n";
    const analysis = await checkedPost(title, body);
    if ("problem" in analysis) {
      report.errors.push({ ...where, message: `post ${id}: ${analysis.problem}` });
      report.posts.failed++;
      continue;
    }

    const authorId = postAuthors.get(id)?.[0]?.id ?? (idOf(post, "author_id") || idOf(post, "created_by"));
    let author = authors.get(authorId);
    if (!author) {
      author = { slug: "ghost", name: "Ghost", line: 0 };
      await importAuthor(db, context, author, { keepExisting: true });
      report.warnings.push({ ...where, message: `post ${id}: its author is not among the export's users; written as "Ghost"` });
    }
    const terms = (postTags.get(id) ?? []).flatMap(({ id: tagId }) => {
      const tag = tags.get(tagId);
      return tag ? [{ taxonomy: "tag" as const, ...tag }] : [];
    });
    // Ghost's primary tag is the first.
    const discussion = await discussionForTerm(db, context, options.discussionsFrom ? terms[0] : undefined, 0);
    const slug = ghostSlug(post.slug, title, `post ${id}`);
    const excerpt = text(post.custom_excerpt).trim().slice(0, POST_LIMITS.excerpt) || null;
    const canonical = text(post.canonical_url).trim();
    const spec: PostSpec = {
      file,
      notes: analysis.notes,
      slug,
      slugLine: 0,
      title,
      body,
      publishedAt,
      excerpt,
      author,
      discussion,
      inResponseTo: null,
      comments: [],
      // Ghost serves a post at /<slug>/ unless its routes say otherwise.
      imported: { legacyUrls: [`/${text(post.slug) || slug}/`, ...(canonical ? [canonical] : [])], terms, scheduledAt },
    };
    try {
      const { outcome } = await importPost(db, spec, context);
      report.posts[outcome as Outcome]++;
    } catch (error) {
      report.errors.push({ ...where, message: `post ${id} not written: ${messageOf(error)}` });
      report.posts.failed++;
    }
  }
  return report;
}
