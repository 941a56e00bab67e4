// What importing a large WordPress export costs: a WXR file of many posts
// (default 10,000, each with block-editor HTML, footnotes and comments) is
// written to a temporary directory, imported into a fresh SQLite database,
// and the time, the file's size and the process's peak memory are printed;
// then the database is exported (npm run export) and backed up (npm run
// backup), each timed.
//   npm run bench:wordpress            (BENCH_WXR_POSTS=2000 for a smaller one)
import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { once } from "node:events";
import { exportSite } from "../src/content/export.js";
import { importWordPress } from "../src/content/import/wordpress.js";
import { backupSqlite } from "../src/db/backup.js";
import { closeMarkdownWorkers } from "../src/content/rendering.js";
import { databaseConfig, openDatabase } from "../src/db/client.js";

const posts = Number(process.env.BENCH_WXR_POSTS ?? 10_000);
const commentsPerPost = 5;
const dir = mkdtempSync(path.join(os.tmpdir(), "colloquy-wxr-bench-"));
const file = path.join(dir, "export.xml");

const cdata = (text: string) => `<![CDATA[${text.replace(/]]>/g, "]]]]><![CDATA[>")}]]>`;
const words = "the commons river fishers rule village keepers lots seminar water shared season harbour custom".split(" ");
const sentence = (seed: number, length: number) =>
  Array.from({ length }, (_, i) => words[(seed * 7 + i * 13) % words.length]).join(" ").replace(/^./, (c) => c.toUpperCase()) + ".";

async function writeExport(): Promise<void> {
  const out = createWriteStream(file, { encoding: "utf8" });
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  await write(`<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Bench</title><link>https://bench.example.org</link><description>A generated export</description><wp:wxr_version>1.2</wp:wxr_version>
`);
  for (let a = 1; a <= 20; a++) {
    await write(`<wp:author><wp:author_id>${a}</wp:author_id><wp:author_login>${cdata(`author${a}`)}</wp:author_login><wp:author_display_name>${cdata(`Author ${a}`)}</wp:author_display_name></wp:author>\n`);
  }
  for (let p = 1; p <= posts; p++) {
    const paragraphs = Array.from({ length: 8 }, (_, i) => `<!-- wp:paragraph -->\n<p>${sentence(p + i, 40)}${i === 2 ? `<sup data-fn="fn-${p}-1" class="fn"><a href="#fn-${p}-1" id="fn-${p}-1-link">1</a></sup>` : ""}</p>\n<!-- /wp:paragraph -->`).join("\n\n");
    const footnotes = JSON.stringify([{ id: `fn-${p}-1`, content: `Elinor Ostrom, Governing the Commons (Cambridge: Cambridge University Press, 1990), ${p % 300}.` }]);
    const comments = Array.from(
      { length: commentsPerPost },
      (_, c) => `<wp:comment><wp:comment_id>${p * 10 + c}</wp:comment_id><wp:comment_author>${cdata(`Reader ${c}`)}</wp:comment_author><wp:comment_author_email>reader${c}@example.org</wp:comment_author_email><wp:comment_date_gmt>2025-01-0${1 + (c % 9)} 10:00:00</wp:comment_date_gmt><wp:comment_content>${cdata(sentence(p + c, 20))}</wp:comment_content><wp:comment_approved>${c === 4 ? "0" : "1"}</wp:comment_approved><wp:comment_type>comment</wp:comment_type><wp:comment_parent>${c > 0 && c % 2 === 0 ? p * 10 : 0}</wp:comment_parent><wp:comment_user_id>0</wp:comment_user_id></wp:comment>`,
    ).join("");
    const day = new Date(Date.UTC(2015, 0, 1) + p * 3_600_000 * 7).toISOString().replace("T", " ").slice(0, 19);
    await write(
      `<item><title>${cdata(`Post ${p}: ${sentence(p, 6)}`)}</title><link>https://bench.example.org/${p}/</link><dc:creator>${cdata(`author${1 + (p % 20)}`)}</dc:creator><content:encoded>${cdata(paragraphs)}</content:encoded><wp:post_id>${p}</wp:post_id><wp:post_date_gmt>${day}</wp:post_date_gmt><wp:post_name>post-${p}</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type><wp:post_password></wp:post_password><category domain="category" nicename="topic-${p % 12}">${cdata(`Topic ${p % 12}`)}</category><wp:postmeta><wp:meta_key>footnotes</wp:meta_key><wp:meta_value>${cdata(footnotes)}</wp:meta_value></wp:postmeta>${comments}</item>\n`,
    );
  }
  await write("</channel>\n</rss>\n");
  out.end();
  await once(out, "finish");
}

let peak = 0;
const sample = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 50);

try {
  let started = performance.now();
  await writeExport();
  const size = statSync(file).size;
  console.log(`Export: ${posts} posts, ${posts * commentsPerPost} comments, ${(size / 1024 / 1024).toFixed(1)} MiB, written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const baseline = process.memoryUsage().rss;
  peak = baseline;
  const db = await openDatabase(databaseConfig(`file:${path.join(dir, "bench.db")}`));
  started = performance.now();
  // When each thousandth item was read: a rate that falls as the database fills shows as growing laps.
  const laps: number[] = [];
  const report = await importWordPress(db.prisma, file, {
    onProgress: (items) => {
      if (items % 1000 === 0) laps.push(performance.now());
    },
  });
  const seconds = (performance.now() - started) / 1000;
  console.log(`Import: ${report.posts.created} posts created, ${report.posts.failed} failed, ${report.comments.added} comments, in ${seconds.toFixed(1)} s (${(report.posts.created / seconds).toFixed(0)} posts/s)`);
  const lapSeconds = laps.map((at, i) => ((at - (i === 0 ? started : laps[i - 1]!)) / 1000).toFixed(1));
  if (lapSeconds.length) console.log(`Seconds per 1,000 posts, in order: ${lapSeconds.join(", ")}`);
  console.log(`Memory: ${(baseline / 1024 / 1024).toFixed(0)} MiB before the import, ${(peak / 1024 / 1024).toFixed(0)} MiB at its peak (resident set, sampled every 50 ms)`);

  const exportPeakFrom = process.memoryUsage().rss;
  peak = exportPeakFrom;
  started = performance.now();
  const exported = await exportSite(db.prisma, path.join(dir, "exported"));
  console.log(`Export: ${exported.posts.published} posts, ${exported.comments} comments written as Markdown in ${((performance.now() - started) / 1000).toFixed(1)} s; memory ${(exportPeakFrom / 1024 / 1024).toFixed(0)} MiB before, ${(peak / 1024 / 1024).toFixed(0)} MiB at its peak`);
  await db.close();
  await closeMarkdownWorkers();

  started = performance.now();
  const backup = await backupSqlite(path.join(dir, "bench.db"), path.join(dir, "backup.db"));
  console.log(`Backup: ${(backup.bytes / 1024 / 1024).toFixed(1)} MiB, integrity checked, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} finally {
  clearInterval(sample);
  rmSync(dir, { recursive: true, force: true });
}
