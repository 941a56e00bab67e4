import { readdir, readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type YAMLMap } from "yaml";
import type { PrismaClient } from "../db/client.js";
import { AUTHOR_LIMITS } from "../domain/authors.js";
import { COMMENT_LIMITS } from "../domain/comments.js";
import { DISCUSSION_LIMITS } from "../domain/discussions.js";
import { POST_LIMITS } from "../domain/posts.js";
import { MAX_SLUG_LENGTH, SLUG_PATTERN, slugForTitle, slugify } from "../domain/validation.js";
import type { Post, PostStatus } from "../generated/prisma/client.js";
import { stripForbiddenCharacters } from "./characters.js";
import { refreshSources, sourcesCitedBy, syncPostFootnotes, type ResolvedFootnote, type TransactionClient } from "./footnotes.js";
import { slugScopeFor } from "../domain/posts.js";
import { analyzePostBody } from "./rendering.js";
import { legacyPath } from "../domain/legacy-urls.js";
import { convertPastedNotes } from "./pasted-notes.js";

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
const SITE_FILE = "site.yaml";
const SITE_LIMITS = { title: 200, description: 5_000 };
// Loose on purpose, as for comments sent through the API: the address is only kept for moderators.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface SourceFile {
  /** The path as the user named it, joined with the path found below a named directory. */
  file: string;
  absolute: string;
}

interface Problem {
  line: number;
  message: string;
}

export interface AuthorSpec {
  slug: string;
  name: string;
  bio?: string;
  affiliation?: string;
  line: number;
}

export interface DiscussionSpec {
  slug: string;
  title?: string;
  prompt?: string;
  line: number;
}

export interface CommentSpec {
  name: string;
  email?: string;
  createdAt: Date;
  body: string;
  replies: CommentSpec[];
  /** Approved unless said otherwise (a WordPress comment held for moderation comes in pending). */
  status?: "APPROVED" | "PENDING";
  /** The registered author who wrote it, by slug, when the export says so; otherwise found by name. */
  authorSlug?: string;
}

export interface PostSpec {
  file: string;
  /** The body's notes, resolved to what they cite when the file was read, before any transaction. */
  notes: ResolvedFootnote[];
  slug: string;
  slugLine: number;
  title: string;
  body: string;
  publishedAt: Date | null;
  author: AuthorSpec;
  discussion: DiscussionSpec | null;
  inResponseTo: { slug: string; line: number } | null;
  comments: CommentSpec[];
  /** What another system knew of the post (a WordPress export): its old addresses, its categories and tags, when it was scheduled. */
  imported?: {
    legacyUrls: string[];
    terms: { taxonomy: "category" | "tag"; slug: string; name: string }[];
    scheduledAt: Date | null;
  };
}

