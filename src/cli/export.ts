// Export the whole site named by DATABASE_URL as Markdown and YAML, in the
// importer's own format:
//   npm run export -- <directory>
// The directory must be new or empty. `npm run import -- <directory>` brings
// the export back, into this database or an empty one.
import { exportSite } from "../content/export.js";
import { readConfig } from "../config.js";
import { openDatabase } from "../db/client.js";
import { singlePathArgument } from "./arguments.js";

const usage = `Usage: npm run export -- <directory>

Writes the site, its authors and discussions, and every post with its
status, footnotes as written, and comments with their status and threads,
as Markdown files with YAML front matter (see npm run import -- --help).
Commenters' email addresses are in the export: keep it as private as the
database.`;

const path = singlePathArgument(usage);

const db = await openDatabase(readConfig().database);
try {
  const report = await exportSite(db.prisma, path);
  console.log(
    `${report.directory}: ${report.posts.published} published posts, ${report.posts.drafts} drafts, ${report.comments} comments, ` +
      `${report.authors} authors, ${report.discussions} discussions`,
  );
} catch (error) {
  console.error(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
