// Import Markdown essays with YAML front matter into the database named by DATABASE_URL:
//   npm run import -- <file-or-directory>...
// Prints a summary on stdout and exits with 1 when any file failed.
import { parseArgs } from "node:util";
import { Presets, SingleBar } from "cli-progress";
import { open, stat } from "node:fs/promises";
import { importMarkdown, type ImportReport } from "../content/import/markdown.js";
import { importWordPress, type WordPressImportReport } from "../content/import/wordpress.js";
import { looksLikeWxr } from "../content/import/wxr.js";
import { closeMarkdownWorkers } from "../content/rendering.js";
import { openDatabase } from "../db/client.js";

const usage = `Usage: npm run import -- <file-or-directory>...

Imports Markdown files (.md, .markdown); directories are searched recursively.
Each file begins with YAML front matter between two lines of three dashes:

  ---
  title: On Marginalia                  required
  slug: on-marginalia                   optional; made from the title
  author: Ines Okafor                   or { name, slug, bio, affiliation }
  publishedAt: 2025-03-04               or an ISO date-time; without it, a draft
  discussion: why-annotate              or { slug, title, prompt }
  inResponseTo: another-post-slug       optional
  comments:                             optional, approved on import
    - author: June Abara                or { name, email }
      date: 2025-03-05                  or an ISO date-time
      body: A comment, in Markdown.
      replies: [ comments of the same shape ]
  ---
  The essay, in Markdown, with [^1] footnotes.

A WordPress export (Tools → Export, WXR 1.1 or 1.2) is recognized by its
content, whatever its name: its authors, posts and comments come in. Posts
WordPress had as drafts, pending, private, scheduled or password-protected
come in as drafts; pages, attachments and menu items are skipped and counted;
spam, trashed comments, pingbacks and trackbacks are skipped and counted.
Each post keeps its old address (Query.postByLegacyUrl finds it), its
categories and tags, and, if it was scheduled, its time.

  --discussions category|tag   a post's first category (or tag) names the
                               discussion it responds to

A site.yaml (title, description) at the top of a directory sets the site.
Posts are matched by slug, so importing the same files again updates them
and duplicates nothing.`;

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

/** Whether the path is a file that begins as a WordPress export. */
async function isWordPressExport(file: string): Promise<boolean> {
  try {
    if (!(await stat(file)).isFile()) return false;
    const handle = await open(file, "r");
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(8192), 0, 8192, 0);
      return looksLikeWxr(buffer.subarray(0, bytesRead).toString("utf8"));
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
}

const wordpress: string[] = [];
const markdown: string[] = [];
for (const path of positionals) (await isWordPressExport(path) ? wordpress : markdown).push(path);

const db = await openDatabase();
let report: ImportReport = { created: 0, updated: 0, skipped: 0, failed: 0, errors: [], warnings: [] };
const exports: [string, WordPressImportReport][] = [];
const failedExports: string[] = [];
try {
  for (const file of wordpress) {
    try {
      exports.push([file, await importWordPress(db.prisma, file, { discussionsFrom, onProgress: (items) => (items === 1 ? bar?.start(0, 0, { file }) : bar?.update(items, { file })) })]);
    } catch (error) {
      // Unreadable XML: what was read before the fault is written; the rest is not.
      failedExports.push(`${file}: ${error instanceof Error ? error.message : String(error)}; the posts before it were imported, the rest were not`);
    }
    bar?.stop();
  }
  if (markdown.length) report = await importMarkdown(db.prisma, markdown, {
    onProgress: (done, total, file) => {
      if (done === 1) bar?.start(total, 0, { file });
      bar?.update(done, { file });
    },
  });
} finally {
  bar?.stop();
  await db.close();
  await closeMarkdownWorkers();
}

const listed = (record: Record<string, number>) => Object.entries(record).map(([what, n]) => `${n} ${what}`).join(", ") || "none";
let failed = report.failed + failedExports.length;
for (const message of failedExports) console.log(message);
for (const [file, wp] of exports) {
  failed += wp.posts.failed;
  console.log(`${file} (WordPress): ${wp.authors} authors; posts: ${wp.posts.created} created, ${wp.posts.updated} updated, ${wp.posts.skipped} skipped, ${wp.posts.failed} failed`);
  console.log(`  came in as drafts: ${listed(wp.drafts)}`);
  console.log(`  items skipped: ${listed(wp.skippedItems)}`);
  console.log(`  comments: ${wp.comments.added} added, ${wp.comments.pending} held for moderation; skipped: ${listed(wp.comments.skipped)}`);
  for (const error of wp.errors) console.log(`${error.file}:${error.line}: ${error.message}`);
  for (const warning of wp.warnings) console.log(`${warning.file}:${warning.line}: warning: ${warning.message}`);
}
if (markdown.length) console.log(`${report.created} created, ${report.updated} updated, ${report.skipped} skipped, ${report.failed} failed`);
for (const error of report.errors) console.log(`${error.file}:${error.line}: ${error.message}`);
for (const warning of report.warnings) console.log(`${warning.file}:${warning.line}: warning: ${warning.message}`);
process.exitCode = failed > 0 ? 1 : 0;
