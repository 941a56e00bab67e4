import { readdir, readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type YAMLMap } from "yaml";
import type { PrismaClient } from "../../db/client.js";
import { AUTHOR_LIMITS } from "../../domain/authors.js";
import { COMMENT_LIMITS } from "../../domain/comments.js";
import { DISCUSSION_LIMITS } from "../../domain/discussions.js";
import { POST_LIMITS } from "../../domain/posts.js";
import { EMAIL_PATTERN, MAX_SLUG_LENGTH, SLUG_PATTERN, slugForTitle, slugify } from "../../domain/validation.js";
import type { AuthorRole, PostStatus } from "../../generated/prisma/client.js";
import { stripForbiddenCharacters } from "../characters.js";
import type { ResolvedFootnote } from "../footnotes.js";
import { convertPastedNotes } from "../pasted-notes.js";
import { analyzePostBody } from "../rendering.js";
import {
  commenterLookup,
  importPost,
  linkResponse,
  messageOf,
  writeShared,
  type AuthorSpec,
  type CommentSpec,
  type DiscussionSpec,
  type Outcome,
  type PostSpec,
  type SiteSpec,
  type WriteContext,
} from "../../domain/imports.js";

// Imports essays written as Markdown files with YAML front matter (the format
// is shown by `npm run import -- --help`). It works in two phases so that the
// outcome never depends on the order of the files: every file is read and
// checked first, then the site, authors and discussions are written, then each
// file's post with its notes and comments in one transaction, and last the
// links to posts that had not been written yet when their answers were.

export interface ImportError {
  file: string;
  line: number;
  message: string;
}

export interface ImportReport {
  created: number;
  updated: number;
  /** Posts already in the database exactly as the file has them, with no new comments. */
  skipped: number;
  failed: number;
  errors: ImportError[];
  /** What was changed on the way in without failing the file: control characters removed, say. */
  warnings: ImportError[];
}

export interface ImportOptions {
  /** Called as each Markdown file is finished, written or not. */
  onProgress?: (done: number, total: number, file: string) => void;
}

const MARKDOWN_FILE = /\.(?:md|markdown)$/i;

const SITE_LIMITS = { title: 200, description: 5_000 };

interface SourceFile {
  /** The path as the user named it, joined with the path found below a named directory. */
  file: string;
  absolute: string;
  /** Below a directory `npm run export` wrote: its posts are taken exactly as written, with no "[1]" notes converted. */
  exported?: boolean;
}

/** The file `npm run export` writes at the top of its directory. */
export const EXPORT_MANIFEST = "colloquy-export.yaml";

/** The files a directory may hold at its top besides its posts: the site, its authors, its discussions, and the mark of an export. */
const TOP_FILES = { site: "site.yaml", authors: "authors.yaml", discussions: "discussions.yaml", manifest: EXPORT_MANIFEST } as const;
type TopFile = keyof typeof TOP_FILES;

interface Problem {
  line: number;
  message: string;
}

// ---------------------------------------------------------------------------
// Finding the files

/**
 * The Markdown files below `directory`. A link is followed only to a file
 * inside `root` (the directory the user named, resolved), so that a link in
 * an archive cannot make the import read files from elsewhere on the
 * machine; linked directories are never followed, so a link to a parent
 * cannot loop.
 */
async function walk(root: string, directory: string, shown: string, found: SourceFile[], skipped: ImportError[]): Promise<void> {
  const entries = await readdir(directory, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const absolute = path.join(directory, entry.name);
    const file = path.join(shown, entry.name);
    if (entry.isDirectory()) await walk(root, absolute, file, found, skipped);
    else if (!MARKDOWN_FILE.test(entry.name)) continue;
    else if (entry.isFile()) found.push({ file, absolute });
    else if (entry.isSymbolicLink()) {
      const target = await realpath(absolute).catch(() => null);
      const inside = target !== null && (target + path.sep).startsWith(root + path.sep) && target !== root;
      if (inside && (await stat(target).catch(() => null))?.isFile()) found.push({ file, absolute: target });
      else skipped.push({ file, line: 1, message: "not imported: a link to a file outside the directory being imported" });
    }
  }
}