interface SiteSpec {
  file: string;
  title?: string;
  description?: string;
  line: number;
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
  const sites: SourceFile[] = [];
  const errors: ImportError[] = [];
  const warnings: ImportError[] = [];
  for (const given of paths) {
    const absolute = path.resolve(given);
    const info = await stat(absolute).catch(() => null);
    if (info?.isDirectory()) {
      const root = await realpath(absolute);
      await walk(root, root, given, posts, warnings);
      const site = await realpath(path.join(root, SITE_FILE)).catch(() => null);
      if (site && path.dirname(site) === root && (await stat(site).catch(() => null))?.isFile()) {
        sites.push({ file: path.join(given, SITE_FILE), absolute: site });
      }
    } else if (info?.isFile() && path.basename(absolute) === SITE_FILE) {
      sites.push({ file: given, absolute });
    } else if (info?.isFile() && MARKDOWN_FILE.test(absolute)) {
      posts.push({ file: given, absolute });
    } else {
      const message = info ? "not a Markdown file (.md or .markdown), a directory or a site.yaml" : "no such file or directory";
      errors.push({ file: given, line: 1, message });
    }
  }
  // One file named twice (by itself and through its directory) is imported once, and always in the same order.
  const unique = (files: SourceFile[]) =>
    [...new Map(files.map((f) => [f.absolute, f])).values()].sort((a, b) => (a.absolute < b.absolute ? -1 : 1));
  return { posts: unique(posts), sites: unique(sites), errors, warnings };
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

const COMMENT_FIELDS = ["author", "date", "body", "replies"] as const;

function readComments(list: Fields[]): CommentSpec[] {
  const comments: CommentSpec[] = [];
  for (const fields of list) {
    const author = fields.textOrMapping("author", "comment author ", ["name", "email"], true);
    let name: string | undefined;
    let email: string | undefined;
    if (typeof author === "string") {
      if (author.length <= COMMENT_LIMITS.authorName) name = author;
      else fields.problem(fields.lineOf("author"), `comment author must be at most ${COMMENT_LIMITS.authorName} characters`);
    } else if (author) {
      name = author.text("name", { max: COMMENT_LIMITS.authorName, required: true });
      email = author.text("email", { max: COMMENT_LIMITS.authorEmail });
      if (email && !EMAIL_PATTERN.test(email)) author.problem(author.lineOf("email"), `comment author email ${quoted(email)} is not an email address`);
    }
    const createdAt = fields.date("date", true);
    const body = fields.text("body", { max: COMMENT_LIMITS.body, required: true });
    const replies = readComments(fields.list("replies", "reply ", COMMENT_FIELDS));
    if (name && createdAt && body) comments.push({ name, createdAt, body, replies, ...(email ? { email } : {}) });
  }
  return comments;
}

const POST_FIELDS = ["title", "slug", "author", "publishedAt", "discussion", "inResponseTo", "comments"] as const;

/** The post a file holds, or its problems (and its slug, when that much could be read). */
async function readPost(file: string, text: string): Promise<{ post: PostSpec | null; problems: Problem[]; slug?: string }> {
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
  const discussion = readDiscussion(fields);
  const target = fields.slug("inResponseTo");
  if (target && target === slug) fields.problem(fields.lineOf("inResponseTo"), "a post cannot be in response to itself");
  const comments = readComments(fields.list("comments", "comment ", COMMENT_FIELDS));

  // An essay pasted from elsewhere, with "[1]" notes listed at its end: Markdown footnotes, when they match exactly.
  const pasted = convertPastedNotes(parts.body);
  if (pasted.converted) parts.body = pasted.markdown;
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
      author,
      discussion,
      inResponseTo: target ? { slug: target, line: fields.lineOf("inResponseTo") } : null,
      comments,
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

/** Markdown and YAML read the same whichever line endings or byte-order mark the editor saved. */
/**
 * A file's text with its line endings made \n, and without the characters no
 * stored text may hold (see characters.ts). Exports from other systems carry
 * stray control characters; they are removed, and the removal reported, rather
 * than failing the file.
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

function claimsOf(post: PostSpec): Claim[] {
  const { author, discussion, file } = post;
  const claims: Claim[] = [];
  const claim = (subject: string, field: string, value: string | undefined, line: number) => {
    if (value !== undefined) claims.push({ subject, field, value, file, line });
  };
  claim(`author "${author.slug}"`, "name", author.name, author.line);
  claim(`author "${author.slug}"`, "bio", author.bio, author.line);
  claim(`author "${author.slug}"`, "affiliation", author.affiliation, author.line);
  if (discussion) {
    claim(`discussion "${discussion.slug}"`, "title", discussion.title, discussion.line);
    claim(`discussion "${discussion.slug}"`, "prompt", discussion.prompt, discussion.line);
  }
  return claims;
}

function titleCase(slug: string): string {
  return slug
    .split("-")
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(" ");
}

// ---------------------------------------------------------------------------
// Writing

export type Outcome = "created" | "updated" | "skipped";

/** Finds the Author a commenter's name stands for: by slug first, then by exact name. */
export function commenterLookup() {
  const cache = new Map<string, number | null>();
  return async (tx: TransactionClient, name: string): Promise<number | null> => {
    const known = cache.get(name);
    if (known !== undefined) return known;
    const slug = slugify(name);
    const author =
      (slug ? await tx.author.findFirst({ where: { slug }, select: { id: true } }) : null) ??
      (await tx.author.findFirst({ where: { name }, orderBy: { id: "asc" }, select: { id: true } }));
    cache.set(name, author?.id ?? null);
    return author?.id ?? null;
  };
}

export type FindCommenter = ReturnType<typeof commenterLookup>;

/** Adds the comments not yet on the post; an imported comment is known by its place, author, time and text. */
async function writeComments(
  tx: TransactionClient,
  comments: CommentSpec[],
  postId: number,
  parentId: number | null,
  findCommenter: FindCommenter,
): Promise<number> {
  let added = 0;
  for (const comment of comments) {
    const authorId = comment.authorSlug
      ? ((await tx.author.findFirst({ where: { slug: comment.authorSlug }, select: { id: true } }))?.id ?? (await findCommenter(tx, comment.name)))
      : await findCommenter(tx, comment.name);
    const placed = { postId, parentId, createdAt: comment.createdAt, body: comment.body };
    // A guest's comment stays itself after an Author of that name appears.
    const byAuthor = authorId === null ? [] : [{ authorId }];
    let row = await tx.comment.findFirst({
      where: { ...placed, OR: [...byAuthor, { authorId: null, authorName: comment.name }] },
      orderBy: { id: "asc" },
      select: { id: true },
    });
    if (!row) {
      row = await tx.comment.create({
        data: {
          ...placed,
          authorId,
          authorName: authorId === null ? comment.name : null,
          authorEmail: authorId === null ? (comment.email ?? null) : null,
          status: comment.status ?? "APPROVED",
        },
        select: { id: true },
      });
      added++;
    }
    added += await writeComments(tx, comment.replies, postId, row.id, findCommenter);
  }
  return added;
}

async function recordRevision(tx: TransactionClient, post: Post, changed: string[]): Promise<void> {
  await tx.postRevision.create({
    data: {
      postId: post.id,
      revision: post.revision,
      editorId: post.authorId,
      title: post.title,
      body: post.body,
      status: post.status,
      changed: JSON.stringify(changed),
    },
  });
}

export interface WriteContext {
  authorIds: Map<string, number>;
  discussionIds: Map<string, number>;
  findCommenter: FindCommenter;
}

/**
 * Creates or updates one file's post, its notes and comments. A post that
 * answers one not written yet gets its link in the final pass.
 */
export async function writePost(
  tx: TransactionClient,
  spec: PostSpec,
  context: WriteContext,
): Promise<{ outcome: Outcome; linkLater: boolean; commentsAdded: number }> {
  const target = spec.inResponseTo
    ? await tx.post.findFirst({ where: { slug: spec.inResponseTo.slug }, select: { id: true } })
    : null;
  const status: PostStatus = spec.publishedAt ? "PUBLISHED" : "DRAFT";
  const wanted = {
    title: spec.title,
    body: spec.body,
    status,
    publishedAt: spec.publishedAt,
    authorId: context.authorIds.get(spec.author.slug)!,
    discussionId: spec.discussion ? context.discussionIds.get(spec.discussion.slug)! : null,
    inResponseToId: target?.id ?? null,
  };
  const linkLater = spec.inResponseTo !== null && target === null;

  // The published post with the slug, or else a draft with it (the slug is unique among published posts, and among one author's drafts).
  const current = await tx.post.findFirst({ where: { slug: spec.slug }, orderBy: [{ slugScope: "asc" }, { id: "asc" }] });
  const slugScope = slugScopeFor(status, wanted.authorId);
  let outcome: Outcome;
  let postId: number;
  if (!current) {
    const post = await tx.post.create({
      data: { slug: spec.slug, slugScope, ...wanted, createdAt: spec.publishedAt ?? new Date() },
    });
    await syncPostFootnotes(tx, post.id, spec.notes);
    await recordRevision(tx, post, ["title", "body", "slug", "status"]);
    outcome = "created";
    postId = post.id;
  } else {
    const changed = (Object.keys(wanted) as (keyof typeof wanted)[]).filter((field) => {
      const [now, then] = [wanted[field], current[field]];
      return now instanceof Date || then instanceof Date ? now?.valueOf() !== then?.valueOf() : now !== then;
    });
    if (linkLater && !changed.includes("inResponseToId")) changed.push("inResponseToId");
    if (changed.length) {
      const withdrawn = current.status === "PUBLISHED" && status === "DRAFT";
      const post = await tx.post.update({
        where: { id: current.id },
        data: {
          ...wanted,
          slugScope,
          ...(status === "PUBLISHED" ? { withdrawnAt: null } : withdrawn ? { withdrawnAt: new Date() } : {}),
          revision: { increment: 1 },
        },
      });
      if (post.body !== current.body) await syncPostFootnotes(tx, post.id, spec.notes);
      // Published or withdrawn: what its citations say of shared sources starts or stops counting.
      else if (post.status !== current.status) await refreshSources(tx, await sourcesCitedBy(tx, post.id));
      await recordRevision(tx, post, changed);
    }
    outcome = changed.length ? "updated" : "skipped";
    postId = current.id;
  }
  const added = await writeComments(tx, spec.comments, postId, null, context.findCommenter);
  const importedChanged = spec.imported ? await writeImported(tx, postId, spec.imported) : false;
  return { outcome: outcome === "skipped" && (added > 0 || importedChanged) ? "updated" : outcome, linkLater, commentsAdded: added };
}

/**
 * The old addresses, terms and scheduled time another system gave the post,
 * made what the export says now. An address another post already holds stays
 * with that post. Whether anything changed.
 */
async function writeImported(tx: TransactionClient, postId: number, imported: NonNullable<PostSpec["imported"]>): Promise<boolean> {
  let changed = false;
  const current = await tx.post.findFirst({ where: { id: postId }, select: { scheduledAt: true } });
  if ((current?.scheduledAt?.valueOf() ?? null) !== (imported.scheduledAt?.valueOf() ?? null)) {
    await tx.post.update({ where: { id: postId }, data: { scheduledAt: imported.scheduledAt } });
    changed = true;
  }
  for (const url of imported.legacyUrls) {
    const path = legacyPath(url);
    if (!path) continue;
    const held = await tx.postLegacyUrl.findUnique({ where: { path }, select: { postId: true } });
    if (held) continue;
    await tx.postLegacyUrl.create({ data: { postId, path, url } });
    changed = true;
  }
  const terms = await tx.postTerm.findMany({ where: { postId }, select: { taxonomy: true, slug: true, name: true } });
  const key = (t: { taxonomy: string; slug: string; name: string }) => `${t.taxonomy}\u0000${t.slug}\u0000${t.name}`;
  const wanted = [...new Map(imported.terms.map((t) => [`${t.taxonomy}\u0000${t.slug}`, t])).values()];
  if (terms.map(key).sort().join("\n") !== wanted.map(key).sort().join("\n")) {
    await tx.postTerm.deleteMany({ where: { postId } });
    if (wanted.length) await tx.postTerm.createMany({ data: wanted.map((t) => ({ postId, ...t })) });
    changed = true;
  }
  return changed;
}

/** The site, authors and discussions that the posts refer to, created or brought up to date. */
export async function writeShared(db: PrismaClient, site: SiteSpec | undefined, posts: PostSpec[]) {
  const authors = new Map<string, Omit<AuthorSpec, "line">>();
  const discussions = new Map<string, Omit<DiscussionSpec, "line">>();
  for (const { author, discussion } of posts) {
    const { line: _line, ...fields } = author;
    authors.set(author.slug, { ...authors.get(author.slug), ...fields });
    if (discussion) {
      const { line: _discussionLine, ...given } = discussion;
      discussions.set(discussion.slug, { ...discussions.get(discussion.slug), ...given });
    }
  }
  return db.$transaction(
    async (tx) => {
      if (site) {
        const given = {
          ...(site.title !== undefined ? { title: site.title } : {}),
          ...(site.description !== undefined ? { description: site.description } : {}),
        };
        await tx.site.upsert({
          where: { id: 1 },
          create: { id: 1, title: site.title ?? "", description: site.description ?? "" },
          update: given,
        });
      }
      const authorIds = new Map<string, number>();
      for (const [slug, { name, bio, affiliation }] of [...authors].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const details = {
          ...(bio !== undefined ? { bio } : {}),
          // An empty affiliation clears it, as it does through the API.
          ...(affiliation !== undefined ? { affiliation: affiliation || null } : {}),
        };
        const row = await tx.author.upsert({
          where: { slug },
          create: { slug, name, ...details },
          update: { name, ...details },
          select: { id: true },
        });
        authorIds.set(slug, row.id);
      }
      const discussionIds = new Map<string, number>();
      for (const [slug, { title, prompt }] of [...discussions].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const row = await tx.discussion.upsert({
          where: { slug },
          create: { slug, title: title ?? titleCase(slug), prompt: prompt ?? "" },
          update: { ...(title !== undefined ? { title } : {}), ...(prompt !== undefined ? { prompt } : {}) },
          select: { id: true },
        });
        discussionIds.set(slug, row.id);
      }
      return { authorIds, discussionIds };
    },
    { timeout: 60_000 },
  );
}

export function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).trim().split("\n").at(-1)!;
}

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
    const { post, problems, slug } = await readPost(file.file, text);
    if (post) posts.push(post);
    else fail(file.file, problems);
    const known = post?.slug ?? slug;
    if (known) filesBySlug.set(known, [...(filesBySlug.get(known) ?? []), file.file]);
  }

  for (const post of posts) {
    const others = filesBySlug.get(post.slug)!.filter((file) => file !== post.file);
    if (others.length) fail(post.file, [{ line: post.slugLine, message: `the slug "${post.slug}" is also the slug of ${others.join(", ")}` }]);
  }
  const siteClaims = sites.flatMap((site) =>
    (["title", "description"] as const).flatMap((field) =>
      site[field] === undefined ? [] : [{ subject: "the site", field, value: site[field]!, file: site.file, line: site.line }],
    ),
  );
  const postClaims = posts.filter((post) => !failed.has(post.file)).flatMap(claimsOf);
  for (const { file, ...problem } of disagreements([...postClaims, ...siteClaims])) fail(file, [problem]);
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
  const context: WriteContext = { ...(await writeShared(db, site, posts)), findCommenter: commenterLookup() };
  const ready = new Map(posts.map((post) => [post.file, post]));
  const outcomes = new Map<string, Outcome>();
  const toLink: PostSpec[] = [];
  let done = 0;
  for (const file of found.posts) {
    const spec = ready.get(file.file);
    if (spec) {
      try {
        const { outcome, linkLater } = await db.$transaction((tx) => writePost(tx, spec, context), { timeout: 60_000 });
        outcomes.set(spec.file, outcome);
        if (linkLater) toLink.push(spec);
      } catch (error) {
        fail(spec.file, [{ line: 1, message: `not written: ${messageOf(error)}` }]);
      }
    }
    options.onProgress?.(++done, found.posts.length, file.file);
  }

  for (const spec of toLink) {
    const { slug, line } = spec.inResponseTo!;
    const target = await db.post.findFirst({ where: { slug }, select: { id: true } });
    if (target) await db.post.updateMany({ where: { slug: spec.slug }, data: { inResponseToId: target.id } });
    else fail(spec.file, [{ line, message: `inResponseTo "${slug}": the post was written without this link, because that post could not be written` }]);
  }

  const report: ImportReport = { created: 0, updated: 0, skipped: 0, failed: failed.size, errors, warnings: found.warnings };
  for (const [file, outcome] of outcomes) if (!failed.has(file)) report[outcome]++;
  errors.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
  return report;
}
