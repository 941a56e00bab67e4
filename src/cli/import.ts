// Import into the database named by DATABASE_URL, each file's format known by its content:
//   npm run import -- <file-or-directory>...
// Markdown essays with YAML front matter (and a Colloquy export), WordPress
// exports (WXR), Ghost exports (JSON) and Disqus exports (XML). Prints a
// summary on stdout and exits with 1 when anything failed.
import { parseArgs } from "node:util";
import { Presets, SingleBar } from "cli-progress";
import { open, stat } from "node:fs/promises";
import { importDisqus, looksLikeDisqus, type DisqusImportReport } from "../content/import/disqus.js";
import { importGhost, looksLikeGhost } from "../content/import/ghost.js";
import { importMarkdown, type ImportReport } from "../content/import/markdown.js";
import { importWordPress } from "../content/import/wordpress.js";
import type { ImportSummary } from "../domain/imports.js";
import { looksLikeWxr } from "../content/import/wxr.js";
import { closeMarkdownWorkers } from "../content/rendering.js";
import { readConfig } from "../config.js";
import { openDatabase } from "../db/client.js";

const usage = `Usage: npm run import -- <file-or-directory>...

Each file's format is known by its content, whatever its name.

Markdown files (.md, .markdown); directories are searched recursively.
Each file begins with YAML front matter between two lines of three dashes:

  ---
  title: On Marginalia                  required
  slug: on-marginalia                   optional; made from the title
  author: Ines Okafor                   or { name, slug, bio, affiliation }
  status: published                     or draft; without it, published when
                                        it has publishedAt
  publishedAt: 2025-03-04               or an ISO date-time; without it, a draft
  scheduledAt: 2025-04-01T09:00:00Z     a draft's intended publication
  discussion: why-annotate              or { slug, title, prompt }
  inResponseTo: another-post-slug       optional
  excerpt: A summary for lists.         optional; else the opening is used
  legacyUrls: [https://old.example/x/]  old addresses (Query.postByLegacyUrl)
  categories: [Commons]                 names, or { slug, name }
  tags: [fisheries]                     names, or { slug, name }
  comments:                             optional, approved on import
    - author: June Abara                or { name, email } for a guest, or
                                        { name, slug } for a registered author
      date: 2025-03-05                  or an ISO date-time
      status: pending                   or approved, rejected; approved if left out
      body: A comment, in Markdown.
      replies: [ comments of the same shape ]
  ---
  The essay, in Markdown, with [^1] footnotes. Notes typed as [1] with a
  list of [1] ... notes at the end become footnotes when they match exactly.

At the top of a directory: site.yaml (title, description) sets the site;
authors.yaml (authors: a list of slug, name, bio, affiliation, role) and
discussions.yaml (discussions: a list of slug, title, prompt) add authors and
discussions with or without posts. A directory written by npm run export has
a colloquy-export.yaml, and its posts are taken exactly as written.

A WordPress export (Tools → Export, WXR 1.1 or 1.2): its authors, posts and
comments come in. Posts WordPress had as drafts, pending, private, scheduled
or password-protected come in as drafts; pages, attachments and menu items
are skipped and counted; spam, trashed comments, pingbacks and trackbacks are
skipped and counted. Each post keeps its old address, its categories and
tags, its excerpt, and, if it was scheduled, its time.

A Ghost export (Settings → Advanced → Export, JSON): its users, posts (from
their HTML), public tags and custom excerpts. Drafts, scheduled posts,
newsletter-only posts and posts for members only come in as drafts; pages are
skipped and counted.

A Disqus export (XML): comments onto the posts already here (WordPress,
Ghost or Markdown ones, in this run or before), each thread matched by its
identifier or address, with their replies. Spam and deleted comments are
skipped and counted; threads that match no post are listed.

  --discussions category|tag   a post's first category (or tag) names the
                               discussion it responds to

Posts are matched by slug and comments by place, author, time and text, so
importing the same files again updates them and duplicates nothing.`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { help: { type: "boolean", short: "h" }, discussions: { type: "string" } },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const discussionsFrom = values.discussions;
if (positionals.length === 0 || (discussionsFrom !== undefined && discussionsFrom !== "category" && discussionsFrom !== "tag")) {
  console.error(usage);
  process.exit(2);
}

// The bar is for a person watching; a log or a pipe gets only the summary.
const bar = process.stderr.isTTY
  ? new SingleBar({ stream: process.stderr, format: "{bar} {value}/{total} {file}", clearOnComplete: true, hideCursor: true }, Presets.shades_classic)
  : null;

type Format = "WordPress" | "Ghost" | "Disqus";