async function collectFiles(paths: string[]) {
  const posts: SourceFile[] = [];
  const tops: Record<TopFile, SourceFile[]> = { site: [], authors: [], discussions: [], manifest: [] };
  const errors: ImportError[] = [];
  const warnings: ImportError[] = [];
  const kindOf = (name: string) => (Object.keys(TOP_FILES) as TopFile[]).find((kind) => TOP_FILES[kind] === name);
  for (const given of paths) {
    const absolute = path.resolve(given);
    const info = await stat(absolute).catch(() => null);
    const kind = kindOf(path.basename(absolute));
    if (info?.isDirectory()) {
      const root = await realpath(absolute);
      const below: SourceFile[] = [];
      await walk(root, root, given, below, warnings);
      for (const top of Object.keys(TOP_FILES) as TopFile[]) {
        const found = await realpath(path.join(root, TOP_FILES[top])).catch(() => null);
        if (found && path.dirname(found) === root && (await stat(found).catch(() => null))?.isFile()) {
          tops[top].push({ file: path.join(given, TOP_FILES[top]), absolute: found });
        }
      }
      const exported = tops.manifest.some((file) => path.dirname(file.absolute) === root);
      posts.push(...below.map((file) => (exported ? { ...file, exported } : file)));
    } else if (info?.isFile() && kind) {
      tops[kind].push({ file: given, absolute });
    } else if (info?.isFile() && MARKDOWN_FILE.test(absolute)) {
      posts.push({ file: given, absolute });
    } else {
      const message = info ? `not a Markdown file (.md or .markdown), a directory or one of ${Object.values(TOP_FILES).join(", ")}` : "no such file or directory";
      errors.push({ file: given, line: 1, message });
    }
  }
  // One file named twice (by itself and through its directory) is imported once, and always in the same order.
  const unique = (files: SourceFile[]) =>
    [...new Map(files.map((f) => [f.absolute, f])).values()].sort((a, b) => (a.absolute < b.absolute ? -1 : 1));
  return {
    posts: unique(posts),
    sites: unique(tops.site),
    authors: unique(tops.authors),
    discussions: unique(tops.discussions),
    errors,
    warnings,
  };
}

// ---------------------------------------------------------------------------
// Reading front matter

/** A parsed YAML document that knows which line of the file each node is on. */
class FrontMatter {
  readonly problems: Problem[] = [];

  constructor(
    private readonly lines: LineCounter,
    /** Lines of the file above the YAML: 1 for the opening `---` of a Markdown file, 0 for site.yaml. */
    private readonly lineOffset: number,
  ) {}

  lineOf(node: unknown, fallback: number): number {
    const range = (node as YamlNode | null)?.range;
    return range ? this.lines.linePos(range[0]).line + this.lineOffset : fallback;
  }

  problem(line: number, message: string): void {
    this.problems.push({ line, message });
  }

  /** The top-level mapping, or null after noting why there is none. */
  static parse(text: string, lineOffset: number): { yaml: FrontMatter; root: YAMLMap | null } {
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
    const yaml = new FrontMatter(lineCounter, lineOffset);
    const [error] = doc.errors;
    if (error) {
      // The first error is the one to fix; those after it are often its echoes.
      const message = error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
      yaml.problem((error.linePos?.[0].line ?? 1) + lineOffset, `malformed YAML: ${message}`);
      return { yaml, root: null };
    }
    if (!isMap(doc.contents)) {
      yaml.problem(Math.max(lineOffset, 1), "the front matter must be a mapping of fields, such as `title: …`");
      return { yaml, root: null };
    }
    return { yaml, root: doc.contents };
  }
}

function quoted(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
}

/**
 * One YAML mapping of the format (the front matter, an author, a comment...).
 * Readers note what is wrong, with its line, and return undefined for it.
 */
class Fields {
  private readonly entries = new Map<string, { node: YamlNode; line: number }>();

  constructor(
    private readonly yaml: FrontMatter,
    map: YAMLMap,
    /** How messages name this mapping's fields: "" at the top, "comment " in a comment. */
    private readonly label: string,
    readonly line: number,
    fields: readonly string[],
  ) {
    for (const pair of map.items) {
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      const keyLine = yaml.lineOf(pair.key, line);
      if (typeof key !== "string" || !fields.includes(key)) {
        yaml.problem(keyLine, `unknown field ${label}${quoted(String(key))}; the fields are ${fields.join(", ")}`);
        continue;
      }
      const value = pair.value as YamlNode | null;
      // `key:` with nothing after it, or `key: ~`, is the same as leaving the key out.
      if (value === null || (isScalar(value) && value.value === null)) continue;
      this.entries.set(key, { node: value, line: keyLine });
    }
  }

  problem(line: number, message: string): void {
    this.yaml.problem(line, message);
  }

  entry(key: string): { node: YamlNode; line: number } | undefined {
    return this.entries.get(key);
  }

  lineOf(key: string): number {
    return this.entries.get(key)?.line ?? this.line;
  }

  missing(key: string, required: boolean | undefined): undefined {
    if (required) this.problem(this.line, `${this.label}${key} is required`);
    return undefined;
  }

