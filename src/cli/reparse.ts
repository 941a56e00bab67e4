// Read every stored post's footnotes again with today's citation parser:
//   npm run footnotes:reparse [-- --changes 50]
// Sources are first filed under today's keys (and those that are one work
// merged); each post is then read again in its own transaction. What editors
// did by hand is kept: notes they attached or detached, and notes on sources
// they corrected. Prints what changed on stdout.
import { parseArgs } from "node:util";
import { Presets, SingleBar } from "cli-progress";
import { closeMarkdownWorkers } from "../content/rendering.js";
import { readConfig } from "../config.js";
import { openDatabase } from "../db/client.js";
import { reparseNotes, type ReparseReport } from "../domain/reparse.js";

const usage = `Usage: npm run footnotes:reparse [-- --changes <n>]

Reads the footnotes of every post in the database named by DATABASE_URL
again, with the parser of this version, and stores what it reads. Notes an
editor attached to a source or detached from one keep that choice; a note on
a source an editor corrected stays on it while its text is unchanged.

  --changes <n>   list at most n changed notes (default 50; the counts cover all)`;

const { values } = parseArgs({ options: { help: { type: "boolean", short: "h" }, changes: { type: "string", default: "50" } } });
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const maxChanges = Number(values.changes);
if (!Number.isInteger(maxChanges) || maxChanges < 0) {
  console.error(usage);
  process.exit(2);
}

// The bar is for a person watching; a log or a pipe gets only the summary.
const bar = process.stderr.isTTY
  ? new SingleBar({ stream: process.stderr, format: "{bar} {value}/{total} posts", clearOnComplete: true, hideCursor: true }, Presets.shades_classic)
  : null;

const db = await openDatabase(readConfig().database);
let report: ReparseReport;
try {
  report = await reparseNotes(db.prisma, {
    all: true,
    maxChanges,
    onStart: (total) => bar?.start(total, 0),
    onProgress: (done) => bar?.update(done),
  });
} finally {
  bar?.stop();
  await db.close();
  await closeMarkdownWorkers();
}

console.log(
  `${report.read} posts read again, ${report.skipped} left alone; ${report.notes} notes, ${report.changedNotes} changed: ` +
    `${report.nowCited} now cite a source, ${report.noLongerCited} no longer do, ${report.movedSource} cite another, ${report.flaggedForReview} newly flagged for review.`,
);
console.log(`Sources: ${report.sourcesRekeyed} filed under a new key, ${report.sourcesMerged} merged into another as one work.`);
for (const change of report.changes) console.log(`${change.slug} note ${change.number}: ${change.before} → ${change.after}`);
if (report.changes.length < report.changedNotes) console.log(`… and ${report.changedNotes - report.changes.length} more.`);
