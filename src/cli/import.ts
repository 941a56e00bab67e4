// Import Markdown essays with YAML front matter into the database named by DATABASE_URL:
//   npm run import -- <file-or-directory>...
// Prints a summary on stdout and exits with 1 when any file failed.
import { parseArgs } from "node:util";
import { Presets, SingleBar } from "cli-progress";
import { importMarkdown, type ImportReport } from "../content/importer.js";
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

A site.yaml (title, description) at the top of a directory sets the site.
Posts are matched by slug, so importing the same files again updates them
and duplicates nothing.`;

const { positionals, values } = parseArgs({ allowPositionals: true, options: { help: { type: "boolean", short: "h" } } });
if (values.help) {
  console.log(usage);
  process.exit(0);
}
if (positionals.length === 0) {
  console.error(usage);
  process.exit(2);
}

// The bar is for a person watching; a log or a pipe gets only the summary.
const bar = process.stderr.isTTY
  ? new SingleBar({ stream: process.stderr, format: "{bar} {value}/{total} {file}", clearOnComplete: true, hideCursor: true }, Presets.shades_classic)
  : null;

const db = await openDatabase();
let report: ImportReport;
try {
  report = await importMarkdown(db.prisma, positionals, {
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

console.log(`${report.created} created, ${report.updated} updated, ${report.skipped} skipped, ${report.failed} failed`);
for (const error of report.errors) console.log(`${error.file}:${error.line}: ${error.message}`);
for (const warning of report.warnings) console.log(`${warning.file}:${warning.line}: warning: ${warning.message}`);
process.exitCode = report.failed > 0 ? 1 : 0;