  text(key: string, limits: { max: number; required?: boolean }): string | undefined {
    const entry = this.entry(key);
    if (!entry) return this.missing(key, limits.required);
    const value = isScalar(entry.node) ? entry.node.value : undefined;
    if (typeof value !== "string") {
      this.problem(entry.line, `${this.label}${key} must be text (put it in quotes if it looks like a number or a date)`);
      return undefined;
    }
    const trimmed = value.trim();
    if (!trimmed && limits.required) this.problem(entry.line, `${this.label}${key} must not be empty`);
    else if (trimmed.length > limits.max) this.problem(entry.line, `${this.label}${key} must be at most ${limits.max} characters`);
    else return trimmed;
    return undefined;
  }

  slug(key: string, required?: boolean): string | undefined {
    const value = this.text(key, { max: MAX_SLUG_LENGTH, required });
    if (value !== undefined && !SLUG_PATTERN.test(value)) {
      this.problem(this.lineOf(key), `${this.label}${key} ${quoted(value)} must be lower-case letters and digits separated by single hyphens`);
      return undefined;
    }
    return value;
  }

  date(key: string, required?: boolean): Date | undefined {
    const entry = this.entry(key);
    if (!entry) return this.missing(key, required);
    const value = isScalar(entry.node) ? entry.node.value : undefined;
    const date = typeof value === "string" ? parseDate(value) : null;
    if (!date) {
      const shown = isScalar(entry.node) ? ` ${quoted(String(value))}` : "";
      this.problem(entry.line, `${this.label}${key}${shown} is not a date; write YYYY-MM-DD or an ISO date-time such as 2025-03-04T09:30:00Z`);
      return undefined;
    }
    return date;
  }

  /** One of a few words, written in lower case: `status: draft`. */
  choice<T extends string>(key: string, options: Record<string, T>): T | undefined {
    const entry = this.entry(key);
    if (!entry) return undefined;
    const value = isScalar(entry.node) ? entry.node.value : undefined;
    if (typeof value === "string" && Object.hasOwn(options, value)) return options[value];
    this.problem(entry.line, `${this.label}${key} must be one of ${Object.keys(options).join(", ")}`);
    return undefined;
  }

  flag(key: string): boolean | undefined {
    const entry = this.entry(key);
    if (!entry) return undefined;
    const value = isScalar(entry.node) ? entry.node.value : undefined;
    if (typeof value === "boolean") return value;
    this.problem(entry.line, `${this.label}${key} must be true or false`);
    return undefined;
  }

  /** A list of short texts: `legacyUrls: [https://…]`. */
  texts(key: string, max: number): string[] {
    const entry = this.entry(key);
    if (!entry) return [];
    if (!isSeq(entry.node)) {
      this.problem(entry.line, `${this.label}${key} must be a list`);
      return [];
    }
    const values: string[] = [];
    for (const item of entry.node.items) {
      const value = isScalar(item) ? item.value : undefined;
      if (typeof value === "string" && value.trim() && value.trim().length <= max) values.push(value.trim());
      else this.problem(this.yaml.lineOf(item, entry.line), `each of ${this.label}${key} must be text of at most ${max} characters`);
    }
    return values;
  }

  /** A field that may be written as a single string or as a mapping of its own. */
  textOrMapping(key: string, label: string, fields: readonly string[], required: boolean): string | Fields | undefined {
    const entry = this.entry(key);
    if (!entry) return this.missing(key, required);
    if (isMap(entry.node)) return new Fields(this.yaml, entry.node, label, entry.line, fields);
    if (isScalar(entry.node) && typeof entry.node.value === "string") return this.text(key, { max: Infinity, required: true });
    this.problem(entry.line, `${this.label}${key} must be text or a mapping of ${fields.join(", ")}`);
    return undefined;
  }