/** The export format a file's first bytes show, whatever its name; null for anything else (Markdown, a directory). */
async function formatOf(file: string): Promise<Format | null> {
  try {
    if (!(await stat(file)).isFile()) return null;
    const handle = await open(file, "r");
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(8192), 0, 8192, 0);
      const head = buffer.subarray(0, bytesRead).toString("utf8");
      return looksLikeWxr(head) ? "WordPress" : looksLikeGhost(head) ? "Ghost" : looksLikeDisqus(head) ? "Disqus" : null;
    } finally {
      await handle.close();
    }
  } catch {
    return null;
  }
}

const exportsToRead: [string, Format][] = [];
const markdown: string[] = [];
for (const path of positionals) {
  const format = await formatOf(path);
  if (format) exportsToRead.push([path, format]);
  else markdown.push(path);
}

const db = await openDatabase(readConfig().database);
let report: ImportReport = { created: 0, updated: 0, skipped: 0, failed: 0, errors: [], warnings: [] };
const done: [string, Format, ImportSummary][] = [];
const failedExports: string[] = [];
const readExport = async (file: string, format: Format) => {
  const onProgress = (items: number) => (items === 1 ? bar?.start(0, 0, { file }) : bar?.update(items, { file }));
  try {
    const summary =
      format === "WordPress" ? await importWordPress(db.prisma, file, { discussionsFrom, onProgress })
      : format === "Ghost" ? await importGhost(db.prisma, file, { discussionsFrom, onProgress })
      : await importDisqus(db.prisma, file, { onProgress });
    done.push([file, format, summary]);
  } catch (error) {
    // Unreadable XML: what was read before the fault is written; the rest is not.
    failedExports.push(`${file}: ${error instanceof Error ? error.message : String(error)}; the items before it were imported, the rest were not`);
  }
  bar?.stop();
};
try {
  // Posts first (the exports, then Markdown files that may answer them), then Disqus's comments onto them.
  for (const [file, format] of exportsToRead) if (format !== "Disqus") await readExport(file, format);
  if (markdown.length) report = await importMarkdown(db.prisma, markdown, {
    onProgress: (count, total, file) => {
      if (count === 1) bar?.start(total, 0, { file });
      bar?.update(count, { file });
    },
  });
  bar?.stop();
  for (const [file, format] of exportsToRead) if (format === "Disqus") await readExport(file, format);
} finally {
  bar?.stop();
  await db.close();
  await closeMarkdownWorkers();
}

const listed = (record: Record<string, number>) => Object.entries(record).map(([what, n]) => `${n} ${what}`).join(", ") || "none";
const at = (item: { file: string; line: number }) => (item.line > 0 ? `${item.file}:${item.line}` : item.file);
let failed = report.failed + failedExports.length;
for (const message of failedExports) console.log(message);
for (const [file, format, summary] of done) {
  // A post that failed is counted among the posts; a Disqus thread that failed only among the errors.
  failed += summary.posts.failed + (format === "Disqus" ? summary.errors.length : 0);
  if (format === "Disqus") {
    const threads = (summary as DisqusImportReport).threads;
    console.log(`${file} (Disqus): threads: ${threads.matched} matched to posts, ${threads.unmatched.length} matching no post`);
    for (const thread of threads.unmatched) console.log(`  ${file}:${thread.line}: no post for thread ${JSON.stringify(thread.identifier)} at ${thread.link || "(no link)"}`);
  } else {
    const { posts } = summary;
    console.log(`${file} (${format}): ${summary.authors} authors; posts: ${posts.created} created, ${posts.updated} updated, ${posts.skipped} skipped, ${posts.failed} failed`);
    console.log(`  came in as drafts: ${listed(summary.drafts)}`);
    console.log(`  items skipped: ${listed(summary.skippedItems)}`);
  }
  if (format !== "Ghost") console.log(`  comments: ${summary.comments.added} added, ${summary.comments.pending} held for moderation; skipped: ${listed(summary.comments.skipped)}`);
  for (const error of summary.errors) console.log(`${at(error)}: ${error.message}`);
  for (const warning of summary.warnings) console.log(`${at(warning)}: warning: ${warning.message}`);
}
if (markdown.length) console.log(`${report.created} created, ${report.updated} updated, ${report.skipped} skipped (unchanged), ${report.failed} failed`);
for (const error of report.errors) console.log(`${error.file}:${error.line}: ${error.message}`);
for (const warning of report.warnings) console.log(`${warning.file}:${warning.line}: warning: ${warning.message}`);
process.exitCode = failed > 0 ? 1 : 0;