  /** The mappings of a list field. */
  list(key: string, label: string, fields: readonly string[]): Fields[] {
    const entry = this.entry(key);
    if (!entry) return [];
    if (!isSeq(entry.node)) {
      this.problem(entry.line, `${this.label}${key} must be a list`);
      return [];
    }
    const items: Fields[] = [];
    for (const item of entry.node.items) {
      const line = this.yaml.lineOf(item, entry.line);
      if (isMap(item)) items.push(new Fields(this.yaml, item, label, line, fields));
      else this.problem(line, `each of ${this.label}${key} must be a mapping of ${fields.join(", ")}`);
    }
    return items;
  }
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/i;

/**
 * A calendar date (midnight UTC) or an ISO 8601 date-time. A date-time without
 * an offset is read as UTC, so the result never depends on the importing machine.
 */
function parseDate(text: string): Date | null {
  const match = DATE.exec(text.trim());
  if (!match) return null;
  const [, year, month, day, hour = "0", minute = "0", second = "0", fraction = "", zone = "Z"] = match;
  const parts = [Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second)] as const;
  const wall = new Date(Date.UTC(...parts, Math.floor(Number(`0${fraction}`) * 1000)));
  // Date.UTC rolls 2025-02-30 over into March; a date that does not come back as written does not exist.
  const back = [wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate(), wall.getUTCHours(), wall.getUTCMinutes(), wall.getUTCSeconds()];
  if (back.some((value, i) => value !== parts[i])) return null;
  if (zone.toUpperCase() === "Z") return wall;
  const [offsetHours, offsetMinutes] = zone.slice(1).split(":").map(Number) as [number, number];
  if (offsetHours > 23 || offsetMinutes > 59) return null;
  const offset = (zone.startsWith("-") ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
  return new Date(wall.getTime() - offset * 60_000);
}

/** Splits a Markdown file into its front matter and body, noting the lines each starts on. */
function splitFrontMatter(text: string): { yaml: string; body: string; bodyLine: number; closingLine: number } | Problem {
  const lines = text.split("\n");
  if (lines[0]?.trimEnd() !== "---") {
    return { line: 1, message: "missing front matter: the file must begin with a line of three dashes (---), then title: and the other fields" };
  }
  const closing = lines.findIndex((line, i) => i > 0 && (line.trimEnd() === "---" || line.trimEnd() === "..."));
  if (closing === -1) return { line: 1, message: "the front matter opened on line 1 is never closed by a line of three dashes (---)" };
  let first = closing + 1;
  while (first < lines.length && lines[first]!.trim() === "") first++;
  return {
    yaml: lines.slice(1, closing).join("\n"),
    body: lines.slice(first).join("\n"),
    bodyLine: first + 1,
    closingLine: closing + 1,
  };
}

function readAuthor(fields: Fields): AuthorSpec | undefined {
  const given = fields.textOrMapping("author", "author ", ["name", "slug", "bio", "affiliation"], true);
  const line = fields.lineOf("author");
  if (given === undefined) return undefined;
  if (typeof given === "string") {
    const slug = slugify(given);
    if (given.length > AUTHOR_LIMITS.name) fields.problem(line, `author must be at most ${AUTHOR_LIMITS.name} characters`);
    else if (!slug) fields.problem(line, "author: no slug can be made from this name; write author as { name, slug }");
    else return { slug, name: given, line };
    return undefined;
  }
  const name = given.text("name", { max: AUTHOR_LIMITS.name, required: true });
  const slug = given.slug("slug") ?? (name ? slugify(name) : undefined);
  if (name && !slug) given.problem(given.lineOf("name"), "author: no slug can be made from this name; give author slug");
  const bio = given.text("bio", { max: AUTHOR_LIMITS.bio });
  const affiliation = given.text("affiliation", { max: AUTHOR_LIMITS.affiliation });
  if (!name || !slug) return undefined;
  return { slug, name, line, ...(bio !== undefined ? { bio } : {}), ...(affiliation !== undefined ? { affiliation } : {}) };
}

function readDiscussion(fields: Fields): DiscussionSpec | null | undefined {
  if (!fields.entry("discussion")) return null;
  const given = fields.textOrMapping("discussion", "discussion ", ["slug", "title", "prompt"], false);
  const line = fields.lineOf("discussion");
  if (given === undefined) return undefined;
  if (typeof given === "string") {
    if (SLUG_PATTERN.test(given) && given.length <= MAX_SLUG_LENGTH) return { slug: given, line };
    fields.problem(line, `discussion ${quoted(given)} must be a slug: lower-case letters and digits separated by single hyphens`);
    return undefined;
  }
  const slug = given.slug("slug", true);
  const title = given.text("title", { max: DISCUSSION_LIMITS.title });
  const prompt = given.text("prompt", { max: DISCUSSION_LIMITS.prompt });
  if (!slug) return undefined;
  return { slug, line, ...(title !== undefined ? { title } : {}), ...(prompt !== undefined ? { prompt } : {}) };
}

const COMMENT_FIELDS = ["author", "date", "status", "body", "replies"] as const;
const COMMENT_STATUSES = { approved: "APPROVED", pending: "PENDING", rejected: "REJECTED" } as const;

function readComments(list: Fields[]): CommentSpec[] {
  const comments: CommentSpec[] = [];
  for (const fields of list) {
    const author = fields.textOrMapping("author", "comment author ", ["name", "email", "slug", "guest"], true);
    let name: string | undefined;
    let email: string | undefined;
    let authorSlug: string | undefined;
    let guest: boolean | undefined;
    if (typeof author === "string") {
      if (author.length <= COMMENT_LIMITS.authorName) name = author;
      else fields.problem(fields.lineOf("author"), `comment author must be at most ${COMMENT_LIMITS.authorName} characters`);
    } else if (author) {
      authorSlug = author.slug("slug");
      guest = author.flag("guest");
      // A registered author's comment shows the author's own name, which may be longer than a guest's may be.
      name = author.text("name", { max: authorSlug ? AUTHOR_LIMITS.name : COMMENT_LIMITS.authorName, required: true });
      email = author.text("email", { max: COMMENT_LIMITS.authorEmail });
      if (email && !EMAIL_PATTERN.test(email)) author.problem(author.lineOf("email"), `comment author email ${quoted(email)} is not an email address`);
      if (guest && authorSlug) author.problem(author.lineOf("guest"), "a comment author is either a guest or the author with a slug, not both");
    }
    const createdAt = fields.date("date", true);
    const status = fields.choice("status", COMMENT_STATUSES);
    const body = fields.text("body", { max: COMMENT_LIMITS.body, required: true });
    const replies = readComments(fields.list("replies", "reply ", COMMENT_FIELDS));
    if (name && createdAt && body) {
      comments.push({
        name,
        createdAt,
        body,
        replies,
        ...(email ? { email } : {}),
        ...(status ? { status } : {}),
        ...(authorSlug ? { authorSlug } : {}),
        ...(guest ? { guest } : {}),
      });
    }
  }
  return comments;
}

const POST_FIELDS = [
  "title",
  "slug",
  "author",
  "status",
  "publishedAt",
  "scheduledAt",
  "discussion",
  "inResponseTo",
  "excerpt",
  "legacyUrls",
  "categories",
  "tags",
  "comments",
] as const;
const POST_STATUSES = { published: "PUBLISHED", draft: "DRAFT" } as const satisfies Record<string, PostStatus>;
const TERM_FIELDS = ["slug", "name"] as const;
const LEGACY_URL_LIMIT = 2_000;
const TERM_NAME_LIMIT = 200;

/** A post's categories or tags: each a name (its slug made from it), or { slug, name }. */
function readTerms(fields: Fields, taxonomy: "category" | "tag", key: "categories" | "tags") {
  const terms: { taxonomy: "category" | "tag"; slug: string; name: string }[] = [];
  const entry = fields.entry(key);
  if (!entry) return terms;
  if (!isSeq(entry.node)) {
    fields.problem(entry.line, `${key} must be a list`);
    return terms;
  }
  if (entry.node.items.some((item) => isMap(item))) {
    for (const item of fields.list(key, `${taxonomy} `, TERM_FIELDS)) {
      const name = item.text("name", { max: TERM_NAME_LIMIT, required: true });
      const slug = item.slug("slug", true);
      if (name && slug) terms.push({ taxonomy, slug, name });
    }
    return terms;
  }
  for (const item of entry.node.items) {
    const name = isScalar(item) && typeof item.value === "string" ? item.value.trim() : "";
    const slug = slugify(name);
    if (name && name.length <= TERM_NAME_LIMIT && slug) terms.push({ taxonomy, slug, name });
    else fields.problem(fields.lineOf(key), `each of ${key} must be a name of at most ${TERM_NAME_LIMIT} characters, or { slug, name }`);
  }
  return terms;
}

/** The post a file holds, or its problems (and its slug, when that much could be read). */
async function readPost(file: string, text: string, exported = false): Promise<{ post: PostSpec | null; problems: Problem[]; slug?: string }> {
  const parts = splitFrontMatter(text);
  if ("message" in parts) return { post: null, problems: [parts] };
  const { yaml, root } = FrontMatter.parse(parts.yaml, 1);
  if (!root) return { post: null, problems: yaml.problems };

  const fields = new Fields(yaml, root, "", 1, POST_FIELDS);
  const title = fields.text("title", { max: POST_LIMITS.title, required: true });
  let slug = fields.slug("slug");
  if (!fields.entry("slug") && title) {
    slug = slugForTitle(title, "post");
  }
  const author = readAuthor(fields);
  const publishedAt = fields.date("publishedAt");
  const status = fields.choice("status", POST_STATUSES);
  if (status === "PUBLISHED" && !publishedAt) fields.problem(fields.lineOf("status"), "a published post needs publishedAt");
  const scheduledAt = fields.date("scheduledAt");
  const excerpt = fields.text("excerpt", { max: POST_LIMITS.excerpt });
  const legacyUrls = fields.texts("legacyUrls", LEGACY_URL_LIMIT);
  const terms = [...readTerms(fields, "category", "categories"), ...readTerms(fields, "tag", "tags")];
  const discussion = readDiscussion(fields);
  const target = fields.slug("inResponseTo");
  if (target && target === slug) fields.problem(fields.lineOf("inResponseTo"), "a post cannot be in response to itself");
  const comments = readComments(fields.list("comments", "comment ", COMMENT_FIELDS));

  // An essay pasted from elsewhere, with "[1]" notes listed at its end: Markdown footnotes, when they match exactly.
  // Not in an export, which has every post exactly as the database held it.
  const pasted = exported ? null : convertPastedNotes(parts.body);
  if (pasted?.converted) parts.body = pasted.markdown;
  const trimmedBody = parts.body.trim();
  let notes: ResolvedFootnote[] = [];
  if (!trimmedBody) yaml.problem(parts.closingLine, "the post has no body after its front matter");
  else if (trimmedBody.length > POST_LIMITS.body) yaml.problem(parts.bodyLine, `the body must be at most ${POST_LIMITS.body} characters`);
  else {
    // Parsed off the event loop when long, as for the API, and before any transaction.
    const analysis = await analyzePostBody(parts.body);
    if (analysis.problem) yaml.problem(parts.bodyLine, `the body ${analysis.problem}`);
    else if (analysis.notes.length > POST_LIMITS.footnotes) {
      yaml.problem(parts.bodyLine, `the body has ${analysis.notes.length} footnotes; a post may have at most ${POST_LIMITS.footnotes}`);
    } else notes = analysis.notes;
  }

  if (yaml.problems.length || !title || !slug || !author || discussion === undefined) {
    return { post: null, problems: yaml.problems, ...(slug ? { slug } : {}) };
  }
  return {
    post: {
      file,
      notes,
      slug,
      slugLine: fields.lineOf(fields.entry("slug") ? "slug" : "title"),
      title,
      body: parts.body,
      publishedAt: publishedAt ?? null,
      ...(status ? { status } : {}),
      excerpt: excerpt ?? null,
      author,
      discussion,
      inResponseTo: target ? { slug: target, line: fields.lineOf("inResponseTo") } : null,
      comments,
      // What the file says of these is the whole of it: a tag taken out of the file comes off the post.
      imported: { legacyUrls, terms, scheduledAt: scheduledAt ?? null },
    },
    problems: [],
  };
}

function readSite(file: string, text: string): { site: SiteSpec | null; problems: Problem[] } {
  const { yaml, root } = FrontMatter.parse(text, 0);
  if (!root) return { site: null, problems: yaml.problems };
  const fields = new Fields(yaml, root, "", 1, ["title", "description"]);
  const title = fields.text("title", { max: SITE_LIMITS.title, required: true });
  const description = fields.text("description", { max: SITE_LIMITS.description });
  if (yaml.problems.length) return { site: null, problems: yaml.problems };
  const site = { file, title, line: fields.lineOf("title"), ...(description !== undefined ? { description } : {}) };
  return { site, problems: [] };
}

const AUTHOR_ROLES = { faculty: "FACULTY", "student-fellow": "STUDENT_FELLOW", staff: "STAFF", guest: "GUEST" } as const satisfies Record<string, AuthorRole>;

/** An authors.yaml: `authors:` and a list of { slug, name, bio, affiliation, role }, for authors with or without posts. */
function readAuthors(file: string, text: string): { authors: AuthorSpec[]; problems: Problem[] } {
  const { yaml, root } = FrontMatter.parse(text, 0);
  if (!root) return { authors: [], problems: yaml.problems };
  const top = new Fields(yaml, root, "", 1, ["authors"]);
  const authors: AuthorSpec[] = [];
  for (const fields of top.list("authors", "author ", ["slug", "name", "bio", "affiliation", "role"])) {
    const slug = fields.slug("slug", true);
    const name = fields.text("name", { max: AUTHOR_LIMITS.name, required: true });
    const bio = fields.text("bio", { max: AUTHOR_LIMITS.bio });
    const affiliation = fields.text("affiliation", { max: AUTHOR_LIMITS.affiliation });
    const role = fields.choice("role", AUTHOR_ROLES);
    if (!slug || !name) continue;
    authors.push({
      slug,
      name,
      line: fields.line,
      ...(bio !== undefined ? { bio } : {}),
      ...(affiliation !== undefined ? { affiliation } : {}),
      ...(role !== undefined ? { role } : {}),
    });
  }
  return yaml.problems.length ? { authors: [], problems: yaml.problems } : { authors, problems: [] };
}

/** A discussions.yaml: `discussions:` and a list of { slug, title, prompt }. */
function readDiscussions(file: string, text: string): { discussions: DiscussionSpec[]; problems: Problem[] } {
  const { yaml, root } = FrontMatter.parse(text, 0);
  if (!root) return { discussions: [], problems: yaml.problems };
  const top = new Fields(yaml, root, "", 1, ["discussions"]);
  const discussions: DiscussionSpec[] = [];
  for (const fields of top.list("discussions", "discussion ", ["slug", "title", "prompt"])) {
    const slug = fields.slug("slug", true);
    const title = fields.text("title", { max: DISCUSSION_LIMITS.title, required: true });
    const prompt = fields.text("prompt", { max: DISCUSSION_LIMITS.prompt });
    if (slug && title) discussions.push({ slug, title, line: fields.line, ...(prompt !== undefined ? { prompt } : {}) });
  }
  return yaml.problems.length ? { discussions: [], problems: yaml.problems } : { discussions, problems: [] };
}

/**
 * A file's text with its line endings made \n and its byte-order mark
 * dropped, so that Markdown and YAML read the same whichever an editor saved,
 * and without the characters no stored text may hold (see characters.ts).
 * Exports from other systems carry stray control characters; they are
 * removed, and the removal reported, rather than failing the file.
 */
async function readText(file: SourceFile, warnings: ImportError[]): Promise<string> {
  const text = (await readFile(file.absolute, "utf8")).replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const cleaned = stripForbiddenCharacters(text);
  if (cleaned.removed) {
    const which = cleaned.removed === 1 ? "a control character" : `${cleaned.removed} control characters`;
    warnings.push({ file: file.file, line: 1, message: `removed ${which} that no stored text may hold (see docs/security.md)` });
  }
  return cleaned.text;
}

// ---------------------------------------------------------------------------
// Checks across files

interface Claim {
  /** What the claim is about, as messages name it: `author "ada-reyes"`. */
  subject: string;
  field: string;
  value: string;
  file: string;
  line: number;
}

/**
 * Two files that say different things about one author, discussion or site
 * both fail: neither can win without the result depending on which came first.
 */
function disagreements(claims: Claim[]): (Problem & { file: string })[] {
  const groups = new Map<string, Claim[]>();
  for (const claim of claims) {
    const key = `${claim.subject}\u0000${claim.field}`;
    groups.set(key, [...(groups.get(key) ?? []), claim]);
  }
  const problems: (Problem & { file: string })[] = [];
  for (const group of groups.values()) {
    for (const claim of group) {
      const other = group.find((c) => c.value !== claim.value);
      if (!other) continue;
      problems.push({
        file: claim.file,
        line: claim.line,
        message: `${claim.subject} has ${claim.field} ${quoted(claim.value)} here, but ${quoted(other.value)} in ${other.file}`,
      });
    }
  }
  return problems;
}

function claimsOf({ author, discussion, file }: { author: AuthorSpec | null; discussion: DiscussionSpec | null; file: string }): Claim[] {
  const claims: Claim[] = [];
  const claim = (subject: string, field: string, value: string | undefined, line: number) => {
    if (value !== undefined) claims.push({ subject, field, value, file, line });
  };
  if (author) {
    claim(`author "${author.slug}"`, "name", author.name, author.line);
    claim(`author "${author.slug}"`, "bio", author.bio, author.line);
    claim(`author "${author.slug}"`, "affiliation", author.affiliation, author.line);
    claim(`author "${author.slug}"`, "role", author.role, author.line);
  }
  if (discussion) {
    claim(`discussion "${discussion.slug}"`, "title", discussion.title, discussion.line);
    claim(`discussion "${discussion.slug}"`, "prompt", discussion.prompt, discussion.line);
  }
  return claims;
}

// ---------------------------------------------------------------------------
// Writing

// ---------------------------------------------------------------------------

/**
 * Import Markdown essays from files and directories (searched recursively for
 * .md and .markdown files, and a site.yaml at their top). Posts are matched by
 * slug, so importing the same files again changes nothing and duplicates nothing.
 * A file with problems is reported and left out; the others are imported.
 */
export async function importMarkdown(db: PrismaClient, paths: string[], options: ImportOptions = {}): Promise<ImportReport> {
  const found = await collectFiles(paths);
  const errors: ImportError[] = [...found.errors];
  const failed = new Set<string>(found.errors.map((e) => e.file));
  const fail = (file: string, problems: Problem[]) => {
    failed.add(file);
    for (const problem of problems) errors.push({ file, ...problem });
  };

  // Phase one: read and check everything before writing anything.
  const sites: SiteSpec[] = [];
  for (const file of found.sites) {
    const { site, problems } = readSite(file.file, await readText(file, found.warnings));
    if (site) sites.push(site);
    else fail(file.file, problems);
  }
  const listed = { authors: [] as { file: string; author: AuthorSpec }[], discussions: [] as { file: string; discussion: DiscussionSpec }[] };
  for (const file of found.authors) {
    const { authors, problems } = readAuthors(file.file, await readText(file, found.warnings));
    if (problems.length) fail(file.file, problems);
    listed.authors.push(...authors.map((author) => ({ file: file.file, author })));
  }
  for (const file of found.discussions) {
    const { discussions, problems } = readDiscussions(file.file, await readText(file, found.warnings));
    if (problems.length) fail(file.file, problems);
    listed.discussions.push(...discussions.map((discussion) => ({ file: file.file, discussion })));
  }
  let posts: PostSpec[] = [];
  /** Files by the slug of the post they hold, including the files that failed. */
  const filesBySlug = new Map<string, string[]>();
  for (const file of found.posts) {
    let text: string;
    try {
      text = await readText(file, found.warnings);
    } catch (error) {
      fail(file.file, [{ line: 1, message: messageOf(error) }]);
      continue;
    }
    const { post, problems, slug } = await readPost(file.file, text, file.exported);
    if (post) posts.push(post);
    else fail(file.file, problems);
    const known = post?.slug ?? slug;
    if (known) filesBySlug.set(known, [...(filesBySlug.get(known) ?? []), file.file]);
  }

  // Two files hold the same post when they share a slug and are both published, or are by one author.
  const isPublished = (post: PostSpec) => (post.status ?? (post.publishedAt ? "PUBLISHED" : "DRAFT")) === "PUBLISHED";
  const readByFile = new Map(posts.map((post) => [post.file, post]));
  for (const post of posts) {
    const others = filesBySlug.get(post.slug)!.filter((file) => {
      if (file === post.file) return false;
      const other = readByFile.get(file);
      return !other || (isPublished(other) && isPublished(post)) || other.author.slug === post.author.slug;
    });
    if (others.length) fail(post.file, [{ line: post.slugLine, message: `the slug "${post.slug}" is also the slug of ${others.join(", ")}` }]);
  }
  const siteClaims = sites.flatMap((site) =>
    (["title", "description"] as const).flatMap((field) =>
      site[field] === undefined ? [] : [{ subject: "the site", field, value: site[field]!, file: site.file, line: site.line }],
    ),
  );
  const postClaims = posts.filter((post) => !failed.has(post.file)).flatMap(claimsOf);
  const listClaims = [
    ...listed.authors.map(({ file, author }) => claimsOf({ file, author, discussion: null })),
    ...listed.discussions.map(({ file, discussion }) => claimsOf({ file, author: null, discussion })),
  ].flat();
  for (const { file, ...problem } of disagreements([...postClaims, ...siteClaims, ...listClaims])) fail(file, [problem]);
  posts = posts.filter((post) => !failed.has(post.file));

  // A post may answer one in this import or one already in the database. A file
  // that failed takes with it the posts answering its post, and so on down.
  const targets = [...new Set(posts.flatMap((post) => (post.inResponseTo ? [post.inResponseTo.slug] : [])))];
  const inDatabase = new Set(
    (await db.post.findMany({ where: { slug: { in: targets } }, select: { slug: true } })).map((post) => post.slug),
  );
  for (;;) {
    const importing = new Set(posts.map((post) => post.slug));
    const orphans = posts.filter((p) => p.inResponseTo && !importing.has(p.inResponseTo.slug) && !inDatabase.has(p.inResponseTo.slug));
    if (!orphans.length) break;
    for (const post of orphans) {
      const { slug, line } = post.inResponseTo!;
      const failedFiles = filesBySlug.get(slug) ?? [];
      const message = failedFiles.length
        ? `inResponseTo "${slug}": that post is not imported, because ${failedFiles.join(", ")} failed`
        : `inResponseTo "${slug}": no post has this slug, in this import or in the database`;
      fail(post.file, [{ line, message }]);
    }
    posts = posts.filter((post) => !failed.has(post.file));
  }
  const site = sites
    .filter((s) => !failed.has(s.file))
    .reduce<SiteSpec | undefined>((merged, s) => ({ ...merged, ...s }), undefined);

  // Phase two: write, in dependency order.
  const authorsListed = listed.authors.filter(({ file }) => !failed.has(file)).map(({ author }) => author);
  const discussionsListed = listed.discussions.filter(({ file }) => !failed.has(file)).map(({ discussion }) => discussion);
  const shared = await writeShared(db, site, posts, { authors: authorsListed, discussions: discussionsListed });
  const context: WriteContext = { ...shared, findCommenter: commenterLookup() };
  const ready = new Map(posts.map((post) => [post.file, post]));
  const outcomes = new Map<string, Outcome>();
  const toLink: { spec: PostSpec; postId: number }[] = [];
  let done = 0;
  for (const file of found.posts) {
    const spec = ready.get(file.file);
    if (spec) {
      try {
        const { outcome, linkLater, postId } = await importPost(db, spec, context);
        outcomes.set(spec.file, outcome);
        if (linkLater) toLink.push({ spec, postId });
      } catch (error) {
        fail(spec.file, [{ line: 1, message: `not written: ${messageOf(error)}` }]);
      }
    }
    options.onProgress?.(++done, found.posts.length, file.file);
  }

  for (const { spec, postId } of toLink) {
    const { slug, line } = spec.inResponseTo!;
    if (!(await linkResponse(db, postId, slug))) fail(spec.file, [{ line, message: `inResponseTo "${slug}": the post was written without this link, because that post could not be written` }]);
  }

  const report: ImportReport = { created: 0, updated: 0, skipped: 0, failed: failed.size, errors, warnings: found.warnings };
  for (const [file, outcome] of outcomes) if (!failed.has(file)) report[outcome]++;
  errors.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
  return report;
}
